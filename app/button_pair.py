"""Two buttons side by side with a line under them saying what the last one did.

The base of the Generate and Judge pages' batch file buttons and the Train page's "train
elsewhere" buttons: each starts a job that writes to the project, so it first checks that no
other job runs (one job at a time, as the pages' own Start buttons do).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.session import Session


class ButtonPair(QWidget):
    """``first`` and ``second`` buttons (the subclass names them) and a ``message`` line."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.first = QPushButton(self)
        self.second = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.first)
        buttons.addWidget(self.second)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.message)

    def can_start(self) -> bool:
        """Whether a job may start now; says why not in the message bar."""
        if self.session.path is None:
            return False
        if self.session.busy:
            self.session.error.emit(self.tr("Wait for the running job to finish or cancel it "
                                            "first."))
            return False
        return True

    def show_progress(self, done: int, total: int, message: str) -> None:
        self.message.setText(message)
