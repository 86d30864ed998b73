"""Model jobs take turns on one machine: the window and the command line see each other.

Two llama.cpp processes on the same cores do not share them fairly: llama.cpp's threads wait
for each other by spinning, so when a second model process takes a core the first one's
threads stall at every step (measured on 2 cores: 187 tokens/s alone, 33 each with two).
One job after the other finishes both sooner than the two side by side.

So a Handloom program (the window, a ``handloom`` command) that starts a model process first
takes one of the machine's *model turns*: an operating-system lock on a file in the user's
data folder, which the system releases when the program ends, however it ends (a kill, a
crash, a power cut leaves only an unlocked file). While every turn is taken the program
waits, says who it is waiting for, and can still be cancelled. A program's engines share its
one turn, so a job that opens a second model beside the first never waits for itself.

The number of turns is the ``model_jobs`` user setting (default 1).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from core.errors import JobCancelled

TURNS_SETTING = "model_jobs"  # the key in the user's settings file
_POLL_SECONDS = 0.25

Waiting = Callable[[str], None]


@dataclass
class _Held:
    file: IO[bytes]
    index: int
    users: int


_held: _Held | None = None
_guard = threading.Lock()


def turns_allowed() -> int:
    """How many Handloom programs may run models at once (the ``model_jobs`` setting)."""
    from core.curator import read_user_settings

    value = read_user_settings().get(TURNS_SETTING)
    return value if isinstance(value, int) and value >= 1 else 1


def _folder() -> Path:
    from core.resources import data_dir

    path = data_dir() / "model-turns"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _try_lock(path: Path) -> IO[bytes] | None:
    """The open, locked file at ``path``, or None when another program holds it (OSError
    when the file cannot be opened at all)."""
    handle = open(path, "a+b")  # noqa: SIM115 - held open for as long as the turn lasts
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


def _holder(index: int) -> dict[str, Any]:
    try:
        data = json.loads((_folder() / f"turn-{index}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _who(holders: list[dict[str, Any]]) -> str:
    """'handloom generate (SmolLM2-135M-Instruct, since 14:02)' for the waiting sentence."""
    parts = []
    for holder in holders:
        what = holder.get("what") or "another Handloom program"
        since = holder.get("since")
        when = time.strftime("%H:%M", time.localtime(since)) if isinstance(since, int | float) else ""
        parts.append(f"{what}, since {when}" if when else str(what))
    return "; ".join(parts) or "another Handloom program"


def this_program() -> str:
    """'handloom generate' for a command, 'the Handloom window' for the window."""
    words = [a for a in sys.argv[1:] if not a.startswith("-")]
    name = Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else ""
    if name in ("handloom", "__main__"):  # the installed command, or python -m core.cli
        return f"handloom {words[0]}" if words else "the Handloom window"
    return f"{name or 'Python'} (process {os.getpid()})"


def waiting_sentence(holders: list[dict[str, Any]]) -> str:
    """What a waiting job says (the window and the command line show it as it is)."""
    return f"Waiting for the other model job to finish ({_who(holders)})"


def take_turn(what: str, *, waiting: Waiting | None = None,
              cancel: threading.Event | None = None) -> Turn:
    """This program's model turn, waiting while other programs hold every one.

    ``what`` names the work for the others' waiting sentence ("handloom generate:
    SmolLM2-135M-Instruct"). ``waiting(sentence)`` is called when the wait starts and when
    the holder changes; ``cancel`` ends the wait with ``JobCancelled``.
    """
    global _held
    said = ""
    while True:
        with _guard:
            if _held is not None:
                _held.users += 1
                return Turn()
            allowed = turns_allowed()
            try:
                folder = _folder()
                for index in range(allowed):
                    handle = _try_lock(folder / f"turn-{index}.lock")
                    if handle is not None:
                        _held = _Held(handle, index, 1)
                        _describe(index, what)
                        return Turn()
            except OSError:  # a data folder that cannot be written: run without taking turns
                return Turn(held=False)
        if cancel is not None and cancel.is_set():
            raise JobCancelled()
        sentence = waiting_sentence([_holder(i) for i in range(allowed)])
        if waiting is not None and sentence != said:
            waiting(sentence)
        said = sentence
        if cancel is not None:
            cancel.wait(_POLL_SECONDS)
        else:
            time.sleep(_POLL_SECONDS)


def _describe(index: int, what: str) -> None:
    """Write who holds turn ``index``, for the sentence other programs show while waiting."""
    path = _folder() / f"turn-{index}.json"
    record = {"what": what, "pid": os.getpid(), "since": time.time()}
    try:
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(record), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # the description is a courtesy; the lock is what counts


def holding() -> bool:
    """Whether this program holds a model turn now."""
    return _held is not None


class Turn:
    """One engine's share of its program's turn; ``release`` (or closing) gives it back."""

    def __init__(self, *, held: bool = True) -> None:
        self._released = not held

    def release(self) -> None:
        global _held
        if self._released:
            return
        self._released = True
        with _guard:
            if _held is None:
                return
            _held.users -= 1
            if _held.users > 0:
                return
            held, _held = _held, None
        try:
            (_folder() / f"turn-{held.index}.json").unlink(missing_ok=True)
        except OSError:
            pass
        held.file.close()  # closing the file releases the lock

    def __enter__(self) -> Turn:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
