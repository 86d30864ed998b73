"""The strip above the pages that says what to do next in the open project, with a button
that goes there, in the seed method's order (the Overview page's next step says the same):
import into an empty project, curate the imported instructions, add a model, generate, judge
or review. It hides once the project is past those first steps, or when the person
dismisses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from app.shell.i18n import left_to_right
from app.shell.session import Session
from core.demo import is_demo
from core.recipe.overview import first_step_left


class NextStepBar(QFrame):
    """One sentence and one button; ``go`` carries the core.stages key of the page to show."""

    go = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("nextStep")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.step: str | None = None
        self.dismissed = False
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.setAccessibleName(self.tr("Go to the next step"))  # its text comes later
        self.button.clicked.connect(self._go)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this hint"))
        close.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(close)
        session.project_opened.connect(self._opened)
        session.data_changed.connect(self.refresh)
        self.hide()

    def _opened(self) -> None:
        self.dismissed = False
        self.refresh()

    def dismiss(self) -> None:
        """Hide the hint until another project is opened."""
        self.dismissed = True
        self.hide()

    def refresh(self) -> None:
        """Work out the next step of the open project again and say it."""
        project = self.session.project
        self.step = first_step_left(project) if project is not None else None
        if self.step is None or project is None or self.dismissed:
            self.hide()
            return
        sentence, button = self._words(self.step)
        if is_demo(project):  # say where it is: the demo is made, not chosen, by the person
            sentence = self.tr("This is the demo project, kept at {0}.").format(
                left_to_right(project.path)) \
                + " " + sentence
        self.label.setText(sentence)
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self.show()

    def _words(self, step: str) -> tuple[str, str]:
        if step == "import":
            return (self.tr("This project is empty. Start by importing instructions: a file "
                            "of instructions people wrote (CSV, JSON Lines, Parquet or "
                            "text)."), self.tr("Go to Import"))
        if step == "curate":
            return (self.tr("Next: filter out duplicates, templated prompts and personal data "
                            "on the Curate page."), self.tr("Go to Curate"))
        if step == "models":
            return (self.tr("Next: add a model on the Models page to answer the "
                            "instructions."), self.tr("Go to Models"))
        if step == "generate":
            return (self.tr("Next: answer the instructions with a model on the Generate "
                            "page."), self.tr("Go to Generate"))
        return (self.tr("Next: let a model judge the responses on the Judge page, or review "
                        "them yourself on the Review page."), self.tr("Go to Judge"))

    def _go(self) -> None:
        if self.step is not None:
            self.go.emit(self.step)
