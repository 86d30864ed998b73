"""Exports load with ``datasets`` unchanged and hold exactly the rows the filters allow."""

from __future__ import annotations

import json
from pathlib import Path

import datasets
import pytest

from core.publish.dataset_rows import ExportError, ExportOptions, split_of
from core.publish.export import export_dataset
from tests.publish.builder import Tales


def _all_rows(loaded: datasets.DatasetDict) -> list[dict]:
    return [row for split in loaded.values() for row in split]


def _expected_ids(t: Tales) -> set[str]:
    """Every response to an included instruction, less the one rejected in review."""
    return (set(t.responses.values()) | {t.extra_sample}) - {t.rejected}


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "arrow"])
def test_export_round_trips_through_datasets(tales: Tales, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export-{fmt}"
    result = export_dataset(tales.project, out, ExportOptions(format=fmt, test_fraction=0.4))
    if fmt == "arrow":
        loaded = datasets.load_from_disk(str(out))
    else:
        loaded = datasets.load_dataset(str(out), cache_dir=str(tmp_path / "cache"))
    assert isinstance(loaded, datasets.DatasetDict)
    assert {k: len(v) for k, v in loaded.items()} == result.splits
    rows = _all_rows(loaded)
    assert {r["id"] for r in rows} == _expected_ids(tales)
    assert loaded["train"].features["messages"] == datasets.List(
        {"role": datasets.Value("string"), "content": datasets.Value("string")})
    by_id = {r["id"]: r for r in rows}
    edited = by_id[tales.edited]
    assert edited["messages"][1] == {"role": "assistant", "content": tales.edit_text}
    assert [m["role"] for m in by_id[tales.two_turn]["messages"]] == [
        "user", "assistant", "user", "assistant"]
    translated = by_id[tales.responses[tales.translated]]
    assert translated["original_instruction_id"] == tales.en[0]
    assert translated["language"] == "sw" and translated["source"] == "acme/questions"
    assert by_id[tales.accepted]["review"] == "accepted"
    for rid, row in by_id.items():
        assert row["judge_score"] == tales.scores.get(rid)
        key = row["original_instruction_id"] or row["instruction_id"]
        assert split_of(key, 0.4) in loaded and rid in loaded[split_of(key, 0.4)]["id"]
    recorded = tales.project.query("SELECT * FROM exports")
    assert len(recorded) == 1 and recorded[0]["rows"] == result.rows == len(rows)
    assert json.loads(recorded[0]["options"])["format"] == fmt
    assert (out / "README.md").read_text(encoding="utf-8") == recorded[0]["card"]


def test_translations_share_the_split_of_their_original(tales: Tales, tmp_path: Path) -> None:
    loaded = datasets.load_dataset(
        str(export_dataset(tales.project, tmp_path / "o", ExportOptions(test_fraction=0.5)).path),
        cache_dir=str(tmp_path / "cache"))
    where = {row["id"]: split for split, part in loaded.items() for row in part}
    assert where[tales.responses[tales.translated]] == where[tales.responses[tales.en[0]]]


def test_filters_keep_only_what_was_asked_and_count_what_they_removed(
        tales: Tales, tmp_path: Path) -> None:
    options = ExportOptions(format="jsonl", min_score=6, languages=("Kiswahili",),
                            test_fraction=0)
    result = export_dataset(tales.project, tmp_path / "sw", options)
    rows = [json.loads(line) for line in
            (tmp_path / "sw" / "data" / "train-00000-of-00001.jsonl").read_text().splitlines()]
    assert rows and all(r["language"] == "sw" and r["judge_score"] >= 6 for r in rows)
    expected = {rid for rid in _expected_ids(tales)
                if tales.scores.get(rid, -1) >= 6 and _language(tales, rid) == "sw"}
    assert {r["id"] for r in rows} == expected
    assert result.removed["rejected in review"] == 1
    assert sum(result.removed.values()) + result.rows == len(tales.responses) + 1
    assert result.splits == {"train": len(expected)}


def _language(t: Tales, response_id: str) -> str:
    return str(t.project.scalar(
        "SELECT i.language FROM responses r JOIN instructions i ON i.id = r.instruction_id "
        "WHERE r.id = ?", [response_id]))


def test_selected_and_reviewed_only(tales: Tales, tmp_path: Path) -> None:
    selected = export_dataset(tales.project, tmp_path / "a", ExportOptions(selected_only=True))
    assert selected.rows == 1
    reviewed = export_dataset(tales.project, tmp_path / "b", ExportOptions(reviewed_only=True))
    loaded = datasets.load_dataset(str(reviewed.path), cache_dir=str(tmp_path / "cache"))
    assert [r["id"] for r in _all_rows(loaded)] == [tales.accepted]


def test_a_folder_with_files_is_refused_and_nothing_is_left_half_written(
        tales: Tales, tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("keep me")
    with pytest.raises(ExportError, match="not an empty folder"):
        export_dataset(tales.project, busy, ExportOptions())
    with pytest.raises(ExportError, match="Nothing to export"):
        export_dataset(tales.project, tmp_path / "none", ExportOptions(min_score=10))
    assert sorted(p.name for p in tmp_path.iterdir() if "none" in p.name) == []
    assert tales.project.scalar("SELECT count(*) FROM exports") == 0


def test_bad_options_are_sentences(tales: Tales, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="test fraction"):
        export_dataset(tales.project, tmp_path / "x", ExportOptions(test_fraction=1.5))
    with pytest.raises(ExportError, match="not a language code"):
        export_dataset(tales.project, tmp_path / "x", ExportOptions(languages=("xx",)))


def test_a_rejected_instruction_leaves_out_even_an_accepted_response(
        tales: Tales, tmp_path: Path) -> None:
    tales.b.review("instruction", tales.sw[2], "reject")
    result = export_dataset(tales.project, tmp_path / "out", ExportOptions(format="jsonl"))
    ids = {json.loads(line)["id"] for f in (result.path / "data").iterdir()
           for line in f.read_text().splitlines()}
    assert tales.accepted not in ids and result.removed["rejected in review"] == 2
