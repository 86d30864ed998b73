"""Jobs that stopped before finishing (interrupted by a crash, failed, cancelled), each
with a Resume button: resuming runs the same recorded job, which continues where it
stopped. Dismissed jobs are remembered in the project so they stay out of the way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.shell import ops, stopped_jobs
from app.shell.i18n import code_label
from app.shell.job_controller import EndWords, JobController
from app.shell.numbers import fill
from app.shell.session import Session
from core.stages import JOBS

SHOWN = ("interrupted", "failed", "cancelled")  # jobs.RESUMABLE_STATES
MAX_SHOWN = 5

# The English name of every job kind (core.stages, where lupdate finds them in the
# "JobsPanel" context); the window shows it translated.
KIND_NAMES = {job.kind: job.name for job in JOBS}


def kind_name(kind: str) -> str:
    """A job kind as the interface language names it (a kind this window does not know yet
    is shown as its code, in words)."""
    name = KIND_NAMES.get(kind)
    return QCoreApplication.translate("JobsPanel", name) if name else kind.replace("_", " ")


def describe(record: Any) -> str:
    """One line about a stopped job: what, how far, and why it stopped."""
    what = kind_name(record.kind)
    if record.kind == "import":
        names = [str(f).rsplit("/", 1)[-1] for f in record.config.get("files", [])]
        if names:
            files = ", ".join(names[:3]) + ("…" if len(names) > 3 else "")
            what = QCoreApplication.translate("JobsPanel", "{0} of {1}").format(what, files)
    where = (
        fill(QCoreApplication.translate("jobs_panel", " at {0:,} of {1:,}"), record.done, record.total
        )
        if record.total
        else ""
    )
    why = record.error or record.message or ""
    state = code_label(record.state)
    said = QCoreApplication.translate("JobsPanel", "{0} {1}{2}.").format(what, state, where)
    return said + (f" {why}" if why else "")


class JobsPanel(QFrame):
    """A short list of resumable jobs; hidden when there are none."""

    resumed = Signal(str)  # job id

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("jobsPanel")
        self.setStyleSheet(
            "#jobsPanel { background: #fff8e1; border: 1px solid #f0dca0; border-radius: 4px; }"
            " #jobsPanel QLabel { color: #3d2e00; }"  # dark text on its light yellow, in any theme
        )
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(10, 4, 6, 4)
        self.records: list[Any] = []
        self.job = JobController(session, self)  # the page of the job shows its progress
        session.project_opened.connect(self.refresh)
        session.job_finished.connect(self.refresh)
        session.job_started.connect(self._job_started)
        self.hide()

    def _job_started(self, _kind: str) -> None:
        self._enable(False)

    def refresh(self, *_: object) -> None:
        """Re-read the stopped jobs from the project."""
        project = self.session.project
        self.records = []
        if project is not None:
            shown = [r for r in stopped_jobs.stopped(project, SHOWN)
                     if not self._just_reported(r)]
            self.records = shown[-MAX_SHOWN:]
        self._rebuild()

    def _just_reported(self, record: Any) -> bool:
        """A job started in this window that failed: the message bar has just said why."""
        return record.state == "failed" and record.created_at >= self.session.opened_at

    def _rebuild(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for record in self.records:
            self.rows.addWidget(self._row(record))
        self.setVisible(bool(self.records))
        self._enable(not self.session.busy)

    def _row(self, record: Any) -> QWidget:
        row = QWidget()
        row.setObjectName(f"job-{record.id}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(describe(record))
        label.setWordWrap(True)
        resume = QPushButton(self.tr("Resume"))
        resume.setObjectName("resume")
        resume.clicked.connect(lambda: self.resume(record.id))
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setObjectName("dismiss")
        dismiss.clicked.connect(lambda: self.dismiss(record.id))
        layout.addWidget(label, 1)
        layout.addWidget(resume)
        layout.addWidget(dismiss)
        return row

    def _enable(self, enabled: bool) -> None:
        for button in self.findChildren(QPushButton):
            button.setEnabled(enabled)

    def resume(self, job_id: str) -> None:
        if not self.job.can_start():
            return
        assert self.session.path is not None
        kind = next((r.kind for r in self.records if r.id == job_id), "job")
        self.resumed.emit(job_id)
        self.job.run(ops.resume_job(self.session.path, job_id), kind,
                     EndWords(done=lambda _record: ""))

    def dismiss(self, job_id: str) -> None:
        project = self.session.project
        if project is None:
            return
        stopped_jobs.dismiss(project, job_id)
        self.refresh()
