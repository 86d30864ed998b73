"""What every page of the main window is: a titled widget that follows the session, and the
pieces several pages are built from (a scrolling side column beside the main area, and the
Start, Pause, Cancel and Resume buttons of a resumable job)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.session import Session
from app.worker import Worker


class Page(QWidget):
    """A stage of the pipeline. Subclasses set ``title`` and redraw in the two hooks.

    ``project_opened`` runs when a project is opened or closed (``session.project`` may be
    None); ``data_changed`` runs after any job that may have written to the project.
    ``shown`` runs each time the page is brought to the front.
    """

    title = "Page"
    start_here_with_data = False  # the page shown first when a project has instructions

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        session.project_opened.connect(self.project_opened)
        session.data_changed.connect(self.data_changed)

    def project_opened(self) -> None:
        """Redraw for the newly opened project."""

    def data_changed(self) -> None:
        """Redraw what a finished job may have changed."""

    def shown(self) -> None:
        """The page was brought to the front."""

    def follow_jobs(self, update_buttons: Callable[..., None]) -> None:
        """Run ``update_buttons`` now and whenever any job starts or ends: only one job runs
        at a time, so a page's start buttons depend on what the others do."""
        self.session.job_started.connect(update_buttons)
        self.session.job_finished.connect(update_buttons)
        update_buttons()


class JobPage(Page):
    """A page that runs one resumable job with Start, (Pause,) Cancel and Resume: it makes
    ``self.job`` (a ``JobController``), ``self.form`` (with ``config`` and ``set_config``) and
    ``self.run_buttons``, declares ``job_kind``, and words its job in ``_run`` and the Resume
    button's tip in ``resume_tip``."""

    job_kind = ""
    pending_shown = Signal(int, int)  # still to do, wanted (for a page that counts them)
    job: Any  # app.job_controller.JobController
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
        from app.job_controller import JobController
        from app.job_progress import ProgressLine

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
        from app.numbers import fill

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
            from core.store import instructions

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

    def end_words(self) -> Any:
        """How the job's end is worded (an ``app.job_controller.EndWords``)."""
        raise NotImplementedError

    def find_resumable(self) -> None:
        """Look up the stopped job to offer (after a job, or on opening a project)."""
        self.resumable = self.job.resumable(self.job_kind)
        self._update_buttons()

    def resume_tip(self, record: Any) -> str:
        """What Resume would continue, for its tool tip."""
        return ""

    def stopped_at(self, record: Any) -> str:
        """" at 40 of 120" for a stopped job that counted its work, else ""."""
        from app.numbers import fill

        return fill(self.tr(" at {0:,} of {1:,}"), record.done, record.total) if record.total else ""

    def _update_buttons(self, *_: object) -> None:
        mine = self.worker is not None
        record = self.resumable
        tip = self.resume_tip(record) if record is not None and not mine else ""
        self.run_buttons.enable(self.session, mine, record is not None, tip)


class Recount(QObject):
    """A figure a page works out again in the background shortly after its form changes.

    ``soon`` (connected to the form's change signal) waits a quarter second for typing to
    settle, then calls the page's recount, which hands its worker to ``run``. Only the newest
    worker's answer reaches the page: a count overtaken by a later change is dropped.
    """

    def __init__(self, parent: QWidget, recount: Callable[[], None], delay_ms: int = 250) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(recount)
        self._latest: Worker | None = None

    def soon(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        """Nothing pending: the page is recounting now (or has nothing to count)."""
        self.timer.stop()
        self._latest = None

    def run(self, worker: Worker, counted: Callable[[Any], None],
            failed: Callable[[str], None]) -> None:
        self.timer.stop()
        self._latest = worker
        worker.succeeded.connect(lambda result: counted(result) if worker is self._latest else None)
        worker.failed.connect(lambda sentence: failed(sentence) if worker is self._latest else None)
        worker.start()


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


# -- layout ----------------------------------------------------------------------------------


def scroll_vertically(
    content: QWidget, parent: QWidget | None = None, min_width: int | None = None
) -> QScrollArea:
    """``content`` in a scroll area that scrolls only up and down, ``min_width`` wide at
    least, else as wide as ``content`` needs beside the scroll bar."""
    scroll = QScrollArea(parent)
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(
        min_width if min_width is not None else content.minimumSizeHint().width() + 24
    )
    return scroll


def _stack(parent: QWidget, parts: Sequence[QWidget | QLayout],
           grow: QWidget | None = None) -> QVBoxLayout:
    column = QVBoxLayout(parent)
    column.setContentsMargins(0, 0, 4, 0)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part, 1 if part is grow else 0)
    return column


