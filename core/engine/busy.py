"""How much of the machine other programs use, seen from the model process.

llama.cpp's threads wait for each other at every step of a decode, so a model process whose
cores are also wanted by other programs runs well below its usual speed. While it generates,
the model process measures every few seconds how many CPUs the rest of the machine uses (all
CPU time but its own and its parent's) and tells the job, which says that the throughput is
shared. The thread count stays as it was: giving up a thread to another program was
measured on a busy two-core machine and did not help (with many other programs running, a
process with fewer threads simply gets a smaller share of the CPUs).

Runs in the model process (``core.engine.child``); needs no llama.cpp.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass
from typing import Any

import psutil

INTERVAL_SECONDS = 2.0
SHARED_CPUS = 0.6  # others using at least this much of a CPU: the machine is shared


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


class OtherPrograms:
    """Measures the CPU that programs other than this one and its parent use."""

    def __init__(self, cpus: int, threads: int) -> None:
        self.cpus = cpus
        self.mine = _my_cpus()
        self.threads = threads
        self.me = psutil.Process(os.getpid())
        try:
            self.parent: psutil.Process | None = psutil.Process(os.getppid())
        except psutil.Error:
            self.parent = None
        self._mark = self._now()
        self.latest: Sharing | None = None

    def _now(self) -> tuple[float, float, float]:
        own = _process_seconds(self.me) + _process_seconds(self.parent)
        return time.monotonic(), _busy_seconds(self.mine), own

    def check(self) -> Sharing | None:
        """A new finding every ``INTERVAL_SECONDS`` (None in between or when unchanged)."""
        now = self._now()
        wall = now[0] - self._mark[0]
        if wall < INTERVAL_SECONDS:
            return None
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
