"""Reading CSV and TSV files, with the line where each record starts.

A quoted field may run over several lines, so a record's line number is that of the physical
line where it starts, tracked as lines are fed to the ``csv`` module. The first record is the
header. The parser runs in strict mode so that a broken quote is reported rather than silently
swallowing the rest of the file into one field.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from core.errors import ImportFileError
from core.ingest.records import SourceRow
from core.ingest.textfile import MAX_LINE_BYTES, BadRows, TextFile, not_utf8, numbered_lines

_CANDIDATES = (",", "\t", ";", "|")


def sniff_delimiter(head: str, default: str) -> str:
    """The delimiter used in the header line: the candidate found most often outside quotes."""
    first = next((line for line in head.splitlines() if line.strip()), "")
    counts = dict.fromkeys(_CANDIDATES, 0)
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_CANDIDATES, key=lambda c: (counts[c], c == default))
    return best if counts[best] else default


class _Feeder:
    """Feeds decoded physical lines to ``csv.reader`` and notes where each record starts."""

    def __init__(self, source: TextFile, bad: BadRows) -> None:
        self.source = source
        self.bad = bad
        self.start: int | None = None  # physical line of the record being read
        self.size = 0  # bytes of the record being read
        self.invalid: tuple[int, bytes, UnicodeDecodeError] | None = None
        self.at_end = False

    def next_record(self) -> None:
        """Forget the record just read."""
        self.start = None
        self.size = 0
        self.invalid = None

    def lines(self) -> Iterator[str]:
        """Decoded lines with their ``\\n`` (the csv module needs it inside quoted fields)."""
        for lineno, raw in numbered_lines(self.source, self.bad):
            if self.start is None:
                self.start = lineno
            self.size += len(raw) + 1
            if self.size > MAX_LINE_BYTES:
                raise ImportFileError(
                    self.source.path,
                    self.start,
                    "the record that starts here is over 1 MB long; "
                    "a quoted field is probably never closed.",
                )
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                if self.invalid is None:
                    self.invalid = (lineno, raw, e)
                text = raw.decode("utf-8", errors="replace")
            yield text + "\n"
        self.at_end = True


def _column_names(record: list[str]) -> list[str]:
    """Header names made unique and non-empty (``column_3``, ``text_2``)."""
    names: list[str] = []
    seen: set[str] = set()
    for index, value in enumerate(record, start=1):
        name = value.strip() or f"column_{index}"
        unique, n = name, 2
        while unique in seen:
            unique, n = f"{name}_{n}", n + 1
        seen.add(unique)
        names.append(unique)
    return names


def read_delimited(source: TextFile, delimiter: str, bad: BadRows) -> Iterator[SourceRow]:
    """Yield one row per record after the header, keyed by the header's column names."""
    path = source.path
    if csv.field_size_limit() < 2 * MAX_LINE_BYTES:
        csv.field_size_limit(2 * MAX_LINE_BYTES)  # the record limit above is the one we mean
    feeder = _Feeder(source, bad)
    reader = csv.reader(feeder.lines(), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    while True:
        feeder.next_record()
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            if feeder.at_end and "end of data" in str(e):
                raise ImportFileError(
                    path,
                    feeder.start,
                    "a quoted field that starts in this record is never closed "
                    "(the file ends inside the quotes).",
                ) from e
            problem = f"this record is not valid CSV ({e})."
            if "expected after" in str(e):
                problem = (
                    "this record is not valid CSV: a closing quote is followed by more text "
                    '(a quote inside a quoted field must be doubled, "").'
                )
            bad.reject(ImportFileError(path, feeder.start, problem), feeder.start or 0)
            continue
        if not record:
            continue
        start = feeder.start or 0
        if feeder.invalid is not None:
            error = not_utf8(path, *feeder.invalid)
            if header is None:
                raise error
            bad.reject(error, start)
            continue
        if header is None:
            header = _column_names(record)
            width = len(header)
            continue
        if len(record) > width:
            if any(field.strip() for field in record[width:]):
                bad.reject(
                    ImportFileError(
                        path,
                        start,
                        f"this record has {len(record)} fields but the header has {width}; "
                        "a field with a delimiter in it probably needs quotes.",
                    ),
                    start,
                )
                continue
            record = record[:width]
        values: list[str | None] = list(record)
        if len(values) < width:
            values.extend([None] * (width - len(values)))
        yield SourceRow(start, dict(zip(header, values, strict=True)))
