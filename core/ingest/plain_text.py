"""Reading plain text: one instruction per line, or one per block of lines.

People keep instructions in text files in two ways: one per line, or as paragraphs separated
by blank lines (when an instruction itself spans lines). The first 64 KiB decide: if any block
between blank lines has more than one line, blocks are instructions; otherwise lines are.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from core.errors import ImportFileError
from core.ingest.records import SourceRow
from core.ingest.textfile import (
    MAX_LINE_BYTES,
    BadRows,
    TextFile,
    not_utf8,
    numbered_lines,
    too_long,
)


def uses_blocks(head: str, whole: bool = True) -> bool:
    """True when the sample has a blank-line-separated block of two or more lines."""
    lines = head.splitlines()
    if not whole and lines:
        lines.pop()  # the sample may end mid-line
    seen_blank = False
    longest = run = 0
    for line in lines:
        if line.strip():
            run += 1
            longest = max(longest, run)
        else:
            seen_blank = True
            run = 0
    return seen_blank and longest >= 2


def read_plain_text(source: TextFile, bad: BadRows) -> Iterator[SourceRow]:
    """Yield rows with one field, ``text``: a non-blank line, or a block of lines."""
    if uses_blocks(source.head, source.whole):
        yield from _blocks(source, bad)
        return
    path = source.path
    for lineno, raw in numbered_lines(source, bad):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            bad.reject(not_utf8(path, lineno, raw, e), lineno)
            continue
        if text.endswith("\r"):
            text = text[:-1]
        if text.strip():
            yield SourceRow(lineno, {"text": text})


def _blocks(source: TextFile, bad: BadRows) -> Iterator[SourceRow]:
    """Rows for blocks of non-blank lines, numbered by each block's first line."""
    path = source.path
    start = size = 0
    lines: list[str] = []
    invalid: ImportFileError | None = None
    for lineno, raw in numbered_lines(source, bad):
        if raw.strip():
            start = start or lineno
            size += len(raw) + 1
            if invalid is None and size <= MAX_LINE_BYTES:
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    invalid = not_utf8(path, lineno, raw, e)
                    continue
                lines.append(text[:-1] if text.endswith("\r") else text)
            continue
        if start:
            yield from _block_row(path, start, size, lines, invalid, bad)
        start = size = 0
        lines = []
        invalid = None
    if start:
        yield from _block_row(path, start, size, lines, invalid, bad)


def _block_row(
    path: Path,
    start: int,
    size: int,
    lines: list[str],
    invalid: ImportFileError | None,
    bad: BadRows,
) -> Iterator[SourceRow]:
    """The row for one finished block, or its rejection when it is not valid or too long."""
    if invalid is not None:
        bad.reject(invalid, start)
    elif size > MAX_LINE_BYTES:
        bad.reject(too_long(path, start, size, "block"), start)
    else:
        yield SourceRow(start, {"text": "\n".join(lines)})
