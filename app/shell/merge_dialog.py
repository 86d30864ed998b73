"""File ▸ Merge another copy…: try the merge first (a dry run, rolled back), show what it
would bring in and where reviews disagree, and merge for real only when asked.

The window's File menu opens it, as it opens a project: merging copies of a project is
``core.publish.merge``'s, but no page starts it, so the dialog is the shell's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.shell import ops
from app.shell.job_controller import EndWords, JobController
from app.shell.job_progress import ProgressLine
from app.shell.job_words import doing_words
from app.shell.merge_words import merge_sentences
from app.shell.session import Session
from app.shell.worker import Worker


class MergeDialog(QDialog):
    """Merges ``other`` into the session's project: dry run on open, then Merge."""

    report_shown = Signal()  # a report (dry run or real) or a refusal is on screen

    def __init__(self, session: Session, other: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.other = other
        self.report: dict[str, Any] | None = None
        self.merged = False
        self._worker: Any = None
        self.setWindowTitle(self.tr("Merge {0}").format(other.name))
        self.resize(640, 420)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.line = ProgressLine(self.progress)  # how far, time left
        self.job = JobController(session, self, line=self.line, say=lambda _sentence: None)
        self.buttons = QDialogButtonBox(self)
        self.merge_button: QPushButton = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(self.merge)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        """Open the dialog and run the dry run."""
        self.open()
        self.heading.setText(
            self.tr("Checking what {0} would bring in… Nothing is changed until you press Merge.").format(self.other.name)
        )
        self._run(dry_run=True)

    def reject(self) -> None:
        """Cancel (or Close): a merge still running is cancelled and rolled back."""
        if self._worker is not None:
            self._worker.cancel()
        super().reject()

    def merge(self) -> None:
        if not self.job.can_start():
            return
        self.heading.setText(self.tr("Merging {0}…").format(self.other.name))
        self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        path = self.session.path
        if path is None:
            return
        self.merge_button.setEnabled(False)
        self.progress.show()
        worker = merge(path, self.other, dry_run=dry_run)
        worker.succeeded.connect(self._reported)
        worker.failed.connect(self._refused)
        worker.finished.connect(self._ended)
        self._worker = worker
        if dry_run:  # rolled back: nothing for the pages to redraw
            self.line.follow(worker, doing=doing_words("merge"))
            self.session.run(worker)
        else:  # the report is the dialog's to show
            self.job.run(worker, "merge", EndWords(done=lambda _result: ""))

    def _reported(self, result: tuple[dict[str, Any], dict[str, str]]) -> None:
        report, subjects = result
        self.report = report
        self.text.setPlainText(merge_sentences(report, subjects))
        if report["dry_run"]:
            if report["changed"]:
                self.heading.setText(
                    self.tr("Merging {0} would do this. Press Merge to bring it in; the other file is only read.").format(self.other.name)
                )
                self.merge_button.setEnabled(True)
            else:
                self.heading.setText(self.tr("{0} holds nothing this project lacks.").format(self.other.name))
        else:
            self.merged = True
            self.heading.setText(self.tr("Merged {0}.").format(self.other.name))
            self.merge_button.hide()
            self.close_button.setText(self.tr("Close"))

    def _refused(self, sentence: str) -> None:
        self.heading.setText(self.tr("This file cannot be merged; this project was left untouched."))
        self.text.setPlainText(sentence)

    def _ended(self) -> None:
        self._worker = None
        self.progress.hide()
        self.report_shown.emit()


def merge(path: Path, other: Path, *, dry_run: bool) -> Worker:
    """Merge (or try merging) another copy; the result is (report JSON, what each of the
    first disagreeing reviews is about), for ``app.shell.merge_words.merge_sentences``."""
    return ops.write(path, "core.publish.merge:merge_named", other, dry_run=dry_run,
                     name="merge dry run" if dry_run else "merge", reports=True)
