"""What a training run learns from: the project's chosen pairs, as chat conversations.

A row is one response that a person accepted or that best-of-N selection chose, to an
included instruction, with neither of them rejected in review; a reviewer's newest edit
replaces the text, and a kept follow-up makes it a two-turn conversation. Instructions used
in an arena evaluation set (and their translations and originals) are never trained on, so
a comparison after training is fair. The held-out split is chosen by a hash of the original
instruction's id: the same instructions are held out on every run, and an instruction and its
translations always land on the same side.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import HandloomError
from core.languages import normalise_language
from core.store.project import Project


class TrainingDataError(HandloomError):
    """The filters leave nothing to train on, or a filter value is impossible."""


@dataclass(frozen=True)
class DataFilters:
    """Which chosen pairs a run uses, and how many of them are held out for evaluation."""

    min_score: float | None = None
    reviewed_only: bool = False
    languages: tuple[str, ...] = ()
    eval_fraction: float = 0.1

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> DataFilters:
        """Read and check the filters of a ``train`` job's config."""
        min_score = config.get("min_score")
        if min_score is not None and not 0 <= float(min_score) <= 10:
            raise TrainingDataError("The minimum judge score must be between 0 and 10.")
        given = config.get("eval_fraction")
        fraction = 0.1 if given is None else float(given)
        if not 0 <= fraction < 1:
            raise TrainingDataError("The held-out fraction must be at least 0 and below 1.")
        codes = []
        for value in config.get("languages") or ():
            code = normalise_language(str(value))
            if code is None:
                raise TrainingDataError(f"“{value}” is not a language code Handloom knows.")
            codes.append(code)
        return cls(
            min_score=float(min_score) if min_score is not None else None,
            reviewed_only=bool(config.get("reviewed_only")),
            languages=tuple(codes),
            eval_fraction=fraction,
        )


@dataclass(frozen=True)
class TrainRow:
    """One conversation a run uses, and where it came from."""

    response_id: str
    followup_id: str | None
    instruction_id: str
    language: str | None
    split: str  # "train" or "eval"
    messages: list[dict[str, str]]


@dataclass
class DataSummary:
    """Counts the window shows live and the CLI reports."""

    train: int = 0
    eval: int = 0
    two_turn: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    left_out: Counter[str] = field(default_factory=Counter)

    def to_json(self) -> dict[str, Any]:
        return {
            "train": self.train,
            "eval": self.eval,
            "two_turn": self.two_turn,
            "languages": dict(self.languages.most_common()),
            "left_out": dict(self.left_out),
        }


_VERDICT = (
    "(SELECT action FROM reviews v WHERE v.target_kind = '{kind}' AND v.target_id = {ref} "
    "AND v.action IN ('accept', 'reject') AND v.undone_at IS NULL "
    "ORDER BY v.created_at DESC, v.id DESC LIMIT 1)"
)
_EDIT = (
    "(SELECT new_text FROM reviews v WHERE v.target_kind = '{kind}' AND v.target_id = {ref} "
    "AND v.action = 'edit' AND v.undone_at IS NULL AND v.new_text IS NOT NULL "
    "ORDER BY v.created_at DESC, v.id DESC LIMIT 1)"
)
CANDIDATES_SQL = f"""
SELECT r.id, r.instruction_id, r.text, r.selected, i.text AS instruction, i.language,
       COALESCE(i.parent_id, i.id) AS family,
       (SELECT j.score FROM judgements j WHERE j.response_id = r.id AND j.followup_id IS NULL
         ORDER BY j.created_at DESC, j.id DESC LIMIT 1) AS score,
       {_VERDICT.format(kind='response', ref='r.id')} AS response_verdict,
       {_VERDICT.format(kind='instruction', ref='i.id')} AS instruction_verdict,
       {_EDIT.format(kind='response', ref='r.id')} AS response_edit,
       {_EDIT.format(kind='instruction', ref='i.id')} AS instruction_edit,
       (SELECT f.id FROM followups f WHERE f.response_id = r.id AND f.kept = 1
         AND f.assistant_text IS NOT NULL
         ORDER BY f.score DESC, f.created_at DESC LIMIT 1) AS followup_id
FROM responses r JOIN instructions i ON i.id = r.instruction_id
WHERE i.status = 'included' AND r.text != ''
ORDER BY i.rowid, r.created_at, r.id
"""

