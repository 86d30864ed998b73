"""Settings (File ▸ Settings…): the person's own preferences, kept in their config folder.

One row per setting in ``self.form``; a later setting adds its row in ``__init__`` and
its saving in ``apply``. The person's name applies at once to everything made after it;
the dialog also says where the demo project is kept. The interface language defaults to the system's; choosing
another one rebuilds the window in it at once (or, while a job is running, at the next
start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.shell import i18n, theme

if TYPE_CHECKING:
    from app.shell.window import MainWindow

# Windows rebuilt in a new language, kept alive here (a top-level widget without a Python
# reference would be deleted).
_windows: list[MainWindow] = []


class SettingsDialog(QDialog):
    """The Settings dialog; ``apply`` saves every row (OK calls it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)
        self.form = QFormLayout()

        from core.curator import current_curator, has_chosen_name, name_is_fixed

        self.name = QLineEdit(current_curator() if has_chosen_name() else "")
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("The name shown on your reviews"))
        if name_is_fixed():
            self.name.setEnabled(False)
            self.name.setToolTip(self.tr("This name was set when Handloom was started and "
                                         "cannot be changed here."))
        self.form.addRow(self.tr("Your &name:"), self.name)
        name_note = QLabel(self.tr("Recorded on what you import, review, judge or vote on "
                                   "from now on."))
        name_note.setWordWrap(True)
        name_note.setEnabled(False)
        self.form.addRow("", name_note)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        system = i18n.system_language()
        self.language.addItem(
            self.tr("System language ({0})").format(i18n.LANGUAGES[system]), ""
        )
        for code, name in sorted(i18n.LANGUAGES.items(), key=lambda item: item[1].casefold()):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen_language())))
        self.form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("Translations of the interface; your data is never translated."))
        note.setWordWrap(True)
        note.setEnabled(False)
        self.form.addRow("", note)

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for code, name in theme.theme_names().items():
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme.chosen_theme())))
        self.form.addRow(self.tr("&Theme:"), self.theme)

        from app.shell.welcome import demo_location

        self.demo = QLabel(demo_location())
        self.demo.setWordWrap(True)
        self.demo.setTextFormat(Qt.TextFormat.PlainText)
        self.demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Demo project:"), self.demo)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addStretch(1)
        column.addWidget(buttons)

    def chosen_language(self) -> str:
        """The code picked in the Language row ("" = the system's language)."""
        return str(self.language.currentData() or "")

    def apply(self) -> bool:
        """Save every row; True if the interface language changed."""
        from core.curator import current_curator, has_chosen_name, name_is_fixed, set_curator

        name = self.name.text().strip()
        if name and not name_is_fixed() and (name != current_curator() or not has_chosen_name()):
            set_curator(name)
            curator_changed = getattr(self.parent(), "curator_changed", None)
            if curator_changed is not None:
                curator_changed()
        i18n.choose_language(self.chosen_language())
        theme.choose_theme(str(self.theme.currentData() or "system"))  # applies at once
        return i18n.effective_language() != i18n.current_language()

    def accept(self) -> None:
        self.apply()
        super().accept()


def open_settings(window: MainWindow) -> SettingsDialog:
    """Show the Settings dialog for ``window``; a new language rebuilds the window in it."""
    dialog = SettingsDialog(window)
    dialog.accepted.connect(lambda: apply_language(window))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def apply_language(window: MainWindow) -> MainWindow:
    """Switch the running interface to the chosen language; returns the window to use.

    Every label is built in its widget's constructor, so the window is built again in the
    new language, on the same project and page, with the pages' fields and loss curve as
    they were (``page_state``), and the old one closes. While a job is running the window
    stays as it is and the language applies at the next start.
    """
    from PySide6.QtCore import QCoreApplication

    code = i18n.effective_language()
    if code == i18n.current_language():
        return window
    if window.session.busy:
        window.messages.show_info(QCoreApplication.translate(
            "SettingsDialog", "The new language applies when Handloom next starts."))
        return window
    from app.shell import page_state
    from app.shell.window import MainWindow

    path, row = window.session.path, window.sidebar.currentRow()
    geometry = window.saveGeometry()
    settings = page_state.remember(list(window.pages))
    window.close()
    i18n.install(code)
    fresh = MainWindow()
    fresh.restoreGeometry(geometry)
    fresh.show()
    if path is not None and fresh.open_project(path) and row >= 0:
        fresh.sidebar.setCurrentRow(row)
    page_state.restore(list(fresh.pages), settings)
    _windows[:] = [w for w in _windows if _alive(w)] + [fresh]
    return fresh


def _alive(window: MainWindow) -> bool:
    try:
        return window.isVisible()
    except RuntimeError:  # Qt has already deleted it
        return False
