"""Opening a text file to import: its encoding, whether it is text at all, and its lines.

Every text reader (CSV, JSON, JSON lines, plain text) goes through here so that a PNG renamed
``.csv``, an empty file, a UTF-16 export from Excel or a 10 MB line are handled once, the same
way, with a sentence that names the file and the line. Lines are read in 1 MiB chunks, so an
over-long line is refused without ever holding more than a few MiB of it.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from core.errors import ImportFileError

MAX_LINE_BYTES = 1 << 20  # one instruction (one line, one record) may be at most 1 MiB
CHUNK_BYTES = 1 << 20
_HEAD_BYTES = 1 << 16

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Excel or Word file)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"%PDF", "a PDF document"),
    (b"PAR1", "a Parquet file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)


class BadRows:
    """What to do with a malformed row: raise its error, or skip it and remember its line."""

    def __init__(self, skip: bool, lines: list[int] | None) -> None:
        self.skip = skip
        self.lines = lines

    def reject(self, error: ImportFileError, line: int) -> None:
        """Raise ``error``, or (when skipping) record ``line`` as a skipped row."""
        if not self.skip:
            raise error
        if self.lines is not None:
            self.lines.append(line)


@dataclass(frozen=True)
class TextFile:
    """A text file whose encoding is known and which is not empty or binary."""

    path: Path
    encoding: str  # a Python codec name; "utf-8" for UTF-8 with or without a BOM
    bom: int  # bytes of byte-order mark to skip
    head: str  # the first 64 KiB, decoded, for sniffing formats and delimiters
    whole: bool  # True when ``head`` is the whole file
    cr_only: bool = False  # old Mac line endings (a lone \r), as in Excel's "CSV (Macintosh)"


def open_text(path: Path) -> TextFile:
    """Check that ``path`` is a non-empty text file and find its encoding.

    Raises ImportFileError for an empty or binary file, which no option can skip.
    """
    try:
        with path.open("rb") as f:
            head = f.read(_HEAD_BYTES)
    except FileNotFoundError as e:
        raise ImportFileError(path, None, "the file does not exist.") from e
    except OSError as e:
        raise ImportFileError(path, None, f"the file cannot be read ({e.strerror or e}).") from e
    encoding, bom = "utf-8", 0
    for mark, name in _BOMS:
        if head.startswith(mark):
            encoding, bom = name, len(mark)
            break
    else:
        for magic, what in _MAGIC:
            if head.startswith(magic):
                raise ImportFileError(path, None, f"this looks like {what}, not text.")
        if b"\x00" in head:
            utf16 = _utf16_without_bom(head)
            if utf16 is None:
                raise ImportFileError(path, None, "this looks like a binary file, not text.")
            encoding = utf16
    body = head[bom:]
    text = body.decode(encoding, errors="replace")
    if not text.strip() and len(head) < _HEAD_BYTES:
        raise ImportFileError(path, None, "the file is empty.")
    if encoding == "utf-8" and _looks_binary(text):
        raise ImportFileError(path, None, "this looks like a binary file, not text.")
    cr_only = "\r" in text and "\n" not in text
    return TextFile(path, encoding, bom, text, len(head) < _HEAD_BYTES, cr_only)


def _utf16_without_bom(head: bytes) -> str | None:
    """Recognise UTF-16 without a byte-order mark by where its NUL bytes fall."""
    sample = head[: 4096 - 4096 % 2]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.02:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.02:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    """True when a decoded sample is full of control characters that text never holds.

    Bytes that are merely not UTF-8 do not count: a Latin-1 or Windows-1253 file is text in
    the wrong encoding, and the line-by-line check says so more helpfully.
    """
    sample = text[:8192]
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\r\f\v\x1b")
    return controls > len(sample) * 0.1


def utf8_chunks(source: TextFile) -> Iterator[bytes]:
    """The file's content as UTF-8 bytes, chunk by chunk, without the byte-order mark."""
    with source.path.open("rb") as f:
        f.seek(source.bom)
        if source.encoding == "utf-8":
            while chunk := f.read(CHUNK_BYTES):
                yield chunk.replace(b"\r", b"\n") if source.cr_only else chunk
            return
        decoder = codecs.getincrementaldecoder(source.encoding)(errors="strict")
        lines_before = 0
        while True:
            chunk = f.read(CHUNK_BYTES)
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as e:
                line = (
                    lines_before
                    + chunk[: e.start].decode(source.encoding, errors="replace").count("\n")
                    + 1
                )
                raise ImportFileError(
                    source.path, line, f"the text is not valid {source.encoding.upper()}."
                ) from e
            data = text.encode("utf-8", errors="surrogatepass")
            if source.cr_only:
                data = data.replace(b"\r", b"\n")
            lines_before += data.count(b"\n")
            if data:
                yield data
            if not chunk:
                return


def too_long(path: Path, line: int, size: int, what: str = "line") -> ImportFileError:
    """The error for a line (or block, or record) over ``MAX_LINE_BYTES``."""
    return ImportFileError(
        path,
        line,
        f"the {what} is {size / (1 << 20):.1f} MB long; the limit for one instruction is "
        f"{MAX_LINE_BYTES >> 20} MB.",
    )


def not_utf8(path: Path, line: int, raw: bytes, error: UnicodeDecodeError) -> ImportFileError:
    """The error for a line that is not valid UTF-8, naming the first bad byte."""
    column = len(raw[: error.start].decode("utf-8", errors="replace")) + 1
    return ImportFileError(
        path,
        line,
        f"the text is not valid UTF-8 (byte 0x{raw[error.start]:02X} at column {column}); "
        "save the file as UTF-8 and import it again.",
    )


def numbered_lines(source: TextFile, bad: BadRows) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line number, line)`` for every line, as UTF-8 bytes without the ``\\n``.

    A line over ``MAX_LINE_BYTES`` is measured while being discarded chunk by chunk and
    handed to ``bad`` (so it is refused or skipped without being held in memory).
    """
    limit = MAX_LINE_BYTES
    lineno = 0
    rest = b""
    chunks = utf8_chunks(source)
    for chunk in chunks:
        parts = (rest + chunk if rest else chunk).split(b"\n")
        rest = parts.pop()
        for part in parts:
            lineno += 1
            if len(part) > limit:
                bad.reject(too_long(source.path, lineno, len(part)), lineno)
                continue
            yield lineno, part
        if len(rest) > limit:
            lineno += 1
            size = len(rest)
            rest = b""
            for more in chunks:
                end = more.find(b"\n")
                if end < 0:
                    size += len(more)
                    continue
                size += end
                rest = more[end + 1 :]
                break
            bad.reject(too_long(source.path, lineno, size), lineno)
            if b"\n" in rest:
                parts = rest.split(b"\n")
                rest = parts.pop()
                for part in parts:
                    lineno += 1
                    yield lineno, part
    if rest:
        lineno += 1
        if len(rest) > limit:
            bad.reject(too_long(source.path, lineno, len(rest)), lineno)
        else:
            yield lineno, rest
