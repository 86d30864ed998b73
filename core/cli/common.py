"""What every command shares: registration, the progress bar, running jobs, output."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import threading
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
    """A long job's progress on stderr, drawn by tqdm: count, share, rate and time left.

    It shows only to a person at a terminal: with ``--json``, or when stdout or stderr is
    not a terminal (a script, a pipe, a log file), nothing is drawn, so machine-readable
    output stays clean. A job that starts a new phase (its count goes back) gets a fresh
    bar, and a resumed job's first count is where it resumed, so the rate is never
    inflated by work done before.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty() and sys.stdout.isatty()
        self._bar: Any = None
        self._message = ""
        self._servers = ""  # a pool's figures, after the job's message

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled:
            return
        message = printable(message)  # names from other people's files may hold escapes
        bar = self._bar
        if bar is None or done < bar.n or bool(total) != (bar.total is not None):
            if bar is not None:
                bar.close()
            self._message = message
            self._bar = self._new_bar(done, total, self._description())
            return
        if total and total != bar.total:  # a job that learnt its size better
            bar.total = total
        if message != self._message:
            self._message = message
            bar.set_description_str(self._description(), refresh=False)
        bar.update(done - bar.n)  # redraws at most every 0.1 s

    def _description(self) -> str:
        return f"{self._message} | {self._servers}" if self._servers else self._message

    @staticmethod
    def _new_bar(done: int, total: int, message: str) -> Any:
        from tqdm import tqdm

        counts = "{n_fmt}/{total_fmt} {percentage:3.0f}%|{bar:24}|" if total else "{n_fmt}"
        try:  # follow the terminal's size as it changes, when it says what it is
            live = min(os.get_terminal_size(sys.stderr.fileno())) > 0
        except (OSError, ValueError):
            live = False
        size = shutil.get_terminal_size()  # else COLUMNS and LINES, or 80 × 24
        width = {} if live else {"ncols": size.columns, "nrows": size.lines}
        return tqdm(
            desc=message, total=total or None, initial=done, file=sys.stderr,
            dynamic_ncols=live, **width, mininterval=0.1, leave=False, unit="",
            unit_scale=max(total, done) >= 10_000,  # 523k/1.00M rows, but 27/60 steps
            # the figures first: a narrow terminal cuts the job's message, not the time left
            bar_format=counts + " [{elapsed}<{remaining}, {rate_fmt}] {desc}",
        )

    def endpoints(self, servers: list[dict[str, Any]]) -> None:
        """A pool's figures after the job's message: each server's state and speed."""
        if not self.enabled:
            return
        self._servers = "  ".join(
            f"{printable(s['label'])} {s['state']} {s['tokens_per_second']:,.1f} tok/s"
            + (f" {s['errors']:,} errors" if s["errors"] else "") for s in servers)
        if self._bar is not None:
            self._bar.set_description_str(self._description())  # redrawn now

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def servers_text(result: dict[str, Any]) -> str:
    """The per-server lines of a finished job's result, when it ran on a pool."""
    servers = result.get("endpoints") or []
    return "".join("\n" + server_line(s) for s in servers)


def server_line(s: dict[str, Any]) -> str:
    """One server of a pool: ``gpu1:8000  working  412 requests, 38.2 tokens/s, 2 retries``."""
    line = (f"  {printable(s['label']):24} {s['state']:9} {s['requests']:,} requests, "
            f"{s['tokens_per_second']:,.1f} tokens/s")
    if s["errors"]:
        line += f", {s['errors']:,} errors ({s['retries']:,} retried)"
    if s.get("back_in"):
        line += f", back in {s['back_in']:.0f} s"
    return line


def open_project(path: str, *, create: bool = False) -> Any:
    from core import jobs
    from core.store.project import Project

    project = Project.open(Path(path), create=create)
    jobs.mark_interrupted(project)
    return project


def run_job(args: argparse.Namespace, kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """Run (or resume) a job with a terminal progress bar; returns the job's result."""
    from core import jobs

    cancel = threading.Event()
    with (open_project(args.project) as project,
          TerminalProgress(enabled=not getattr(args, "json", False)) as progress):
        try:
            record = jobs.start_or_resume(project, kind, config, progress, cancel)
        except KeyboardInterrupt:
            raise stopped() from None
    if record.state == "cancelled":
        raise HandloomError("Cancelled. Run the same command again to continue.")
    return record.result or {}


def stopped() -> HandloomError:
    """What Ctrl-C during a job says: the job resumes where it stopped."""
    return HandloomError("Stopped. Run the same command again to continue where it stopped.")


def project_command(sub: Any, name: str, **kwargs: Any) -> argparse.ArgumentParser:
    """Add the subcommand ``name`` (``help=`` and the like as for ``add_parser``) whose first
    argument is the project file, as nearly every command's is."""
    p: argparse.ArgumentParser = sub.add_parser(name, **kwargs)
    p.add_argument("project")
    return p


def add_server_arguments(p: argparse.ArgumentParser, role: str) -> None:
    """``--endpoint`` (repeated for a pool), ``--api-key-env``, ``--concurrency``,
    ``--wait-for-servers``: how a job reaches OpenAI-compatible servers."""
    p.add_argument("--endpoint", action="append", metavar="URL",
                   help=f"{role}; give it several times for a pool of servers")
    p.add_argument("--api-key-env", metavar="VAR", help="environment variable holding the API key")
    p.add_argument("--concurrency", type=int, metavar="C",
                   help="requests in flight per server (default: each server's own, 8)")
    p.add_argument("--wait-for-servers", type=float, default=120, metavar="S",
                   help="how long every server may be gone before the job stops as "
                   "interrupted (default 120 s)")


def server_config(args: argparse.Namespace) -> dict[str, Any]:
    """The job config keys ``add_server_arguments`` fills."""
    return {"api_key_env": args.api_key_env, "concurrency": args.concurrency,
            "wait_for_servers": args.wait_for_servers}


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


