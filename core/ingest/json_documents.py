"""Reading a JSON document: an array of records, streamed, or an object that wraps them.

An array is parsed one element at a time from a sliding 1 MiB window with the standard
library's ``raw_decode``, so a JSON array of any size is read in constant memory. A document
whose top level is an object (``{"data": [...]}``, ``{"train": [...], "test": [...]}``) is
read whole, so it should stay under a few hundred MB; each list of objects in it becomes rows,
with the key recorded as the row's split. Objects that simply follow one another (JSON lines
saved as ``.json``) are read one by one, like JSON lines.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.errors import ImportFileError
from core.ingest.json_lines import kind_of
from core.ingest.records import SourceRow
from core.ingest.textfile import MAX_LINE_BYTES, BadRows, TextFile, too_long, utf8_chunks

_SPACE = re.compile(r"[ \t\n\r]*")
_decode = json.JSONDecoder().raw_decode


class _Window:
    """The decoded text around the parse position, with the line number of any position."""

    def __init__(self, source: TextFile) -> None:
        self.source = source
        self.chunks = utf8_chunks(source)
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buf = ""
        self.pos = 0
        self.at_end = False
        self._counted = 0  # buf index up to which newlines have been counted
        self._line = 1  # the line number at buf[_counted]

    def line_of(self, index: int) -> int:
        """The 1-based line of ``buf[index]``; indexes must not go backwards."""
        if index > self._counted:
            self._line += self.buf.count("\n", self._counted, index)
            self._counted = index
        return self._line

    def more(self) -> bool:
        """Append the next chunk of the file (dropping what has been parsed); False at the end."""
        if self.at_end:
            return False
        chunk = next(self.chunks, b"")
        try:
            text = self.decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as e:
            line = self.line_of(len(self.buf)) + chunk[: max(e.start, 0)].count(b"\n")
            raise ImportFileError(
                self.source.path,
                line,
                "the text is not valid UTF-8; save the file as UTF-8 and import it again.",
            ) from e
        self.at_end = not chunk
        self.line_of(self.pos)
        self.buf = self.buf[self.pos :] + text
        self._counted -= self.pos
        self.pos = 0
        return True

    def peek(self) -> str | None:
        """Skip whitespace and return the next character, or None at the end of the file."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return None

    def value(self, what: str, start_line: int, *, whole: bool = False) -> Any:
        """Parse the JSON value at the current position, reading more of the file as needed.

        ``what`` names the value in messages. A record may be at most ``MAX_LINE_BYTES``;
        a ``whole`` document has no limit, and is retried only each time the window has
        doubled, so that parsing a large document stays linear.
        """
        path = self.source.path
        while True:
            try:
                value, end = _decode(self.buf, self.pos)
            except RecursionError as e:  # "[[[[…" thousands deep: refused, not a crash
                raise ImportFileError(
                    path, start_line, f"{what} is nested too deeply to be an instruction record."
                ) from e
            except json.JSONDecodeError as e:
                cut_off = e.msg.startswith("Unterminated string") or not self.buf[e.pos :].strip()
                if not cut_off:
                    raise ImportFileError(
                        path, self.line_of(e.pos), f"{what} is not valid JSON ({e.msg})."
                    ) from e
                if not whole and len(self.buf) - self.pos > MAX_LINE_BYTES:
                    raise too_long(path, start_line, len(self.buf) - self.pos, "record") from e
                target = 2 * (len(self.buf) - self.pos) if whole else 0
                grew = self.more()
                while grew and len(self.buf) - self.pos < target and self.more():
                    pass
                if not grew:
                    raise ImportFileError(
                        path,
                        self.line_of(len(self.buf)),
                        f"the file ends in the middle of {what}, which starts on line "
                        f"{start_line}; it looks cut off.",
                    ) from e
                continue
            if end >= len(self.buf) and self.more():
                continue  # a number or literal may go on in the next chunk
            self.pos = end
            return value


def read_json_document(source: TextFile, bad: BadRows) -> Iterator[SourceRow]:
    """Yield the records of a JSON array (or of an object wrapping lists of records)."""
    path = source.path
    window = _Window(source)
    first = window.peek()
    if first is None:
        raise ImportFileError(path, None, "the file is empty.")
    if first == "{":
        yield from _objects(window, bad)
        return
    if first != "[":
        raise ImportFileError(
            path,
            window.line_of(window.pos),
            f"the file is not a JSON array or object: it starts with {first!r}.",
        )
    window.pos += 1
    record = 0
    char = window.peek()
    while char != "]":
        if char is None:
            raise ImportFileError(
                path,
                window.line_of(len(window.buf)),
                f"the file ends after record {record} of the JSON array without the closing ]; "
                "it looks cut off.",
            )
        record += 1
        start_line = window.line_of(window.pos)
        value = window.value(f"record {record} of the JSON array", start_line)
        if type(value) is dict:
            yield SourceRow(record, value)
        else:
            bad.reject(
                ImportFileError(
                    path,
                    start_line,
                    f"record {record} of the JSON array is {kind_of(value)}, not an object.",
                ),
                record,
            )
        char = window.peek()
        if char == ",":
            window.pos += 1
            char = window.peek()
        elif char not in ("]", None):
            raise ImportFileError(
                path,
                window.line_of(window.pos),
                f"expected a comma or ] after record {record} of the JSON array, not {char!r}.",
            )
    window.pos += 1
    if window.peek() is not None:
        raise ImportFileError(
            path, window.line_of(window.pos), "there is more text after the JSON array ends."
        )


def _objects(window: _Window, bad: BadRows) -> Iterator[SourceRow]:
    """Rows from a top-level object, or from objects one after another (JSON lines).

    A single object yields its lists of objects (the key is the split when there are several)
    or, holding none, itself. Objects that follow one another are rows numbered by the line
    where each starts, as in a JSON lines file.
    """
    path = window.source.path
    start_line = window.line_of(window.pos)
    document = window.value("the JSON object", start_line, whole=True)
    char = window.peek()
    if char is None:
        yield from _wrapped(path, document, bad)
        return
    yield SourceRow(start_line, document)
    while char is not None:
        start_line = window.line_of(window.pos)
        what = f"the JSON value that starts on line {start_line}"
        value = window.value(what, start_line)
        if type(value) is dict:
            yield SourceRow(start_line, value)
        else:
            error = ImportFileError(
                path, start_line, f"this value is {kind_of(value)}, not a JSON object."
            )
            bad.reject(error, start_line)
        char = window.peek()


def _wrapped(path: Path, document: dict[str, Any], bad: BadRows) -> Iterator[SourceRow]:
    """The lists of objects inside one object, or the object itself when it holds none."""
    lists = {
        key: value
        for key, value in document.items()
        if isinstance(value, list) and value and isinstance(value[0], dict)
    }
    if not lists:
        yield SourceRow(1, document)
        return
    line = 0
    for split, records in lists.items():
        for index, value in enumerate(records, start=1):
            line += 1
            if type(value) is dict:
                yield SourceRow(line, value, split if len(lists) > 1 else None)
            else:
                error = ImportFileError(
                    path, None, f"item {index} of {split!r} is {kind_of(value)}, not an object."
                )
                bad.reject(error, line)
