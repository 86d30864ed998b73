"""Turns the trainer's callbacks into protocol events, and a stop request into a checkpoint.

A stop (SIGINT or SIGTERM) is honoured at the end of the current optimiser step: the trainer
saves a checkpoint and returns, so a cancelled run can be resumed without losing more than the
step in flight.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any

from core.train.events import EventWriter


def progress_callback(events: EventWriter, stop: threading.Event) -> Any:
    """Build a transformers TrainerCallback (imported here, in the subprocess only)."""
    from transformers import TrainerCallback

    class ProgressCallback(TrainerCallback):  # type: ignore[misc]
        """Emits step, eval and checkpoint events and stops cleanly on request."""

        def __init__(self) -> None:
            self.started = time.monotonic()
            self.first_step: int | None = None
            self.last_time = self.started
            self.last_tokens = self.start_tokens = 0
            self.tokens_per_second: float | None = None
            self.losses: list[float] = []
            self.eval_loss: float | None = None
            self.eval_step: int | None = None
            self.last_checkpoint: str | None = None

        def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            self.started = self.last_time = time.monotonic()
            self.first_step = state.global_step
            self.last_tokens = self.start_tokens = int(state.num_input_tokens_seen or 0)

        def on_train_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            seconds = max(time.monotonic() - self.started, 1e-9)
            self.tokens_per_second = (
                int(state.num_input_tokens_seen or 0) - self.start_tokens
            ) / seconds

        def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            if stop.is_set():
                control.should_save = True
                control.should_training_stop = True

        def on_log(
            self,
            args: Any,
            state: Any,
            control: Any,
            logs: dict[str, Any] | None = None,
            **kwargs: Any,
        ) -> None:
            logs = logs or {}
            if "eval_loss" in logs:
                self.eval_loss = float(logs["eval_loss"])
                self.eval_step = state.global_step
                events.emit("eval", step=state.global_step, eval_loss=self.eval_loss)
            if "loss" not in logs:
                return
            now = time.monotonic()
            tokens = int(state.num_input_tokens_seen or 0)
            elapsed = max(now - self.last_time, 1e-9)
            done = state.global_step - (self.first_step or 0)
            per_step = (now - self.started) / done if done > 0 else 0.0
            self.losses.append(float(logs["loss"]))
            events.emit(
                "step",
                step=state.global_step,
                total_steps=state.max_steps,
                loss=float(logs["loss"]),
                learning_rate=float(logs.get("learning_rate", 0.0)),
                tokens_per_second=round((tokens - self.last_tokens) / elapsed, 1),
                seconds_left=round(per_step * (state.max_steps - state.global_step), 1),
                tokens=tokens,  # seen so far, for a reader that smooths its own rate
            )
            self.last_time, self.last_tokens = now, tokens

        def on_save(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            path = os.path.join(args.output_dir, f"checkpoint-{state.global_step}")
            self.last_checkpoint = path
            events.emit("checkpoint", step=state.global_step, path=path)

    return ProgressCallback()


def latest_checkpoint(folder: str) -> tuple[str, int] | None:
    """The newest complete checkpoint in a folder, and its step; None when there is none.

    A run killed while saving leaves a checkpoint without its trainer state, which is skipped.
    """
    if not os.path.isdir(folder):
        return None
    found: list[tuple[int, str]] = []
    for name in os.listdir(folder):
        prefix, _, number = name.partition("-")
        path = os.path.join(folder, name)
        if prefix == "checkpoint" and number.isdigit() and _complete(path):
            found.append((int(number), path))
    if not found:
        return None
    newest, newest_path = max(found)
    return newest_path, newest


def _complete(path: str) -> bool:
    """A checkpoint is complete when its adapter and trainer state were both written."""
    names = set(os.listdir(path))
    return "trainer_state.json" in names and any(n.startswith("adapter_model") for n in names)
