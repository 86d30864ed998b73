"""Importing through the window: preview, guessed columns, the job, and bad files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from app.stages.import_.page import ImportPage
from core.ingest import labels
from core.store import indexes, instructions
from core.store.project import Project
from tests.conftest import write_jsonl
from tests.gui.conftest import JOB_TIMEOUT_MS, shot

ROWS = [
    {"prompt": "How do I grow cassava in sandy soil?", "lang": "en", "username": "amina"},
    {
        "prompt": "Nawezaje kupanda mihogo kwenye udongo wa mchanga?",
        "lang": "sw",
        "username": "juma",
    },
    {"prompt": "كيف أزرع الكسافا في التربة الرملية؟", "lang": "ar", "username": "layla"},
    {"prompt": "Báwo ni mo ṣe lè gbin ẹ̀gẹ́ sínú iyanrìn?", "lang": "yo", "username": "tunde"},
    {
        "prompt": "Write a song about the rains coming back to the valley.",
        "lang": "en",
        "username": "amina",
    },
]


def _open(window: MainWindow, tmp_path: Path) -> ImportPage:
    path = tmp_path / "imports.handloom"
    Project.create(path).close()
    assert window.open_project(path)
    page = window.page(ImportPage)
    window.show_page(page)
    return page


def _import(qtbot, page: ImportPage, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def test_import_a_csv_through_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "prompts.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["username", "prompt", "lang"])
        writer.writeheader()
        writer.writerows(ROWS)
    page = _open(window, tmp_path)

    with qtbot.waitSignal(page.preview_ready, timeout=JOB_TIMEOUT_MS):
        page.add_files([str(path)])
    assert page.preview_model.rowCount() == len(ROWS)
    assert page.preview_model.columns == ["username", "prompt", "lang"]
    assert page.mapping.column("instruction") == "prompt"
    assert page.mapping.column("language") == "lang"
    assert page.mapping.column("author") == "username"
    assert page.preview_model.headerData(1, Qt.Orientation.Horizontal) == "▶ prompt"
    page.licence.setText("CC-BY-4.0")
    shot(window, "import-page")

    _import(qtbot, page, window)

    assert window.messages.text() == ""
    assert "prompts.csv: 5 instructions imported (csv)" in page.summary.text()
    curate = window.page(CuratePage)
    assert curate.model.rowCount() == len(ROWS)
    stats = instructions.stats(window.session.project)
    assert stats["instructions"] == 5
    assert stats["by_language"]["en"] == 2
    row = window.session.project.query("SELECT licence, author FROM instructions LIMIT 1")[0]
    assert row == {"licence": "CC-BY-4.0", "author": "amina"}


def test_changed_mapping_becomes_the_jobs_columns(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    rows = [{"question": f"Question number {i}?", "note": f"a note {i}", "id": i} for i in range(4)]
    path = write_jsonl(tmp_path / "notes.jsonl", rows)
    page = _open(window, tmp_path)
    with qtbot.waitSignal(page.preview_ready, timeout=JOB_TIMEOUT_MS):
        page.add_files([str(path)])
    assert page.mapping.column("instruction") == "question"
    assert page.mapping.column("source_id") == "id"

    page.mapping.set_column("instruction", "note")
    assert page.config()["columns"] == {"instruction": "note"}
    _import(qtbot, page, window)

    texts = [r["text"] for r in window.session.project.query("SELECT text FROM instructions")]
    assert sorted(texts) == [f"a note {i}" for i in range(4)]


def test_a_malformed_file_shows_the_sentence_and_imports_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text(
        '{"prompt": "A fine first row"}\n{"prompt": "A fine second row"}\n{"prompt": "broken\n',
        encoding="utf-8",
    )
    page = _open(window, tmp_path)
    with qtbot.waitSignal(page.preview_ready, timeout=JOB_TIMEOUT_MS):
        page.add_files([str(path)])
    assert page.preview_model.rowCount() == 2
    assert "Line 3 could not be read" in page.preview_note.text()

    _import(qtbot, page, window)

    sentence = window.messages.text()
    assert sentence.startswith("Line 3 of broken.jsonl"), sentence
    assert "Traceback" not in sentence
    assert window.messages.isVisible()
    assert instructions.count(window.session.project) == 0
    assert window.page(CuratePage).model.rowCount() == 0
    shot(window, "import-error")


def test_skip_bad_rows_reports_their_lines(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"prompt": "One good row"}\nnot json at all\n{"prompt": "Two"}\n', "utf-8")
    page = _open(window, tmp_path)
    with qtbot.waitSignal(page.preview_ready, timeout=JOB_TIMEOUT_MS):
        page.add_files([str(path)])
    page.skip_bad.setChecked(True)
    _import(qtbot, page, window)
    assert "2 instructions imported" in page.summary.text()
    assert "skipped 1 bad line: 2" in page.summary.text()  # one line, said in the singular
    assert instructions.count(window.session.project) == 2


@pytest.mark.parametrize("labelled_in_a_worker", [False, True], ids=["here", "worker"])
def test_cancel_then_resume_imports_every_row_once(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    labelled_in_a_worker: bool,
) -> None:
    if labelled_in_a_worker:  # what a big import does: a labelling process, indexes set aside
        monkeypatch.setattr(labels, "PARALLEL_MIN_ROWS", 1_000)
        monkeypatch.setattr(labels, "spare_cores", lambda: 1)
        monkeypatch.setattr(indexes, "MIN_ROWS", 1_000)
    rows = [{"prompt": f"Instruction number {i} about millet"} for i in range(30_000)]
    path = write_jsonl(tmp_path / "many.jsonl", rows)
    page = _open(window, tmp_path)
    with qtbot.waitSignal(page.preview_ready, timeout=JOB_TIMEOUT_MS):
        page.add_files([str(path)])
    page.language.setText("en")

    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS) as finished:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isVisible() and page.progress.isVisible()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["import", None]  # cancelled: no record, no error
    assert window.messages.text() == ""
    assert "cancelled" in page.summary.text()
    assert not page.cancel_button.isVisible()
    panel = window.jobs_panel
    assert [r.state for r in panel.records] == ["cancelled"]

    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS) as finished:
        panel.resume(panel.records[0].id)
    assert finished.args[1].state == "done"
    assert instructions.count(window.session.project) == 30_000
    assert window.page(CuratePage).model.rowCount() == 30_000
    assert indexes.pending(window.session.project.conn) == []
    result = finished.args[1].result["files"][0]
    assert result["labelling_processes"] == (1 if labelled_in_a_worker else 0)
