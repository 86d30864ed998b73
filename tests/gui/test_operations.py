"""``app.shell.ops``: the window's one way to call core off the GUI thread. ``read`` answers from a
read-only connection of the worker's own (a write through it fails and changes nothing),
``write`` commits, and ``call`` needs no project; each worker ends on the signals the pages
listen to."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.shell import ops
from app.shell.worker import Worker
from core.cli import main
from core.store import instructions
from core.store.project import Project
from tests.conftest import write_jsonl

TEXTS = ("Where is the market? I need to buy bread and milk today.",
         "Zarokên min dixwazin bi min re biçin bazarê û fêkiyan bikirin.")


@pytest.fixture
def path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    project = tmp_path / "ops.handloom"
    rows = [{"instruction": t} for t in TEXTS]
    assert main(["init", str(project)]) == 0
    assert main(["import", str(project), str(write_jsonl(tmp_path / "r.jsonl", rows))]) == 0
    capsys.readouterr()
    return project


def _rows(path: Path) -> list[dict]:
    with Project.open(path, read_only=True) as project:
        return instructions.page(project, limit=10)


def _ran(qtbot, worker: Worker, signal: str) -> list:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(getattr(worker, signal), timeout=30_000) as blocker:
        worker.start()
    qtbot.waitUntil(lambda: not worker.running)
    return list(blocker.args or [])


def test_read_answers_on_the_workers_thread_and_cannot_write(qtbot, path: Path) -> None:
    worker = ops.read(path, "core.store.instructions:language_codes", name="codes")
    (codes,) = _ran(qtbot, worker, "succeeded")
    with Project.open(path, read_only=True) as project:
        assert codes == instructions.language_codes(project) and codes

    first = _rows(path)[0]
    worker = ops.read(path, "core.curate.relabel:relabel", [first["id"]], "crh",
                      name="relabel")
    (sentence,) = _ran(qtbot, worker, "failed")
    assert sentence
    assert _rows(path)[0]["language"] == first["language"] != "crh"


def test_write_commits_what_the_core_function_writes(qtbot, path: Path) -> None:
    first = _rows(path)[0]
    worker = ops.write(path, "core.curate.relabel:relabel", [first["id"]], "crh",
                       name="relabel")
    assert _ran(qtbot, worker, "succeeded") == [1]
    assert _rows(path)[0]["language"] == "crh"


def test_a_core_failure_arrives_as_its_sentence(qtbot, path: Path) -> None:
    worker = ops.write(path, "core.curate.relabel:relabel", ["no-such-id"], "fr",
                       name="relabel")
    (sentence,) = _ran(qtbot, worker, "failed")
    assert "not in this project" in sentence and "nothing was changed" in sentence


def test_call_needs_no_project(qtbot) -> None:
    worker = ops.call("core.languages:normalise_language", "fr-FR", name="language")
    assert _ran(qtbot, worker, "succeeded") == ["fr"]
