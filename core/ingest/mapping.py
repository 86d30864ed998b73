"""Which part of a source row is the instruction, and what else about it is worth keeping.

``guess_mapping`` recognises the layout of the first rows (see ``layouts``) and guesses the
columns of language, author, licence, id and consent by name. ``to_instruction`` then maps
every row; it runs once per row of a million-row import, so its common path is kept to a
few dict lookups, with everything that depends only on the mapping worked out once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import HandloomError, ImportFileError
from core.ingest.conversations import NotAConversation, split_conversation, turn_text
from core.ingest.layouts import CHAT_KINDS, KINDS, column_names, recognise_layout
from core.ingest.records import ImportedInstruction, SourceRow
from core.ingest.text import tidy

FIELDS = ("instruction", "language", "author", "licence", "source_id", "consent")

# Columns that hold what each field means, in order of preference (matched ignoring case).
_GUESSES = {
    "language": ("language_code", "lang_code", "language", "lang", "locale"),
    "author": ("author", "user_id", "username", "annotator", "created_by", "writer"),
    "licence": ("licence", "license"),
    "source_id": tuple(
        "id conversation_id source_id uuid row_id example_id prompt_id message_id _id idx".split()
    ),
    "consent": ("consent",),
}


class ColumnMappingError(HandloomError):
    """The columns asked for (``--column instruction=COL``) do not fit the file."""


@dataclass
class Mapping:
    """How rows become instructions. For chat kinds ``instruction`` names the list of turns."""

    kind: str
    instruction: str | None
    language: str | None = None
    author: str | None = None
    licence: str | None = None
    source_id: str | None = None
    consent: str | None = None


def guess_mapping(
    rows: Sequence[SourceRow], overrides: dict[str, str] | None = None, *, kind: str | None = None
) -> Mapping:
    """Guess the mapping from the first rows; ``overrides`` (``--column field=COL``) win.

    ``kind`` (or ``overrides['kind']``) forces a layout, e.g. from ``--format sharegpt``.
    Naming an instruction column makes the kind ``columns`` unless a kind is forced.
    Raises ColumnMappingError for an unknown field or a column the rows do not have.
    """
    overrides = dict(overrides or {})
    kind = overrides.pop("kind", None) or kind
    columns = column_names(rows)
    for field, column in overrides.items():
        if field not in FIELDS:
            raise ColumnMappingError(
                f"{field!r} is not something a column can be mapped to; "
                f"use one of {', '.join(FIELDS)}."
            )
        if rows and column not in columns:
            raise ColumnMappingError(
                f"There is no column named {column!r}; the columns are {', '.join(columns)}."
            )
    if kind is not None and kind not in KINDS:
        raise ColumnMappingError(f"{kind!r} is not a known layout; use one of {', '.join(KINDS)}.")
    chosen_kind, instruction = recognise_layout(rows, columns, overrides, kind)
    mapping = Mapping(chosen_kind, overrides.get("instruction", instruction))
    if rows and mapping.instruction is None:
        raise ColumnMappingError(
            "Cannot tell which column holds the instructions; say which one it is.",
            cli_hint="Name it with --column instruction=COLUMN.",
        )
    lower = {c.lower(): c for c in columns if c != mapping.instruction}
    for field, names in _GUESSES.items():
        chosen = overrides.get(field) or next((lower[n] for n in names if n in lower), None)
        setattr(mapping, field, chosen)
    return mapping


def _optional_text(value: Any) -> str | None:
    """A metadata value as text, or None when it is missing or blank."""
    if value.__class__ is str:
        return value or None
    return None if value is None else str(value)


def _flagged_categories(moderation: Any) -> tuple[bool, list[str]]:
    """Whether any LMSYS moderation entry is flagged, and the categories flagged anywhere."""
    flagged = False
    categories: set[str] = set()
    for entry in moderation if isinstance(moderation, list) else ():
        if isinstance(entry, dict) and entry.get("flagged"):
            flagged = True
            found = entry.get("categories")
            if isinstance(found, dict):
                categories.update(name for name, on in found.items() if on)
    return flagged, sorted(categories)


def _instruction_text(row: SourceRow, mapping: Mapping, path: Path) -> tuple[Any, dict[str, Any]]:
    """The raw instruction of a row and any provenance its layout adds."""
    fields = row.fields
    column = mapping.instruction or ""
    if mapping.kind in CHAT_KINDS:
        try:
            return split_conversation(fields.get(column), column)
        except NotAConversation as e:
            raise ImportFileError(path, row.line, f"{e}.") from e
    if column not in fields:
        raise ImportFileError(path, row.line, f"this row has no {column!r} field.")
    value = fields[column]
    if mapping.kind == "alpaca":
        extra = fields.get("input")
        if isinstance(extra, str) and extra.strip() and isinstance(value, str):
            value = f"{value}\n\n{extra}"
    if value is None or isinstance(value, str):
        return value, {}
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value), {}
    try:
        return turn_text(value), {}
    except NotAConversation as e:
        what = type(value).__name__
        raise ImportFileError(path, row.line, f"the {column!r} field is a {what}, not text.") from e


@dataclass(frozen=True)
class _Plan:
    """What ``to_instruction`` needs from a mapping, worked out once rather than per row."""

    simple: bool  # the instruction is one column's value, as it is
    used: frozenset[str | None]  # columns that do not go into the provenance
    language: str | None
    author: str | None
    licence: str | None
    source_id: str | None
    consent: str | None


_plans: dict[tuple[str | None, ...], _Plan] = {}


def _plan(mapping: Mapping) -> _Plan:
    """The plan for ``mapping``, cached by its values (a mapping may be edited between calls)."""
    key = (
        mapping.kind,
        mapping.instruction,
        mapping.language,
        mapping.author,
        mapping.licence,
        mapping.source_id,
        mapping.consent,
    )
    plan = _plans.get(key)
    if plan is None:
        used = set(key[1:]) | {"openai_moderation"}
        if mapping.kind == "alpaca":
            used.add("input")
        plan = _Plan(
            mapping.kind not in CHAT_KINDS and mapping.kind != "alpaca", frozenset(used), *key[2:]
        )
        _plans[key] = plan
    return plan


def to_instruction(row: SourceRow, mapping: Mapping, path: Path) -> ImportedInstruction | None:
    """Map one row to an instruction, or None when its instruction is empty or blank.

    Raises ImportFileError (naming the row's line) for a row of the wrong shape: a missing
    instruction field, a value that is not text, a conversation without a user turn.
    Everything in the row that is not mapped is kept in ``provenance`` under its own name.
    """
    plan = _plan(mapping)
    fields = row.fields
    original = fields.get(mapping.instruction) if plan.simple else None  # type: ignore[arg-type]
    if original.__class__ is str:
        provenance: dict[str, Any] = {}
    else:
        original, provenance = _instruction_text(row, mapping, path)
    if not original:
        return None
    text = tidy(original)
    if not text:
        return None
    used = plan.used
    for key, value in fields.items():
        if key not in used and value is not None and value != "":
            provenance[key] = value
    flagged = False
    moderation = fields.get("openai_moderation")
    if moderation is not None:
        flagged, categories = _flagged_categories(moderation)
        if categories:
            provenance["moderation"] = categories
    if row.split is not None:
        provenance["split"] = row.split
    language = author = licence = source_ref = consent = None
    if plan.language:
        language = _optional_text(fields.get(plan.language))
    if plan.author:
        author = _optional_text(fields.get(plan.author))
    if plan.licence:
        licence = _optional_text(fields.get(plan.licence))
    if plan.source_id:
        source_ref = _optional_text(fields.get(plan.source_id))
    if plan.consent:
        consent = _optional_text(fields.get(plan.consent))
    return ImportedInstruction(
        row.line,
        text,
        original,
        language,
        author,
        licence,
        source_ref,
        consent,
        flagged,
        provenance,
    )
