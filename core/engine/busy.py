"""How much of the machine other programs use, seen from the model process.

llama.cpp's threads wait for each other at every step of a decode, so a model process whose
cores are also wanted by other programs runs well below its usual speed. While it generates,
the model process measures every few seconds how many CPUs the rest of the machine uses (all
CPU time but its own and its parent's) and tells the job, which says that the throughput is
shared. The thread count stays as it was: giving up a thread to another program was
measured on a busy two-core machine and did not help (with many other programs running, a
process with fewer threads simply gets a smaller share of the CPUs).

What the threads do while they wait for each other is chosen once, when the model process
starts (OpenMP reads it when llama.cpp loads): ``wait_policy``. Spinning is fastest when the
cores are the model's alone — a decode step is many short operations, and a thread that
sleeps between them wakes late (2.5x slower at one sequence, measured) — and worst when
anything else wants the cores, because spinning threads take the time the others need. So
the model process keeps OpenMP's own default (``DEFAULT``: spin a little, a few
milliseconds, then sleep; what ``llama-server`` runs with) only when no other model job may
run beside it and the machine was idle while the process started (measured over the
process's own start, at no extra cost); otherwise its threads sleep at once (``PASSIVE``).
Never ``ACTIVE`` unasked: a thread that spins without end also spins while its model waits
for work, as the model of a follow-up job does while the judge's runs. An
``OMP_WAIT_POLICY`` in the environment is the person's choice and wins.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass
from typing import Any

import psutil

INTERVAL_SECONDS = 2.0
SHARED_CPUS = 0.6  # others using at least this much of a CPU: the machine is shared
DEFAULT, PASSIVE = "DEFAULT", "PASSIVE"  # OpenMP's brief spin, or sleep at once
MIN_SAMPLE_SECONDS = 0.25  # the shortest look at the machine before choosing a wait policy


@dataclass(frozen=True)
class Sharing:
    """What the model process found: sent to the parent, shown by the job."""

    others_cpus: float  # CPUs other programs used over the last interval
    cpus: int  # CPUs this process may run on
    threads: int  # threads llama.cpp uses

    @property
    def shared(self) -> bool:
        return self.others_cpus >= SHARED_CPUS

    def to_wire(self) -> dict[str, Any]:
        return asdict(self)


_BUSY = ("user", "nice", "system", "irq", "softirq")


def _busy_seconds(mine: set[int] | None) -> float:
    """CPU time spent on programs (not idle, not stolen by a host) on the CPUs this process
    may use (all of them where the system does not say)."""
    if mine is None:
        t = psutil.cpu_times()
        return sum(getattr(t, name, 0.0) for name in _BUSY)
    every = psutil.cpu_times(percpu=True)
    return sum(getattr(every[i], name, 0.0) for i in mine if i < len(every) for name in _BUSY)


def _my_cpus() -> set[int] | None:
    try:
        return set(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return None


def _process_seconds(process: psutil.Process | None) -> float:
    if process is None:
        return 0.0
    try:
        times = process.cpu_times()
        return float(times.user + times.system)
    except psutil.Error:
        return 0.0


def _reading(mine: set[int] | None, *processes: psutil.Process | None
             ) -> tuple[float, float, float]:
    """The machine now, in the three figures every look at other programs compares: the
    monotonic time, the busy CPU seconds on ``mine`` (``_busy_seconds``), and the CPU
    seconds ``processes`` have used (0 for one that is gone)."""
    return (time.monotonic(), _busy_seconds(mine),
            sum(_process_seconds(process) for process in processes))


def _parent() -> psutil.Process | None:
    try:
        return psutil.Process(os.getppid())
    except psutil.Error:
        return None


class OtherPrograms:
    """Measures the CPU that programs other than this one and its parent use."""

    def __init__(self, cpus: int, threads: int) -> None:
        self.cpus = cpus
        self.mine = _my_cpus()
        self.threads = threads
        self.me = psutil.Process(os.getpid())
        self.parent = _parent()
        self._mark = self._now()
        self.latest: Sharing | None = None

    def _now(self) -> tuple[float, float, float]:
        return _reading(self.mine, self.me, self.parent)

    def check(self) -> Sharing | None:
        """A new finding every ``INTERVAL_SECONDS`` (None in between or when unchanged).

        Called after every decoding step: the clock is read first, because reading the
        CPU times from /proc takes about a millisecond (a tenth of a single sequence's
        step on two cores)."""
        if time.monotonic() - self._mark[0] < INTERVAL_SECONDS:
            return None
        now = self._now()
        wall = now[0] - self._mark[0]
        others = max(0.0, (now[1] - self._mark[1]) - (now[2] - self._mark[2])) / wall
        self._mark = now
        found = Sharing(round(min(others, float(self.cpus)), 1), self.cpus, self.threads)
        before = self.latest
        self.latest = found
        if before is not None and before == found:
            return None
        return found

    def restart(self) -> None:
        """Idle time is not measured: start a fresh interval when generating resumes."""
        self._mark = self._now()


def start_mark() -> dict[str, float]:
    """Taken by the parent just before it starts the model process: the model process
    measures other programs' CPU use from here to the moment it loads llama.cpp."""
    moment, busy, parent = _reading(_my_cpus(), psutil.Process(os.getpid()))
    return {"time": moment, "busy": busy, "parent": parent}


