"""The formats ``handloom import`` reads: telling them apart, reading rows, previewing.

A format is a container (CSV, TSV, JSON, JSON lines, Parquet, plain text, a Hugging Face
dataset). ``sharegpt``, ``messages`` and ``lmsys`` name a chat layout rather than a container:
the container is detected as usual and the layout is forced on the mapping.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import orjson

from core.errors import ImportFileError
from core.ingest.delimited import read_delimited, sniff_delimiter
from core.ingest.hf_datasets import HUB_NAME, is_saved_dataset, read_hub_dataset, read_saved_dataset
from core.ingest.json_documents import read_json_document
from core.ingest.json_lines import read_json_lines
from core.ingest.layouts import column_names
from core.ingest.mapping import Mapping, guess_mapping
from core.ingest.parquet_files import read_parquet
from core.ingest.plain_text import read_plain_text
from core.ingest.records import SourceRow
from core.ingest.textfile import BadRows, open_text

FORMATS = ("csv", "tsv", "json", "jsonl", "parquet", "txt", "hf", "sharegpt", "messages", "lmsys")
LAYOUTS = ("sharegpt", "messages", "lmsys")

_SUFFIXES = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".txt": "txt",
    ".text": "txt",
}


def detect_format(path: Path) -> str:
    """The container format of ``path``: by extension, then by sniffing its first 64 KiB.

    ``.json`` and ``.jsonl`` are always sniffed, because files named ``.json`` often hold JSON
    lines. A folder written by ``save_to_disk``, or an ``owner/name`` that is not a local path,
    is ``hf``. Raises ImportFileError for a missing path, a folder of another kind, and (for an
    unknown extension) an empty or binary file.
    """
    path = Path(path)
    if not path.exists():
        if HUB_NAME.match(str(path)) and path.suffix.lower() not in _SUFFIXES:
            return "hf"
        raise ImportFileError(path, None, "the file does not exist.")
    if path.is_dir():
        if is_saved_dataset(path):
            return "hf"
        raise ImportFileError(
            path,
            None,
            "the folder is not one written by datasets' save_to_disk "
            "(it has no dataset_info.json or dataset_dict.json).",
        )
    by_name = _SUFFIXES.get(path.suffix.lower())
    if by_name not in (None, "json", "jsonl"):
        return by_name
    try:
        with path.open("rb") as f:
            if f.read(4) == b"PAR1":
                return "parquet"
    except OSError as e:
        raise ImportFileError(path, None, f"the file cannot be read ({e.strerror or e}).") from e
    if by_name is not None:
        try:
            return _json_kind(open_text(path).head, by_name)
        except ImportFileError:
            return by_name  # reading it will give the reason
    source = open_text(path)
    return _sniff(source.head, source.whole)


def _json_kind(head: str, default: str) -> str:
    """``json`` for an array or a (pretty-printed) object, ``jsonl`` for objects line by line."""
    text = head.lstrip()
    if text.startswith("["):
        return "json"
    if not text.startswith("{"):
        return default
    first, _, rest = text.partition("\n")
    try:
        complete = isinstance(orjson.loads(first), dict)
    except orjson.JSONDecodeError:
        complete = False
    if not complete:
        # a document opens with "{", '{"data": [' and the like; a JSON lines file whose first
        # line is broken should still be read line by line, so that line can be reported
        opening = first.rstrip().endswith(("{", "[", ","))
        return "jsonl" if default == "jsonl" and not opening else "json"
    return "jsonl" if default == "jsonl" or rest.lstrip().startswith("{") else "json"


def _sniff(head: str, whole: bool) -> str:
    """The format of a text file with an unknown extension, from its first lines."""
    if head.lstrip()[:1] in ("[", "{"):
        return _json_kind(head, "jsonl")
    lines = [line for line in head.splitlines()[:20] if line.strip()]
    if not whole and len(lines) > 1:
        lines.pop()  # the sample may end mid-line
    for delimiter, fmt in (("\t", "tsv"), (",", "csv")):
        counts = {line.count(delimiter) for line in lines}
        if len(counts) == 1 and counts.pop() > 0:
            return fmt
    return "txt"


def container_format(path: Path, fmt: str | None) -> str:
    """The container to read, for a format that may be None (detect) or a chat layout."""
    if fmt is not None and fmt not in FORMATS:
        raise ImportFileError(
            path,
            None,
            f"{fmt!r} is not a format Handloom reads; the formats are {', '.join(FORMATS)}.",
        )
    path = Path(path)
    if fmt is None or fmt in LAYOUTS:
        return detect_format(path)
    if fmt == "hf":
        return detect_format(path) if path.is_file() else fmt
    return detect_format(path) if path.is_dir() else fmt


def read_rows(
    path: Path,
    fmt: str | None = None,
    *,
    skip_bad_rows: bool = False,
    bad_rows: list[int] | None = None,
    revision: str | None = None,
) -> Iterator[SourceRow]:
    """Stream the rows of ``path`` (read as ``fmt``, or as detected).

    File-level problems (missing, empty, binary, not Parquet) raise ImportFileError at once.
    A malformed row raises when it is reached, or with ``skip_bad_rows`` is skipped and its
    line appended to ``bad_rows``. Only a top-level JSON object is read whole; everything else
    streams in chunks of about 1 MiB or 8192 rows.
    """
    path = Path(path)
    container = container_format(path, fmt)
    bad = BadRows(skip_bad_rows, bad_rows)
    if container == "hf":
        if path.exists():
            return read_saved_dataset(path)
        return read_hub_dataset(str(path), revision)
    if container == "parquet":
        return read_parquet(path)
    source = open_text(path)
    if container in ("json", "jsonl"):
        container = _json_kind(source.head, container)
    if container == "jsonl":
        return read_json_lines(source, bad)
    if container == "json":
        return read_json_document(source, bad)
    if container in ("csv", "tsv"):
        default = "\t" if container == "tsv" else ","
        return read_delimited(source, sniff_delimiter(source.head, default), bad)
    return read_plain_text(source, bad)


@dataclass
class Preview:
    """The first rows of a file and the mapping guessed from them, shown before importing."""

    format: str  # the container read
    mapping: Mapping
    rows: list[SourceRow]
    columns: list[str]
    bad_rows: list[int] = field(default_factory=list)  # lines among the first rows that are bad


def preview(
    path: Path, fmt: str | None = None, n: int = 20, overrides: dict[str, str] | None = None
) -> Preview:
    """Read the first ``n`` good rows of ``path`` and guess their mapping.

    Bad rows are skipped and listed (so one bad line does not hide the preview); file-level
    problems raise ImportFileError as they would on import.
    """
    path = Path(path)
    bad: list[int] = []
    rows = list(islice(read_rows(path, fmt, skip_bad_rows=True, bad_rows=bad), n))
    layout = fmt if fmt in LAYOUTS else None
    mapping = guess_mapping(rows, overrides, kind=layout)
    return Preview(container_format(path, fmt), mapping, rows, column_names(rows), bad)
