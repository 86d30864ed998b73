"""The one way the window shows a running job's progress: a bar with the committed count and
a line saying what the job is doing, how fast and how long it has left.

``ProgressLine`` drives a page's own progress bar and label from a ``Worker``'s signals
through ``core.progress.JobProgress``: "Loading <model>…" until the model is ready or its
first text arrives, then the page's words for the work; the rate and the time left appear
once they mean something, from a smoothed recent rate. ``committed`` fires when the count of
committed results moves, so a page can re-read the figures in its header while the job
runs. Every duration the window shows is written by ``duration_text``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar

from app.shell.numbers import number
from app.shell.worker import Worker
from core.progress import JobProgress, Snapshot


def duration_text(seconds: float) -> str:
    """A duration as a person says it, in the interface language: "less than a minute",
    "about 3 min", "about 1 h 20 min"."""
    if seconds < 60:
        return QCoreApplication.translate("Duration", "less than a minute")
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("Duration", "about {0} min").format(number(minutes))
    hours, minutes = divmod(minutes, 60)
    if minutes == 0:
        return QCoreApplication.translate("Duration", "about {0} h").format(number(hours))
    return QCoreApplication.translate("Duration", "about {0} h {1} min").format(number(hours), number(minutes))


def _figure(rate: float) -> str:
    """A rate with one decimal below 10, none from 10 up."""
    return number(rate, 0) if rate >= 10 else number(rate, 1)


def rate_text(snapshot: Snapshot) -> str:
    """"12 tokens/s", "3.5 per minute" or "" while the rate means nothing yet."""
    if snapshot.tokens_per_second is not None:
        figure = _figure(snapshot.tokens_per_second)
        return QCoreApplication.translate("ProgressLine", "{0} tokens/s").format(figure)
    if snapshot.per_second is None:
        return ""
    if snapshot.per_second >= 1:
        figure = _figure(snapshot.per_second)
        return QCoreApplication.translate("ProgressLine", "{0} per second").format(figure)
    figure = _figure(snapshot.per_second * 60)
    return QCoreApplication.translate("ProgressLine", "{0} per minute").format(figure)


class ProgressLine(QObject):
    """Shows one job at a time on ``bar`` (the committed count) and ``label`` (phase, rate,
    time left); without a label the line is written in the bar, before the count. The page
    calls ``follow`` with each worker it starts and may write its own sentence on the label
    once the job has ended."""

    committed = Signal(int)  # the committed count moved (to this)
    recount_ms = 2000  # how often at most ``on_commits`` has a page re-read its figures

    def __init__(self, bar: QProgressBar, label: QLabel | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(label if label is not None else bar)
        self.bar, self.label, self.clock = bar, label, clock
        self.bar.setFormat(self.count_format())
        self.state = JobProgress(clock=clock)
        self.doing = ""
        self.detail = ""  # a waiting job's own explanation, as a tool tip

    def on_commits(self, recount: Callable[[], None]) -> None:
        """Call ``recount`` after results are committed, at most once every ``recount_ms``:
        a page's header re-reads its figures while the job runs, so it agrees with the bar."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(recount)
        self.committed.connect(
            lambda _done: None if timer.isActive() else timer.start(self.recount_ms))

    def follow(self, worker: Worker, *, model: str = "", doing: str = "") -> None:
        """Show ``worker``'s job from now on. ``model`` names the model it loads first (a
        job without one starts working at once, unless it says it loads one); ``doing`` is the page's words for the work
        (else the job's own message is shown: a job the window runs through
        ``app.shell.job_controller`` always has the window's words)."""
        self.start(model=model, doing=doing)
        worker.progressed.connect(self.report)
        worker.tokens.connect(self.tokens)
        worker.loading.connect(self.loading)
        worker.ready.connect(self.model_ready)
        worker.machine.connect(self.machine)
        worker.step.connect(self.step)
        if worker.streaming:
            worker.streamed.connect(self.output)
        worker.finished.connect(self.finish)

    def start(self, *, model: str = "", doing: str = "") -> None:
        self.state = JobProgress(model=model, clock=self.clock)
        self.state.begin()
        self.doing, self.detail = doing, ""
        self.bar.setRange(0, 0)  # busy until the job says how much there is
        self.bar.show()
        self.draw()

    # -- the job's reports ----------------------------------------------------------------

    def report(self, done: int, total: int, message: str = "") -> None:
        moved = self.state.report(done, total, message)
        self.draw()
        if moved:
            self.committed.emit(done)

    def output(self, _batch: object = None) -> None:
        if self.state.phase in ("starting", "loading"):
            self.state.output()
            self.draw()

    def loading(self, model: str) -> None:
        self.state.loading(model)
        self.draw()

    def model_ready(self) -> None:
        self.state.model_ready()
        self.draw()

    def step(self, code: str) -> None:
        """The job begins the step ``code``: the line says it in the window's words (a step
        the window has no words for keeps the words it had)."""
        from app.shell.job_words import step_words

        self.doing = step_words(code) or self.doing
        self.draw()

    def tokens(self, count: int) -> None:
        self.state.committed_tokens(count)

    def machine(self, state: str, detail: str = "") -> None:
        self.state.machine(state)
        self.detail = detail if state == "waiting" else ""
        self.draw()

    def finish(self) -> None:
        """The job ended: the bar keeps its final count, the line its last words until the
        page says how it ended."""
        self.state.finish()
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)

    # -- drawing --------------------------------------------------------------------------

    def text(self) -> str:
        """The line for the current state (also what the label shows)."""
        s = self.state.snapshot()
        if s.phase == "starting":
            return self.tr("Starting…")
        if s.phase == "waiting":
            return self.tr("Waiting for the other model job to finish…")
        if s.phase == "loading":
            if not self.state.model:
                return self.tr("Loading the model…")
            return self.tr("Loading {0}…").format(self.state.model)
        parts = [self.doing or s.message]
        rate = rate_text(s)
        if rate:
            parts.append(rate)
        if s.seconds_left is not None:
            parts.append(self.tr("{0} left").format(duration_text(s.seconds_left)))
        return " · ".join(p for p in parts if p)

    def draw(self) -> None:
        s = self.state.snapshot()
        if s.phase in ("working", "finished") and s.total:
            self.bar.setRange(0, max(s.total, s.done))
            self.bar.setValue(s.done)
        elif s.phase != "finished":
            self.bar.setRange(0, 0)  # busy: loading, or a count whose end is not known yet
        if self.label is not None:
            self.label.setText(self.text())
            self.label.setToolTip(self.detail)
        else:  # Qt reads only %v, %m and %p in a format: a lone % in the text stays as it is
            text = self.text()
            self.bar.setFormat(f"{text} – {self.count_format()}" if text else self.count_format())
            self.bar.setToolTip(self.detail)

    def count_format(self) -> str:
        return self.tr("%v of %m")
