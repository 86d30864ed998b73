"""Parquet files and Hugging Face datasets (save_to_disk folders, Hub names offline)."""

from __future__ import annotations

from pathlib import Path

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from core.errors import ImportFileError
from core.ingest.formats import read_rows

PROMPTS = [
    "Como faço para tirar mancha de café de uma camisa branca?",
    "Write a haiku about the first snow in Oslo.",
    "Tafadhali nieleze jinsi ya kupanda mahindi.",
]


def test_parquet_rows_are_read_in_batches_and_numbered(tmp_path: Path) -> None:
    path = tmp_path / "prompts.parquet"
    count = 20_000
    table = pa.table(
        {
            "prompt": [f"{PROMPTS[i % 3]} ({i})" for i in range(count)],
            "meta": [{"source": "form", "votes": i % 7} for i in range(count)],
            "thumbnail": [b"\x89PNG fake" for _ in range(count)],
        }
    )
    pq.write_table(table, path, row_group_size=5000)
    rows = list(read_rows(path))
    assert len(rows) == count
    assert rows[0].line == 1
    assert rows[0].fields == {"prompt": f"{PROMPTS[0]} (0)", "meta": {"source": "form", "votes": 0}}
    assert rows[-1].line == count
    assert rows[-1].fields["prompt"] == f"{PROMPTS[(count - 1) % 3]} ({count - 1})"


def test_text_file_named_parquet(tmp_path: Path) -> None:
    path = tmp_path / "fake.parquet"
    path.write_text("prompt\nhello\n")
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value).startswith(
        "fake.parquet: the file is not a readable Parquet file (Parquet magic bytes not found"
    )


def test_truncated_parquet(tmp_path: Path) -> None:
    path = tmp_path / "cut.parquet"
    pq.write_table(pa.table({"prompt": PROMPTS * 1000}), path)
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(ImportFileError, match=r"^cut.parquet: the file is not a readable Parquet"):
        list(read_rows(path))


def test_parquet_damaged_inside_names_the_first_row_it_cannot_read(tmp_path: Path) -> None:
    path = tmp_path / "damaged.parquet"
    table = pa.table({"prompt": [f"{PROMPTS[i % 3]} {i}" * 4 for i in range(40_000)]})
    pq.write_table(table, path, row_group_size=10_000, compression="snappy")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4000] = bytes(b ^ 0x5A for b in data[middle : middle + 4000])
    path.write_bytes(bytes(data))
    read = 0
    with pytest.raises(ImportFileError) as caught:
        for _ in read_rows(path):
            read += 1
    assert caught.value.line == read + 1
    assert str(caught.value).startswith(
        f"Line {read + 1} of damaged.parquet: the Parquet file is damaged from this row on"
    )


def test_empty_parquet_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError, match=r"^empty.parquet: the file is empty.$"):
        list(read_rows(path))


def test_saved_dataset_folder(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    datasets.Dataset.from_dict({"prompt": PROMPTS, "language": ["pt", "en", "sw"]}).save_to_disk(
        str(folder)
    )
    rows = list(read_rows(folder))
    assert rows == [
        (1, {"prompt": PROMPTS[0], "language": "pt"}, None),
        (2, {"prompt": PROMPTS[1], "language": "en"}, None),
        (3, {"prompt": PROMPTS[2], "language": "sw"}, None),
    ]


def test_saved_dataset_dict_reads_every_split_and_numbers_on(tmp_path: Path) -> None:
    folder = tmp_path / "splits"
    features = datasets.Features(
        {"prompt": datasets.Value("string"), "audio_bytes": datasets.Value("binary")}
    )
    train = datasets.Dataset.from_dict(
        {"prompt": PROMPTS[:2], "audio_bytes": [b"\x00\x01", b"\x02"]}, features=features
    )
    test = datasets.Dataset.from_dict(
        {"prompt": PROMPTS[2:], "audio_bytes": [b"\x03"]}, features=features
    )
    datasets.DatasetDict({"train": train, "test": test}).save_to_disk(str(folder))
    rows = list(read_rows(folder, "hf"))
    assert [(r.line, r.split, r.fields) for r in rows] == [
        (1, "train", {"prompt": PROMPTS[0]}),
        (2, "train", {"prompt": PROMPTS[1]}),
        (3, "test", {"prompt": PROMPTS[2]}),
    ]


def test_folder_that_is_not_a_saved_dataset(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8\xff")
    for fmt in (None, "hf", "csv"):
        with pytest.raises(ImportFileError) as caught:
            list(read_rows(folder, fmt))
        assert str(caught.value) == (
            "photos: the folder is not one written by datasets' save_to_disk "
            "(it has no dataset_info.json or dataset_dict.json)."
        )


def test_hub_name_offline_gives_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(Path("handloom-tests/no-such-dataset:train"), "hf"))
    assert str(caught.value) == (
        "no-such-dataset:train: the Hugging Face dataset handloom-tests/no-such-dataset could "
        "not be downloaded because this computer is offline; import it when online, or import "
        "a folder saved with save_to_disk."
    )
