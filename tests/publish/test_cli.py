"""The command line over export, push, pull and merge: sentences, exit codes, --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.store.project import copy_project
from tests.publish.builder import Builder, Tales


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_json(tales: Tales, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tales.project.path)
    code, out, _ = run(capsys, "export", path, str(tmp_path / "out"), "--format", "jsonl",
                       "--languages", "sw", "--test-fraction", "0", "--json")
    data = json.loads(out)
    assert code == 0 and data["format"] == "jsonl" and data["splits"] == {"train": data["rows"]}
    assert set(data["languages"]) == {"sw"}
    assert data["licence"]["licence"] == "cc-by-4.0"
    assert set(data) == {"id", "path", "format", "rows", "splits", "languages", "removed",
                         "licence"}


def test_push_offline_is_queued_plainly_and_listed(
        tales: Tales, token: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tales.project.path)
    code, out, err = run(capsys, "push", path, "--dataset", "amina/hadithi", "--json")
    item = json.loads(out)
    assert code == 1 and item["state"] == "queued" and item["attempts"] == 1
    assert "stay in the project's queue" in err and "--retry" in err
    code, out, _ = run(capsys, "push", path, "--retry", "--json")
    assert code == 1 and [i["attempts"] for i in json.loads(out)] == [2]
    code, out, _ = run(capsys, "push", path, "--queue", "--json")
    listed = json.loads(out)
    assert code == 0 and [i["id"] for i in listed] == [item["id"]]
    assert set(listed[0]) == {"id", "kind", "repo_id", "private", "payload", "state",
                              "attempts", "last_error", "pushed_url", "created_at",
                              "updated_at"}
    code, _, err = run(capsys, "push", path, "--model", "nothing-trained", "--repo", "a/b")
    assert code == 1 and "no tuned model or training run called “nothing-trained”" in err


def test_pull_offline_is_one_sentence(tales: Tales, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    code, _, err = run(capsys, "pull", str(tales.project.path), "acme/questions")
    assert code == 1
    assert err.strip() == ("handloom: This computer cannot reach the Hugging Face Hub, so "
                           "acme/questions cannot be downloaded now; pull it again when online.")
    code, _, err = run(capsys, "pull", str(tales.project.path), "not a name")
    assert code == 1 and "is not a Hub dataset name" in err


def test_merge_dry_run_then_merge(tales: Tales, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "baraka.handloom"
    copy_project(tales.project.path, other)
    from core.store.project import Project

    with Project.open(other) as copy:
        Builder(copy, curator="Baraka").review("response", tales.accepted, "reject",
                                               at="2999-01-01T00:00:00.000+00:00")
    path = str(tales.project.path)
    code, out, _ = run(capsys, "merge", path, str(other), "--dry-run")
    assert code == 0 and out.startswith("Would bring in 1 review.")
    assert "here accept by Test Curator, there reject by Baraka -> reject" in out
    code, out, _ = run(capsys, "merge", path, str(other), "--json")
    report = json.loads(out)
    assert code == 0 and report["added"] == {"reviews": 1} and report["review_conflict_count"] == 1
    code, out, _ = run(capsys, "merge", path, str(other))
    assert out.strip() == "Nothing new: everything is already here."
    code, _, err = run(capsys, "merge", path, str(tmp_path / "missing.handloom"))
    assert code == 1 and err.startswith("handloom: There is no file at")
