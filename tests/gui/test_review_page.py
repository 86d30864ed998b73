"""The Review page driven with the keyboard: accept, reject, edit in place, rate, note, undo
and go back, each recorded with the reviewer; the progress count; filters; right-to-left
text laid out right to left whatever the interface; and the name asked before reviewing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from app.stages.review.page import ReviewPage
from app.stages.review.review_keys import legend
from core.store.ids import new_id, now
from core.store.project import Project
from core.translate import records
from tests.gui.bulk import project_with
from tests.gui.conftest import JOB_TIMEOUT_MS, open_on_page, shot

ORIGINALS = [
    ("Explain in simple words why the sky is blue.", "en", "Latn"),
    ("What do bees make?", "en", "Latn"),
    ("Write a short poem about the rain.", "en", "Latn"),
    ("اشرح بكلمات بسيطة لماذا السماء زرقاء.", "ar", "Arab"),
    ("请用简单的话解释为什么天空是蓝色的。", "zh", "Hans"),
]
# (original index, target, machine text, flags)
TRANSLATIONS = [
    (0, "sw", "Eleza kwa maneno rahisi kwa nini anga ni la buluu.", {}),
    (1, "sw", "What do bees make?", {"copy_of_source": "same as the source"}),
    (2, "ar", "اكتب قصيدة قصيرة عن المطر.", {}),
    (3, "am", "ሰማዩ ለምን ሰማያዊ እንደሆነ በቀላል ቃላት አስረዳ።", {}),
]
RESPONSES = ["天空是蓝色的，因为空气中的分子散射了更多的蓝光。", "因为瑞利散射。"]


def review_project(path: Path) -> tuple[Path, list[str]]:
    """Originals, four translations (one flagged) and two responses to the Chinese one;
    returns the path and the translations' ids."""
    project_with(path, ORIGINALS)
    project = Project.open(path)
    try:
        ids = [r["id"] for r in project.query("SELECT id FROM instructions ORDER BY rowid")]
        models = [new_id(), new_id()]
        with project.write() as conn:
            for model_id, name in zip(
                models, ("gemma-3-270m", "SmolLM2-135M-Instruct"), strict=True
            ):
                conn.execute(
                    "INSERT INTO models(id, name, kind, created_by, created_at) "
                    "VALUES (?, ?, 'gguf', 'tests', ?)",
                    [model_id, name, now()],
                )
            for sample, (model_id, text) in enumerate(zip(models, RESPONSES, strict=True)):
                conn.execute(
                    "INSERT INTO responses(id, instruction_id, model_id, settings_key, "
                    "sample_index, text, settings, finish_reason, created_by, created_at) "
                    "VALUES (?, ?, ?, 'test', ?, ?, '{}', 'stop', 'tests', ?)",
                    [new_id(), ids[4], model_id, sample, text, now()],
                )
        made = []
        for index, target, text, flags in TRANSLATIONS:
            made.append(
                records.store(
                    project,
                    original_id=ids[index],
                    source_language=ORIGINALS[index][1],
                    target_language=target,
                    model_id=models[0],
                    job_id=None,
                    prompt="…",
                    settings={},
                    text=text,
                    flags=flags,
                    curator="Machine Run",
                )
            )
        return path, [str(m) for m in made]
    finally:
        project.close()


def _open(qtbot, window: MainWindow, path: Path) -> ReviewPage:  # type: ignore[no-untyped-def]
    page = open_on_page(qtbot, window, path, ReviewPage, "progress_shown")
    window.activateWindow()
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    return page


def _key(
    qtbot,
    page: ReviewPage,
    key: Qt.Key,
    modifier=Qt.KeyboardModifier.NoModifier,  # type: ignore[no-untyped-def]
    progress: str | None = None,
) -> None:
    """Press ``key`` on the page (where its focus is, else on the page itself: after other
    tests the application's focus may sit in a window that is gone or elsewhere); with
    ``progress``, wait for that progress text."""
    target = QApplication.focusWidget()
    if target is None or (target is not page and not page.isAncestorOf(target)):
        page.window().activateWindow()
        page.setFocus()
        target = page
    if progress is None:
        qtbot.keyClick(target, key, modifier)
        return
    with qtbot.waitSignal(
        page.progress_shown, timeout=JOB_TIMEOUT_MS, check_params_cb=lambda text: text == progress
    ):
        qtbot.keyClick(target, key, modifier)


