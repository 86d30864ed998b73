"""The Curate page shows uncertain language labels as "xx?", counts them and filters them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from app.widgets.instruction_model import COLUMNS
from core import jobs
from core.store.project import Project
from tests.conftest import write_jsonl
from tests.gui.conftest import JOB_TIMEOUT_MS

SURE = "Where is the market? I need to buy bread and milk today."
UNSURE = "Ina kasuwa take?"  # Hausa that CLD2, lid.176 and heliport each read differently


def imported_project(tmp_path: Path) -> Path:
    path = tmp_path / "labels.handloom"
    source = write_jsonl(tmp_path / "rows.jsonl", [{"instruction": SURE}, {"instruction": UNSURE}])
    project = Project.create(path)
    config = {"files": [str(source)], "format": None, "columns": {}, "language": None,
              "licence": None, "skip_bad_rows": False, "again": False}
    assert jobs.start(project, "import", config).state == "done"
    project.close()
    return path


def open_curate(qtbot, window: MainWindow, path: Path) -> CuratePage:  # type: ignore[no-untyped-def]
    page = window.page(CuratePage)
    with qtbot.waitSignal(page.stats_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(path)
    window.show_page(page)
    return page


def shown_languages(page: CuratePage) -> dict[str, str]:
    column = COLUMNS.index("language")
    model = page.model
    return {
        model.row(i)["text"]: model.index(i, column).data(Qt.ItemDataRole.DisplayRole)
        for i in range(model.rowCount())
    }


def test_uncertain_labels_are_shown_counted_and_filtered(
    qtbot, window: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    page = open_curate(qtbot, window, imported_project(tmp_path))
    shown = shown_languages(page)
    assert shown[SURE] == "en"
    assert shown[UNSURE].endswith("?") and len(shown[UNSURE]) > 1  # the guess, marked
    assert "1 with an uncertain language label" in page.totals.text()

    page.certainty.setCurrentIndex(page.certainty.findData(False))
    assert list(shown_languages(page)) == [UNSURE]
    page.certainty.setCurrentIndex(page.certainty.findData(True))
    assert list(shown_languages(page)) == [SURE]
    page.certainty.setCurrentIndex(0)
    assert page.model.rowCount() == 2


def test_curation_excludes_uncertain_labels_when_asked(
    qtbot, window: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    page = open_curate(qtbot, window, imported_project(tmp_path))
    page.controls.exclude_uncertain.setChecked(True)
    with qtbot.waitSignal(page.stats_shown, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(page.controls.run_button, Qt.MouseButton.LeftButton)
    assert window.messages.kind == "info", window.messages.text()
    statuses = {page.model.row(i)["text"]: page.model.row(i)["status"] for i in range(2)}
    assert statuses == {SURE: "included", UNSURE: "excluded"}


def test_a_selection_is_relabelled_by_hand(
    qtbot, window: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    page = open_curate(qtbot, window, imported_project(tmp_path))
    assert not page.set_language_button.isEnabled()
    page.table.selectAll()
    assert page.set_language_button.isEnabled()
    qtbot.mouseClick(page.set_language_button, Qt.MouseButton.LeftButton)
    dialog = page.language_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.picker.count() > 100, timeout=JOB_TIMEOUT_MS)
    dialog.choose("ha")
    assert dialog.code() == "ha"
    with qtbot.waitSignal(page.stats_shown, timeout=JOB_TIMEOUT_MS):
        dialog.accept()
    assert shown_languages(page) == {SURE: "ha", UNSURE: "ha"}  # sure now: no "?"
    assert "Set the language of 2 instruction" in window.messages.text()
    assert "uncertain" not in page.totals.text()
    row = page.model.row(0)
    assert row is not None and row["language_set_by"] == "Test Curator"