def others_since(mark: dict[str, float]) -> float:
    """CPUs that programs other than this model process and its parent used since ``mark``
    (called in the model process; waits until the look lasted ``MIN_SAMPLE_SECONDS``)."""
    wall = time.monotonic() - mark["time"]
    if wall < MIN_SAMPLE_SECONDS:
        time.sleep(MIN_SAMPLE_SECONDS - wall)
    parent_process = _parent()
    moment, busy, parent = _reading(_my_cpus(), parent_process)
    wall = max(moment - mark["time"], 1e-3)
    parent_used = parent - mark["parent"] if parent_process is not None else 0.0
    mine = time.process_time()  # this process began after the mark (spawn starts it afresh)
    return max(0.0, busy - mark["busy"] - parent_used - mine) / wall


def wait_policy(others_cpus: float, cpus: int, threads: int, *, other_model_jobs: bool) -> str:
    """``DEFAULT`` when llama.cpp's ``threads`` have their cores to themselves, else ``PASSIVE``.

    The cores are the model's when no other model job may run beside it (the person allows
    one model job at a time, the default) and what other programs use fits beside the
    threads with less than ``SHARED_CPUS`` over.
    """
    if other_model_jobs:
        return PASSIVE
    return DEFAULT if others_cpus + threads < cpus + SHARED_CPUS else PASSIVE


def choose_wait_policy(mark: dict[str, float] | None, threads: int,
                       other_model_jobs: bool) -> tuple[str, str]:
    """(policy, why) for this model process; sets ``OMP_WAIT_POLICY`` to ``PASSIVE`` in its
    environment before llama.cpp loads when the threads must sleep. ``threads`` 0 means
    every CPU this process may use."""
    given = os.environ.get("OMP_WAIT_POLICY", "").strip().upper()
    if given in ("ACTIVE", PASSIVE):
        return given, "set in the environment"
    cpus = len(_my_cpus() or ()) or os.cpu_count() or 1
    if mark is None:
        policy, why = PASSIVE, "not measured"
    else:
        others = others_since(mark)
        policy = wait_policy(others, cpus, threads or cpus, other_model_jobs=other_model_jobs)
        why = ("another model job may run beside this one" if other_model_jobs
               else f"other programs used {others:.1f} of {cpus} CPUs as the model started")
    if policy == PASSIVE:
        os.environ["OMP_WAIT_POLICY"] = PASSIVE
    else:
        os.environ.pop("OMP_WAIT_POLICY", None)  # an empty or unknown value: OpenMP's default
    return policy, why
