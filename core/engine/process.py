"""The parent side of the local engine: a llama.cpp model process behind a pipe.

``LocalEngine`` starts ``core.engine.child`` with the multiprocessing *spawn*
context, feeds it requests lazily (a few more than it has slots, so it never
waits for us) and yields results as each sequence finishes. If the child dies
(a bad file, a ``GGML_ASSERT`` abort, out of memory, a kill) the parent raises
``EngineCrashed`` with the cause and the last lines of its log; it never hangs,
and results already yielded stay valid. A new ``LocalEngine`` starts a fresh child.

An application that starts engines must guard its entry point with
``if __name__ == "__main__":`` (and call ``multiprocessing.freeze_support()`` when
frozen), as spawn requires.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import re
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait
from pathlib import Path
from types import TracebackType
from typing import Any

from core.engine.accelerator import gpu_layers
from core.engine.busy import Sharing, start_mark
from core.engine.child import SYSTEM_INFO_PREFIX
from core.engine.cpu_code import cpu_features, illegal_instruction_sentence, is_illegal_instruction
from core.engine.errors import EngineCrashed, ModelLoadError
from core.engine.generation import GenerationRequest, GenerationResult
from core.engine.gguf_info import ModelFileInfo, read_adapter_info, read_model_info
from core.engine.turns import take_turn, this_program, turns_allowed
from core.errors import JobCancelled

__all__ = ["EngineCrashed", "GenerationRequest", "GenerationResult", "LocalEngine"]

_POLL_SECONDS = 0.05
_CANCEL_GRACE_SECONDS = 5.0
_LOG_TAIL_LINES = 12
_counter = itertools.count()
_ERROR = re.compile(r"error|assert", re.I)
_TELLING = re.compile(r"error|assert|abort|fail|out of memory|unknown|cannot|unable|fatal", re.I)


def _log_dir() -> Path:
    path = Path(tempfile.gettempdir()) / "handloom-engine-logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


class LocalEngine:
    """A GGUF model loaded in its own process, answering many requests at once."""

    def __init__(
        self,
        model_path: Path | str,
        *,
        n_parallel: int = 8,
        n_ctx_per_seq: int = 2048,
        n_gpu_layers: int | None = None,
        lora_path: Path | str | None = None,
        system_prefix: str | None = None,
        n_threads: int = 0,
        kv_unified: bool = False,
        log_path: Path | str | None = None,
        what: str = "",
        waiting: Callable[[str], None] | None = None,
        cancel: threading.Event | None = None,
        tuning: dict[str, Any] | None = None,
    ) -> None:
        """Check the files, start the model process and wait until the model is loaded.

        ``n_gpu_layers`` -1 offloads every layer when llama.cpp has a GPU backend
        and none otherwise; None (the default) follows the person's choice of device
        (``core.engine.accelerator.chosen_device``: every layer unless they chose the
        CPU). ``system_prefix`` is prompt text that many prompts start with (a rendered
        system turn); it is evaluated once and shared.

        ``kv_unified`` False (the default) gives every sequence its own KV stream:
        batched greedy output is then bitwise equal to one-at-a-time output for
        SmolLM2, and llama.cpp recommends it for sequences that share no long
        prefix. True puts all sequences in one buffer; each then attends over the
        whole buffer, which changes float summation order. ``n_threads`` 0 uses
        every CPU this process may run on.

        Before the process starts, this program takes its model turn
        (``core.engine.turns``): while other Handloom programs hold every turn it waits,
        calling ``waiting(sentence)``; ``cancel`` ends the wait. ``what`` names this work
        in their waiting sentence. ``tuning`` sets other fields of
        ``core.engine.batch.DecoderSettings`` (for benchmarks and tests).
        """
        if n_parallel < 1 or n_ctx_per_seq < 16:
            raise ValueError("n_parallel must be at least 1 and n_ctx_per_seq at least 16")
        self.info: ModelFileInfo = read_model_info(model_path)
        self.model_path = Path(model_path)
        if lora_path is not None:
            read_adapter_info(lora_path)
        self.n_parallel = n_parallel
        self._own_log = log_path is None
        self.log_path = (
            Path(log_path)
            if log_path
            else _log_dir() / (f"{self.model_path.stem}-{os.getpid()}-{next(_counter)}.log")
        )
        self.log_path.write_text("")
        settings = {
            "model_path": str(self.model_path),
            "n_parallel": n_parallel,
            "n_ctx_per_seq": n_ctx_per_seq,
            "n_gpu_layers": gpu_layers() if n_gpu_layers is None else n_gpu_layers,
            "lora_path": str(lora_path) if lora_path else None,
            "system_prefix": system_prefix,
            "n_threads": n_threads,
            "kv_unified": kv_unified,
            **(tuning or {}),
        }
        self._closed = True  # until the process runs: nothing to close yet
        # Several model jobs at once (the model_jobs setting): their threads must not spin.
        settings["other_model_jobs"] = turns_allowed() > 1
        self._turn = take_turn(what or f"{this_program()}: {self.model_path.stem}",
                               waiting=waiting, cancel=cancel)
        context = multiprocessing.get_context("spawn")
        self._conn, child_conn = context.Pipe()
        from core.engine import child

        settings["start_mark"] = start_mark()  # the model process sees how busy the machine is
        self._process = context.Process(
            target=child.main,
            args=(child_conn, settings, str(self.log_path)),
            daemon=True,
            name=f"handloom-model-{self.model_path.stem}",
        )
        try:
            self._process.start()
        except BaseException:
            self._turn.release()
            raise
        child_conn.close()
        self._closed = False
        self._busy = threading.Lock()
        self.memory: dict[str, float] = {}
        self.wait_policy = self.wait_policy_reason = ""  # how its threads wait, once loaded
        self.sharing: Sharing | None = None  # the model process's latest finding
        try:
            message = self._receive("loading")
        except BaseException:
            self.close()
            raise
        if message[0] == "load_error":
            self._reap()
            raise ModelLoadError(message[1] + self._log_hint())
        ready = dict(message[1])
        self.wait_policy = str(ready.pop("wait_policy", ""))  # ACTIVE or PASSIVE (core.engine.busy)
        self.wait_policy_reason = str(ready.pop("wait_policy_reason", ""))
        self.memory = ready

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def generate(
        self,
        requests: Iterable[GenerationRequest],
        *,
        on_tokens: Callable[[str, str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[GenerationResult]:
        """Answer ``requests`` in batches, yielding each result as soon as its sequence finishes.

        Requests are pulled lazily, a few more than there are slots, so the caller
        may pass a generator over millions. ``on_tokens(key, text)`` receives new
        text as it is made. When ``cancel`` is set the sequences in flight are
        dropped and ``JobCancelled`` is raised.
        """
        if not self._busy.acquire(blocking=False):
            raise RuntimeError("This engine is already generating; one generate() at a time")
        source = iter(requests)
        window = self.n_parallel * 2
        outstanding = 0
        exhausted = False
        finished = False
        try:
            while True:
                # What fits in the window goes in one message, so the sequences that start
                # together are decoded together whatever the timing (the same batches, so
                # the same numbers: a seeded run repeats itself).
                wires: list[dict[str, Any]] = []
                while not exhausted and outstanding + len(wires) < window:
                    request = next(source, None)
                    if request is None:
                        exhausted = True
                        break
                    wire = request.to_wire()
                    wire["stream"] = on_tokens is not None
                    wires.append(wire)
                if wires:
                    self._send(("requests", wires))
                    outstanding += len(wires)
                if outstanding == 0:
                    finished = True
                    return
                message = self._receive("generating", cancel)
                if message[0] == "step":
                    if on_tokens is not None:
                        for key, text in message[1]:
                            on_tokens(key, text)
                    for data in message[2]:
                        outstanding -= 1
                        yield GenerationResult(**data)
                elif message[0] == "sharing":
                    self.sharing = Sharing(**message[1])
                elif message[0] == "failed":
                    self._reap()
                    raise EngineCrashed(message[1] + self._log_hint())
        finally:
            try:
                if not finished and outstanding and self._process.is_alive():
                    self._cancel_in_flight()
            finally:
                self._busy.release()

    def stats(self) -> dict[str, float]:
        """Time spent decoding and sampling, decode calls, peak memory, KV size (MiB)."""
        with self._busy:
            self._send(("stats",))
            while True:
                message = self._receive("reporting")
                if message[0] == "stats":
                    return message[1]

    def _cancel_in_flight(self) -> None:
        """Tell the child to drop its sequences; kill it if it does not answer in time."""
        try:
            self._send(("cancel",))
            deadline = _CANCEL_GRACE_SECONDS
            while deadline > 0:
                if self._conn.poll(_POLL_SECONDS):
                    if self._conn.recv()[0] == "cancelled":
                        return
                else:
                    deadline -= _POLL_SECONDS
        except (EngineCrashed, EOFError, OSError):
            pass
        self._kill()

    def _send(self, message: tuple[Any, ...]) -> None:
        try:
            self._conn.send(message)
        except (BrokenPipeError, OSError, EOFError):
            raise self._crashed("generating") from None

    def _receive(self, phase: str, cancel: threading.Event | None = None) -> tuple[Any, ...]:
        """The next message from the child; raises if it died or the caller cancelled."""
        if self._closed:
            raise RuntimeError("This engine is closed")
        while True:
            if cancel is not None and cancel.is_set():
                raise JobCancelled()
            ready = wait([self._conn, self._process.sentinel], timeout=_POLL_SECONDS)
            if self._conn in ready or self._conn.poll():
                try:
                    return self._conn.recv()
                except (EOFError, OSError):
                    raise self._crashed(phase) from None
            if self._process.sentinel in ready:
                raise self._crashed(phase)

    def _crashed(self, phase: str) -> EngineCrashed:
        self._process.join(timeout=5)
        code = self._process.exitcode
        if code is None:
            cause = "it stopped answering"
            self._kill()
        elif code < 0:
            try:
                cause = f"signal {-code}, {signal.Signals(-code).name}"
            except ValueError:
                cause = f"signal {-code}"
        else:
            cause = f"exit code {code}"
        self._closed = True
        tail = self.log_tail()
        where = f"{phase} {self.model_path.name}"
        if is_illegal_instruction(code):
            features = cpu_features(self._logged_system_info())
            message = (f"The model process stopped while {where}: "
                       f"{illegal_instruction_sentence(features)}")
            return EngineCrashed(message, exit_code=code, log_tail=tail)
        message = f"The model process stopped unexpectedly ({cause}) while {where}"
        last = " / ".join(self.important_log_lines())
        message += f": {last}" if last else ""
        return EngineCrashed(message, exit_code=code, log_tail=tail)

    def _logged_system_info(self) -> str:
        """The system info line the model process wrote before loading (its CPU code)."""
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        for line in text.splitlines():
            if line.startswith(SYSTEM_INFO_PREFIX):
                return line[len(SYSTEM_INFO_PREFIX):]
        return ""

    def log_tail(self, lines: int = _LOG_TAIL_LINES) -> str:
        """The last lines llama.cpp wrote (what the user needs after a crash)."""
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        wanted = [line for line in text.splitlines() if line.strip()][-lines:]
        return "\n".join(wanted)

    def _log_hint(self) -> str:
        """The most telling log line, in brackets, to end a load error sentence."""
        lines = self.important_log_lines(1)
        return f" ({lines[0]})" if lines else ""

    def important_log_lines(self, count: int = 3) -> list[str]:
        """The last log lines that say what went wrong, without Python fault-dump frames."""
        lines = [
            line.strip()
            for line in self.log_tail(60).splitlines()
            if not line.startswith(
                (" ", "File ", "Extension modules", "Thread 0x", "Current thread")
            )
        ]
        errors = [line for line in lines if _ERROR.search(line)]
        telling = [line for line in lines if _TELLING.search(line)]
        return (errors or telling or lines)[-count:]

    def _kill(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join(timeout=5)
        self._closed = True
        self._turn.release()

    def _reap(self) -> None:
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._kill()
        self._closed = True
        self._turn.release()

    def close(self) -> None:
        """Stop the model process (politely, then by force) and free its memory."""
        if self._closed:
            if hasattr(self, "_turn"):  # ended by a crash: the process is gone already
                self._turn.release()
            return
        self._closed = True
        try:
            self._conn.send(("stop",))
        except (BrokenPipeError, OSError):
            pass
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=5)
        self._conn.close()
        self._turn.release()
        if self._process.exitcode == 0 and self._own_log:
            self.log_path.unlink(missing_ok=True)

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            self._kill()
        elif hasattr(self, "_turn"):
            self._turn.release()
