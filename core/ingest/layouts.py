"""Recognising the layout of instruction data from the columns of its first rows.

Chat logs (ShareGPT, OpenAI ``messages``, LMSYS-Chat-1M) are told apart by the name of their
list of turns and the keys of a turn; instruction sets (Dolly, Aya, Alpaca) by their sets of
columns. Any other table is ``columns``: its instruction column is guessed by name, then as
the column with the longest text.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.ingest.records import SourceRow

KINDS = ("columns", "sharegpt", "messages", "lmsys", "dolly", "aya", "alpaca", "plain")
CHAT_KINDS = ("sharegpt", "messages", "lmsys")

# Names of an instruction column in tables of no known layout, in order of preference.
_INSTRUCTION_NAMES = tuple(
    "instruction prompt question text input query inputs request user message content "
    "utterance sentence".split()
)
_DEFAULT_COLUMN = {
    "sharegpt": "conversations",
    "messages": "messages",
    "lmsys": "conversation",
    "dolly": "instruction",
    "aya": "inputs",
    "alpaca": "instruction",
    "plain": "text",
}


def column_names(rows: Sequence[SourceRow]) -> list[str]:
    """Every field name in ``rows``, in the order first seen."""
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row.fields))
    return list(names)


def _chat_kind(rows: Sequence[SourceRow], columns: list[str]) -> tuple[str, str] | None:
    """The chat layout of the rows and its column of turns, if they hold conversations."""
    for column in ("conversations", "conversation", "messages"):
        if column not in columns:
            continue
        for row in rows:
            turns = row.fields.get(column)
            if isinstance(turns, list) and turns and isinstance(turns[0], dict):
                if "from" in turns[0] and "value" in turns[0]:
                    return "sharegpt", column
                if column == "conversation":
                    return "lmsys", column
                return ("messages" if column == "messages" else "sharegpt"), column
    return None


def _table_kind(columns: list[str]) -> tuple[str, str] | None:
    """Dolly, Alpaca or Aya, recognised by their sets of columns."""
    have = set(columns)
    if {"instruction", "context", "response"} <= have:
        return "dolly", "instruction"
    if {"instruction", "input", "output"} <= have:
        return "alpaca", "instruction"
    if {"inputs", "targets"} <= have:
        return "aya", "inputs"
    if columns == ["text"]:
        return "plain", "text"
    return None


def _longest_text_column(rows: Sequence[SourceRow], columns: list[str]) -> str | None:
    """The column whose values are text and longest on average."""
    best, best_length = None, 0.0
    for column in columns:
        values = [row.fields.get(column) for row in rows]
        texts = [v for v in values if isinstance(v, str)]
        if not texts or len(texts) < len([v for v in values if v is not None]) / 2:
            continue
        average = sum(len(t) for t in texts) / len(values)
        if average > best_length:
            best, best_length = column, average
    return best


def recognise_layout(
    rows: Sequence[SourceRow], columns: list[str], overrides: dict[str, str], kind: str | None
) -> tuple[str, str | None]:
    """The kind of the rows and the column holding the instruction (or the turns)."""
    if kind in _DEFAULT_COLUMN:
        return kind, _DEFAULT_COLUMN[kind]
    if "instruction" in overrides:
        return "columns", overrides["instruction"]
    if kind == "columns":
        return kind, _named_or_longest(rows, columns)
    found = _chat_kind(rows, columns) or _table_kind(columns)
    return found or ("columns", _named_or_longest(rows, columns))


def _named_or_longest(rows: Sequence[SourceRow], columns: list[str]) -> str | None:
    """The instruction column of a plain table: found by its name, or by its long text."""
    lower = {c.lower(): c for c in columns}
    named = next((lower[n] for n in _INSTRUCTION_NAMES if n in lower), None)
    return named or _longest_text_column(rows, columns)
