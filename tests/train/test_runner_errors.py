"""Expected failures reach the reader as one plain sentence and a non-zero exit, never a
traceback on stdout; the job wrapper turns them into a HandloomError."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from core.train.config import TrainingConfig
from core.train.process import ROOT, TrainingError, run_training
from tests.train.conftest import run_runner


def test_missing_base_model_is_one_error_line(tmp_path: Path) -> None:
    data = tmp_path / "rows.jsonl"
    data.write_text("")
    config = TrainingConfig(
        base_model=str(tmp_path / "nowhere.gguf"), train_data=str(data), output_dir=str(tmp_path)
    )
    run = run_runner(config)
    assert run.code == 1
    assert run.events == [
        {"event": "error", "message": f"The base model {tmp_path / 'nowhere.gguf'} does not exist."}
    ]


def test_usage_without_a_config(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "core.train.runner"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stdout.strip().startswith('{"event": "error", "message": "Usage:')


def test_bad_data_line_fails_the_job_with_its_sentence(smollm2_gguf: Path, tmp_path: Path) -> None:
    data = tmp_path / "rows.jsonl"
    data.write_text('{"messages": [}\n')
    config = TrainingConfig(
        base_model=str(smollm2_gguf), train_data=str(data), output_dir=str(tmp_path / "out")
    )
    seen: list[str] = []
    with pytest.raises(TrainingError, match=r"^Line 1 of rows.jsonl: not valid JSON"):
        run_training(config, lambda *a: None, threading.Event(), lambda e: seen.append(e["event"]))
    assert seen == ["error"]
