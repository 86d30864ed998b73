"""The keyboard: a Go menu with one shortcut per page (Ctrl+1…9, 0; Ctrl+PgUp/PgDown), the
page's main action (Ctrl+Enter), cancelling the running job (Ctrl+.), the page's search
(Ctrl+F), and the Help ▸ Keyboard shortcuts overlay (F1 or Ctrl+/).

The overlay is made from the window's own ``QAction``, ``QShortcut`` and mnemonic objects
each time it opens, so it lists exactly what the keyboard does and cannot go stale. A
shortcut says what it does with ``setWhatsThis``; a button that never takes the focus (the
Review page's, whose keys are single letters) names its keys in the ``keys`` property.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.shell.window import MainWindow
    from app.stages.base import Page

# The page's main action (Ctrl+Enter), by the page's stage (core.stages key, the page's object
# name): the first of these buttons that is shown and enabled. A page not listed here may
# name its own in a ``primary_button`` attribute.
PRIMARY = {
    "import": ("import_button",),
    "curate": ("controls.run_button",),
    "models": ("add_file_button",),
    "translate": ("start_button", "resume_button"),
    "generate": ("start_button", "resume_button"),
    "judge": ("run.judge_button",),
    "train": ("start_button", "resume_button"),
    "compare": ("answers.start_button",),
    "publish": ("action_box.export_button",),
}
HELP_KEYS = ("F1", "Ctrl+/")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


@dataclass(frozen=True)
class Entry:
    """One line of the overlay: what, which keys, and where it works."""

    what: str
    keys: str
    where: str


# -- the window's shortcuts ---------------------------------------------------------------


def install(window: MainWindow) -> None:
    """Add the Go and Help menus and the window-wide shortcuts to ``window``."""
    go = window.menuBar().addMenu(QCoreApplication.translate("Shortcuts", "&Go"))
    for number, page in enumerate(window.pages, start=1):
        title = QCoreApplication.translate("Page", page.title)
        digit = number % 10  # the tenth page is Ctrl+0
        action = QAction(f"&{digit} {title}" if number <= 10 else title, window)
        if number <= 10:
            action.setShortcut(QKeySequence(f"Ctrl+{digit}"))
        action.triggered.connect(lambda _=False, p=page: _go_to(window, p))
        go.addAction(action)
    go.addSeparator()
    for text, keys, step in (
        (QCoreApplication.translate("Shortcuts", "&Next page"), "Ctrl+PgDown", 1),
        (QCoreApplication.translate("Shortcuts", "&Previous page"), "Ctrl+PgUp", -1),
    ):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False, s=step: _step(window, s))
        go.addAction(action)
    go.addSeparator()
    for text, keys, slot in (
        (
            QCoreApplication.translate("Shortcuts", "&Run the page's main action"),
            "Ctrl+Return",
            lambda: run_primary(window),
        ),
        (
            QCoreApplication.translate("Shortcuts", "&Search on this page"),
            "Ctrl+F",
            lambda: focus_search(window),
        ),
        (
            QCoreApplication.translate("Shortcuts", "&Cancel the running job"),
            "Ctrl+.",
            window.session.cancel_job,
        ),
    ):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        go.addAction(action)

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("Shortcuts", "&Help"))
    guide = QAction(QCoreApplication.translate("Shortcuts", "&Getting started"), window)
    guide.triggered.connect(lambda: _getting_started(window))
    help_menu.addAction(guide)
    overlay = QAction(QCoreApplication.translate("Shortcuts", "&Keyboard shortcuts"), window)
    overlay.setShortcuts([QKeySequence(k) for k in HELP_KEYS])
    overlay.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    overlay.triggered.connect(lambda: show_overlay(window))
    help_menu.addAction(overlay)


def _getting_started(window: MainWindow) -> None:
    from app.shell.getting_started import show_getting_started

    show_getting_started(window)


def _project_open(window: MainWindow) -> bool:
    return window.center.currentIndex() == 1


def _go_to(window: MainWindow, page: Page) -> None:
    if _project_open(window):
        window.show_page(page)
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _step(window: MainWindow, step: int) -> None:
    if _project_open(window) and window.pages:
        row = (window.sidebar.currentRow() + step) % len(window.pages)
        _go_to(window, window.pages[row])


def current_page(window: MainWindow) -> Page | None:
    row = window.sidebar.currentRow()
    return window.pages[row] if _project_open(window) and 0 <= row < len(window.pages) else None


def _attribute(obj: object, dotted: str) -> object:
    for name in dotted.split("."):
        obj = getattr(obj, name, None)
        if obj is None:
            return None
    return obj


def primary_button(page: QWidget) -> QAbstractButton | None:
    """The page's main button that can be pressed now, if any."""
    names = PRIMARY.get(page.objectName(), ()) + ("primary_button",)
    for name in names:
        button = _attribute(page, name)
        if isinstance(button, QAbstractButton) and button.isVisible() and button.isEnabled():
            return button
    return None


