"""Translating with the bundled multilingual model through the real engine and CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main
from core.demo import demo_file
from core.projects import new_project
from core.store import registry
from core.store.project import Project
from core.translate.checks import FLAGS
from core.translate.job import count_pending
from tests.killing import kill_midway

pytestmark = pytest.mark.model  # the bundled Gemma translates

HANDLOOM = [sys.executable, "-m", "core.cli"]
GEMMA = "gemma-3-270m"


def test_translations_are_new_instructions_linked_to_their_originals(
    originals_project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = originals_project
    terms = tmp_path / "terms.csv"
    terms.write_text("source,target\nsoil erosion,erosión del suelo\n", encoding="utf-8")
    path = str(project.path)
    assert (
        main(
            [
                "translate",
                path,
                "--model",
                GEMMA,
                "--to",
                "spa",
                "--from",
                "en",
                "--limit",
                "2",
                "--parallel",
                "2",
                "--max-tokens",
                "40",
                "--glossary",
                str(terms),
                "--back-translate",
                "--json",
            ]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["target"] == "es" and result["written"] == 2 and result["originals"] == 2
    assert result["back_translated"] == 2 and result["glossary_terms"] == 1
    rows = project.query(
        "SELECT t.*, i.text, i.language, i.parent_id, i.status, i.source_id, i.created_by AS by, "
        "o.text AS original, o.source_id AS original_source FROM translations t "
        "JOIN instructions i ON i.id = t.instruction_id JOIN instructions o ON o.id = t.original_id "
        "ORDER BY o.rowid"
    )
    assert [r["original"] for r in rows] == [
        "Summarise the main causes of soil erosion on small farms.",
        "Explain in simple words why the sky is blue.",
    ]
    gemma = registry.get(project, GEMMA)
    for r in rows:
        assert r["parent_id"] == r["original_id"] and r["language"] == "es"
        assert r["status"] == "included" and r["source_id"] == r["original_source"]
        assert r["by"] == r["created_by"] == "Test Curator"
        assert r["model_id"] == gemma.id and r["source_language"] == "en"
        assert r["machine_text"] == r["text"]
        assert set(json.loads(r["flags"])) <= set(FLAGS)
        assert r["original"] in r["prompt"] and r["prompt"].rstrip().endswith("Spanish:")
        settings = json.loads(r["settings"])
        assert settings["template_version"] == 1 and settings["temperature"] == 0.0
        assert r["back_translation"] is not None and 0 <= r["chrf"] <= 100
    # The glossary term went into the prompt of the instruction that contains it only.
    assert "soil erosion = erosión del suelo" in rows[0]["prompt"]
    assert "erosión" not in rows[1]["prompt"]
    assert json.loads(rows[0]["settings"])["glossary"] == [["soil erosion", "erosión del suelo"]]
    # Running the same command again writes nothing twice.
    assert (
        main(
            [
                "translate",
                path,
                "--model",
                GEMMA,
                "--to",
                "es",
                "--from",
                "en",
                "--limit",
                "2",
                "--parallel",
                "2",
                "--max-tokens",
                "40",
                "--back-translate",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["written"] == 0
    assert project.scalar("SELECT count(*) FROM translations") == 2
    # Translations are never translated again: into Swahili, only the 4 originals are chosen.
    assert count_pending(project, {"target": "sw"}, gemma.id) == (4, 4)
    assert count_pending(project, {"target": "es", "source": "en"}, gemma.id) == (1, 3)
    assert main(["translations", path, "--to", "es", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["source_text"] for r in listed] == [r["original"] for r in rows]
    assert all(isinstance(r["flags"], dict) and r["edited"] is False for r in listed)


def test_a_killed_translation_resumes_without_duplicates(tmp_path: Path) -> None:
    p = tmp_path / "kill.handloom"
    new_project(p).close()
    subprocess.run([*HANDLOOM, "import", str(p), str(demo_file())], check=True, capture_output=True)
    command = [
        *HANDLOOM,
        "translate",
        str(p),
        "--model",
        GEMMA,
        "--to",
        "sw",
        "--from",
        "en",
        "--limit",
        "5",
        "--parallel",
        "1",
        "--max-tokens",
        "32",
    ]
    written = kill_midway(command, p, "SELECT count(*) FROM translations", seconds=300)
    assert 1 <= written < 5
    done = subprocess.run([*command, "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["written"] == 5 - written
    project = Project.open(p)
    assert project.scalar("SELECT count(*) FROM translations") == 5
    assert project.scalar("SELECT count(DISTINCT original_id) FROM translations") == 5
    # No instruction was written without its translation record, or twice.
    assert project.scalar("SELECT count(*) FROM instructions WHERE parent_id IS NOT NULL") == 5
    assert project.scalar("SELECT count(*) FROM jobs WHERE kind = 'translate'") == 1
    assert project.integrity_ok()
    project.close()