def side_column(
    page: QWidget,
    *parts: QWidget | QLayout,
    min_width: int | None = None,
    grow: QWidget | None = None,
    pinned: Sequence[QWidget | QLayout] = (),
) -> QWidget:
    """A page's settings column: ``parts`` top to bottom in a vertical scroll area (see
    ``scroll_vertically`` for its width). Spare height goes to ``grow``, else below the
    last part.

    ``pinned`` parts (a job's buttons, progress and status) sit below the scroll area, so
    they stay in view however long the settings are and whatever the window's height.
    """
    side = QWidget(page)
    column = _stack(side, parts, grow)
    if grow is None:
        column.addStretch(1)
    scroll = scroll_vertically(side, page, min_width)
    if not pinned:
        return scroll
    holder = QWidget(page)
    below = QWidget(holder)
    _stack(below, pinned).setContentsMargins(0, 4, 4, 0)
    outer = QVBoxLayout(holder)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(scroll, 1)
    outer.addWidget(below)
    holder.setMinimumWidth(scroll.minimumWidth())
    return holder


def side_by_side(page: QWidget, side: QWidget, main: QWidget) -> QSplitter:
    """Fill ``page`` with a splitter: ``side`` on the left, never collapsed, and ``main``
    taking the spare width."""
    split = QSplitter(Qt.Orientation.Horizontal, page)
    split.addWidget(side)
    split.addWidget(main)
    split.setStretchFactor(1, 1)
    split.setCollapsible(0, False)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(split)
    return split


def one_above_other(
    parent: QWidget, top: QWidget, bottom: QWidget, heights: tuple[int, int]
) -> QSplitter:
    """``top`` over ``bottom`` in a vertical splitter, starting at ``heights``."""
    split = QSplitter(Qt.Orientation.Vertical, parent)
    split.addWidget(top)
    split.addWidget(bottom)
    split.setSizes(list(heights))
    return split


# -- a resumable job's buttons -----------------------------------------------------------------


def job_button(
    page: QWidget, label: str, clicked: Callable[[], object], tip: str = ""
) -> QPushButton:
    """A button of ``page`` that calls ``clicked``; ``label`` and ``tip`` come translated
    from the page, so they keep its translation context."""
    button = QPushButton(label, page)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(clicked)
    return button


class RunButtons(QHBoxLayout):
    """The row of Start, Pause (for a job that can pause), Cancel and Resume buttons of a
    page that runs one resumable job, and the rule that enables them."""

    def __init__(
        self,
        start: QPushButton,
        cancel: QPushButton,
        resume: QPushButton,
        pause: QPushButton | None = None,
    ) -> None:
        super().__init__()
        self.start, self.cancel, self.resume, self.pause = start, cancel, resume, pause
        start.setDefault(True)
        for button in (start, pause, cancel, resume):
            if button is not None:
                self.addWidget(button)

    def enable(self, session: Session, running: bool, resumable: bool, resume_tip: str) -> None:
        """Start and Resume (when there is a stopped job) while no job runs in an open
        project; Pause and Cancel while the page's own job (``running``) runs."""
        idle = not session.busy and session.project is not None
        self.start.setEnabled(idle)
        for button in (self.pause, self.cancel):
            if button is not None:
                button.setEnabled(running)
        self.resume.setEnabled(idle and resumable)
        self.resume.setToolTip(resume_tip)
