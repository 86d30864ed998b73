"""Uncertain language labels through the import, the project file and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.store import instructions, schema
from core.store.instructions import Filters
from core.store.project import Project
from tests.conftest import write_jsonl

SURE = "Where is the market? I need to buy bread and milk today."
UNSURE = "Ina kasuwa take?"  # Hausa that CLD2, lid.176 and heliport each read differently


def _cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "labels.handloom")
    source = write_jsonl(tmp_path / "rows.jsonl", [{"instruction": SURE}, {"instruction": UNSURE}])
    assert main(["init", path]) == 0
    assert main(["import", path, str(source), "--json"]) == 0
    capsys.readouterr()
    return path


def test_import_stores_the_uncertain_mark(imported: str) -> None:
    project = Project.open(Path(imported))
    try:
        rows = {r["text"]: r for r in project.query("SELECT * FROM instructions")}
        assert rows[SURE]["language"] == "en" and rows[SURE]["language_uncertain"] == 0
        assert rows[UNSURE]["language"] is not None  # the best guess is kept
        assert rows[UNSURE]["language_uncertain"] == 1
        stats = instructions.stats(project)
        assert stats["language_uncertain"] == 1
        guess = rows[UNSURE]["language"]
        assert stats["uncertain_by_language"] == {guess: 1}
        assert instructions.count(project, Filters(language_sure=False)) == 1
        assert instructions.count(project, Filters(language_sure=True)) == 1
    finally:
        project.close()


def test_list_json_says_which_labels_are_not_confident(
    imported: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _cli_json(capsys, "list", imported)
    confident = {r["text"]: r["language_confident"] for r in rows}  # type: ignore[union-attr]
    assert confident == {SURE: True, UNSURE: False}
    only = _cli_json(capsys, "list", imported, "--language-label", "uncertain")
    assert [r["text"] for r in only] == [UNSURE]  # type: ignore[union-attr]
    stats = _cli_json(capsys, "stats", imported)
    assert stats["language_uncertain"] == 1  # type: ignore[index]
    capsys.readouterr()
    assert main(["list", imported]) == 0
    assert "?" in capsys.readouterr().out.splitlines()[1].split()[1]  # shown as "en?"


def test_curation_can_exclude_uncertain_labels(
    imported: str, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _cli_json(capsys, "curate", imported, "--exclude-uncertain")
    assert result["excluded_by_reason"] == {"language": 1}  # type: ignore[index]
    excluded = _cli_json(capsys, "list", imported, "--status", "excluded")
    assert [r["text"] for r in excluded] == [UNSURE]  # type: ignore[union-attr]
    lifted = _cli_json(capsys, "curate", imported, "--clear", "language")
    assert lifted["included"] == 2  # type: ignore[index]


def test_a_project_from_before_the_mark_opens_with_its_labels_sure(tmp_path: Path) -> None:
    path = tmp_path / "old.handloom"
    newest = schema.MIGRATIONS.pop()
    assert newest.__name__ == "m0014_language_labels"
    try:
        old = Project.create(path)
        with old.write() as conn:
            conn.execute(
                "INSERT INTO instructions(id, text, language, language_origin, created_by, "
                "created_at) VALUES ('a', 'Habari ya asubuhi', 'sw', 'detected', 'x', 'now')"
            )
        old.close()
    finally:
        schema.MIGRATIONS.append(newest)
    project = Project.open(path)
    try:
        row = project.query("SELECT * FROM instructions")[0]
        assert (row["language"], row["language_uncertain"]) == ("sw", 0)
        assert instructions.stats(project)["language_uncertain"] == 0
    finally:
        project.close()
