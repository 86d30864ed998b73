"""Where a running job stands, worked out the same way for every job: its phase, its count
of committed results, a smoothed recent rate and the time left.

A job reports ``progress(done, total, message)`` and, when it can, a few optional hooks on
the same object (``stream`` for text being written, ``machine`` for waiting on another
program's model, ``loading`` and ``model_ready`` around loading a model, ``tokens`` with
the tokens its committed results hold, ``step`` with the code of the step a job of several
steps begins, so a window words it in its own language; ``core.generate.backends.open_backend`` calls the
model hooks for every job that runs a model). ``JobProgress`` turns those reports into figures a person can
trust: "loading" ends when the model is ready or the first output arrives, the count moves
only with committed results, and the rate and the time left come from an exponential moving
average over the last half minute or so, shown only once a few results have arrived over a
few seconds. It never imports Qt: the window draws it, and anything else may read it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Phase = Literal["starting", "waiting", "loading", "working", "finished"]

HORIZON = 30.0  # seconds: how far back "recent" reaches
MIN_RESULTS = 3  # results before a rate means something
MIN_SECONDS = 5.0  # seconds of work before a rate means something


class SmoothedRate:
    """Units per second over the recent past: an exponential moving average with a time
    constant of ``horizon`` seconds, corrected for its start so that the first estimate is
    the plain average so far rather than a figure pulled towards zero.

    Work reported at one moment is spread over the interval since the previous report, so
    a burst (sixteen sequences decoded together finish together) counts as the steady rate
    it was, not as a spike.
    """

    def __init__(self, horizon: float = HORIZON) -> None:
        self.horizon = horizon
        self.start(0.0)

    def start(self, at: float) -> None:
        """Begin measuring at ``at`` (nothing counted before it)."""
        self._average = 0.0
        self._weight = 0.0
        self._last = at
        self._share = 0.0  # the last interval's weight per second, for work at its end
        self._carried = 0.0  # work reported at the very start, before any interval

    def add(self, amount: float, at: float) -> None:
        """``amount`` more units were finished at ``at``."""
        elapsed = at - self._last
        if elapsed > 0:
            keep = math.exp(-elapsed / self.horizon)
            amount, self._carried = amount + self._carried, 0.0
            self._share = (1 - keep) / elapsed
            self._average = self._average * keep + self._share * amount
            self._weight = self._weight * keep + (1 - keep)
            self._last = at
        elif self._share:  # more work at the same moment: part of the same interval
            self._average += self._share * amount
        else:
            self._carried += amount

    def per_second(self, at: float) -> float:
        """The smoothed rate as of ``at``, a quiet time since the last work included (0
        before anything was measured)."""
        keep = math.exp(-max(at - self._last, 0.0) / self.horizon)
        weight = self._weight * keep + (1 - keep)
        return self._average * keep / weight if weight > 0 else 0.0


@dataclass(frozen=True)
class Snapshot:
    """What to show about a job at one moment. ``per_second`` and ``seconds_left`` are None
    until they mean something; ``tokens_per_second`` only for jobs that report tokens."""

    phase: Phase
    done: int
    total: int
    message: str
    per_second: float | None
    tokens_per_second: float | None
    seconds_left: float | None


class JobProgress:
    """The one model of a running job's progress (see the module's docstring).

    ``loads_model`` (or a ``model`` name) says that the job first loads a model: its phase
    is then "loading" until the model is ready or output arrives. ``clock`` is ``time.monotonic`` unless a
    test drives time itself.
    """

    def __init__(self, *, loads_model: bool = False, model: str = "",
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.loads_model = loads_model or bool(model)
        self.model = model  # the one being loaded, when known
        self.clock = clock
        self.phase: Phase = "starting"
        self.done = 0
        self.total = 0
        self.message = ""
        self.results = 0  # committed since work began (a resumed job's earlier ones excluded)
        self.tokens = 0  # in those results
        self._baseline: int | None = None  # the first count reported
        self._before_wait: Phase = "starting"
        self._work_started: float | None = None
        self._items = SmoothedRate()
        self._token_rate = SmoothedRate()
        self._tokens_seen: int | None = None

    # -- what the job reports -------------------------------------------------------------

    def begin(self) -> None:
        """The job was handed to a thread; a model job starts by loading its model."""
        self.phase = "loading" if self.loads_model else "starting"

    def report(self, done: int, total: int, message: str = "") -> bool:
        """A ``progress(done, total, message)`` call; True when the committed count moved."""
        now = self.clock()
        self.message = message
        moved = done != self.done
        if self._baseline is None or done < self.done:  # the first count, or a new phase
            self._baseline = done
            self.results = 0
            if self._work_started is not None:
                self._restart(now)
        elif done > self.done:
            if self.phase != "working":
                self._to_work(now)
            self._items.add(done - self.done, now)
            self.results += done - self.done
        self.done, self.total = done, total
        if self.phase == "starting" and not self.loads_model:
            self._to_work(now)
        return moved

    def output(self) -> None:
        """Text of a result is being written: whatever loaded has loaded."""
        if self.phase in ("starting", "loading"):
            self._to_work(self.clock())

    def loading(self, model: str) -> None:
        """The job starts loading ``model`` (a job comparing models loads one after another)."""
        self.model = model
        # The rate is measured afresh once this model works (loading it is not work, and
        # another model has its own speed).
        self._work_started, self.results, self.tokens = None, 0, 0
        if self.phase == "waiting":
            self._before_wait = "loading"
        elif self.phase != "finished":
            self.phase = "loading"

    def model_ready(self) -> None:
        """The job's model is loaded and working on the first results."""
        if self.phase in ("starting", "loading"):
            self._to_work(self.clock())

    def committed_tokens(self, tokens: int) -> None:
        """The running total of tokens in the results committed so far."""
        now = self.clock()
        if self._tokens_seen is not None and tokens > self._tokens_seen:
            if self.phase != "working":
                self._to_work(now)
            self._token_rate.add(tokens - self._tokens_seen, now)
            self.tokens += tokens - self._tokens_seen
        self._tokens_seen = tokens

    def machine(self, state: str) -> None:
        """How the job shares the machine: "waiting" for another program's model job, or
        "alone" / "shared" once it has its turn."""
        if state == "waiting" and self.phase != "waiting":
            self._before_wait = self.phase
            self.phase = "waiting"
        elif state != "waiting" and self.phase == "waiting":
            self.phase = self._before_wait if self._before_wait != "starting" else (
                "loading" if self.loads_model else "working")

    def finish(self) -> None:
        self.phase = "finished"

    # -- what to show ---------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        now = self.clock()
        per_second = tokens = left = None
        if self.phase == "working" and self._meaningful(now):
            items = self._items.per_second(now)
            per_second = items if items > 0 else None
            if self.tokens:
                rate = self._token_rate.per_second(now)
                tokens = rate if rate > 0 else None
            if per_second is not None and self.total > self.done:
                left = (self.total - self.done) / per_second
        return Snapshot(self.phase, self.done, self.total, self.message, per_second, tokens, left)

    def _meaningful(self, now: float) -> bool:
        return (self._work_started is not None and self.results >= MIN_RESULTS
                and now - self._work_started >= MIN_SECONDS)

    def _to_work(self, now: float) -> None:
        self.phase = "working"
        if self._work_started is None:
            self._restart(now)

    def _restart(self, now: float) -> None:
        self._work_started = now
        self._items.start(now)
        self._token_rate.start(now)


def hook(progress: Any, name: str, *args: Any) -> None:
    """Call the optional hook ``name`` of a job's ``progress`` when the caller offers it
    (the window does; a plain function or the command line need not)."""
    target = getattr(progress, name, None)
    if target is not None:
        target(*args)
