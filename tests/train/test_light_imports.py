"""The window loads the training modules it needs without loading any training library."""

from __future__ import annotations

import subprocess
import sys

from core.train.process import ROOT

WINDOW_SIDE = [
    "core.train.config",
    "core.train.job_config",
    "core.train.presets",
    "core.train.process",
    "core.train.events",
    "core.engine.chat_template",
    "core.train.gguf_lora",
]
HEAVY = ["torch", "transformers", "peft", "trl", "unsloth", "datasets", "llama_cpp"]


def test_window_side_modules_import_no_training_library() -> None:
    code = (
        f"import sys\nfor m in {WINDOW_SIDE!r}: __import__(m)\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
