"""The rows of an exported dataset: which responses go in, in what shape, and what each
filter left out.

One row is one response to an included instruction, as a Hugging Face chat (``messages``:
the user's instruction and the assistant's response; a kept second turn adds two more)
with its provenance beside it. Rows are streamed from the project once, so a million
responses never sit in memory together; ``Tally`` counts what the dataset card reports.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from core.errors import HandloomError
from core.languages import normalise_language
from core.store.project import Project

FORMATS = ("parquet", "jsonl", "arrow")


class ExportError(HandloomError):
    """An export cannot be written as asked."""


@dataclass(frozen=True)
class ExportOptions:
    """What goes into an export; ``test_fraction`` of instructions form the test split."""

    format: str = "parquet"
    selected_only: bool = False
    reviewed_only: bool = False
    min_score: float | None = None
    languages: tuple[str, ...] = ()
    test_fraction: float = 0.05

    def checked(self) -> ExportOptions:
        """These options with languages normalised; an impossible option is an ExportError."""
        if self.format not in FORMATS:
            raise ExportError(f"The export format must be one of {', '.join(FORMATS)}.")
        if not 0 <= self.test_fraction < 1:
            raise ExportError("The test fraction must be at least 0 and below 1.")
        if self.min_score is not None and not 0 <= self.min_score <= 10:
            raise ExportError("The minimum judge score must be between 0 and 10.")
        codes = []
        for value in self.languages:
            code = normalise_language(value)
            if code is None:
                raise ExportError(f"“{value}” is not a language code Handloom knows.")
            codes.append(code)
        return ExportOptions(self.format, self.selected_only, self.reviewed_only,
                             self.min_score, tuple(codes), self.test_fraction)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["languages"] = list(self.languages)
        return data


@dataclass
class Tally:
    """What the exported rows were made of, counted while they stream past."""

    considered: int = 0
    removed: dict[str, int] = field(default_factory=dict)
    splits: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)  # source id ('' for none)
    instruction_licences: Counter[tuple[str, str]] = field(default_factory=Counter)
    models: Counter[str] = field(default_factory=Counter)  # model id
    settings: dict[tuple[str, str], str] = field(default_factory=dict)
    reviews: Counter[str] = field(default_factory=Counter)
    judges: Counter[str] = field(default_factory=Counter)
    scores: list[float] = field(default_factory=list)
    translations: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    edited: int = 0
    two_turn: int = 0
    instructions: set[str] = field(default_factory=set)

    @property
    def rows(self) -> int:
        return sum(self.splits.values())


_NEWEST_VERDICT = (
    "(SELECT action FROM reviews v WHERE v.target_kind = '{kind}' AND v.target_id = {ref} "
    "AND v.action IN ('accept', 'reject') AND v.undone_at IS NULL "
    "ORDER BY v.created_at DESC, v.id DESC LIMIT 1)"
)
_NEWEST_EDIT = (
    "(SELECT new_text FROM reviews v WHERE v.target_kind = '{kind}' AND v.target_id = {ref} "
    "AND v.action = 'edit' AND v.undone_at IS NULL AND v.new_text IS NOT NULL "
    "ORDER BY v.created_at DESC, v.id DESC LIMIT 1)"
)
_JUDGEMENT = (
    "(SELECT {column} FROM judgements j WHERE j.response_id = r.id AND j.followup_id IS NULL "
    "ORDER BY j.created_at DESC, j.id DESC LIMIT 1)"
)
ROWS_SQL = f"""
SELECT r.id, r.instruction_id, r.text, r.selected, r.settings, r.settings_key, r.model_id,
       i.text AS instruction, i.language, i.parent_id,
       COALESCE(i.source_id, p.source_id) AS source_id,
       COALESCE(i.licence, p.licence, s.licence, ps.licence) AS licence,
       COALESCE(s.name, ps.name) AS source,
       m.name AS model, m.licence AS model_licence,
       t.source_language AS translated_from, t.model_id AS translation_model,
       {_JUDGEMENT.format(column='score')} AS judge_score,
       {_JUDGEMENT.format(column="COALESCE(j.judge_model_id, 'person:' || j.judge_person)")}
           AS judge,
       {_NEWEST_VERDICT.format(kind='response', ref='r.id')} AS response_verdict,
       {_NEWEST_VERDICT.format(kind='instruction', ref='i.id')} AS instruction_verdict,
       {_NEWEST_EDIT.format(kind='response', ref='r.id')} AS response_edit,
       {_NEWEST_EDIT.format(kind='instruction', ref='i.id')} AS instruction_edit,
       (SELECT user_text || char(0) || assistant_text FROM followups f
         WHERE f.response_id = r.id AND f.kept = 1
         ORDER BY f.score DESC, f.created_at DESC LIMIT 1) AS followup
