"""detect_format: by extension, then by content; folders and Hub names."""

from __future__ import annotations

import json
from pathlib import Path

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from core.errors import ImportFileError
from core.ingest.formats import detect_format, read_rows

RECORDS = [{"prompt": "Name a fruit that is red."}, {"prompt": "Qual é a capital de Angola?"}]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.csv", "csv"),
        ("a.CSV", "csv"),
        ("a.tsv", "tsv"),
        ("a.tab", "tsv"),
        ("a.txt", "txt"),
        ("a.text", "txt"),
    ],
)
def test_by_extension_without_reading(tmp_path: Path, name: str, expected: str) -> None:
    assert detect_format(_write(tmp_path / name, "whatever is inside")) == expected


def test_parquet_by_extension_and_by_magic(tmp_path: Path) -> None:
    pq.write_table(pa.table({"prompt": ["hi"]}), tmp_path / "a.parquet")
    assert detect_format(tmp_path / "a.parquet") == "parquet"
    (tmp_path / "a.parquet").rename(tmp_path / "export.bin")
    assert detect_format(tmp_path / "export.bin") == "parquet"


@pytest.mark.parametrize("name", ["a.json", "a.jsonl", "a.ndjson"])
def test_json_array_whatever_the_extension(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, json.dumps(RECORDS, indent=2))
    assert detect_format(path) == "json"
    assert [r.fields for r in read_rows(path)] == RECORDS


@pytest.mark.parametrize("name", ["a.json", "a.jsonl"])
def test_json_lines_whatever_the_extension(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, "\n".join(json.dumps(r) for r in RECORDS) + "\n")
    assert detect_format(path) == "jsonl"
    assert [r.fields for r in read_rows(path)] == RECORDS


def test_pretty_printed_object_is_json(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.json", json.dumps({"data": RECORDS}, indent=2))
    assert detect_format(path) == "json"


def test_single_line_object_named_json_is_json(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.json", json.dumps({"data": RECORDS}))
    assert detect_format(path) == "json"
    assert [r.fields for r in read_rows(path)] == RECORDS


def test_single_line_object_named_jsonl_is_jsonl(tmp_path: Path) -> None:
    assert detect_format(_write(tmp_path / "a.jsonl", json.dumps(RECORDS[0]))) == "jsonl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("prompt\tlanguage\nHello\ten\nBonjour\tfr\n", "tsv"),
        ("prompt,language\nHello,en\nBonjour,fr\n", "csv"),
        ("Tell me about volcanoes, please.\nWhy is the sea salty?\n", "txt"),
        ('{"prompt": "one"}\n{"prompt": "two"}\n', "jsonl"),
        ('[{"prompt": "one"}]', "json"),
    ],
)
def test_unknown_extension_is_sniffed(tmp_path: Path, text: str, expected: str) -> None:
    assert detect_format(_write(tmp_path / "export.dat", text)) == expected


def test_unknown_extension_binary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(ImportFileError, match=r"^export.dat: this looks like a PNG image"):
        detect_format(path)


def test_saved_dataset_folder_is_hf(tmp_path: Path) -> None:
    datasets.Dataset.from_dict({"prompt": ["hi"]}).save_to_disk(str(tmp_path / "saved"))
    assert detect_format(tmp_path / "saved") == "hf"


def test_other_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"^\w+: the folder is not one written by datasets"):
        detect_format(tmp_path)


def test_hub_name_that_is_not_a_local_path_is_hf() -> None:
    assert detect_format(Path("lmsys/lmsys-chat-1m")) == "hf"
    assert detect_format(Path("CohereForAI/aya_dataset:train")) == "hf"


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"^gone.jsonl: the file does not exist.$"):
        detect_format(tmp_path / "gone.jsonl")


def test_format_hf_given_for_a_file_reads_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "p.jsonl", json.dumps(RECORDS[0]) + "\n")
    assert [r.fields for r in read_rows(path, "hf")] == [RECORDS[0]]
