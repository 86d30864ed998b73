"""What every page of the main window is: a titled widget that follows the session, and the
pieces several pages are built from (a scrolling side column beside the main area, and the
Start, Pause, Cancel and Resume buttons of a resumable job)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.shell.session import Session
from app.shell.worker import Worker
from app.stages import stage_of


class Page(QWidget):
    """A stage of the pipeline. A page's ``title`` is its stage's (``core.stages``, in
    English, marked for translation in the "Page" context); subclasses redraw in the hooks.

    ``project_opened`` runs when a project is opened or closed (``session.project`` may be
    None); ``data_changed`` runs after any job that may have written to the project.
    ``shown`` runs each time the page is brought to the front; ``curator_changed`` when the
    person says their name (at first start, or in Settings).
    """

    title = "Page"  # a stage's page: its stage's title, set when the class is made
    start_here_with_data = False  # the page shown first when a project has instructions

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        stage = stage_of(cls)
        if stage is not None:
            cls.title = stage.title

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._reads: dict[str, Worker] = {}  # the newest background read of each kind
        session.project_opened.connect(self.project_opened)
        session.data_changed.connect(self.data_changed)

    def project_opened(self) -> None:
        """Redraw for the newly opened project."""

    def data_changed(self) -> None:
        """Redraw what a finished job may have changed."""

    def shown(self) -> None:
        """The page was brought to the front."""

    def curator_changed(self) -> None:
        """The person's name changed: redraw where the page shows it."""

    def read(self, what: str, worker: Worker, show: Callable[[Any], None]) -> Worker:
        """Read ``what`` (the page's figures, its leaderboard…) in the background and
        ``show`` it: only the newest read of ``what`` reaches the page, so an older read
        that finishes late never draws over a newer one."""
        self._reads[what] = worker
        worker.succeeded.connect(lambda result: show(result)
                                 if self._reads.get(what) is worker else None)
        return self.session.run(worker)

    def forget_read(self, what: str) -> None:
        """A read of ``what`` still running is no longer wanted (no project is open)."""
        self._reads.pop(what, None)

    def follow_jobs(self, update_buttons: Callable[..., None]) -> None:
        """Run ``update_buttons`` now and whenever any job starts or ends: only one job runs
        at a time, so a page's start buttons depend on what the others do."""
        self.session.job_started.connect(update_buttons)
        self.session.job_finished.connect(update_buttons)
        update_buttons()


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


def row_of(first: QWidget, *rest: QWidget) -> QHBoxLayout:
    """A row of ``first`` (a note, a status, a field), taking the spare width, then ``rest``
    (its buttons) at their own width."""
    row = QHBoxLayout()
    row.addWidget(first, 1)
    for widget in rest:
        row.addWidget(widget)
    return row


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
