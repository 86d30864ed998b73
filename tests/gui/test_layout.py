"""Nothing off screen, nothing moving under the pointer (issue #17, point 6): at 1280×800, in
English, Swahili and Arabic, every page shows its main buttons inside the window without
scrolling, and a long sentence in the message bar moves none of its controls; Train shows
its progress and status too; on Compare, ticking models and starting a job move no field;
the leaderboard shows every row and every header in full."""

from __future__ import annotations

import operator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from app import shortcuts
from app.pages.compare import ComparePage
from app.pages.train import TrainPage
from app.window import MainWindow
from app.worker import thread_pool
from core.compare import eval_sets
from core.engine import registry
from core.store.project import Project
from tests.compare.conftest import add_answers, add_model, simulate_votes
from tests.gui.bulk import project_with
from tests.gui.conftest import JOB_TIMEOUT_MS, open_window

ROWS = [("How do I plant maize after the first rains?", "en", "Latn"),
        ("Nawezaje kupanda mahindi baada ya mvua za kwanza?", "sw", "Latn"),
        ("كيف أزرع الذرة بعد الأمطار الأولى؟", "ar", "Arab")]
# Besides the button Ctrl+Enter presses (shortcuts.PRIMARY), what must be in view on a page.
ALSO_IN_VIEW = {
    "JudgePage": ("selection.select_button",),
    "TrainPage": ("state.progress", "state.status", "cancel_button"),
    "ReviewPage": ("buttons",),
}
LONG_SENTENCE = " ".join(["Line 17 of prompts.csv is not valid CSV: unclosed quote."] * 6)


def _window(qtbot, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    # The taller glyphs of every script, as the window has them.
    window = open_window(qtbot, monkeypatch, tmp_path, code)
    compare = window.page(ComparePage)
    with qtbot.waitSignal(compare.overview_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(project_with(tmp_path / "layout.handloom", ROWS))
    return window


def _must_show(page: QWidget) -> list[QWidget]:
    name = type(page).__name__
    found: list[QWidget] = []
    for dotted in shortcuts.PRIMARY.get(name, ())[:1] + ALSO_IN_VIEW.get(name, ()):
        value = operator.attrgetter(dotted)(page)
        found += list(value.values()) if isinstance(value, dict) else [value]
    return found


def _in_view(window: MainWindow, widget: QWidget) -> bool:
    """Shown whole inside the window: not hidden, not scrolled or clipped away."""
    if not widget.isVisible():
        return False
    where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return (window.rect().contains(where)
            and widget.visibleRegion().boundingRect() == widget.rect())


@pytest.mark.parametrize("code", ["en", "sw", "ar"])
def test_every_page_shows_its_main_buttons_at_1280_by_800_and_a_message_moves_nothing(
    code: str, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, code, tmp_path, monkeypatch)
    window.page(TrainPage).state.begin()  # a run's progress bar and first status line
    checked = 0
    for index, page in enumerate(window.pages):
        window.messages.clear()
        window.sidebar.setCurrentRow(index)
        # A page reads its figures in the background when shown (the Overview's funnel); let
        # that land first, so only the message could move anything below.
        thread_pool().waitForDone(30_000)
        QApplication.processEvents()
        QApplication.processEvents()
        controls = [w for w in page.findChildren(QWidget) if w.isVisible()]
        before = {id(w): w.mapTo(window, QPoint(0, 0)) for w in controls}
        window.messages.show_error(LONG_SENTENCE)  # a result banner appears
        QApplication.processEvents()
        assert window.messages.isVisible()
        banner = QRect(window.messages.mapTo(window, QPoint(0, 0)), window.messages.size())
        assert window.rect().contains(banner)
        assert banner.height() < 100  # two lines, not the sentence's unwrapped height
        assert window.height() == 800, f"{type(page).__name__} made the window taller"
        moved = [type(w).__name__ for w in controls if w.mapTo(window, QPoint(0, 0))
                 != before[id(w)]]
        assert not moved, f"{code}: the message moved {type(page).__name__}'s {moved}"
        for widget in _must_show(page):
            label = widget.text() if isinstance(widget, QAbstractButton) else ""
            assert _in_view(window, widget), (
                f"{code}: {type(page).__name__}'s {type(widget).__name__} {label!r} is off "
                f"screen at {widget.mapTo(window, QPoint(0, 0))}, size {widget.size()}")
            checked += 1
    assert checked >= len(window.pages) + 3


def _compare(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
             models: tuple[str, ...]) -> tuple[MainWindow, ComparePage]:
    """The Compare page on a project with ``models`` registered and a two-prompt set."""
    path = project_with(tmp_path / "compare.handloom", ROWS)
    project = Project.open(path)
    try:
        for name in models:
            add_model(project, name)
    finally:
        project.close()
    window = open_window(qtbot, monkeypatch, tmp_path)
    page = window.page(ComparePage)
    with qtbot.waitSignal(page.overview_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(path)
    window.show_page(page)
    page.sets.name.setText("held-out")
    page.sets.prompt_count.setValue(2)
    with qtbot.waitSignal(page.overview_shown, timeout=JOB_TIMEOUT_MS):
        page.sets.create_button.click()
    QApplication.processEvents()
    return window, page


def test_ticking_models_and_starting_a_job_on_compare_move_no_field(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page = _compare(qtbot, tmp_path, monkeypatch, ("model-a", "model-b", "model-c"))
    fields = [w for box in (page.models, page.answers, page.judge)
              for w in box.findChildren(QWidget) if w.isVisible()]
    before = {id(w): w.mapTo(page, QPoint(0, 0)) for w in fields}

    page.models.check(["model-a", "model-b"])
    QApplication.processEvents()
    assert "0 of 2 prompts answered" in page.models.answered_text()
    page.answers.set_running(True)  # the progress bar and "Starting…" appear
    QApplication.processEvents()
    page.answers.line.report(1, 4, "model-a: 1 of 2 answered")
    QApplication.processEvents()

    moved = [f"{type(w).__name__} {w.accessibleName()}" for w in fields
             if w.mapTo(page, QPoint(0, 0)) != before[id(w)]]
    assert not moved, f"moved when the status appeared: {moved}"
    page.answers.set_running(False)


def test_the_leaderboard_shows_every_row_and_every_header_in_full(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ("SmolLM2-135M-Instruct-tuned-2", "gemma-3-270m-it-Q8_0", "Llama-3.2-1B-Instruct")
    window, page = _compare(qtbot, tmp_path, monkeypatch, names)
    project = window.session.project
    assert project is not None
    chosen = eval_sets.get(project, "held-out")
    ids = [m.id for m in registry.list_models(project) if m.name in names]
    add_answers(project, chosen, ids)
    simulate_votes(project, chosen, ids, [0.5, 0.0, -0.5], votes_per_item=6, seed=1)
    page.models.check(list(names))
    with qtbot.waitSignal(page.board_shown, timeout=JOB_TIMEOUT_MS):
        page.tabs.setCurrentIndex(1)
        page.load_board()
    QApplication.processEvents()

    table = page.board.table
    header = table.horizontalHeader()
    assert table.rowCount() == 3
    rows = sum(table.rowHeight(n) for n in range(table.rowCount()))
    assert table.viewport().height() >= rows, "the leaderboard hides some of its rows"
    assert not table.horizontalScrollBar().isVisible()
    assert not table.verticalScrollBar().isVisible()
    for column in range(table.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), (
            f"the header {table.horizontalHeaderItem(column).text()!r} is cut")
    assert table.viewport().width() >= header.length()
