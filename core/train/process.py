"""Start the training subprocess, read its JSON lines and cancel it, for the window and the CLI.

Cancel escalates as Vorta does: SIGINT (the run saves a checkpoint at the end of its step and
exits), then SIGTERM, then SIGKILL if it still has not gone. The subprocess's stderr (library
warnings, tracebacks of bugs) goes to ``training.log`` in the output folder.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from core.errors import HandloomError, JobCancelled
from core.resources import data_dir
from core.train.config import TrainingConfig
from core.train.events import parse_event

ROOT = Path(__file__).resolve().parents[2]
# A frozen Handloom is its own interpreter: packaging/entry_point.py runs the training runner
# when its first argument is this flag, in place of ``python -m core.train.runner``.
FROZEN_RUNNER_FLAG = "--handloom-training-runner"


class TrainingError(HandloomError):
    """The training run stopped with an error sentence of its own."""


def training_python() -> str:
    """The interpreter with the training libraries: $HANDLOOM_TRAIN_PYTHON or this one."""
    return os.environ.get("HANDLOOM_TRAIN_PYTHON") or sys.executable


def runner_command(python: str, config_path: Path) -> list[str]:
    """The command line that runs the training runner on ``config_path`` with ``python``."""
    if getattr(sys, "frozen", False) and python == sys.executable:
        return [python, FROZEN_RUNNER_FLAG, str(config_path)]
    return [python, "-m", "core.train.runner", str(config_path)]


class TrainingProcess:
    """One running ``python -m core.train.runner`` and the events it has printed."""

    def __init__(self, config: TrainingConfig, python: str | None = None) -> None:
        self.config = config
        self.python = python or training_python()
        self.output = Path(config.output_dir)
        self.process: subprocess.Popen[str] | None = None
        self._log: IO[str] | None = None

    def start(self) -> None:
        """Write the config next to the outputs and launch the runner on it."""
        self.output.mkdir(parents=True, exist_ok=True)
        config_path = self.config.save(self.output / "training-config.json")
        self._log = (self.output / "training.log").open("a", encoding="utf-8")
        environment = dict(os.environ)
        environment["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT), *filter(None, [environment.get("PYTHONPATH")])]
        )
        # Unsloth writes the patched trainer code it generates into a folder relative to the
        # working directory; keep it in the user's data folder, not the program's.
        environment.setdefault(
            "UNSLOTH_COMPILE_LOCATION", str(data_dir() / "cache" / "unsloth_compiled_cache")
        )
        self.process = subprocess.Popen(
            runner_command(self.python, config_path),
            stdout=subprocess.PIPE,
            stderr=self._log,
            stdin=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            cwd=str(ROOT),
            env=environment,
        )

    def events(self) -> Iterator[dict[str, Any]]:
        """Yield events as they are printed, until the process closes stdout."""
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            event = parse_event(line)
            if event is not None:
                yield event

    def signal(self, signum: int) -> None:
        """Send a signal if the process is still running."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signum)

    def cancel(self, grace: float = 120.0) -> None:
        """Ask for a checkpointed stop; escalate to SIGTERM, then SIGKILL, if it does not end."""
        if self.process is None:
            return
        for signum in (signal.SIGINT, signal.SIGTERM):
            self.signal(signum)
            try:
                self.process.wait(timeout=grace)
                return
            except subprocess.TimeoutExpired:
                continue
        self.process.kill()

    def wait(self) -> int:
        """Wait for the process to end and return its exit status."""
        assert self.process is not None
        code = self.process.wait()
        if self._log is not None:
            self._log.close()
        return code


def run_training(
    config: TrainingConfig,
    progress: Callable[[int, int, str], None],
    cancel: threading.Event,
    on_event: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Run a training subprocess to its end as a job; return the ``done`` event.

    Raises JobCancelled when ``cancel`` is set (a checkpoint is kept, so the same config with
    ``resume`` continues) and TrainingError with the run's own sentence when it fails.
    """
    config.validate()
    process = TrainingProcess(config)
    process.start()
    finished = threading.Event()

    def watch_cancel() -> None:
        while not finished.wait(0.2):
            if cancel.is_set():
                process.cancel()
                return

    threading.Thread(target=watch_cancel, daemon=True).start()
    last: dict[str, Any] = {}
    try:
        for event in process.events():
            last = event
            if on_event is not None:
                on_event(event)
            if event["event"] == "step":
                progress(event["step"], event["total_steps"], f"Loss {event['loss']:.3f}")
            elif event["event"] == "status":
                progress(0, 0, event["message"])
    finally:
        finished.set()
        code = process.wait()
    if last.get("event") == "done":
        return last
    if last.get("event") == "cancelled" or cancel.is_set():
        raise JobCancelled()
    if last.get("event") == "error":
        raise TrainingError(last["message"])
    raise TrainingError(f"Training stopped unexpectedly (exit status {code}); see training.log.")
