"""Helpers for the crash, full-disk and two-writer tests: real projects, the real CLI.

Every helper drives the real ``handloom`` command in a subprocess (``python -m core.cli``)
on a real project file. A kill is SIGKILL to the command's whole process group, so the
llama.cpp child dies with it, as both would when the power goes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.store.project import copy_project

HANDLOOM = [sys.executable, "-m", "core.cli"]
RUN_TIMEOUT = 900

Keys = Callable[[Path], "Counter[Hashable]"]
Texts = Callable[[Path], dict[Hashable, str]]


def cli(*args: str, timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess[str]:
    """Run ``handloom ARGS`` to the end and return what it did."""
    return subprocess.run([*HANDLOOM, *args], capture_output=True, text=True, timeout=timeout)


def cli_ok(*args: str, timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess[str]:
    done = cli(*args, timeout=timeout)
    assert done.returncode == 0, f"handloom {' '.join(args)} failed:\n{done.stderr[-3000:]}"
    return done


def start(args: Sequence[str]) -> subprocess.Popen[bytes]:
    """Start ``handloom ARGS`` in its own process group (so a kill takes its children too).

    Its stderr goes to a temporary file, not a pipe nobody reads while it runs (a full pipe
    would stall the command); ``said(proc)`` reads it afterwards."""
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        [*HANDLOOM, *args], stdout=subprocess.DEVNULL, stderr=err, start_new_session=True
    )
    proc.stderr = err  # Popen keeps only pipes it made; keep the file to read it later
    return proc


def said(proc: subprocess.Popen[bytes]) -> str:
    """What a command started with ``start`` wrote on stderr."""
    err = proc.stderr
    if err is None:
        return ""
    err.seek(0)
    text = err.read().decode(errors="replace")
    err.close()
    return text


def kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL the command and every process it started, and reap them."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    said(proc)
    # The model process is in the same group; wait until the group is gone.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        time.sleep(0.05)


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` on the file as it is, as any SQLite tool would run it."""
    conn = sqlite3.connect(str(path))
    try:
        return "; ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def schema(path: Path) -> list[tuple[object, ...]]:
    """Every table, index and trigger, with its definition: an index set aside during an
    import and never built again shows up here."""
    return rows(path, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")


def rows(path: Path, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(str(path))
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


def count(path: Path, sql: str, params: Sequence[object] = ()) -> int:
    """The single number a ``SELECT count(*) …`` returns."""
    value = rows(path, sql, params)[0][0]
    assert isinstance(value, int)
    return value


def fresh_copy(source: Path, target: Path) -> Path:
    """A consistent copy of a project (through SQLite's backup API)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    copy_project(source, target)
    return target


@dataclass
class CrashResult:
    """What a stage's crash trials found, summed over every trial."""

    kills: int = 0
    trials: int = 0
    finished_before_kill: int = 0
    lost: int = 0
    duplicated: int = 0
    text_differs: int = 0
    integrity_failures: int = 0
    unfinished_jobs: int = 0
    delays: list[float] = field(default_factory=list)
    differing: list[tuple[str, str]] = field(default_factory=list)

    def row(self, stage: str) -> list[object]:
        return [stage, self.kills, self.trials, self.lost, self.duplicated,
                self.integrity_failures, self.unfinished_jobs, self.text_differs]


COLUMNS = ["stage", "kills", "trials", "lost", "duplicated", "integrity failures",
           "unfinished jobs", "texts differing"]


def compare(expected: Counter[Hashable], got: Counter[Hashable]) -> tuple[int, int]:
    """(lost, duplicated): keys missing from ``got``, and keys in it too often or unexpected."""
    lost = sum(max(0, n - got.get(k, 0)) for k, n in expected.items())
    extra = sum(max(0, n - expected.get(k, 0)) for k, n in got.items())
    return lost, extra


def unfinished_jobs(path: Path, kind: str) -> int:
    """Jobs of ``kind`` that are not ``done`` after the command completed."""
    return len(rows(path, "SELECT id FROM jobs WHERE kind = ? AND state != 'done'", [kind]))


def crash_trials(
    *,
    base: Path,
    folder: Path,
    args: Callable[[Path], list[str]],
    kind: str,
    keys: Keys,
    texts: Texts | None,
    kills: int,
    seed: int,
    kills_per_trial: int = 2,
    inspect: Callable[[Path], None] | None = None,
) -> tuple[CrashResult, Counter[Hashable], float]:
    """Kill ``handloom ARGS`` at seeded random moments and resume it until it completes.

    First the command runs uninterrupted on a copy of ``base`` (the reference, and the
    duration the kill moments are drawn from). Then each trial starts from another copy,
    kills the command up to ``kills_per_trial`` times at moments drawn uniformly from that
    duration, runs it again until it finishes (every other trial through ``handloom
    resume``), and compares the project with the reference.
    """
    reference = fresh_copy(base, folder / "reference.handloom")
    began = time.monotonic()
    cli_ok(*args(reference))
    duration = time.monotonic() - began
    expected = keys(reference)
    expected_texts = texts(reference) if texts else {}
    assert sum(expected.values()) > 0, "the uninterrupted run wrote nothing to compare with"
    assert integrity(reference) == "ok"

    rng = random.Random(seed)
    result = CrashResult()
    attempts = 0
    while result.kills < kills and attempts < kills * 4:
        result.trials += 1
        trial = fresh_copy(base, folder / f"trial-{result.trials}.handloom")
        for _ in range(kills_per_trial):
            if result.kills >= kills or completed(trial, kind):
                break
            attempts += 1
            delay = rng.uniform(0.0, duration)
            proc = start(args(trial))
            try:
                proc.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                kill_group(proc)
                result.kills += 1
                result.delays.append(round(delay, 2))
                if integrity(trial) != "ok":
                    result.integrity_failures += 1
                continue
            assert proc.returncode == 0, said(proc)[-3000:]
            result.finished_before_kill += 1
            break
        _resume_to_the_end(trial, args, kind, use_resume_command=result.trials % 2 == 0)
        got = keys(trial)
        lost, duplicated = compare(expected, got)
        result.lost += lost
        result.duplicated += duplicated
        if texts:
            mine = texts(trial)
            for k, v in expected_texts.items():
                if k in mine and mine[k] != v:
                    result.text_differs += 1
                    result.differing.append((v, mine[k]))
        if integrity(trial) != "ok" or schema(trial) != schema(reference):
            result.integrity_failures += 1
        result.unfinished_jobs += unfinished_jobs(trial, kind)
        if inspect is not None:
            inspect(trial)
        for suffix in ("", "-wal", "-shm"):
            Path(str(trial) + suffix).unlink(missing_ok=True)
    return result, expected, duration


def completed(path: Path, kind: str) -> bool:
    """Whether a job of ``kind`` has finished in this project (the user saw it end)."""
    return bool(rows(path, "SELECT 1 FROM jobs WHERE kind = ? AND state = 'done'", [kind]))


def _resume_to_the_end(
    path: Path, args: Callable[[Path], list[str]], kind: str, *, use_resume_command: bool
) -> None:
    """Finish the interrupted work as a person would: ``handloom resume`` when a job is
    waiting (every other trial), else the same command again."""
    if completed(path, kind):
        return
    if use_resume_command and rows(
        path, "SELECT id FROM jobs WHERE kind = ? AND state IN ('running', 'interrupted', "
        "'failed', 'cancelled')", [kind]
    ):
        cli_ok("resume", str(path))
    else:
        cli_ok(*args(path))
    assert completed(path, kind), f"the {kind} job did not finish"
