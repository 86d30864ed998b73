"""What the window shows while no project is open: what a project is, the three ways to
begin (the demo project, a new project, an existing one), and, on the first start, the
person's name, asked here before anything is made so that every row carries it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.shell.i18n import left_to_right


def demo_location() -> str:
    """Where the demo project is (or will be made): a path the person can find again."""
    from core.demo import demo_path

    return str(demo_path())


class WelcomeScreen(QWidget):
    """The screen without a project; its buttons emit what the person chose to do."""

    demo_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("The name shown on your reviews"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(self.name.placeholderText()) + 24)
        self.name.textChanged.connect(self._name_edited)
        self.name_row = QWidget(self)
        form = QFormLayout(self.name_row)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Your &name:"), self.name)
        self.name_note = QLabel(
            self.tr("Handloom records who imported, reviewed or changed each item. "
                    "You can change the name later in File ▸ Settings."), self)
        self.name_note.setWordWrap(True)
        self.name_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_note.setEnabled(False)

        self.demo_button = QPushButton(self.tr("Open the demo project"), self)
        self.new_button = QPushButton(self.tr("New project…"), self)
        self.open_button = QPushButton(self.tr("Open project…"), self)
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(lambda: self._chosen(self.demo_requested))
        self.new_button.clicked.connect(lambda: self._chosen(self.new_requested))
        self.open_button.clicked.connect(lambda: self._chosen(self.open_requested))
        self.demo_note = QLabel(self)
        self.demo_note.setWordWrap(True)
        self.demo_note.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_note.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.demo_button, self.new_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        name_line = QHBoxLayout()
        name_line.addStretch(1)
        name_line.addWidget(self.name_row)
        name_line.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addSpacing(12)
        column.addLayout(name_line)
        column.addWidget(self.name_note)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addWidget(self.demo_note)
        column.addStretch(2)
        self.refresh()

    @property
    def first_start(self) -> bool:
        """Handloom does not know the person's name yet."""
        from core.curator import has_chosen_name

        return not has_chosen_name()

    def refresh(self) -> None:
        """Redraw for whether this is the first start (the name is asked only then)."""
        first = self.first_start
        if first:
            self.title.setText(self.tr(
                "<h2>Welcome to Handloom</h2>Build a dataset from instructions people really "
                "wrote: import them, answer them with a local model, review the answers, then "
                "train and compare. Tell Handloom your name, then begin with the demo project "
                "or a project of your own."))
        else:
            self.title.setText(self.tr(
                "<h2>No project is open</h2>A project is one file that holds your "
                "instructions, responses and reviews."))
        self.name_row.setVisible(first)
        self.name_note.setVisible(first)
        self.demo_note.setText(self.tr("The demo project is kept at {0}").format(
            left_to_right(demo_location())))
        self._name_edited()

    def _name_edited(self) -> None:
        ready = not self.first_start or bool(self.name.text().strip())
        for button in (self.demo_button, self.new_button, self.open_button):
            button.setEnabled(ready)
            button.setToolTip("" if ready else self.tr("Type your name first."))

    def _chosen(self, signal: SignalInstance) -> None:
        from core.curator import set_curator

        if self.first_start and self.name.text().strip():
            set_curator(self.name.text())
            self.refresh()
        signal.emit()
