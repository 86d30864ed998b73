"""A training run exported to a folder, trained there by its own run.py (here on the CPU, two
steps, as a rented GPU would with Unsloth), and imported back: converted, registered, its
losses recorded, and the tuned model generates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from core.cli import main
from core.store.project import Project
from tests.train.project_data import MODEL, chosen_pairs_project

pytestmark = pytest.mark.slow
ROWS = 10


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_exported_run_trains_in_its_folder_and_comes_back(
        tmp_path: Path, smollm2_gguf: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HANDLOOM_TRAIN_THREADS", "1")
    project = str(chosen_pairs_project(tmp_path / "far.handloom", smollm2_gguf, limit=ROWS))
    folder = tmp_path / "usb" / "far-run"
    folder.parent.mkdir()
    code, out, err = run(capsys, "train", project, "--base", MODEL, "--name", "far-tuned",
                         "--preset", "quick", "--max-steps", "2", "--batch-size", "2",
                         "--max-seq-len", "64", "--lora-r", "4", "--lora-alpha", "8", "--lr",
                         "1e-3", "--eval-fraction", "0.2", "--seed", "3", "--export-run",
                         str(folder), "--json")
    assert code == 0, err
    exported = json.loads(out)
    assert exported["train_rows"] + exported["eval_rows"] == ROWS
    for name in ("run.py", "training-config.json", "requirements.txt", "README.md",
                 "handloom-run.json", "base/config.json", "handloom/core/train/runner.py"):
        assert (folder / name).is_file(), name
    rows = pq.read_table(folder / "data" / "train.parquet").to_pylist()
    assert len(rows) == exported["train_rows"]
    assert rows[0]["messages"][0]["role"] == "user"
    config = json.loads((folder / "training-config.json").read_text())
    assert config["base_model"] == "base" and config["max_steps"] == 2
    assert config["gguf_adapter"] is False
    code, out, _ = run(capsys, "trainings", project, "--json")
    [listed] = json.loads(out)
    assert listed["state"] == "exported" and listed["train_rows"] == exported["train_rows"]
    code, _, err = run(capsys, "trainings", "import", project, str(folder))
    assert code == 1 and "has not been trained yet" in err

    # On "the GPU machine": only the folder, a Python with the training packages, and run.py.
    moved = tmp_path / "gpu-box" / "far-run"
    moved.parent.mkdir()
    folder.rename(moved)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    trained = subprocess.run([sys.executable, "run.py"], cwd=moved, env=env, text=True,
                             capture_output=True, timeout=1500)
    assert trained.returncode == 0, trained.stdout[-3000:] + trained.stderr[-3000:]
    assert "Done: bring this folder back" in trained.stdout
    events = [json.loads(x) for x in (moved / "output" / "events.jsonl").read_text().splitlines()]
    assert events[-1]["event"] == "done" and events[-1]["steps"] == 2
    assert (moved / "output" / "adapter" / "adapter_config.json").is_file()
    assert not (moved / "output" / "adapter.gguf").exists()  # converted at home

    code, out, err = run(capsys, "trainings", "import", project, str(moved), "--json")
    assert code == 0, err
    imported = json.loads(out)
    assert imported["state"] == "done" and imported["model"] == "far-tuned"
    assert imported["steps"] == 2 and imported["first_loss"] > 0 and imported["last_loss"] > 0
    assert imported["backend"] in ("unsloth", "torch")
    assert Path(imported["gguf_adapter"]).is_file()
    assert not str(imported["gguf_adapter"]).startswith(str(moved))  # kept at home
    # Importing again changes nothing.
    code, out, _ = run(capsys, "trainings", "import", project, str(moved), "--json")
    assert code == 0 and json.loads(out)["gguf_adapter"] == imported["gguf_adapter"]
    with Project.open(Path(project)) as p:
        assert p.scalar("SELECT count(*) FROM models WHERE name = 'far-tuned'") == 1
        assert p.scalar("SELECT count(*) FROM train_metrics WHERE loss IS NOT NULL") == 2

    code, out, err = run(capsys, "generate", project, "--model", "far-tuned", "--limit", "2",
                         "--max-tokens", "8", "--json")
    assert code == 0, err
    assert json.loads(out)["written"] == 2
