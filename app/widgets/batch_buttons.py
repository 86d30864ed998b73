"""Write a batch file… / Read batch results…: a stage's pending requests carried to a GPU
cluster and back (OpenAI Batch API lines, which vLLM's run_batch reads too).

The Generate and Judge pages each hold one, given the stage's kind and a function returning
the settings shown; both run as jobs (``batch_write``, ``batch_read``) like the CLI's
``--write-batch`` and ``--read-batch``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from app.shell.job_controller import EndWords, record_result
from app.shell.numbers import fill
from app.shell.session import Session
from app.shell.worker import Worker
from app.widgets.button_pair import ButtonPair


class BatchButtons(ButtonPair):
    """Write… and Read… buttons and a line saying what the last write or read did."""

    def __init__(self, session: Session, kind: str, config: Callable[[], dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.kind, self.config = kind, config
        self.write_button, self.read_button = self.first, self.second
        self.write_button.setText(self.tr("Write a batch file…"))
        self.read_button.setText(self.tr("Read batch results…"))
        self.write_button.setToolTip(self.tr(
            "Save what is still to do as a file for a GPU cluster (OpenAI's Batch API or "
            "vLLM's run_batch) instead of running it here"))
        self.write_button.clicked.connect(self.choose_file_to_write)
        self.read_button.setToolTip(self.tr(
            "Record the results file the cluster wrote; reading it again changes nothing"))
        self.read_button.clicked.connect(self.choose_file_to_read)

    def choose_file_to_write(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Write a batch file"),
                                              "requests.jsonl", self.tr("Batch files (*.jsonl)"))
        if path:
            self.write(Path(path))

    def choose_file_to_read(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Read batch results"), "",
                                              self.tr("Batch files (*.jsonl)"))
        if path:
            self.read(Path(path))

    def write(self, path: Path) -> Worker | None:
        config = {**self.config(), "kind": self.kind, "path": str(path)}
        return self._start("batch_write", config)

    def read(self, path: Path) -> Worker | None:
        return self._start("batch_read", {"kind": self.kind, "path": str(path)})

    def _start(self, job: str, config: dict[str, Any]) -> Worker | None:
        worker = self.job.prepare(job, config)
        if worker is None:
            return None
        return self.job.run(worker, job, EndWords(done=self._done, say_error=True))

    def _done(self, record: Any) -> str:
        r = record_result(record)
        if record.kind == "batch_write":
            text = (self.tr("Wrote %Ln request(s) to {0}.", None, r["requests"]).format(
                         Path(r["path"]).name)
                    if r.get("requests") else self.tr("Nothing is pending; no file was written."))
        else:
            text = fill(self.tr("{0:,} recorded, {1:,} already here, {2:,} failed."),
                        r.get("recorded", 0), r.get("already_here", 0), r.get("failed", 0))
            if r.get("cut_off_line"):
                text += " " + fill(self.tr("Line {0:,} is cut off; the lines before it were "
                                           "recorded."), r["cut_off_line"])
        self.message.setToolTip(r.get("path", ""))
        return text
