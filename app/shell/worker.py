"""The one worker that runs anything slow off the GUI thread.

A ``Worker`` wraps a plain function ``fn(progress, cancel) -> result`` (a core job, a
preview, a statistics query). Progress callbacks become a ``progressed`` signal that fires
at most every ``interval`` seconds, dropping stale values (calibre's habit), so a job that
reports a million times repaints a few times a second. Cancel sets the job's
``threading.Event``. Expected failures (``HandloomError``) arrive as their sentence on
``failed``; anything else is logged with its traceback and reported as one sentence too.

A job on a pool of OpenAI-compatible servers reports each server's figures through
``progress.endpoints``; they arrive on the ``servers`` signal.

A worker made with ``stream=True`` also passes text that a job streams (``progress.stream(key,
text)``, new text of a response being written) to its ``streamed`` signal: the pieces are
joined per key and sent at most every ``stream_interval`` seconds, and never while the GUI
has not yet taken the previous batch, so a slow window receives fewer, larger updates
instead of a growing queue of stale ones.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("handloom.app")

Progress = Callable[[int, int, str], None]
WorkFunction = Callable[[Progress, threading.Event], Any]

_pool: QThreadPool | None = None
_owner: QObject | None = None


def _workers_owner() -> QObject:
    """The GUI-thread parent of every worker.

    A parented QObject is owned by Qt, so the pool thread dropping its last Python reference
    never destroys a worker from the wrong thread; each worker deletes itself (deleteLater,
    on the GUI thread) once its ``finished`` signal has been delivered.
    """
    global _owner
    if _owner is None:
        _owner = QObject()
    return _owner


def thread_pool() -> QThreadPool:
    """Handloom's own pool: a long job never starves a quick preview of a thread."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(4)
    return _pool


class _Reporter:
    """The ``progress`` a work function receives: a callable, with ``stream`` when wanted
    (core jobs look for that attribute before asking the engine to stream)."""

    def __init__(self, worker: Worker) -> None:
        self._worker = worker
        if worker.streaming:
            self.stream = worker._stream
        # A job on a pool of servers reports each server's figures (twice a second at most).
        self.endpoints = worker.servers.emit
        self.machine = worker.machine.emit
        # core.progress's hooks: a model is loading, it is loaded; the tokens in the results
        # committed so far.
        self.loading = worker.loading.emit
        self.model_ready = worker.ready.emit
        self.tokens = worker._tokens
        self.step = worker.step.emit  # a job of several steps begins the step of this code

    def __call__(self, done: int, total: int, message: str = "") -> None:
        self._worker._progress(done, total, message)


class _Runnable(QRunnable):
    """What the pool runs. The pool deletes it when ``run`` returns (on the pool thread,
    through PySide's own wrapper, which holds the interpreter lock while doing so)."""

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.worker = worker

    def run(self) -> None:
        self.worker._run()


class Worker(QObject):
    """Runs ``fn`` in the thread pool; every outcome ends with ``finished``."""

    progressed = Signal(int, int, str)  # done, total, message
    streamed = Signal(object)  # {key: new text since the last batch}, with stream=True
    servers = Signal(object)  # a pool's per-server figures (core.engine.pool's stats)
    machine = Signal(str, str)  # a model job's "waiting" / "shared" / "alone", and details
    loading = Signal(str)  # a model job starts loading this model
    ready = Signal()  # ... and it is loaded
    tokens = Signal(int)  # tokens in the results committed so far, just before ``progressed``
    step = Signal(str)  # the code of the step the job begins ("curate.duplicate")
    succeeded = Signal(object)  # whatever fn returned
    failed = Signal(str)  # the sentence to show
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        fn: WorkFunction,
        *,
        name: str = "",
        interval: float = 0.08,
        stream: bool = False,
        stream_interval: float = 0.06,
    ) -> None:
        super().__init__(_workers_owner())
        self.fn = fn
        self.name = name
        self.interval = interval
        self.streaming = stream
        self.stream_interval = stream_interval
        self.cancel_event = threading.Event()
        self.running = False
        self._last_emit = 0.0
        self._pending: tuple[int, int, str] | None = None
        self._token_count: int | None = None  # reported by the job, not yet sent
        self._chunks: dict[str, str] = {}
        self._chunks_lock = threading.Lock()
        self._last_stream = 0.0
        self._stream_taken = threading.Event()  # the GUI has the previous batch
        self._stream_taken.set()
        # Connected first, so it runs on the GUI thread before any page's slot.
        self.streamed.connect(self._batch_taken)

    def start(self) -> Worker:
        self.running = True
        self.finished.connect(self.deleteLater)
        thread_pool().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self.cancel_event.set()

    def _stream(self, key: str, text: str) -> None:
        """Called by the job (on the pool thread) with new text of the sequence ``key``."""
        with self._chunks_lock:
            self._chunks[key] = self._chunks.get(key, "") + text
        if time.monotonic() - self._last_stream >= self.stream_interval:
            self._send_stream()

    def _send_stream(self, force: bool = False) -> None:
        if not self.streaming or not (force or self._stream_taken.is_set()):
            return
        with self._chunks_lock:
            batch, self._chunks = self._chunks, {}
        if batch:
            self._last_stream = time.monotonic()
            self._stream_taken.clear()
            self.streamed.emit(batch)

    def _batch_taken(self, _batch: object) -> None:
        self._stream_taken.set()

    def _tokens(self, count: int) -> None:
        """Called by the job (on the pool thread): its committed results hold ``count``
        tokens. Sent with the next progress value, so both describe the same results."""
        self._token_count = int(count)

    def _send_tokens(self) -> None:
        count, self._token_count = self._token_count, None
        if count is not None:
            self.tokens.emit(count)

    def _progress(self, done: int, total: int, message: str = "") -> None:
        self._send_stream()  # a finished response's last words come before its count
        now = time.monotonic()
        if now - self._last_emit >= self.interval:
            self._last_emit = now
            self._pending = None
            self._send_tokens()
            self.progressed.emit(int(done), int(total), message)
        else:
            self._pending = (int(done), int(total), message)

    def _run(self) -> None:
        from core.errors import HandloomError, JobCancelled

        try:
            result = self.fn(_Reporter(self), self.cancel_event)
        except JobCancelled:
            self._flush()
            self.cancelled.emit()
        except HandloomError as e:
            from app.shell.error_words import window_sentence

            self._flush()
            self.failed.emit(window_sentence(e))
        except Exception as e:  # a bug: keep the traceback in the log, show one sentence
            log.exception("%s failed unexpectedly", self.name or "A background task")
            said = QCoreApplication.translate("Worker", "Unexpected error ({0}): {1}")
            self.failed.emit(said.format(type(e).__name__, e))
        else:
            self._flush()
            if self.cancel_event.is_set() or getattr(result, "state", None) == "cancelled":
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        finally:
            self.running = False
            self.finished.emit()

    def _flush(self) -> None:
        """Deliver the last streamed text and progress value that throttling held back."""
        self._send_stream(force=True)
        self._send_tokens()
        if self._pending is not None:
            self.progressed.emit(*self._pending)
            self._pending = None
