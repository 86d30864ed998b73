"""The mouse wheel changes a drop-down, number field or slider only after the person focused
it; over an unfocused one it scrolls the page around it (issue #17, point 1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from tests.gui.bulk import project_with
from tests.gui.conftest import JOB_TIMEOUT_MS

ROWS = [("How do I plant maize after the first rains?", "en", "Latn"),
        ("Nawezaje kupanda mahindi baada ya mvua za kwanza?", "sw", "Latn")]
NOTCH = 120  # one step of a mouse wheel, in eighths of a degree


def _wheel(widget: QWidget, notches: int) -> None:
    """Turn the wheel over the middle of ``widget``: negative notches turn it towards the
    person (down the page, the next item of a drop-down)."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0),
        QPoint(0, notches * NOTCH), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def _curate(qtbot, window: MainWindow, tmp_path: Path) -> CuratePage:  # type: ignore[no-untyped-def]
    page = window.page(CuratePage)
    with qtbot.waitSignal(page.stats_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(project_with(tmp_path / "wheel.handloom", ROWS))
    window.show_page(page)
    return page


def _side_scroll(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        assert parent is not None
        parent = parent.parentWidget()
    return parent


def test_a_wheel_over_the_unfocused_personal_data_choice_scrolls_the_filters_instead(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    page = _curate(qtbot, window, tmp_path)
    window.resize(1280, 520)  # short enough that the filter column has somewhere to scroll
    qtbot.waitUntil(lambda: _side_scroll(page.controls.pii).verticalScrollBar().maximum() > 0)
    pii = page.controls.pii
    assert pii.currentData() is None and pii.itemText(0) == "Keep"
    assert not pii.hasFocus()
    bar = _side_scroll(pii).verticalScrollBar()
    bar.setValue(0)

    _wheel(pii, -1)
    _wheel(pii, -1)

    assert pii.currentIndex() == 0, "a wheel over the unfocused drop-down changed it"
    assert bar.value() > 0, "the filter column did not scroll"
    # Nor does a wheel turn hand it the focus (the next turn would then change it).
    assert pii.focusPolicy() != Qt.FocusPolicy.WheelFocus


def test_a_wheel_over_the_focused_personal_data_choice_changes_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    page = _curate(qtbot, window, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    pii = page.controls.pii
    pii.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(pii.hasFocus)

    _wheel(pii, -1)

    assert pii.currentData() == "exclude"


def test_no_unfocused_drop_down_number_field_or_slider_on_any_page_takes_the_wheel(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _curate(qtbot, window, tmp_path)
    window.sidebar.setFocus()
    tried = 0
    for index, page in enumerate(window.pages):
        window.sidebar.setCurrentRow(index)
        window.sidebar.setFocus()  # a page may focus its own field when shown
        QApplication.processEvents()
        settings = [w for w in page.findChildren(QWidget)
                    if isinstance(w, QComboBox | QAbstractSpinBox | QAbstractSlider)
                    and not isinstance(w, QScrollBar) and w.isEnabled()]
        for widget in settings:
            assert not widget.hasFocus(), f"{type(page).__name__}: {widget!r} has the focus"
            before = _value(widget)
            _wheel(widget, -1)  # one way, then the other: a field at an end still moves
            _wheel(widget, 1)
            _wheel(widget, 1)
            assert _value(widget) == before, (
                f"{type(page).__name__}: {type(widget).__name__} "
                f"{widget.accessibleName() or widget.objectName()} changed under the wheel")
            tried += 1
    assert tried >= 40  # the walk really reached the pages' forms
