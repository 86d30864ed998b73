"""The leaderboard: Bradley–Terry strengths with 95% intervals, Elo, win rates and the
number of votes behind each, overall and per language; and its CSV export.

Strengths are natural-log Bradley–Terry strengths centred on 0: a model 1.0 above another
is expected to beat it e^1 : 1, about 73% of the time. Below
``ratings.MIN_VOTES_FOR_INTERVAL`` votes a model's interval is None ("too few votes").
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from core.compare import agreement, comparisons, eval_sets, ratings
from core.compare.ratings import Comparison
from core.compare.votes import SOURCES, VoteError
from core.store import registry
from core.store.project import Project

UNKNOWN_LANGUAGE = "unknown"


def _names(project: Project) -> dict[str, str]:
    return {m.id: m.name for m in registry.list_models(project)}


def _grades(project: Project, eval_set_id: str | None,
            judge_model_id: str | None) -> dict[str, tuple[float, int]]:
    """(mean grade, grades) per model id, counting readable grades only."""
    sql = ("SELECT a.model_id, avg(g.score), count(*) FROM answer_grades g JOIN eval_answers a "
           "ON a.id = g.eval_answer_id JOIN eval_items i ON i.id = a.eval_item_id "
           "WHERE g.score >= 0")
    params: list[Any] = []
    if eval_set_id:
        sql += " AND i.eval_set_id = ?"
        params.append(eval_set_id)
    if judge_model_id:
        sql += " AND g.judge_model_id = ?"
        params.append(judge_model_id)
    return {r[0]: (r[1], r[2]) for r in project.conn.execute(sql + " GROUP BY a.model_id", params)}


def board(found: list[Comparison], names: dict[str, str], *, answered: Iterable[str] = (),
          rounds: int = 1000, seed: int = 0) -> dict[str, Any]:
    """The ranking and win-rate matrix of one group of comparisons (model ids → names).

    A model with fewer than ``ratings.MIN_VOTES_FOR_INTERVAL`` votes gets its strength but no
    interval (``ci_low``/``ci_high`` None); a model in ``answered`` without a vote is listed
    last with zero votes and no strength.
    """
    ids = sorted({c.model_a for c in found} | {c.model_b for c in found},
                 key=lambda m: names.get(m, m))
    fitted = ratings.bradley_terry(found, ids, rounds=rounds, seed=seed)
    elo = ratings.elo(found, ids)
    tallies = ratings.records(found, ids)
    rows: list[dict[str, Any]] = []
    for n, model_id in enumerate(ids):
        record = tallies[model_id]
        sure = record.votes >= ratings.MIN_VOTES_FOR_INTERVAL
        rows.append({
            "model": names.get(model_id, model_id), "model_id": model_id,
            "strength": round(float(fitted.strength[n]), 4),
            "ci_low": round(float(fitted.low[n]), 4) if sure else None,
            "ci_high": round(float(fitted.high[n]), 4) if sure else None,
            "elo": round(elo[model_id], 1), "votes": record.votes, "wins": record.wins,
            "losses": record.losses, "ties": record.ties, "both_bad": record.both_bad,
            "win_rate": None if record.win_rate is None else round(record.win_rate, 4),
        })
    for model_id in sorted(set(answered) - set(ids), key=lambda m: names.get(m, m)):
        rows.append({
            "model": names.get(model_id, model_id), "model_id": model_id, "strength": None,
            "ci_low": None, "ci_high": None, "elo": None, "votes": 0, "wins": 0, "losses": 0,
            "ties": 0, "both_bad": 0, "win_rate": None,
        })
    rows.sort(key=lambda r: (r["strength"] is None, -(r["strength"] or 0.0), r["model"]))
    order = [r["model_id"] for r in rows]
    rates, counts = ratings.win_rates(found, order)
    return {"votes": len(found), "models": rows,
            "matrix": {"models": [names.get(m, m) for m in order], "win_rate": rates,
                       "votes": counts}}


def _answered(project: Project, eval_set_id: str | None) -> dict[str, set[str]]:
    """The models with an answer in the set (or any set), by the language of the prompt."""
    sql = ("SELECT DISTINCT a.model_id, i.language FROM eval_answers a JOIN eval_items i "
           "ON i.id = a.eval_item_id")
    params: list[Any] = []
    if eval_set_id:
        sql += " WHERE i.eval_set_id = ?"
        params.append(eval_set_id)
    found: dict[str, set[str]] = {}
    for model_id, language in project.conn.execute(sql, params):
        found.setdefault(language or UNKNOWN_LANGUAGE, set()).add(model_id)
    return found


def leaderboard(project: Project, eval_set: str | None = None, source: str = "all",
                judge: str | None = None, *, rounds: int = 1000, seed: int = 0) -> dict[str, Any]:
    """The leaderboard of one evaluation set (or every vote in the project).

    ``source`` "people", "judge" or "all" chooses whose votes count; ``judge`` (a model
    name) narrows the judge's votes and grades to that judge. Every model that answered the
    set is listed, those without votes last with no strength.
    """
    if source not in SOURCES:
        raise VoteError(f"'{source}' is not a source of votes; use one of {', '.join(SOURCES)}.")
    chosen = eval_sets.get(project, eval_set) if eval_set else None
    set_id = chosen.id if chosen else None
    judge_id = registry.get(project, judge).id if judge else None
    names = _names(project)
    counted = comparisons.tally(project, set_id, source, judge_id)
    answered = _answered(project, set_id)
    result: dict[str, Any] = {
        "eval_set": chosen.name if chosen else None, "source": source, "judge": judge,
        "interval": 0.95, "interval_min_votes": ratings.MIN_VOTES_FOR_INTERVAL,
        "bootstrap_rounds": rounds,
        **board(counted.comparisons, names, answered=set().union(*answered.values()),
                rounds=rounds, seed=seed),
        "consistency": counted.to_json(),
    }
    grades = _grades(project, set_id, judge_id)
    for row in result["models"]:
        mean, n = grades.get(row["model_id"], (None, 0))
        row["grade"] = None if mean is None else round(mean, 2)
        row["grades"] = n
    languages: dict[str, list[Comparison]] = {}
    for c in counted.comparisons:
        languages.setdefault(c.language or UNKNOWN_LANGUAGE, []).append(c)
    result["by_language"] = {
        lang: board(found, names, answered=answered.get(lang, ()), rounds=rounds, seed=seed)
        for lang, found in sorted(languages.items())}
    judges = [judge_id] if judge_id else [r[0] for r in project.conn.execute(
        "SELECT DISTINCT judge_model_id FROM arena_votes WHERE judge_model_id IS NOT NULL")]
    result["agreement"] = {}
    for judge_model_id in judges:  # where people and the judge voted on the same pairs
        agreed = agreement.judge_and_people(project, set_id, judge_model_id)
        if agreed["votes"]:
            result["agreement"][names.get(judge_model_id, judge_model_id)] = agreed
    return result


CSV_COLUMNS = ("language", "rank", "model", "strength", "ci_low", "ci_high", "elo", "votes",
               "wins", "losses", "ties", "both_bad", "win_rate", "grade", "grades")


def export_csv(result: dict[str, Any], path: Path | str) -> Path:
    """Write the leaderboard as CSV: one row per model overall ("all") and per language, with
    the model's win rate against every other model in ``vs <name>`` columns."""
    path = Path(path)
    boards = [("all", result), *result["by_language"].items()]
    opponents = list(dict.fromkeys(name for _, b in boards for name in b["matrix"]["models"]))
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow([*CSV_COLUMNS, *(f"vs {name}" for name in opponents)])
        for language, b in boards:
            matrix = b["matrix"]
            for rank, row in enumerate(b["models"], 1):
                values = {**row, "language": language, "rank": rank}
                vs = dict(zip(matrix["models"], matrix["win_rate"][rank - 1], strict=True))
                writer.writerow([_cell(values.get(c)) for c in CSV_COLUMNS]
                                + [_cell(vs.get(name)) for name in opponents])
    return path


def _cell(value: Any) -> Any:
    return "" if value is None else value
