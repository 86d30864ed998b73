"""Files that are not what they claim: empty, binary, over-long lines, missing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from core.errors import ImportFileError
from core.ingest.formats import read_rows

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def _error(path: Path, **options: object) -> str:
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path, **options))  # type: ignore[arg-type]
    return str(caught.value)


@pytest.mark.parametrize("name", ["prompts.csv", "prompts.jsonl", "prompts.txt", "p.json"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert _error(path) == f"{name}: the file is empty."


def test_file_of_blank_lines_and_a_bom_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_bytes(b"\xef\xbb\xbf\n  \n\r\n")
    assert _error(path, skip_bad_rows=True) == "blank.csv: the file is empty."


def test_png_renamed_csv(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(PNG_HEADER + bytes(range(256)) * 4)
    assert _error(path) == "photo.csv: this looks like a PNG image, not text."


def test_zip_renamed_jsonl(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data.jsonl", '{"prompt": "hi"}\n' * 100)
    path = tmp_path / "data.jsonl"
    path.write_bytes(buffer.getvalue())
    assert _error(path, skip_bad_rows=True) == (
        "data.jsonl: this looks like a ZIP archive (or an Excel or Word file), not text."
    )


def test_unknown_binary_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"\x07\x00\x13\x00\x00\x01\x02binary\x00\x00" * 200)
    assert _error(path) == "dump.txt: this looks like a binary file, not text."


def test_control_characters_without_nul_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "raw.csv"
    path.write_bytes(bytes(b % 31 + 1 for b in range(4000)))
    assert _error(path) == "raw.csv: this looks like a binary file, not text."


def test_utf16_without_bom_is_recognised_not_called_binary(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes("Tell me a joke about cats.\nAnd one about dogs.\n".encode("utf-16-le"))
    assert [r.fields["text"] for r in read_rows(path)] == [
        "Tell me a joke about cats.",
        "And one about dogs.",
    ]


def test_ten_megabyte_line_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    huge = b'{"prompt": "' + b"a" * (10 * (1 << 20) - 14) + b'"}'
    path.write_bytes(b'{"prompt": "one"}\n{"prompt": "two"}\n' + huge + b'\n{"prompt": "four"}\n')
    assert _error(path) == (
        "Line 3 of x.jsonl: the line is 10.0 MB long; the limit for one instruction is 1 MB."
    )
    bad: list[int] = []
    rows = list(read_rows(path, skip_bad_rows=True, bad_rows=bad))
    assert [(r.line, r.fields["prompt"]) for r in rows] == [(1, "one"), (2, "two"), (4, "four")]
    assert bad == [3]


def test_over_long_last_line_without_newline(tmp_path: Path) -> None:
    path = tmp_path / "tail.txt"
    path.write_bytes(b"short\n" + b"b" * (3 * (1 << 20)))
    assert _error(path) == (
        "Line 2 of tail.txt: the line is 3.0 MB long; the limit for one instruction is 1 MB."
    )


def test_over_long_block_of_text(tmp_path: Path) -> None:
    path = tmp_path / "blocks.txt"
    block = "\n".join(["a sentence that goes on " * 20] * 2500)
    path.write_text("First\nblock\n\n" + block + "\n\nLast\nblock\n")
    bad: list[int] = []
    rows = list(read_rows(path, skip_bad_rows=True, bad_rows=bad))
    assert [r.line for r in rows] == [1, 2505]
    assert bad == [4]
    assert _error(path).startswith("Line 4 of blocks.txt: the block is 1.1 MB long;")


def test_missing_file(tmp_path: Path) -> None:
    assert _error(tmp_path / "nowhere.csv") == "nowhere.csv: the file does not exist."


def test_unknown_format_name(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("prompt\nhi\n")
    assert _error(path, fmt="xlsx") == (
        "p.csv: 'xlsx' is not a format Handloom reads; the formats are csv, tsv, json, jsonl, "
        "parquet, txt, hf, sharegpt, messages, lmsys."
    )


def test_missing_file_with_a_format_given(tmp_path: Path) -> None:
    assert _error(tmp_path / "nowhere.txt", fmt="csv") == "nowhere.txt: the file does not exist."
