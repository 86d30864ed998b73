"""The keyboard: pages by Ctrl+1…9, the page's main action and search, every button and
action reachable without a mouse, and the F1 overlay listing what the window really has."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from app.shell import accessibility, shortcuts
from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from app.stages.review.page import ReviewPage
from tests.gui.bulk import project_with

ROWS = [("Explain why the sky is blue.", "en", "Latn"), ("كيف حالك اليوم؟", "ar", "Arab")]


def _opened(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    assert window.open_project(project_with(tmp_path / "keys.handloom", ROWS))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _press(qtbot, window: MainWindow, keys: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``keys`` ("Ctrl+3") into whatever has the focus, as a person would."""
    combo = QKeySequence(keys)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def test_ctrl_digits_and_ctrl_page_down_switch_pages(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _opened(qtbot, window, tmp_path)
    for number in range(1, min(10, len(window.pages)) + 1):
        _press(qtbot, window, f"Ctrl+{number % 10}")
        assert window.sidebar.currentRow() == number - 1
        assert window.stack.currentWidget() is window.pages[number - 1]
    _press(qtbot, window, "Ctrl+1")
    _press(qtbot, window, "Ctrl+PgDown")
    assert window.sidebar.currentRow() == 1
    _press(qtbot, window, "Ctrl+PgUp")
    _press(qtbot, window, "Ctrl+PgUp")
    assert window.sidebar.currentRow() == len(window.pages) - 1  # wraps round


def test_ctrl_f_searches_and_ctrl_enter_runs_the_page(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _opened(qtbot, window, tmp_path)
    curate = window.page(CuratePage)
    window.show_page(curate)
    _press(qtbot, window, "Ctrl+F")
    assert QApplication.focusWidget() is curate.search
    assert shortcuts.primary_button(curate) is curate.controls.run_button
    with qtbot.waitSignal(curate.controls.run_requested, timeout=5000):
        _press(qtbot, window, "Ctrl+Return")
    # Every page that names a main button has it (a renamed attribute would break Ctrl+Enter).
    for page in window.pages:
        names = shortcuts.PRIMARY.get(page.objectName(), ())
        found = [shortcuts._attribute(page, n) for n in names]
        assert not names or any(isinstance(b, QAbstractButton) for b in found), type(page)


def test_f1_lists_every_shortcut_the_window_has(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _opened(qtbot, window, tmp_path)
    window.show_page(window.page(ReviewPage))
    _press(qtbot, window, "F1")
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(shortcuts.ShortcutsDialog))
    )
    dialog = next(d for d in window.findChildren(shortcuts.ShortcutsDialog) if d.isVisible())
    listed = dialog.shown_entries()
    listed_keys = {part.strip() for e in listed for part in e.keys.split(",")}
    native = QKeySequence.SequenceFormat.NativeText
    # Every QAction and QShortcut with keys, wherever it lives in the window, is listed…
    registered = [s.toString(native) for a in window.findChildren(QAction) for s in a.shortcuts()]
    registered += [s.key().toString(native) for s in window.findChildren(QShortcut)]
    assert registered and set(registered) <= listed_keys, set(registered) - listed_keys
    # …with what it does: a shortcut nobody described would show "(no description)".
    assert not [e for e in listed if e.what == "(no description)"]
    whats = {e.what for e in listed}
    assert {"Keyboard shortcuts", "accept", "reject", "Search on this page"} <= whats
    assert any(e.keys.startswith("Ctrl+") and e.where == "Go menu" for e in listed)
    # A new shortcut appears the next time the overlay opens: it is read, not written down.
    extra = QShortcut(QKeySequence("Ctrl+Shift+K"), window.pages[0])
    extra.setWhatsThis("Knit a new test")
    again = shortcuts.show_overlay(window)
    assert ("Knit a new test", "Ctrl+Shift+K") in {(e.what, e.keys) for e in again.entries}
    again.filter.setText("knit")
    assert [e.what for e in again.shown_entries()] == ["Knit a new test"]
    again.close()
    dialog.close()


def test_every_button_and_action_can_be_reached_by_keyboard(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _opened(qtbot, window, tmp_path)
    in_menus = {
        a for m in window.menuBar().findChildren(type(window.menuBar())) for a in m.actions()
    }
    for menu_action in window.menuBar().actions():
        in_menus.add(menu_action)
        if menu_action.menu() is not None:
            in_menus.update(menu_action.menu().actions())
    for action in window.findChildren(QAction):
        if action.isSeparator() or not action.text():
            continue
        assert action in in_menus or action.shortcuts(), f"{action.text()} has no way in"
    shortcut_keys = {s.key().toString() for s in window.findChildren(QShortcut)}
    unreachable = []
    for index, page in enumerate(window.pages):
        window.sidebar.setCurrentRow(index)
        for button in (
            b for b in page.findChildren(QAbstractButton) if accessibility.is_control(b)
        ):
            keys = str(button.property("keys") or "")
            if button.focusPolicy() != Qt.FocusPolicy.NoFocus or not button.shortcut().isEmpty():
                continue
            if keys and {k.strip() for k in keys.split(",")} <= shortcut_keys:
                continue  # its keys are real shortcuts of the window
            unreachable.append(f"{type(page).__name__}: {button.text()!r} {keys!r}")
    assert not unreachable
    # The person can always tab into the page: the search and the table take the focus.
    curate = window.page(CuratePage)
    window.show_page(curate)
    assert curate.search.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert curate.table.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert all(e.focusPolicy() != Qt.FocusPolicy.NoFocus for e in curate.findChildren(QLineEdit))
