"""Where a training run stands, in words: step of total, loss, tokens/s, time left, and which
backend ran, read from the events the training subprocess prints. The rate and the time
left come from the window's one progress model (``core.progress``), like every job's."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app.shell.job_progress import duration_text, rate_text
from app.shell.numbers import fill, number
from app.stages.train.training_runs import loss_text
from core.progress import JobProgress


class TrainStatus(QWidget):
    """A progress bar over the steps and three lines: what is happening, speed, backend."""

    def __init__(self, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self.run = JobProgress(clock=clock)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("step %v of %m"))
        self.progress.hide()
        self.status = QLabel(self)
        self.speed = QLabel(self)
        self.backend = QLabel(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.progress)
        for label in (self.status, self.speed, self.backend):
            label.setWordWrap(True)
            column.addWidget(label)

    def clear(self) -> None:
        self.progress.hide()
        for label in (self.status, self.speed, self.backend):
            label.clear()

    def begin(self) -> None:
        self.clear()
        self.run = JobProgress(clock=self.clock)
        self.run.begin()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Starting the training process…"))

    def say(self, text: str) -> None:
        self.status.setText(text)

    def follow(self, event: dict[str, Any]) -> None:
        """Show one event of the training subprocess (see core.train.events)."""
        kind = event.get("event")
        if kind == "start":
            self.progress.setRange(0, max(int(event.get("total_steps") or 0), 1))
            self.backend.setText(self.backend_text(event))
            if event.get("resumed_from"):
                self.say(self.tr("Continuing from the checkpoint at step {0}.")
                         .format(event["resumed_from"]))
        elif kind == "status":
            self.say(str(event.get("message") or ""))
        elif kind == "checkpoint":
            self.say(self.tr("Checkpoint saved at step {0}.").format(event["step"]))
        elif kind == "step":
            self._step(event)

    def backend_text(self, event: dict[str, Any]) -> str:
        # library and device names are the same in every language
        library = "Unsloth" if event.get("backend") == "unsloth" else "transformers + peft + trl"
        device = "GPU" if event.get("device") == "cuda" else "CPU"
        if event.get("four_bit"):
            mode = self.tr("4-bit QLoRA")
        elif event.get("dtype") in ("bfloat16", "float16"):
            mode = self.tr("16-bit LoRA")
        else:
            mode = self.tr("32-bit LoRA")
        return fill(self.tr("Backend: {0} on the {1}, {2} ({3} conversations, {4} held out)"),
                    library, device, mode, event.get("train_rows", "?"), event.get("eval_rows", "?"))

    def _step(self, event: dict[str, Any]) -> None:
        step, total = int(event["step"]), int(event.get("total_steps") or 0)
        if event.get("tokens") is not None:
            self.run.committed_tokens(int(event["tokens"]))
        self.run.report(step, total)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(step)
        self.say(self.tr("Step {0} of {1}, loss {2}").format(
            f"{number(step)}", f"{number(total)}", loss_text(event.get("loss"))))
        now = self.run.snapshot()
        parts = [rate_text(now)] if rate_text(now) else []
        if now.seconds_left is not None:
            parts.append(self.tr("{0} left").format(duration_text(now.seconds_left)))
        self.speed.setText(" · ".join(parts))

    def finished(self, result: dict[str, Any]) -> None:
        self.say(self.tr("Done: {0} is registered and ready to generate.")
                 .format(result.get("model") or ""))
        self.speed.setText(self.tr("Loss {0} → {1}, held-out loss {2}").format(
            loss_text(result.get("first_loss")), loss_text(result.get("last_loss")),
            loss_text(result.get("eval_loss"))))

    def ended(self) -> None:
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
