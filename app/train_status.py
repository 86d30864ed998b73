"""Where a training run stands, in words: step of total, loss, tokens/s, time left, and which
backend ran, read from the events the training subprocess prints."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app.numbers import fill, number
from app.training_runs import loss_text


def clock(seconds: float) -> str:
    """1:05 or 1:02:03."""
    whole = int(seconds)
    if whole >= 3600:
        return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    return f"{whole // 60}:{whole % 60:02d}"


class TrainStatus(QWidget):
    """A progress bar over the steps and three lines: what is happening, speed, backend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(step)
        self.say(self.tr("Step {0} of {1}, loss {2}").format(
            f"{number(step)}", f"{number(total)}", loss_text(event.get("loss"))))
        parts = []
        if event.get("tokens_per_second"):
            parts.append(self.tr("{0} tokens/s").format(f"{number(event['tokens_per_second'], 0)}"))
        if event.get("seconds_left"):
            parts.append(self.tr("{0} left").format(clock(float(event["seconds_left"]))))
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
