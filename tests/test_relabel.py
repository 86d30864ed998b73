"""A person relabels rows; the label wins over the identifier from then on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.curate.relabel import UnknownInstructionsError, identify_again, relabel
from core.languages import UnknownLanguageError
from core.store.project import Project
from tests.conftest import write_jsonl

# Kashubian (a translator's, from gdk-pixbuf's catalogue), which no identifier Handloom has
# knows: read as Polish or something else. (Crimean Tatar was the example until Handloom's
# own n-gram model learnt it.)
KASHUBIAN = "Felëjë pamiãcë na òdczëtanié lopkù, spróbùjë zasztëkac jaczé programë abë zwòlnic pamiãc"
ENGLISH = "Where is the market? I need to buy bread and milk today."
KURMANJI = "Zarokên min dixwazin bi min re biçin bazarê û fêkiyan bikirin."


@pytest.fixture
def path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    project = str(tmp_path / "relabel.handloom")
    rows = [{"instruction": t} for t in (KASHUBIAN, ENGLISH, KURMANJI)]
    assert main(["init", project]) == 0
    assert main(["import", project, str(write_jsonl(tmp_path / "r.jsonl", rows)), "--json"]) == 0
    capsys.readouterr()
    return project


def _rows(capsys: pytest.CaptureFixture[str], project: str) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["list", project, "--json"]) == 0
    return {r["text"]: r for r in json.loads(capsys.readouterr().out)}


def test_cli_relabel_sets_a_persons_label(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = _rows(capsys, path)
    assert before[KASHUBIAN]["language"] != "csb"
    row_id = before[KASHUBIAN]["id"]
    assert main(["relabel", path, "--ids", row_id, "--language", "Kashubian", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["relabelled"] == 1
    after = _rows(capsys, path)[KASHUBIAN]
    assert after["language"] == "csb"
    assert after["language_confident"] is True
    assert after["language_origin"] == "person"
    project = Project.open(Path(path))
    try:
        set_by = project.scalar("SELECT language_set_by FROM instructions WHERE id = ?", [row_id])
    finally:
        project.close()
    assert set_by == "Test Curator"


def test_identifying_again_never_overwrites_a_persons_label(
    path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _rows(capsys, path)
    ids = [rows[KASHUBIAN]["id"], rows[ENGLISH]["id"]]
    assert main(["relabel", path, "--ids", ",".join(ids), "--language", "csb"]) == 0
    project = Project.open(Path(path))
    try:
        with project.write() as conn:  # what an older identifier left on the Kurdish row
            conn.execute("UPDATE instructions SET language = 'tr' WHERE text = ?", [KURMANJI])
        report = identify_again(project)
    finally:
        project.close()
    assert report["identified"] == 1  # only the row an identifier labelled
    after = _rows(capsys, path)
    assert after[KASHUBIAN]["language"] == "csb" and after[ENGLISH]["language"] == "csb"
    assert after[KURMANJI]["language"] == "ku"
    assert after[KURMANJI]["language_variant"] == "kmr"
    capsys.readouterr()
    assert main(["relabel", path, "--identify-again", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["identified"] == 1


def test_relabelling_is_all_or_nothing(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(capsys, path)
    project = Project.open(Path(path))
    try:
        with pytest.raises(UnknownInstructionsError, match="1 of the instructions"):
            relabel(project, [rows[ENGLISH]["id"], "no-such-row"], "sw")
        with pytest.raises(UnknownLanguageError):
            relabel(project, [rows[ENGLISH]["id"]], "Elvish")
    finally:
        project.close()
    assert _rows(capsys, path)[ENGLISH]["language"] == "en"
    assert main(["relabel", path, "--ids", "nope", "--language", "sw"]) == 1
    assert "not in this project" in capsys.readouterr().err
