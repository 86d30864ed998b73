"""The Publish page's buttons (export, publish the dataset or a model, pull) and the
progress of the job one of them started, with Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.shell.job_progress import ProgressLine


class PublishActions(QGroupBox):
    """What can be done with the dataset; the page connects the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Publish"), parent)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(
            self.tr("Write the dataset into a new or empty folder you name or choose")
        )
        self.publish_button = QPushButton(self.tr("Publish to the Hub…"), self)
        self.model_button = QPushButton(self.tr("Publish model…"), self)
        self.model_button.setToolTip(self.tr("Upload a model tuned in this project (its adapter)"))
        self.pull_button = QPushButton(self.tr("Pull from the Hub…"), self)
        self.sign_in_button = QPushButton(self.tr("Hugging Face sign-in…"), self)
        self.sign_in_button.setToolTip(
            self.tr("Give Handloom a Hugging Face access token for publishing, or remove it")
        )
        self.progress = QProgressBar(self)
        self.line = ProgressLine(self.progress)  # what is being written or sent, how far
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        column = QVBoxLayout(self)
        for pair in (
            (self.export_button, self.publish_button),
            (self.model_button, self.pull_button),
            (self.progress, self.cancel_button),
        ):
            row = QHBoxLayout()
            row.addWidget(pair[0], 1)
            row.addWidget(pair[1], 0 if pair[0] is self.progress else 1)
            column.addLayout(row)
            if pair[0] is self.model_button:
                column.addWidget(self.sign_in_button)
        self.show_running(False)

    def set_ready(self, ready: bool, *, tuned_models: bool) -> None:
        """Enable the buttons when a project is open and no job is running."""
        for button in (self.export_button, self.publish_button, self.pull_button):
            button.setEnabled(ready)
        self.model_button.setEnabled(ready and tuned_models)

    def show_running(self, running: bool) -> None:
        """Show the progress bar and Cancel while this page's job runs."""
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
