"""Named starting points for a training run, in the words the window shows.

A preset fills the hyperparameters; the user still picks the base model, data and output.
"""

from __future__ import annotations

from typing import Any

PRESETS: dict[str, dict[str, Any]] = {
    # Minutes on a laptop CPU with a ~135M-270M model: few steps, short rows, a high rate so
    # the adapter visibly changes answers; 16-bit LoRA where the CPU has native bfloat16.
    "Quick try (CPU, minutes)": {
        "max_steps": 60,
        "epochs": 1.0,
        "learning_rate": 5e-4,
        "lora_r": 16,
        "lora_alpha": 32,
        "batch_size": 4,
        "grad_accum": 1,
        "max_seq_len": 384,
        "eval_fraction": 0.1,
        "warmup_fraction": 0.05,
        "backend": "auto",
        "dtype": "auto",
        "gradient_checkpointing": False,
    },
    # A 1-4B model on an 8 GB card: Unsloth QLoRA (4-bit base), checkpointing activations,
    # an effective batch of 16 and two epochs over the curated set.
    "Consumer GPU (8 GB)": {
        "max_steps": 0,
        "epochs": 2.0,
        "learning_rate": 2e-4,
        "lora_r": 16,
        "lora_alpha": 16,
        "batch_size": 2,
        "grad_accum": 8,
        "max_seq_len": 2048,
        "eval_fraction": 0.05,
        "warmup_fraction": 0.03,
        "backend": "unsloth",
        "dtype": "auto",
        "gradient_checkpointing": True,
    },
}


def preset(name: str) -> dict[str, Any]:
    """A copy of a preset's settings, safe to change."""
    return dict(PRESETS[name])
