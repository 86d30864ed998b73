"""The score distribution and how many pairs a threshold keeps, for the histogram and slider.

A response's score is its newest *valid* model or person judgement (a failed judgement,
score −1, does not hide an earlier good one), optionally only from one judge model.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.store.project import Project

UNKNOWN_LANGUAGE = "und"
BINS = list(range(11))


def scores_sql(judge_model_id: str | None = None) -> tuple[str, list[Any]]:
    """SQL (response_id, score) of every response's current score, and its parameters."""
    judge = " AND judge_model_id = ?" if judge_model_id else ""
    sql = (
        "SELECT response_id, score FROM (SELECT response_id, score, row_number() OVER ("
        "PARTITION BY response_id ORDER BY created_at DESC, id DESC) AS n FROM judgements "
        f"WHERE response_id IS NOT NULL AND followup_id IS NULL AND score >= 0{judge}) "
        "WHERE n = 1"
    )
    return sql, [judge_model_id] if judge_model_id else []


def _pairs_sql(judge_model_id: str | None) -> tuple[str, list[Any]]:
    """Every response of an included instruction with language, model, score and failure."""
    scores, params = scores_sql(judge_model_id)
    judge = " AND f.judge_model_id = ?" if judge_model_id else ""
    sql = (
        f"SELECT r.id, r.instruction_id, COALESCE(i.language, '{UNKNOWN_LANGUAGE}') AS language,"
        " m.name AS model, s.score, EXISTS (SELECT 1 FROM judgements f WHERE "
        f"f.response_id = r.id AND f.followup_id IS NULL AND f.score < 0{judge}) AS failed "
        "FROM responses r JOIN instructions i ON i.id = r.instruction_id "
        f"JOIN models m ON m.id = r.model_id LEFT JOIN ({scores}) s ON s.response_id = r.id "
        "WHERE i.status = 'included'"
    )
    return sql, [*params, *([judge_model_id] if judge_model_id else [])]


def distribution(project: Project, judge_model_id: str | None = None) -> dict[str, Any]:
    """Counts of scores 0-10 overall, per language and per model, plus failed and unjudged.

    Fractional scores (from a tolerant parse) count in the bin of their whole part.
    """
    sql, params = _pairs_sql(judge_model_id)
    rows = project.query(
        "SELECT language, model, CAST(score AS INTEGER) AS bin, score IS NULL AS unscored, "
        f"failed, count(*) AS n FROM ({sql}) GROUP BY 1, 2, 3, 4, 5", params)
    overall = [0] * 11
    by_language: dict[str, list[int]] = {}
    by_model: dict[str, list[int]] = {}
    failed = unjudged = 0
    for r in rows:
        if r["unscored"]:
            if r["failed"]:
                failed += r["n"]
            else:
                unjudged += r["n"]
            continue
        b = min(10, max(0, int(r["bin"])))
        overall[b] += r["n"]
        by_language.setdefault(r["language"], [0] * 11)[b] += r["n"]
        by_model.setdefault(r["model"], [0] * 11)[b] += r["n"]
    return {
        "bins": BINS,
        "overall": overall,
        "by_language": dict(sorted(by_language.items())),
        "by_model": dict(sorted(by_model.items())),
        "judged": sum(overall),
        "failed": failed,
        "unjudged": unjudged,
    }


def _without_flags(sql: str, params: list[Any],
                   exclude_flags: Iterable[str]) -> tuple[str, list[Any]]:
    flags = list(exclude_flags)
    if not flags:
        return sql, params
    sql += (" AND NOT EXISTS (SELECT 1 FROM response_flags x WHERE x.response_id = r.id "
            f"AND x.flag IN ({','.join('?' * len(flags))}))")
    return sql, [*params, *flags]


def threshold_counts(project: Project, exclude_flags: Iterable[str] = (),
                     judge_model_id: str | None = None) -> list[dict[str, Any]]:
    """For each threshold 0-10: pairs scoring at least that, and instructions keeping one.

    Pairs carrying an excluded flag are not counted. Two grouped queries serve the whole
    slider, so moving it needs no further query.
    """
    sql, params = _without_flags(*_pairs_sql(judge_model_id), exclude_flags)
    pairs = [0] * 11
    for r in project.query(f"SELECT CAST(score AS INTEGER) AS b, count(*) AS n FROM ({sql}) "
                           "WHERE score IS NOT NULL GROUP BY b", params):
        pairs[min(10, int(r["b"]))] += r["n"]
    best = [0] * 11
    for r in project.query(f"SELECT b, count(*) AS n FROM (SELECT CAST(max(score) AS INTEGER) "
                           f"AS b FROM ({sql}) WHERE score IS NOT NULL GROUP BY instruction_id) "
                           "GROUP BY b", params):
        best[min(10, int(r["b"]))] += r["n"]
    return [{"threshold": t, "pairs": sum(pairs[t:]), "instructions": sum(best[t:])}
            for t in BINS]


def remaining(project: Project, threshold: float, exclude_flags: Iterable[str] = (),
              judge_model_id: str | None = None) -> dict[str, Any]:
    """Pairs at or above ``threshold`` (without excluded flags), in all and per language."""
    sql, params = _without_flags(*_pairs_sql(judge_model_id), exclude_flags)
    rows = project.query(
        f"SELECT language, count(*) AS pairs, count(DISTINCT instruction_id) AS instructions "
        f"FROM ({sql}) WHERE score >= ? GROUP BY language", [*params, threshold])
    return {
        "threshold": threshold,
        "pairs": sum(r["pairs"] for r in rows),
        "instructions": sum(r["instructions"] for r in rows),
        "by_language": {r["language"]: r["pairs"] for r in rows},
    }
