"""Pick the language a person sets on the chosen rows: a list to type into, each language
under its code, its English name and its own name ("sw – Swahili (Kiswahili)")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

Choice = tuple[str, str, str]  # code, English name, own name


def choice_label(choice: Choice) -> str:
    code, english, own = choice
    return f"{code} – {english}" + (f" ({own})" if own and own != english else "")


class LanguageDialog(QDialog):
    """Asks for one language; ``code()`` is the chosen code once accepted."""

    def __init__(self, choices: list[Choice], rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set language"))
        self.setModal(True)
        intro = QLabel(
            self.tr("Set the language of %n instruction(s). A language set here is kept: "
                    "identifying languages again never changes it.", None, rows)
        )
        intro.setWordWrap(True)
        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Language"))
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in choices:
            self.picker.addItem(choice_label(choice), choice[0])
        completer = self.picker.completer()
        if completer is not None:  # typing "kurd" or "ckb" finds Kurdish
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.setCurrentIndex(-1)
        self.picker.lineEdit().setPlaceholderText(self.tr("Type a language or its code"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.currentIndexChanged.connect(self._enable_ok)
        self.picker.editTextChanged.connect(self._enable_ok)
        self._enable_ok()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)

    def choose(self, code: str) -> None:
        """Select ``code`` (as a person picking it from the list would)."""
        self.picker.setCurrentIndex(self.picker.findData(code))

    def code(self) -> str | None:
        """The chosen language's code: the picked entry, or what was typed (a code or a
        name, which the core reads) when it matches no entry."""
        typed = self.picker.currentText().strip()
        index = self.picker.findText(typed)
        if index >= 0:
            return str(self.picker.itemData(index))
        return typed or None

    def _enable_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.picker.currentText().strip()))
