"""What every command shares: registration, the progress bar, running jobs, output."""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.errors import HandloomError

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(fn: Command) -> Command:
        COMMANDS[name] = fn
        return fn

    return register


class TerminalProgress:
    """A one-line progress display on stderr, redrawn at most ten times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.last = 0.0
        self.started = time.monotonic()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled or time.monotonic() - self.last < 0.1:
            return
        self.last = time.monotonic()
        if total:
            width = 30
            filled = int(width * min(done, total) / total)
            bar = "#" * filled + "-" * (width - filled)
            text = f"\r{message[:40]:40} [{bar}] {done:,}/{total:,}"
        else:
            text = f"\r{message[:40]:40} {done:,}"
        sys.stderr.write(text)
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def open_project(path: str, *, create: bool = False) -> Any:
    from core import jobs
    from core.store.project import Project

    project = Project.open(Path(path), create=create)
    jobs.mark_interrupted(project)
    return project


def run_job(args: argparse.Namespace, kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """Run (or resume) a job with a terminal progress bar; returns the job's result."""
    from core import jobs

    project = open_project(args.project)
    progress = TerminalProgress(enabled=not getattr(args, "json", False))
    cancel = threading.Event()
    try:
        record = jobs.start_or_resume(project, kind, config, progress, cancel)
    except KeyboardInterrupt:
        progress.close()
        raise HandloomError(
            "Stopped. Run the same command again to continue where it stopped."
        ) from None
    finally:
        progress.close()
        project.close()
    if record.state == "cancelled":
        raise HandloomError("Cancelled. Run the same command again to continue.")
    return record.result or {}


# Terminal control characters and bidi overrides, which names from other people's files
# may carry: printed as escapes, so they cannot clear the screen or reorder a line.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal (``--json`` output escapes these itself)."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


def emit(args: argparse.Namespace, data: Any, text: Callable[[Any], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(printable(text(data)))


