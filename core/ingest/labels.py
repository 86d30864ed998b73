"""Language, script and duplicate key of imported texts, beside the import for big files.

Labelling is most of an import's CPU time (language identification alone is 6-9 µs per
row), and it needs nothing from the project. For a big import it therefore runs in
worker processes (one per spare core) while the import's own process reads, maps and
writes: batches go out in order, several at a time, and come back in the same order.
A small import labels in-process: starting a worker (a Python, CLD2 and lid.176) costs
about a second.

If a worker dies (killed, out of memory), its batch and the rest are labelled in-process
instead; the import goes on. Labels are the same either way: the functions are pure.
"""

from __future__ import annotations

import gc
import logging
import math
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from core.curate.dedup import duplicate_key
from core.curate.language import LanguageIdentifier
from core.curate.scripts import script_of
from core.errors import JobCancelled

log = logging.getLogger("handloom.import")

# What starting worker processes can raise: no semaphores (NotImplementedError), no memory,
# processes or pipes left (OSError).
_CANNOT_START = (OSError, NotImplementedError, ImportError)

# Imports expected to be at least this long label in worker processes.
PARALLEL_MIN_ROWS = 50_000


@dataclass(frozen=True)
class Labels:
    """One batch's labels, in the order of its texts."""

    # For the texts asked about, in their order: (code, confidence, sure, variant), plain
    # tuples because they cross a pipe (a named tuple pickles five times slower).
    languages: list[tuple[str | None, float, bool, str | None]]
    scripts: list[str | None]
    keys: list[str]


_identifier: LanguageIdentifier | None = None


def label(texts: Sequence[str], identify: Sequence[int], hints: Sequence[str] = ()) -> Labels:
    """Label ``texts``; identify the language only of the texts at indexes ``identify``.

    ``hints`` (the source's declared language, the project's majority) break ties
    between identifiers."""
    global _identifier
    if _identifier is None:
        _identifier = LanguageIdentifier()
    languages = (
        [tuple.__new__(tuple, g) for g in _identifier.guesses([texts[i] for i in identify], hints)]
        if identify else []
    )
    return Labels(languages, [script_of(t) for t in texts], [duplicate_key(t) for t in texts])


def _start_worker(parent: int) -> None:
    """A worker only labels: no reference cycles to collect, models loaded up front.

    It also watches its parent: an import killed outright must not leave it behind, blocked
    for ever on a pipe nobody reads.
    """
    gc.disable()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    label(["warm up"], [0])


def _exit_with_parent(parent: int) -> None:
    if sys.platform == "win32":  # no re-parenting there: watch the parent process itself
        import psutil

        try:
            watched = psutil.Process(parent)
        except psutil.Error:
            os._exit(0)
        # is_running() also compares the start time, so a reused pid is not the parent.
        alive: Callable[[], bool] = watched.is_running
    else:
        alive = lambda: os.getppid() == parent  # noqa: E731 (an orphan is adopted elsewhere)
    while True:
        time.sleep(0.5)
        if not alive():
            os._exit(0)


def spare_cores() -> int:
    """Worker processes worth starting: the cores this process may use, less its own."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cores = os.cpu_count() or 1
    quota = _cgroup_cpu_quota()
    if quota is not None:  # a container limited to fewer cores than the machine shows
        cores = min(cores, quota)
    return max(0, min(cores - 1, 4))


CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")


def _cgroup_cpu_quota() -> int | None:
    """Whole cores a cgroup v2 quota allows ("200000 100000" is 2), or None if unlimited."""
    try:
        quota, period = CGROUP_CPU_MAX.read_text().split()[:2]
        if quota == "max":
            return None
        return max(1, math.ceil(int(quota) / int(period)))
    except (OSError, ValueError):
        return None


class Labeller:
    """Hands batches to worker processes (or labels them here) and returns them in order.

    An import whose length is known to be big starts its workers at once; one whose length
    is not known beforehand (a JSON array, a Hub dataset) starts them once it has labelled
    ``PARALLEL_MIN_ROWS`` rows here.
    """

    def __init__(
        self, expected_rows: int, workers: int | None = None, hints: Sequence[str] = ()
    ) -> None:
        self.hints = tuple(hints)
        self._pool: ProcessPoolExecutor | None = None
        self._seen = 0
        self._gave_up = False
        self.workers = 0
        self.depth = 0  # batches in flight: enough to keep every worker busy
        if workers is None:
            workers = spare_cores() if expected_rows >= PARALLEL_MIN_ROWS else 0
        if workers:
            self._start(workers)

    def _start(self, workers: int) -> None:
        try:
            self._pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )
        except _CANNOT_START as e:  # no working semaphores here (some sandboxes), no memory
            log.warning("No labelling process could be started (%s); labelling here.", e)
            self._gave_up = True
            return
        self.workers = workers
        self.depth = workers + 1

    def submit(self, texts: list[str], identify: list[int]) -> Future[Labels]:
        self._seen += len(texts)
        if self._pool is None and not self._gave_up and self._seen >= PARALLEL_MIN_ROWS:
            workers = spare_cores()
            if workers:
                self._start(workers)
        if self._pool is not None:
            try:  # the first submit starts the processes
                return self._pool.submit(label, texts, identify, self.hints)
            except (BrokenProcessPool, RuntimeError, *_CANNOT_START):
                self._give_up_on_workers()
        done: Future[Labels] = Future()
        done.set_result(label(texts, identify, self.hints))
        return done

    def result(
        self, future: Future[Labels], texts: list[str], identify: list[int],
        cancel: threading.Event | None = None,
    ) -> Labels:
        """The labels of a submitted batch; labelled here if its worker died.

        Raises JobCancelled if ``cancel`` is set while waiting (a stuck worker cannot hold
        a cancelled import).
        """
        try:
            while True:
                try:
                    return future.result(timeout=0.25)
                except TimeoutError:
                    if cancel is not None and cancel.is_set():
                        raise JobCancelled() from None
        except (BrokenProcessPool, CancelledError):  # a worker died; its batch is redone here
            self._give_up_on_workers()
            return label(texts, identify, self.hints)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _give_up_on_workers(self) -> None:
        if self._pool is not None:
            log.warning("A labelling process stopped; labelling the rest of the import here.")
        self.close()
        self._gave_up = True
        self.workers = 0
        self.depth = 0