def run_primary(window: MainWindow) -> bool:
    """Press the current page's main button (Ctrl+Enter); False when there is none."""
    page = current_page(window)
    button = primary_button(page) if page is not None else None
    if button is None:
        return False
    button.click()
    return True


def focus_search(window: MainWindow) -> bool:
    """Put the focus in the current page's search field (Ctrl+F): the first shown line edit
    with a clear button."""
    page = current_page(window)
    if page is None:
        return False
    for edit in page.findChildren(QLineEdit):
        if edit.isVisible() and edit.isEnabled() and edit.isClearButtonEnabled():
            edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            edit.selectAll()
            return True
    return False


# -- what the keyboard does, read from the window ---------------------------------------


def _place(widget: QWidget | None, window: MainWindow) -> str:
    """The page (or dialog) a widget belongs to, else "Everywhere"."""
    from app.stages.base import Page

    while widget is not None and widget is not window:
        if isinstance(widget, Page):
            return QCoreApplication.translate("Page", widget.title)
        widget = widget.parentWidget()
    return QCoreApplication.translate("Shortcuts", "Everywhere")


def _menu_path(action: QAction) -> str:
    menus = [o for o in action.associatedObjects() if isinstance(o, QMenu)]
    return (
        _plain(menus[0].title()) + " " + QCoreApplication.translate("Shortcuts", "menu")
        if menus
        else ""
    )


def _keys(sequences: list[QKeySequence]) -> str:
    fmt = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(fmt) for s in sequences if not s.isEmpty())


def shortcut_entries(window: MainWindow) -> list[Entry]:
    """Everything the keyboard does in ``window``: menu and window actions, shortcuts of
    each page, and buttons' own keys (mnemonics and the ``keys`` property)."""
    entries: list[Entry] = []
    seen: set[tuple[str, str, str]] = set()

    def add(what: str, keys: str, where: str) -> None:
        key = (what, keys, where)
        if keys and what and key not in seen:
            seen.add(key)
            entries.append(Entry(what, keys, where))

    for action in window.findChildren(QAction):
        if action.isSeparator() or not action.shortcuts():
            continue
        parent = action.parent()
        where = _menu_path(action) or _place(
            parent if isinstance(parent, QWidget) else None, window
        )
        add(_plain(action.text()), _keys(action.shortcuts()), where)
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        where = _place(parent if isinstance(parent, QWidget) else None, window)
        what = shortcut.whatsThis() or QCoreApplication.translate("Shortcuts", "(no description)")
        add(what, _keys([shortcut.key()]), where)
    for button in window.findChildren(QAbstractButton):
        keys = str(button.property("keys") or "") or _keys(
            [button.shortcut(), QKeySequence.mnemonic(button.text())]
        )
        if keys:
            add(_plain(button.text()) or button.accessibleName(), keys, _place(button, window))
    add(
        QCoreApplication.translate("Shortcuts", "Next field / previous field"),
        "Tab, Shift+Tab",
        QCoreApplication.translate("Shortcuts", "Everywhere"),
    )
    add(
        QCoreApplication.translate("Shortcuts", "Open a menu"),
        "Alt+" + QCoreApplication.translate("Shortcuts", "the underlined letter"),
        QCoreApplication.translate("Shortcuts", "Everywhere"),
    )
    # The menus first, then what works everywhere, then each page in the sidebar's order.
    pages = [QCoreApplication.translate("Page", page.title) for page in window.pages]
    menus = [
        _plain(a.text()) + " " + QCoreApplication.translate("Shortcuts", "menu")
        for a in window.menuBar().actions()
    ]
    order = [*menus, QCoreApplication.translate("Shortcuts", "Everywhere"), *pages]
    return sorted(entries, key=lambda e: order.index(e.where) if e.where in order else len(order))


class ShortcutsDialog(QDialog):
    """The overlay: every shortcut of the window, filterable by typing."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = shortcut_entries(window)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Where")])
        for entry in self.entries:
            self.model.appendRow([QStandardItem(entry.what), QStandardItem(entry.keys),
                                  QStandardItem(entry.where)])  # fmt: skip
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.filter)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 90
        self.resize(width, self.fontMetrics().height() * 30)
        self.filter.setFocus()

    def shown_entries(self) -> list[Entry]:
        """The rows the filter lets through, as shown."""
        rows = []
        for row in range(self.proxy.rowCount()):
            cells = [str(self.proxy.index(row, c).data()) for c in range(3)]
            rows.append(Entry(*cells))
        return rows


def show_overlay(window: MainWindow) -> ShortcutsDialog:
    """Open the shortcuts overlay over ``window`` (F1 or Ctrl+/)."""
    dialog = ShortcutsDialog(window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
