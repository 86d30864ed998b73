"""The "train" job's config: one typed, frozen record of what ``handloom train``, the Train
page and the seed recipe ask for (not ``core.train.config.TrainingConfig``, the file the
training subprocess reads, which the job works out from this one and the preset).

A hyperparameter left unset (None) is the preset's (``core.train.presets``, the one place
their values live), and a run with no preset takes the trainer's own. Every writer stores it
with ``to_json``, the keys ``handloom train`` has always stored, and resuming compares typed
configs (``core.job_config``).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import HandloomError
from core.job_config import JobConfig

# Settings of at least 1, with their words and flags.
AT_LEAST_ONE = (("lora_r", "The LoRA rank", "--lora-r"),
                ("lora_alpha", "The LoRA alpha", "--lora-alpha"),
                ("batch_size", "The batch size", "--batch-size"),
                ("grad_accum", "The gradient accumulation", "--grad-accum"),
                ("max_seq_len", "The longest training row", "--max-seq-len"))


class TrainSettingError(HandloomError):
    """A training setting is out of range."""


@dataclass(frozen=True)
class TrainConfig(JobConfig):
    """The tuned model's name and base, the preset and the hyperparameters changed from it,
    the data filters, the chat template for a base without one, and the exports."""

    # Written only when set: a folder base's GGUF to generate with, and knobs without a flag
    # or a field (the preset gives them).
    WRITTEN_WHEN_SET = ("serve_with", "warmup_fraction", "backend", "dtype",
                        "gradient_checkpointing", "threads", "eval_steps", "save_steps")

    name: str | None = None
    base: str | None = None  # a registered GGUF, or a Hugging Face folder (absolute)
    preset: str | None = None  # a preset's full name (core.train.presets)
    epochs: float | None = None
    max_steps: int | None = None  # given: it wins over epochs (0: train by epochs)
    learning_rate: float | None = None
    lora_r: int | None = None
    lora_alpha: int | None = None
    batch_size: int | None = None
    grad_accum: int | None = None
    max_seq_len: int | None = None
    seed: int | None = None
    min_score: float | None = None  # only responses the judge scored at least this
    reviewed_only: bool = False  # only pairs a person accepted
    languages: tuple[str, ...] = ()  # only instructions in these languages (none: all)
    eval_fraction: float | None = None  # share held out (None: the preset's, else 0.1)
    chat_template: str | None = None  # for a base without one: gemma, chatml or plain
    export_merged: str | None = None  # also a merged GGUF: f16, q8_0 or q4_k_m
    serve_with: str | None = None
    warmup_fraction: float | None = None
    backend: str | None = None
    dtype: str | None = None
    gradient_checkpointing: bool | None = None
    threads: int | None = None
    eval_steps: int | None = None
    save_steps: int | None = None

    def validated(self) -> TrainConfig:
        """This config, or a TrainSettingError naming the first setting out of range."""
        if self.epochs is not None and self.epochs <= 0:
            raise TrainSettingError("The number of epochs must be above zero.",
                                    cli_hint="(--epochs)")
        if self.max_steps is not None and self.max_steps < 0:
            raise TrainSettingError("The number of training steps cannot be negative.",
                                    cli_hint="(--max-steps)")
        if self.learning_rate is not None and self.learning_rate <= 0:
            raise TrainSettingError("The learning rate must be above zero.", cli_hint="(--lr)")
        for name, words, flag in AT_LEAST_ONE:
            value = getattr(self, name)
            if value is not None and value < 1:
                raise TrainSettingError(f"{words} must be at least 1.", cli_hint=f"({flag})")
        if self.min_score is not None and not 0 <= self.min_score <= 10:
            raise TrainSettingError("The minimum judge score must be between 0 and 10.",
                                    cli_hint="(--min-score)")
        if self.eval_fraction is not None and not 0 <= self.eval_fraction < 1:
            raise TrainSettingError("The held-out fraction must be at least 0 and below 1.",
                                    cli_hint="(--eval-fraction)")
        return self


@dataclass(frozen=True)
class TrainExportConfig(TrainConfig):
    """A ``train_export`` job: the same run, written as a folder to train elsewhere."""

    export_dir: str | None = None
