"""A page that runs one resumable job (Generate, Translate, Train): the page declares its
job — kind, what the form still misses, what starts with it, the words for its work and its
end — and ``JobPage`` runs it through the page's ``JobController`` with Start, Pause, Cancel
and Resume. ``Reread`` keeps a page's figures in step with a running job."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar

from app.shell.job_controller import EndWords, JobController
from app.shell.job_progress import ProgressLine
from app.shell.numbers import fill
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.base import Page, Recount, RunButtons, job_button
from core.store import instructions


class JobPage(Page):
    """A page that runs one resumable job with Start, (Pause,) Cancel and Resume. It makes
    ``self.form`` (with ``config`` and ``set_config``), its buttons (``run_controls``) and its
    controller (``progress_line``, or a ``JobController`` of its own as ``self.job``), and
    declares ``job_kind`` and the hooks below; ``_run`` does the rest."""

    job_kind = ""
    pending_shown = Signal(int, int)  # still to do, wanted (for a page that counts them)
    job: JobController
    form: Any
    pending: QLabel  # what is still to do, for a page that counts it
    recount: Recount
    run_buttons: RunButtons

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.resumable: Any = None  # the newest stopped job of the page's kind, for Resume
        self._titles: dict[str, str] = {}  # the first words of streamed instructions

    def run_controls(self, start: str, cancel_tip: str, pause_tip: str = "") -> RunButtons:
        """The Start (labelled ``start``), Pause (with a ``pause_tip`` only), Cancel and
        Resume buttons, as ``self.run_buttons``."""
        self.start_button = job_button(self, start, self.start)
        self.pause_button = (job_button(self, self.tr("Pause"), self.pause, pause_tip)
                             if pause_tip else None)
        self.cancel_button = job_button(self, self.tr("Cancel"), self.cancel, cancel_tip)
        self.resume_button = job_button(self, self.tr("Resume"), self.resume)
        self.run_buttons = RunButtons(self.start_button, self.cancel_button,
                                      self.resume_button, pause=self.pause_button)
        return self.run_buttons

    def progress_line(self, recount: Callable[[], None], *,
                      dismiss_cancelled: bool = False) -> tuple[QProgressBar, QLabel]:
        """The job's bar and line (``self.line``), ``self.job`` showing its progress there and
        its end sentence in the line; ``recount`` re-reads the page's figures as results are
        committed (every couple of seconds at most); ``_ended`` hears how the job ended."""
        bar, label = QProgressBar(self), QLabel(self)
        label.setWordWrap(True)
        self.line = ProgressLine(bar, label)
        self.line.on_commits(recount)
        self.job = JobController(self.session, self, line=self.line, say=label.setText,
                                 dismiss_cancelled=dismiss_cancelled)
        self.job.ended.connect(self._ended)
        return bar, label

    def count_pending(self) -> None:
        """Count in the background what is still to do with the settings shown."""
        self.recount.stop()
        path = self.session.path
        counter = self.pending_counter(path, self.form.config()) if path is not None else ""
        if isinstance(counter, str):
            self.pending.setText(counter)
        else:
            self.recount.run(counter, self._pending_counted, self.pending.setText)

    def pending_counter(self, path: Path, config: dict[str, Any]) -> Worker | str:
        """A worker answering (still to do, wanted) for ``config``, or the sentence saying
        why there is nothing to count."""
        return ""

    def _pending_counted(self, counts: tuple[int, int]) -> None:
        todo, wanted = counts
        nothing, all_done, still = self.pending_words()
        if wanted == 0:
            text = nothing
        else:
            text = fill(all_done, wanted) if todo == 0 else fill(still, todo, wanted)
        self.pending.setText(text)
        self.pending_shown.emit(todo, wanted)

    def pending_words(self) -> tuple[str, str, str]:
        """What is still to do, in the page's words: when there is nothing to do at all, when
        all ``{0:,}`` are done, and ``{0:,}`` of ``{1:,}`` still to do."""
        return "", "", ""

    def _ended(self, outcome: str) -> None:
        """The page's job ended: "done", "paused", "cancelled" or "failed"."""

    def instruction_title(self, instruction_id: str) -> str:
        """The first line of an instruction being streamed (up to 90 characters)."""
        if instruction_id not in self._titles:
            project = self.session.project
            row = instructions.get(project, instruction_id) if project is not None else None
            first = str(row["text"] if row else instruction_id).strip().split("\n", 1)[0]
            self._titles[instruction_id] = first[:90] + ("…" if len(first) > 90 else "")
        return self._titles[instruction_id]

    @property
    def worker(self) -> Worker | None:
        """The page's job while it runs."""
        return cast(Worker | None, self.job.worker)

    def start(self) -> Worker | None:
        """Run with the settings shown (continuing a stopped run with the same ones)."""
        return self._run(self.form.config())

    def resume(self) -> Worker | None:
        """Continue the stopped run offered for resuming, with its own settings."""
        if self.resumable is None:
            return None
        config = dict(self.resumable.config)
        self.form.set_config(config)
        return self._run(config)

    def pause(self) -> None:
        self.job.pause()

    def cancel(self) -> None:
        self.job.cancel()

    def _run(self, config: dict[str, Any]) -> Worker | None:
        """Start (or continue) the page's job with ``config``; None, with the reason in the
        message bar, when it may not start now."""
        worker = self.job.prepare(self.job_kind, config, missing=self.missing(config),
                                  stream=True)
        if worker is None:
            return None
        self.job_starts(worker, config)
        model, doing = self.job_words(config)
        self.job.run(worker, self.job_kind, self.end_words(), model=model, doing=doing)
        self._update_buttons()
        return worker

    # What a page declares about its job:

    def missing(self, config: dict[str, Any]) -> str:
        """What the form still needs before the job can start ("" when nothing)."""
        return ""

    def job_starts(self, worker: Worker, config: dict[str, Any]) -> None:
        """Connect the page's views to the job's ``worker`` (its streamed text…)."""

    def job_words(self, config: dict[str, Any]) -> tuple[str, str | None]:
        """(the model the job loads first or "", the page's words for the work or None for
        the window's words for the job's kind)."""
        return "", None

    def end_words(self) -> EndWords:
        """How the job's end is worded (by default nothing is said: the progress line and the
        page's own figures show the end; Generate, Translate and Train word theirs)."""
        return EndWords(done=lambda _result: "")

    def find_resumable(self) -> None:
        """Look up the stopped job to offer (after a job, or on opening a project)."""
        self.resumable = self.job.resumable(self.job_kind)
        self._update_buttons()

    def resume_tip(self, record: Any) -> str:
        """What Resume would continue, for its tool tip."""
        return ""

    def stopped_at(self, record: Any) -> str:
        """" at 40 of 120" for a stopped job that counted its work, else ""."""
        return fill(self.tr(" at {0:,} of {1:,}"), record.done, record.total) if record.total else ""

    def _update_buttons(self, *_: object) -> None:
        mine = self.worker is not None
        record = self.resumable
        tip = self.resume_tip(record) if record is not None and not mine else ""
        self.run_buttons.enable(self.session, mine, record is not None, tip)


class Reread(QObject):
    """A page's figures read again while its job runs (``again``, from the progress line's
    ``on_commits``): one read at a time however long it takes, and an answer overtaken by a
    full read of the page (``drop``) is not shown."""

    def __init__(self, page: Page, read: Callable[[Path], Worker],
                 show: Callable[[Any], None]) -> None:
        super().__init__(page)
        self.session, self.read, self.show = page.session, read, show
        self.current: Worker | None = None
        self.reading = False

    def again(self) -> None:
        path = self.session.path
        if path is None or self.reading:
            return
        worker = self.read(path)
        self.current, self.reading = worker, True
        worker.succeeded.connect(lambda result: self.show(result)
                                 if worker is self.current else None)
        worker.finished.connect(self._done)
        self.session.run(worker)

    def drop(self) -> None:
        self.current = None

    def _done(self) -> None:
        self.reading = False
