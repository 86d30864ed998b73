"""File ▸ Merge another copy…: a dry run is shown first, Merge brings the work in and the
pages redraw; a file that is not a project is refused with a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.shell.merge_dialog import MergeDialog
from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from core.store import instructions
from core.store.project import Project, copy_project
from tests.gui.conftest import JOB_TIMEOUT_MS, shot
from tests.publish.builder import Builder, build_tales


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _dialog(qtbot, window: MainWindow) -> MergeDialog:  # type: ignore[no-untyped-def]
    window.merge_action.trigger()
    (dialog,) = [d for d in window.findChildren(MergeDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=JOB_TIMEOUT_MS)
    return dialog


def test_merge_through_the_menu(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    here = Project.create(tmp_path / "amina.handloom")
    tales = build_tales(here)
    here.close()
    copy_project(here.path, tmp_path / "baraka.handloom")
    other = Project.open(tmp_path / "baraka.handloom")
    baraka = Builder(other, curator="Baraka")
    for text in ("Hadithi ya sungura", "Hadithi ya kobe"):
        new = baraka.instruction(text, "sw", None, licence="CC0")
        baraka.response(new, tales.generator, "Zamani za kale…")
    baraka.review("response", tales.accepted, "reject")  # Amina accepted it
    other.close()

    assert window.open_project(here.path)
    before = instructions.count(window.session.project)
    curate = window.page(CuratePage)
    assert curate.model.rowCount() == before
    _choose(monkeypatch, other.path)
    dialog = _dialog(qtbot, window)
    report = dialog.text.toPlainText()
    assert report.startswith("Would bring in 2 instructions, 2 responses, 1 review.")
    assert "1 item was reviewed differently" in report
    assert (
        "• the response to “Nipe ushauri wa kupika wali.”: here accept by Test Curator, "
        "there reject by Baraka → now reject"
    ) in report
    assert dialog.merge_button.isEnabled()
    assert instructions.count(window.session.project) == before  # a dry run changes nothing
    shot(dialog, "merge-dialog")

    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        dialog.merge_button.click()
    assert dialog.text.toPlainText().startswith("Brought in 2 instructions, 2 responses")
    assert dialog.close_button.text() == "Close"
    assert instructions.count(window.session.project) == before + 2
    assert curate.model.rowCount() == before + 2  # the pages redrew

    dialog.close_button.click()
    again = _dialog(qtbot, window)
    assert again.text.toPlainText().startswith("Nothing new")
    assert not again.merge_button.isEnabled()


def test_a_file_that_is_not_a_project_is_refused(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    here = Project.create(tmp_path / "amina.handloom")
    here.close()
    notes = tmp_path / "notes.handloom"
    notes.write_text("shopping list", encoding="utf-8")
    assert window.open_project(here.path)
    _choose(monkeypatch, notes)
    dialog = _dialog(qtbot, window)
    assert dialog.text.toPlainText() == (
        "notes.handloom is not a Handloom project (it is not an SQLite file)."
    )
    assert "left untouched" in dialog.heading.text()
    assert not dialog.merge_button.isEnabled()


def test_the_merge_report_is_worded_in_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """Core returns the report as data; the window words it through Qt's catalogues (the
    command line has its own English sentences for the same report)."""
    from app.shell import i18n
    from app.shell.merge_words import merge_sentences
    from core.cli.publishing import describe_merge

    report = {"dry_run": True, "added": {"instructions": 2, "responses": 1}, "upgraded_from": None,
              "matched": {"instructions": 3}, "renamed": [], "extra_samples": 0, "undos": 1,
              "curation_kept_here": 0, "review_conflict_count": 1, "review_conflicts": [
                  {"target_kind": "response", "target_id": "r1", "decided": "reject",
                   "here": {"action": "accept", "created_by": "Amina"},
                   "there": {"action": "reject", "created_by": "Baraka"}}]}
    subjects = {"r1": "Nipe ushauri wa kupika wali."}
    english = merge_sentences(report, subjects)
    assert english.splitlines()[:4] == describe_merge(report).splitlines()[:4]
    assert english.splitlines()[-1] == ("  • the response to “Nipe ushauri wa kupika wali.”: "
                                        "here accept by Amina, there reject by Baraka → now reject")
    try:
        i18n.install("fr")
        french = merge_sentences(report, subjects)
        assert french.startswith("Apporterait 2 instructions, 1 réponse.")
        assert "3 éléments ont été créés dans les deux copies" in french
        assert "1 relecture a été annulée" in french and "désormais rejetée" in french
        i18n.install("ar")
        assert "Would bring in" not in merge_sentences(report, subjects)
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
