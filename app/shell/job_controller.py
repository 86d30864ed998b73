"""The one way a page runs a job (Anki's ``aqt/operations``, Dangerzone's small adapter):
a ``JobController`` owns the busy guard, the worker, the progress line, why the job
stopped, and the sentence said when it ends.

A page makes one controller per job area, then for each run:

1. ``worker = controller.prepare(kind, config, missing=...)`` (None, with the reason in
   the message bar, while no project is open, another job runs, or the form still misses
   something), or ``controller.can_start(missing)`` before building a worker of its own;
2. connects whatever else it wants (streamed text, servers) to the worker;
3. ``controller.run(worker, kind, words)``: the session runs it, the progress line follows
   it in the window's words (``app.shell.job_words``), and ``words`` say how it ended.

``ended`` fires with "done", "paused", "cancelled" or "failed" before the session hears
the job finished, so the page redraws first. Resumable jobs are looked up (and a
cancelled one dismissed) through ``app.shell.stopped_jobs``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.shell import stopped_jobs
from app.shell.job_progress import ProgressLine
from app.shell.job_words import doing_words
from app.shell.session import Session
from app.shell.worker import Worker


@dataclass(frozen=True)
class EndWords:
    """How a page words the end of its job. ``done`` turns the job's result into the
    sentence to say (or "" for nothing); ``paused`` is said when a job the person paused
    stopped (a page whose job cannot pause leaves it empty); ``failed`` is said on failure,
    or with ``say_error`` the failure's own sentence is repeated where the page says things
    (the message bar shows it either way)."""

    done: Callable[[Any], str]
    cancelled: str = ""
    paused: str = ""
    failed: str = ""
    say_error: bool = False


def record_result(record: Any) -> dict[str, Any]:
    """A finished core job's result (``JobRecord.result``), {} when it has none."""
    return getattr(record, "result", None) or {}


def refused_while_busy(session: Session) -> bool:
    """True, with the window's one sentence about it in the message bar, while a job runs
    (one job at a time: opening, creating or merging a project waits too)."""
    if session.busy:
        session.error.emit(QCoreApplication.translate(
            "JobController", "Wait for the running job to finish or cancel it first."))
    return session.busy


class JobController(QObject):
    """Runs one page's jobs, one at a time in the window (see the module's docstring).

    ``line`` is the page's progress line (None for a page that draws its job itself);
    ``say`` writes the end sentence (default: the session's notice); ``running`` shows or
    hides the page's running widgets; ``dismiss_cancelled``: a job the person cancelled
    (not paused) is not offered for resuming again.
    """

    ended = Signal(str)  # "done", "paused", "cancelled" or "failed"

    def __init__(self, session: Session, parent: QObject, *, line: ProgressLine | None = None,
                 say: Callable[[str], None] | None = None,
                 running: Callable[[bool], None] | None = None,
                 dismiss_cancelled: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.line = line
        self.say = say or session.notice.emit
        self.running = running
        self.dismiss_cancelled = dismiss_cancelled
        self.worker: Worker | None = None
        self.kind = ""
        self.stopping = ""  # "paused" or "cancelled" once the person asked
        self.words = EndWords(done=lambda _result: "")

    # -- starting -------------------------------------------------------------------------

    def can_start(self, missing: str = "") -> bool:
        """Whether a job may start now; says why not in the message bar (nothing while no
        project is open: there is nothing to say)."""
        if self.session.path is None or refused_while_busy(self.session):
            return False
        if missing:
            self.session.error.emit(missing)
            return False
        return True

    def prepare(self, kind: str, config: dict[str, Any], *, missing: str = "",
                stream: bool = False) -> Worker | None:
        """A worker that starts the core job ``kind`` with ``config`` (or continues its
        stopped run with exactly that config), or None when it may not start now."""
        from app.shell import ops

        if not self.can_start(missing):
            return None
        assert self.session.path is not None
        return ops.start_or_resume(self.session.path, kind, config, stream=stream)

    def run(self, worker: Worker, kind: str, words: EndWords, *, model: str = "",
            doing: str | None = None) -> Worker:
        """Run ``worker`` as the window's job ``kind``; the progress line shows ``doing``
        (else the window's words for ``kind``) once ``model`` (if any) has loaded."""
        self.worker, self.kind, self.stopping, self.words = worker, kind, "", words
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.finished.connect(self._finished)
        if self.line is not None:
            self.line.follow(worker, model=model,
                             doing=doing_words(kind) if doing is None else doing)
        if self.running is not None:
            self.running(True)
        return self.session.run_job(worker, kind)

    # -- stopping -------------------------------------------------------------------------

    def pause(self) -> None:
        """Stop now; the job stays offered for resuming."""
        self.stop("paused")

    def cancel(self) -> None:
        self.stop("cancelled")

    def stop(self, reason: str) -> None:
        if self.worker is not None:
            self.stopping = reason
            self.worker.cancel()

    # -- the end --------------------------------------------------------------------------

    def _succeeded(self, result: Any) -> None:
        self._say(self.words.done(result))
        self.ended.emit("done")

    def _failed(self, sentence: str) -> None:
        self._say(sentence if self.words.say_error else self.words.failed)
        self.ended.emit("failed")

    def _cancelled(self) -> None:
        paused = bool(self.words.paused) and self.stopping != "cancelled"
        self._say(self.words.paused if paused else self.words.cancelled)
        self.ended.emit("paused" if paused else "cancelled")

    def _say(self, sentence: str) -> None:
        if sentence:
            self.say(sentence)

    def _finished(self) -> None:
        """Runs before the session reports the end, so a cancelled run is dismissed before
        the stopped-jobs panel looks for jobs to offer."""
        if self.stopping == "cancelled" and self.dismiss_cancelled:
            record = self.resumable(self.kind)
            if record is not None and self.session.project is not None:
                stopped_jobs.dismiss(self.session.project, record.id)
        self.worker, self.stopping = None, ""
        if self.running is not None:
            self.running(False)

    # -- stopped runs ---------------------------------------------------------------------

    def resumable(self, kind: str) -> Any:
        """The newest stopped job of ``kind`` not dismissed, offered for Resume, or None."""
        return stopped_jobs.newest(self.session.project, kind)

    @property
    def idle(self) -> bool:
        """No job runs and a project is open: a page's start buttons may be pressed."""
        return not self.session.busy and self.session.project is not None