LEFT_OUT = (
    "rejected in review",
    "neither selected nor accepted",
    "not accepted in review",
    "judge score below the minimum or missing",
    "language not chosen",
    "in an evaluation set",
)


def _evaluation_families(project: Project) -> tuple[set[str], set[str]]:
    """Original-instruction ids and texts of every arena evaluation item."""
    rows = project.query(
        "SELECT COALESCE(i.parent_id, i.id) AS family, e.text FROM eval_items e "
        "LEFT JOIN instructions i ON i.id = e.instruction_id"
    )
    families = {r["family"] for r in rows if r["family"]}
    texts = {r["text"].strip() for r in rows if r["text"]}
    return families, texts


def held_out_value(family: str) -> float:
    """A number in [0, 1) fixed by the original instruction's id."""
    digest = hashlib.blake2b(f"handloom-train:{family}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _left_out(r: dict[str, Any], filters: DataFilters, eval_families: set[str],
              eval_texts: set[str]) -> str | None:
    verdicts = (r["response_verdict"], r["instruction_verdict"])
    if "reject" in verdicts:
        return LEFT_OUT[0]
    accepted = r["response_verdict"] == "accept"
    if not (r["selected"] or accepted):
        return LEFT_OUT[1]
    if filters.reviewed_only and not accepted:
        return LEFT_OUT[2]
    score = r["score"] if r["score"] is not None and r["score"] >= 0 else None
    if filters.min_score is not None and (score is None or score < filters.min_score):
        return LEFT_OUT[3]
    if filters.languages and r["language"] not in filters.languages:
        return LEFT_OUT[4]
    instruction = (r["instruction_edit"] or r["instruction"]).strip()
    if r["family"] in eval_families or instruction in eval_texts:
        return LEFT_OUT[5]
    return None


def select_rows(project: Project, filters: DataFilters) -> tuple[list[TrainRow], DataSummary]:
    """Every conversation the filters keep, with its split, and what was left out and why."""
    eval_families, eval_texts = _evaluation_families(project)
    summary = DataSummary()
    kept: list[dict[str, Any]] = []
    for r in project.query(CANDIDATES_SQL):
        reason = _left_out(r, filters, eval_families, eval_texts)
        if reason:
            if reason != LEFT_OUT[1]:  # responses nobody chose are not worth reporting
                summary.left_out[reason] += 1
            continue
        kept.append(r)
    held = _held_out_families({r["family"] for r in kept}, filters.eval_fraction)
    followups = _followups(project, [r["followup_id"] for r in kept if r["followup_id"]])
    rows = []
    for r in kept:
        messages = [
            {"role": "user", "content": r["instruction_edit"] or r["instruction"]},
            {"role": "assistant", "content": r["response_edit"] or r["text"]},
        ]
        second = followups.get(r["followup_id"] or "")
        if second:
            messages += [{"role": "user", "content": second[0]},
                         {"role": "assistant", "content": second[1]}]
            summary.two_turn += 1
        split = "eval" if r["family"] in held else "train"
        setattr(summary, split, getattr(summary, split) + 1)
        summary.languages[r["language"] or "unknown"] += 1
        rows.append(TrainRow(r["id"], r["followup_id"] if second else None, r["instruction_id"],
                             r["language"], split, messages))
    return rows, summary


def _held_out_families(families: set[str], fraction: float) -> set[str]:
    """The families below ``fraction`` by hash; at least one when there are two or more."""
    if fraction <= 0 or len(families) < 2:
        return set()
    ranked = sorted(families, key=held_out_value)
    held = {f for f in ranked if held_out_value(f) < fraction}
    if not held:
        held = {ranked[0]}
    if len(held) == len(families):
        held.discard(ranked[-1])
    return held


def _followups(project: Project, ids: list[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in project.query(
            f"SELECT id, user_text, assistant_text FROM followups "
            f"WHERE id IN ({','.join('?' * len(chunk))})", chunk,
        ):
            found[r["id"]] = (r["user_text"], r["assistant_text"])
    return found


def summarise(project: Project, filters: DataFilters) -> DataSummary:
    """How many conversations the filters keep (the window's live count)."""
    return select_rows(project, filters)[1]


def write_jsonl(rows: list[TrainRow], path: Path) -> Path:
    """Write conversations in the format the training runner reads."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps({"messages": row.messages}, ensure_ascii=False) + "\n")
    return path
