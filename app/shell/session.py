"""The open project as the window sees it, and the one place errors are reported.

Pages read through ``session.project`` (the GUI thread's own connection) and run work
through ``session.run``, which routes every failure to ``error`` (shown by the window's
message bar) and tells every page when a job has changed the data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.shell.worker import Worker
from core.store.ids import now
from core.store.project import Project


class Session(QObject):
    """Holds the open project; its signals keep the pages in step."""

    project_opened = Signal()  # also after closing: then ``project`` is None
    data_changed = Signal()  # a job finished (or was cancelled) and may have written rows
    job_started = Signal(str)  # the job's kind
    job_finished = Signal(str, object)  # kind, final JobRecord (None if it failed)
    error = Signal(str)  # a sentence for the person
    notice = Signal(str)  # a sentence that is good news

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.job: Worker | None = None
        self.job_kind: str | None = None
        self._record: Any = None
        self.opened_at = ""  # when this window opened the project (ISO time)

    @property
    def path(self) -> Path | None:
        return self.project.path if self.project else None

    @property
    def busy(self) -> bool:
        """Whether a job that writes to the project is running."""
        return self.job is not None

    def open(self, path: Path) -> list[Any]:
        """Open ``path`` (closing the current project); returns jobs a crash interrupted."""
        from core import jobs

        project = Project.open(path)
        interrupted = jobs.mark_interrupted(project)
        self.close()
        self.project = project
        self.opened_at = now()
        self.project_opened.emit()
        return interrupted

    def close(self) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None

    def run(self, worker: Worker) -> Worker:
        """Start a read-only task; its failure is reported like any other."""
        worker.failed.connect(self.error)
        return worker.start()

    def run_job(self, worker: Worker, kind: str) -> Worker:
        """Start a task that writes to the project; pages redraw when it ends."""
        self.job = worker
        self.job_kind = kind
        self._record = None
        worker.succeeded.connect(self._job_succeeded)
        worker.failed.connect(self.error)
        worker.finished.connect(self._job_ended)
        self.job_started.emit(kind)
        return worker.start()

    def _job_succeeded(self, record: Any) -> None:
        self._record = record

    def _job_ended(self) -> None:
        kind, record = self.job_kind or "", self._record
        self.job, self.job_kind, self._record = None, None, None
        self.job_finished.emit(kind, record)
        if self.project is not None:  # not after the window closed the project
            self.data_changed.emit()

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
