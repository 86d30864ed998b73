"""Reading JSON lines files: one JSON object per line, blank lines ignored.

This is the hot path of a large import (LMSYS-Chat-1M and most Hub exports are JSON lines),
so a line goes straight from the file's bytes to ``orjson`` and any checks that cost time
(blank line? valid UTF-8?) are made only after parsing has failed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from core.errors import ImportFileError
from core.ingest.records import SourceRow
from core.ingest.textfile import BadRows, TextFile, not_utf8, numbered_lines


def kind_of(value: Any) -> str:
    """How a JSON value that should have been an object reads in a sentence."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null"
    return "not an object"


def read_json_lines(source: TextFile, bad: BadRows) -> Iterator[SourceRow]:
    """Yield one row per non-blank line, numbered by its physical line."""
    path = source.path
    loads = orjson.loads
    decode_error = orjson.JSONDecodeError
    for lineno, raw in numbered_lines(source, bad):
        try:
            value = loads(raw)
        except decode_error as e:
            if raw.isspace() or not raw:
                continue
            bad.reject(_line_error(path, lineno, raw, e), lineno)
            continue
        if type(value) is dict:
            yield SourceRow(lineno, value)
        else:
            error = ImportFileError(
                path, lineno, f"this line is {kind_of(value)}, not a JSON object."
            )
            bad.reject(error, lineno)


def _line_error(
    path: Path, lineno: int, raw: bytes, error: orjson.JSONDecodeError
) -> ImportFileError:
    """The sentence for a line that did not parse: not UTF-8, cut off, or not JSON."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return not_utf8(path, lineno, raw, e)
    if error.msg.startswith("unexpected end of data"):
        return ImportFileError(
            path, lineno, "the line is cut off: its JSON object is not complete."
        )
    return ImportFileError(
        path, lineno, f"the line is not valid JSON ({error.msg} at column {error.colno})."
    )
