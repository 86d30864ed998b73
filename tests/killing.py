"""Killing a command in the middle of its job, as a power cut or a task manager would, for the
tests that check a killed job resumes without duplicates."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import psutil

from core.store.project import Project


def kill_midway(command: list[str], path: Path, sql: str, *, at_least: int = 1,
                seconds: float = 180, every: float = 0.2) -> int:
    """Run the ``handloom`` ``command`` and kill it (SIGKILL) once ``sql`` counts ``at_least``
    rows in the project at ``path``; wait until the model processes it started are gone too,
    and return the last count. Fails when the command finished before it could be killed."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + seconds
    counted = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(every)
        probe = Project.open(path, read_only=True)
        counted = int(probe.scalar(sql))
        probe.close()
        if counted >= at_least:
            break
    assert proc.poll() is None, f"handloom {command[3]} finished before it could be killed"
    children = psutil.Process(proc.pid).children(recursive=True)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    for child in children:  # the model process notices its parent is gone; make sure
        try:
            child.wait(timeout=15)
        except psutil.TimeoutExpired:
            child.kill()
    return counted
