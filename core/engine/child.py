"""The model process: loads llama.cpp, then answers requests that arrive over a pipe.

Started by ``core.engine.process.LocalEngine`` with the multiprocessing *spawn*
context, so nothing of the parent (Qt state, open files, threads) is inherited.
Its stdout and stderr (where llama.cpp logs, and where ``GGML_ASSERT`` and the
fault handler write before an abort) are redirected to a log file that the
parent reads when this process dies.

Messages in: ("requests", [dict, …]), ("cancel",), ("stats",), ("stop",).
Messages out: ("ready", dict), ("load_error", sentence), ("step", tokens, results),
("cancelled",), ("stats", dict), ("failed", sentence).
"""

from __future__ import annotations

import faulthandler
import os
import re
import sys
import time
from collections import deque
from dataclasses import asdict
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

SYSTEM_INFO_PREFIX = "llama.cpp system info: "
_KV_LINE = re.compile(r"^llama_kv_cache:\s+size\s*=\s*([\d.]+)\s*MiB", re.MULTILINE)
_COMPUTE_LINE = re.compile(r"compute buffer size\s*=\s*([\d.]+)\s*MiB")


def _redirect_output(log_path: str) -> None:
    """Send fd 1 and 2 (llama.cpp's logs, aborts, fault dumps) to the log file."""
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
    faulthandler.enable(sys.stderr)


def _memory_report(log_path: str) -> dict[str, float]:
    """Buffer sizes llama.cpp logged while making the context, in MiB."""
    text = Path(log_path).read_text(errors="replace")
    return {
        "kv_cache_mib": sum(float(m) for m in _KV_LINE.findall(text)),
        "compute_mib": sum(float(m) for m in _COMPUTE_LINE.findall(text)),
    }


def _peak_rss_mib() -> float:
    """Peak resident memory of this process since its exec.

    ``ru_maxrss`` is not used on Linux: it survives exec, so it would report the
    parent's size at the moment spawn forked.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    if sys.platform == "win32":  # no ``resource`` module on Windows
        import psutil

        return float(psutil.Process().memory_info().peak_wset) / 2**20
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB here


def _cpu_seconds() -> float:
    return time.process_time()  # user + system time of this process, on every platform


def main(conn: Connection, settings: dict[str, Any], log_path: str) -> None:
    """Entry point of the model process."""
    _redirect_output(log_path)
    from core.engine.busy import OtherPrograms, choose_wait_policy

    # How llama.cpp's threads wait for each other (spin or sleep): OpenMP reads it when
    # llama.cpp loads, so it is chosen now, from how busy the machine was while this process
    # started (core.engine.busy).
    settings = dict(settings)
    policy, why = choose_wait_policy(settings.pop("start_mark", None),
                                     int(settings.get("n_threads") or 0),
                                     bool(settings.pop("other_model_jobs", False)))
    print(f"Handloom: OpenMP wait policy {policy} ({why})", flush=True)
    import llama_cpp

    # The CPU code this build uses, for the parent's sentence if an instruction is illegal here.
    print(f"{SYSTEM_INFO_PREFIX}{llama_cpp.llama_print_system_info().decode(errors='replace')}",
          flush=True)
    from core.engine.batch import BatchDecoder, DecoderSettings, available_cpus
    from core.errors import HandloomError

    try:
        decoder = BatchDecoder(DecoderSettings(**settings))
    except HandloomError as error:
        conn.send(("load_error", str(error)))
        return
    conn.send(("ready", {"peak_rss_mib": _peak_rss_mib(), **_memory_report(log_path),
                         "wait_policy": policy, "wait_policy_reason": why}))
    watch = OtherPrograms(available_cpus(), decoder.threads)

    queue: deque[dict[str, Any]] = deque()
    tokens: list[tuple[str, str]] = []

    def collect(key: str, text: str) -> None:
        tokens.append((key, text))

    streaming: set[str] = set()
    while True:
        idle = not decoder.busy and not queue
        if idle:
            conn.poll(None)
            watch.restart()  # the time spent waiting for work is not measured
        while conn.poll(0):
            try:
                message = conn.recv()
            except EOFError:  # the parent is gone
                return
            kind = message[0]
            if kind == "requests":
                queue.extend(message[1])
            elif kind == "cancel":
                queue.clear()
                decoder.drop_all()
                conn.send(("cancelled",))
            elif kind == "stats":
                conn.send(("stats", _stats(decoder, log_path)))
            elif kind == "stop":
                decoder.close()
                return
        early = []
        while queue and decoder.has_free_slot:
            request = queue.popleft()
            if request.pop("stream", False):
                streaming.add(request["key"])
            result = decoder.start(request)
            if result is not None:
                early.append(result)
        if not decoder.busy and not early:
            continue
        try:
            finished = decoder.step(collect if streaming else None) if decoder.busy else []
        except RuntimeError as error:
            conn.send(("failed", f"llama.cpp failed while generating: {error}"))
            return
        found = watch.check()
        if found is not None:
            conn.send(("sharing", found.to_wire()))
        finished = early + finished
        sent = [(key, text) for key, text in tokens if key in streaming]
        tokens.clear()
        for result in finished:
            streaming.discard(result.key)
        if sent or finished:
            conn.send(("step", sent, [asdict(r) for r in finished]))


def _stats(decoder: Any, log_path: str) -> dict[str, float]:
    return {
        "decode_seconds": decoder.decode_seconds,
        "sample_seconds": decoder.sample_seconds,
        "decode_calls": decoder.decode_calls,
        "shared_prompt_tokens": decoder.shared_prompt_tokens,
        "cpu_seconds": _cpu_seconds(),
        "peak_rss_mib": _peak_rss_mib(),
        **_memory_report(log_path),
    }
