"""``handloom train`` and ``handloom trainings`` on a real project: one short real run whose
``--json`` output, listing and registered model are checked, and the refusals that need none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.store import registry
from core.store.project import Project
from tests.train.project_data import MODEL, chosen_pairs_project

ROWS = 12


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pairs(tmp_path: Path, smollm2_gguf: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HANDLOOM_TRAIN_THREADS", "1")  # the machine is shared; see backends.py
    return str(chosen_pairs_project(tmp_path / "cli.handloom", smollm2_gguf, limit=ROWS))


@pytest.mark.slow
def test_train_json_then_trainings_lists_the_run(
    pairs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "train", pairs, "--base", MODEL, "--name", "cli-tuned", "--preset", "quick",
        "--max-steps", "2", "--batch-size", "2", "--max-seq-len", "64", "--lora-r", "4",
        "--lora-alpha", "8", "--lr", "1e-3", "--languages", "en", "--eval-fraction", "0.2",
        "--seed", "3", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["name"] == result["model"] == "cli-tuned"
    assert result["state"] == "done" and result["steps"] == 2
    assert result["train_rows"] + result["eval_rows"] == ROWS and result["eval_rows"] >= 1
    assert result["first_loss"] > 0 and result["last_loss"] > 0 and result["eval_loss"] > 0
    assert result["backend"] in ("unsloth", "torch")
    assert Path(result["gguf_adapter"]).is_file()
    assert result["preset"] == "Quick try (CPU, minutes)"

    code, out, _ = run(capsys, "trainings", pairs, "--json")
    assert code == 0
    [listed] = json.loads(out)
    assert listed["name"] == "cli-tuned" and listed["state"] == "done"
    assert listed["last_loss"] == pytest.approx(result["last_loss"])
    assert listed["eval_loss"] == pytest.approx(result["eval_loss"])
    code, out, _ = run(capsys, "trainings", pairs)
    assert "cli-tuned" in out and f"{result['last_loss']:.3f}" in out

    with Project.open(Path(pairs)) as project:
        tuned = registry.get(project, "cli-tuned")
        assert tuned.kind == "gguf+adapter" and tuned.adapter_path == result["gguf_adapter"]
        stored = project.query("SELECT config FROM trainings")[0]["config"]
    config = json.loads(stored)
    # the preset filled what the command line left out; the flags won over it
    assert config["max_steps"] == 2 and config["lora_r"] == 4 and config["warmup_fraction"] == 0.05


def test_train_refuses_what_cannot_work(pairs: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "train", pairs, "--base", MODEL, "--name", "x", "--epochs", "1",
                       "--max-steps", "3")
    assert code == 1 and "not both" in err
    code, _, err = run(capsys, "train", pairs, "--base", "nothing", "--name", "x")
    assert code == 1 and "no model called 'nothing'" in err
    code, _, err = run(capsys, "train", pairs, "--base", MODEL, "--name", "x", "--min-score", "9")
    assert code == 1 and "no pairs to train on" in err
    code, _, err = run(capsys, "train", pairs, "--base", MODEL, "--name", "x", "--preset", "huge")
    assert code == 1 and "no preset" in err
    code, out, _ = run(capsys, "trainings", pairs)
    assert code == 0 and "No training runs yet" in out