FROM responses r
JOIN instructions i ON i.id = r.instruction_id
LEFT JOIN instructions p ON p.id = i.parent_id
LEFT JOIN sources s ON s.id = i.source_id
LEFT JOIN sources ps ON ps.id = p.source_id
LEFT JOIN translations t ON t.instruction_id = i.id
JOIN models m ON m.id = r.model_id
WHERE i.status = 'included'
ORDER BY i.rowid, m.name, r.settings_key, r.sample_index
"""

# The exported columns and their types ("chat": a list of role/content messages).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("instruction_id", "string"), ("messages", "chat"),
    ("language", "string"), ("source", "string"), ("licence", "string"), ("model", "string"),
    ("model_licence", "string"), ("judge_score", "float64"), ("review", "string"),
    ("selected", "bool"), ("original_instruction_id", "string"),
)


def features_metadata() -> list[dict[str, Any]]:
    """The columns as the card's ``dataset_info.features``, so that ``load_dataset`` never
    guesses a type from a split whose first rows happen to be empty."""
    chat = [{"name": "role", "dtype": "string"}, {"name": "content", "dtype": "string"}]
    return [{"name": name, "list": chat} if kind == "chat" else {"name": name, "dtype": kind}
            for name, kind in COLUMNS]


FILTERS = ("rejected in review", "not the selected response", "not accepted in review",
           "judge score below the minimum or missing", "language not chosen")


def split_of(key: str, test_fraction: float) -> str:
    """'train' or 'test' for an instruction, by a hash of its id: the same every export."""
    if test_fraction <= 0:
        return "train"
    value = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big")
    return "test" if value / 2**64 < test_fraction else "train"


def rows(project: Project, options: ExportOptions, tally: Tally) -> Iterator[dict[str, Any]]:
    """Every exported row in a stable order, with its ``split``; fills ``tally`` as it goes."""
    tally.removed = {name: 0 for name in FILTERS}
    cursor = project.conn.execute(ROWS_SQL)
    names = [d[0] for d in cursor.description]
    for values in cursor:
        r = dict(zip(names, values, strict=True))
        tally.considered += 1
        verdicts = (r["response_verdict"], r["instruction_verdict"])
        verdict = "reject" if "reject" in verdicts else (verdicts[0] or verdicts[1])
        score = r["judge_score"] if r["judge_score"] is not None and r["judge_score"] >= 0 else None
        reason = _left_out(r, options, verdict, score)
        if reason:
            tally.removed[reason] += 1
            continue
        yield _row(r, options, verdict, score, tally)


def _left_out(r: dict[str, Any], options: ExportOptions, verdict: str | None,
              score: float | None) -> str | None:
    if verdict == "reject":
        return FILTERS[0]
    if options.selected_only and not r["selected"]:
        return FILTERS[1]
    if options.reviewed_only and verdict != "accept":
        return FILTERS[2]
    if options.min_score is not None and (score is None or score < options.min_score):
        return FILTERS[3]
    if options.languages and r["language"] not in options.languages:
        return FILTERS[4]
    return None


def _row(r: dict[str, Any], options: ExportOptions, verdict: str | None, score: float | None,
         tally: Tally) -> dict[str, Any]:
    instruction = r["instruction_edit"] or r["instruction"]
    response = r["response_edit"] or r["text"]
    messages = [{"role": "user", "content": instruction},
                {"role": "assistant", "content": response}]
    if r["followup"]:
        user_text, _, assistant_text = r["followup"].partition("\0")
        messages += [{"role": "user", "content": user_text},
                     {"role": "assistant", "content": assistant_text}]
        tally.two_turn += 1
    original = r["parent_id"]
    split = split_of(original or r["instruction_id"], options.test_fraction)
    review = {"accept": "accepted", "reject": "rejected"}.get(verdict or "", "unreviewed")
    _count(r, split, review, score, tally)
    return {
        "id": r["id"],
        "instruction_id": r["instruction_id"],
        "messages": messages,
        "language": r["language"],
        "source": r["source"],
        "licence": r["licence"],
        "model": r["model"],
        "model_licence": r["model_licence"],
        "judge_score": score,
        "review": review,
        "selected": bool(r["selected"]),
        "original_instruction_id": original,
        "split": split,
    }


def _count(r: dict[str, Any], split: str, review: str, score: float | None, tally: Tally) -> None:
    tally.splits[split] += 1
    tally.languages[r["language"] or "unknown"] += 1
    tally.sources[r["source_id"] or ""] += 1
    tally.instruction_licences[(r["licence"] or "", r["source"] or "no source")] += 1
    tally.models[r["model_id"]] += 1
    tally.settings.setdefault((r["model_id"], r["settings_key"]), r["settings"])
    tally.reviews[review] += 1
    tally.instructions.add(r["instruction_id"])
    if score is not None:
        tally.scores.append(score)
        tally.judges[r["judge"] or "unknown"] += 1
    if r["response_edit"] or r["instruction_edit"]:
        tally.edited += 1
    if r["parent_id"]:
        tally.translations[(r["translated_from"] or "", r["language"] or "unknown",
                            r["translation_model"] or "")] += 1


def generation_parameters(settings_json: str) -> dict[str, Any]:
    """The parameters worth stating on a card from a response's settings JSON."""
    try:
        data = json.loads(settings_json)
    except (TypeError, ValueError):
        return {}
    wanted = ("samples", "max_tokens", "temperature", "top_p", "top_k", "min_p",
              "repeat_penalty", "seed", "system")
    return {k: data[k] for k in wanted if k in data and data[k] is not None}
