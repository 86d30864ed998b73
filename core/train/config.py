"""The settings of one fine-tuning run, read from the JSON file the runner is given.

Kept free of heavy imports so the window can build, check and save a config instantly;
the training subprocess reads the same file back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from core.errors import HandloomError

BACKENDS = ("auto", "unsloth", "torch")
DTYPES = ("auto", "float32", "bfloat16", "float16")


class TrainingConfigError(HandloomError):
    """A training setting is missing or out of range."""


@dataclass
class TrainingConfig:
    """Everything one run needs; field names are the JSON keys."""

    base_model: str
    train_data: str
    output_dir: str
    epochs: float = 1.0
    max_steps: int = 0  # when > 0 it wins over epochs
    learning_rate: float = 2e-4
    lora_r: int = 16
    lora_alpha: int = 16
    lora_dropout: float = 0.0
    target_modules: list[str] | None = None  # None: attention and MLP projections
    batch_size: int = 4
    grad_accum: int = 1
    max_seq_len: int = 512
    eval_fraction: float = 0.1
    eval_data: str | None = None  # a held-out JSONL chosen by the caller; wins over the fraction
    eval_steps: int = 0  # 0: about five evaluations per run
    save_steps: int = 0  # 0: about five checkpoints per run
    warmup_fraction: float = 0.05
    seed: int = 3407
    chat_template: str | None = None  # a name in chat_template.TRAINING_TEMPLATES, or Jinja text
    backend: str = "auto"
    dtype: str = "auto"
    gradient_checkpointing: bool = False
    resume: bool = False
    cache_dir: str | None = None  # where GGUF bases are rebuilt as Hugging Face folders
    gguf_adapter_type: str = "f32"  # "f32" or "f16" for the llama.cpp adapter file
    gguf_adapter: bool = True  # False: a run exported elsewhere; Handloom converts at import
    export_merged: str | None = None  # None, "f16", "q8_0" or "q4_k_m"
    threads: int = 0  # 0: torch's default

    def validate(self) -> TrainingConfig:
        """Raise a TrainingConfigError naming the first setting that cannot work."""
        if not Path(self.base_model).exists():
            raise TrainingConfigError(f"The base model {self.base_model} does not exist.")
        if not Path(self.train_data).is_file():
            raise TrainingConfigError(f"The training data file {self.train_data} does not exist.")
        if self.eval_data and not Path(self.eval_data).is_file():
            raise TrainingConfigError(f"The held-out data file {self.eval_data} does not exist.")
        if self.backend not in BACKENDS:
            raise TrainingConfigError(f"Backend must be one of {', '.join(BACKENDS)}.")
        if self.dtype not in DTYPES:
            raise TrainingConfigError(f"Precision must be one of {', '.join(DTYPES)}.")
        if self.max_steps <= 0 and self.epochs <= 0:
            raise TrainingConfigError("Set a number of epochs or of steps above zero.")
        if not 0 <= self.eval_fraction < 1:
            raise TrainingConfigError("The held-out fraction must be at least 0 and below 1.")
        for name in ("lora_r", "lora_alpha", "batch_size", "grad_accum", "max_seq_len"):
            if getattr(self, name) < 1:
                raise TrainingConfigError(f"{name.replace('_', ' ')} must be at least 1.")
        if self.learning_rate <= 0:
            raise TrainingConfigError("The learning rate must be above zero.")
        if self.gguf_adapter_type not in ("f32", "f16"):
            raise TrainingConfigError("The GGUF adapter type must be f32 or f16.")
        if self.export_merged not in (None, "f16", "q8_0", "q4_k_m"):
            raise TrainingConfigError("The merged export must be f16, q8_0 or q4_k_m.")
        return self

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> TrainingConfig:
        """Build a config from JSON values, refusing unknown keys so typos are not ignored."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise TrainingConfigError(f"Unknown training setting: {unknown[0]}.")
        missing = [k for k in ("base_model", "train_data", "output_dir") if k not in values]
        if missing:
            raise TrainingConfigError(f"The training config needs {missing[0]}.")
        return cls(**values)

    @classmethod
    def load(cls, path: Path | str) -> TrainingConfig:
        """Read a config file written by ``save``."""
        try:
            values = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise TrainingConfigError(f"Cannot read the training config {path}: {error}.") from None
        if not isinstance(values, dict):
            raise TrainingConfigError(f"The training config {path} is not a JSON object.")
        return cls.from_dict(values)

    def save(self, path: Path | str) -> Path:
        """Write the config as JSON, the form the runner subprocess reads."""
        path = Path(path)
        path.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        return path

    def to_dict(self) -> dict[str, Any]:
        """The config as plain JSON values."""
        return asdict(self)