def _events(page: ReviewPage) -> list[dict[str, object]]:
    return page.session.project.query(
        "SELECT target_id, action, rating, note, previous_text, new_text, created_by, "
        "undone_at FROM reviews ORDER BY rowid"
    )


def test_reviewing_translations_with_the_keyboard(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path, translations = review_project(tmp_path / "review.handloom")
    page = _open(qtbot, window, path)
    for key in (
        "A accept",
        "R reject",
        "E edit",
        "1–5",
        "N note",
        "Backspace",
        "← ",
        "→",
        "Space",
        "Ctrl+Z undo",
    ):
        assert key.split()[0] in page.keys.text()
    assert page.keys.text() == legend()

    with qtbot.waitSignal(
        page.progress_shown,
        timeout=JOB_TIMEOUT_MS,
        check_params_cb=lambda text: text == "0 of 4 reviewed",
    ):
        page.filters.translations_only.setChecked(True)
    view = page.view
    assert page.item.id == translations[0]
    assert view.context.text() == ORIGINALS[0][0] and view.machine.text() == TRANSLATIONS[0][2]
    assert view.editor.text() == TRANSLATIONS[0][2] and view.machine.isVisible()

    _key(qtbot, page, Qt.Key.Key_A, progress="1 of 4 reviewed")  # accept, then the next one
    assert page.item.id == translations[1]
    assert "copy of source" in view.details.text()
    _key(qtbot, page, Qt.Key.Key_R, progress="2 of 4 reviewed")  # reject
    _key(qtbot, page, Qt.Key.Key_Backspace)
    _key(qtbot, page, Qt.Key.Key_Left)
    assert page.item.id == translations[0] and "accepted" in view.state.text()

    # E edits the post-edit in place; Esc puts the text back, Ctrl+Enter saves.
    _key(qtbot, page, Qt.Key.Key_E)
    assert view.editor.editing and QApplication.focusWidget() is view.editor
    qtbot.keyClicks(view.editor, " Tafadhali")
    _key(qtbot, page, Qt.Key.Key_Escape)
    assert not view.editor.editing and view.editor.text() == TRANSLATIONS[0][2]
    _key(qtbot, page, Qt.Key.Key_E)
    qtbot.keyClicks(view.editor, " Tafadhali.")
    assert page.item.id == translations[0]  # letters went into the text, not the shortcuts
    _key(qtbot, page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not view.editor.editing and page.said.text().startswith("Saved the edit")
    edited = TRANSLATIONS[0][2] + " Tafadhali."
    assert view.editor.text() == edited and view.machine.text() == TRANSLATIONS[0][2]

    _key(qtbot, page, Qt.Key.Key_4)
    assert "rated ★★★★☆ (4)" in view.state.text()
    _key(qtbot, page, Qt.Key.Key_N)
    qtbot.keyClicks(page.note_line, "Angalia kitenzi")
    _key(qtbot, page, Qt.Key.Key_Return)
    assert "Angalia kitenzi" in view.state.text() and not page.note_line.isVisible()

    events = _events(page)
    assert [(e["target_id"], e["action"]) for e in events] == [
        (translations[0], "accept"),
        (translations[1], "reject"),
        (translations[0], "edit"),
        (translations[0], "rate"),
        (translations[0], "note"),
    ]
    assert {e["created_by"] for e in events} == {"Test Curator"}
    assert events[2]["previous_text"] == TRANSLATIONS[0][2] and events[2]["new_text"] == edited
    assert events[3]["rating"] == 4 and events[4]["note"] == "Angalia kitenzi"

    # Ctrl+Z undoes the newest action, then the one before: the note, the rating, the edit.
    for _ in range(3):
        _key(qtbot, page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = [e["action"] for e in _events(page) if e["undone_at"]]
    assert sorted(undone) == ["edit", "note", "rate"]
    assert view.editor.text() == TRANSLATIONS[0][2] and "rated" not in view.state.text()
    text = page.session.project.scalar(
        "SELECT text FROM instructions WHERE id = ?", [translations[0]]
    )
    assert text == TRANSLATIONS[0][2]

    # → and Space move on; the rejected item shows its verdict; progress counts verdicts.
    _key(qtbot, page, Qt.Key.Key_Right)
    assert page.item.id == translations[1] and "rejected" in view.state.text()
    _key(qtbot, page, Qt.Key.Key_Space)
    assert page.item.id == translations[2]
    _key(qtbot, page, Qt.Key.Key_3, progress="3 of 4 reviewed")
    assert page.progress.text().startswith("<b>3 of 4 reviewed</b>")


def test_position_and_filters_are_remembered_per_reviewer(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, translations = review_project(tmp_path / "review.handloom")
    page = _open(qtbot, window, path)
    page.filters.translations_only.setChecked(True)
    _key(qtbot, page, Qt.Key.Key_Right)
    assert page.item.id == translations[1]

    monkeypatch.setenv("HANDLOOM_USER", "Amina")
    page.shown()  # another person at the same window: their own queue
    assert page.reviewer == "Amina" and not page.filters.translations_only.isChecked()
    _key(qtbot, page, Qt.Key.Key_A)
    assert _events(page)[-1]["created_by"] == "Amina"

    monkeypatch.setenv("HANDLOOM_USER", "Test Curator")
    page.shown()
    assert page.filters.translations_only.isChecked() and page.item.id == translations[1]


def test_a_name_said_in_settings_reaches_the_reviewer_bar_at_once(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window tells every page through the ``Page`` interface (``curator_changed``),
    without the page being shown again: the shell knows no reviewer bar."""
    path, _ = review_project(tmp_path / "review.handloom")
    monkeypatch.delenv("HANDLOOM_USER")
    page = _open(qtbot, window, path)
    assert "Tell Handloom your name" in page.bar.who.text()
    from core.curator import set_curator

    set_curator("Amina")
    window.curator_changed()  # what Settings and the first start's question call
    assert page.bar.who.text() == "Reviewing as <b>Amina</b>"
    assert not page.bar.name_button.isVisible() and page.reviewer == "Amina"


def test_review_waits_for_the_reviewers_name(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = review_project(tmp_path / "review.handloom")
    monkeypatch.delenv("HANDLOOM_USER")
    page = _open(qtbot, window, path)
    assert page.bar.name_button.isVisible() and "Tell Handloom your name" in page.bar.who.text()
    assert not page.buttons["accept"].isEnabled() and page.buttons["next"].isEnabled()
    _key(qtbot, page, Qt.Key.Key_A)
    assert _events(page) == [] and "Set your name" in window.messages.text()

    from core.curator import set_curator

    set_curator("Amina")
    page.shown()
    assert (
        not page.bar.name_button.isVisible() and "Reviewing as <b>Amina</b>" in page.bar.who.text()
    )
    _key(qtbot, page, Qt.Key.Key_A, progress="1 of 9 reviewed")
    assert _events(page)[0]["created_by"] == "Amina"


def test_right_to_left_text_is_laid_out_right_to_left_whatever_the_interface(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path, translations = review_project(tmp_path / "review.handloom")
    page = _open(qtbot, window, path)
    view = page.view

    def starts_at_the_right(pane) -> bool:  # type: ignore[no-untyped-def]
        cursor = pane.textCursor()
        cursor.setPosition(0)
        return pane.cursorRect(cursor).x() > pane.viewport().width() / 2

    page.filters.translations_only.setChecked(True)
    for _ in range(2):
        _key(qtbot, page, Qt.Key.Key_Right)
    assert page.item.id == translations[2]  # English -> Arabic
    qtbot.waitUntil(lambda: view.editor.viewport().width() > 100)
    for pane in (view.machine, view.editor):
        assert pane.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert pane.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
        assert starts_at_the_right(pane)
    assert view.context.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not starts_at_the_right(view.context)

    # In edit mode too, and under a right-to-left interface English stays left to right.
    _key(qtbot, page, Qt.Key.Key_E)
    assert starts_at_the_right(view.editor)
    _key(qtbot, page, Qt.Key.Key_Escape)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        _key(qtbot, page, Qt.Key.Key_Left)
        _key(qtbot, page, Qt.Key.Key_Left)
        assert page.item.id == translations[0]
        assert not starts_at_the_right(view.context) and not starts_at_the_right(view.editor)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_screenshots_show_real_glyphs_in_every_pane(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from app.shell import fonts

    path, translations = review_project(tmp_path / "review.handloom")
    page = _open(qtbot, window, path)
    assert fonts.registered_families() or not fonts.font_files()  # shown() registered them
    page.filters.translations_only.setChecked(True)
    for _ in range(3):
        _key(qtbot, page, Qt.Key.Key_Right)
    assert page.item.id == translations[3]  # Arabic -> Amharic
    _key(qtbot, page, Qt.Key.Key_E)
    page.view.editor.insertPlainText(" እባክህ")  # typed with an input method (not ASCII keys)
    _key(qtbot, page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, page, Qt.Key.Key_4)
    _key(qtbot, page, Qt.Key.Key_N)
    page.note_line.insert("ጥሩ ትርጉም")
    _key(qtbot, page, Qt.Key.Key_Return)
    shot(window, "review-translation")

    page.filters.translations_only.setChecked(False)
    with qtbot.waitSignal(
        page.progress_shown,
        timeout=JOB_TIMEOUT_MS,
        check_params_cb=lambda text: text == "0 of 2 reviewed",
    ):
        page.filters.kind.setCurrentIndex(page.filters.kind.findData("response"))
    assert page.item.kind == "response" and page.view.siblings.count() == 2
    assert page.view.context.text() == ORIGINALS[4][0] and page.view.editor.text() == RESPONSES[0]
    shot(window, "review-response")


def _judge_run_ended(path: Path) -> None:
    """Record a judge job that has just ended, as a judge run on the Judge page leaves it."""
    from core import jobs

    project = Project.open(path)
    try:
        job_id = jobs.create(project, "judge", {"judge": "a judge"})
        with project.write() as conn:
            conn.execute(
                "UPDATE jobs SET state = 'done', started_at = ?, finished_at = ? WHERE id = ?",
                [now(), now(), job_id],
            )
    finally:
        project.close()


def test_review_opens_on_the_responses_awaiting_review_after_a_judge_run(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path, _ = review_project(tmp_path / "review.handloom")
    page = _open(qtbot, window, path)
    assert page.filters.kind.currentData() == "instruction"  # nothing judged yet
    assert page.filters.kind_label.text() == "Reviewing" and page.filters.kind_label.isVisible()
    assert page.filters.kind_label.buddy() is page.filters.kind
    _key(qtbot, page, Qt.Key.Key_Right)  # the reviewer moves: their place is saved

    _judge_run_ended(path)
    window.show_page(window.page(CuratePage))
    window.show_page(page)  # back on Review after the judge run
    assert page.filters.kind.currentData() == "response"
    assert page.filters.verdict.currentData() == "unreviewed"
    assert page.item is not None and page.item.kind == "response"
    assert page.view.state.text().startswith("not reviewed yet")
    siblings = [page.view.siblings.item(i).text() for i in range(page.view.siblings.count())]
    assert len(siblings) == 2 and all("not reviewed yet" in s for s in siblings), siblings
    assert not any("—:" in s for s in siblings)

    _key(qtbot, page, Qt.Key.Key_A)  # accepted: the sibling list says so
    page.filters.kind.setCurrentIndex(page.filters.kind.findData("instruction"))
    window.show_page(window.page(CuratePage))
    window.show_page(page)  # no judge run since: the reviewer's own choice stays
    assert page.filters.kind.currentData() == "instruction"
