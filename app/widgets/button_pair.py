"""Two buttons side by side with the job's progress under them, then a line saying what the
last one did.

The base of the Generate and Judge pages' batch file buttons and the Train page's "train
elsewhere" buttons: each starts a job that writes to the project through its
``JobController`` (one job at a time, as the pages' own Start buttons do), with the same
progress bar, words and time left as every other job.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.shell.job_controller import JobController
from app.shell.job_progress import ProgressLine
from app.shell.session import Session


class ButtonPair(QWidget):
    """``first`` and ``second`` buttons (the subclass names them), the running job's
    ``progress`` bar and the ``message`` line (its progress, then how it ended)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.first = QPushButton(self)
        self.second = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.hide()  # until a job starts
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.line = ProgressLine(self.progress, self.message)
        self.job = JobController(session, self, line=self.line, say=self.message.setText,
                                 running=self._running)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.first)
        buttons.addWidget(self.second)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.message)

    def _running(self, running: bool) -> None:
        self.message.setToolTip("")
        if not running:
            self.progress.hide()  # the message says how it ended
