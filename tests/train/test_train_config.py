"""The "train" job's one typed config: the keys ``handloom train`` has always stored, unset
hyperparameters left to the preset, range checks in words (the command line adds its flag),
and a run stopped before the typed config found again by a run asking for the same."""

from __future__ import annotations

import pytest

from core import jobs
from core.cli import build_parser, main
from core.cli.training import train_config
from core.store.project import Project
from core.train.job_config import TrainConfig, TrainExportConfig, TrainSettingError

QUICK = "Quick try (CPU, minutes)"
# As `handloom train p --base SmolLM2 --name tuned --preset quick --max-steps 20
# --languages en` stored its config before the typed config.
STORED_CLI = {"name": "tuned", "base": "SmolLM2", "preset": QUICK, "epochs": None,
              "max_steps": 20, "learning_rate": None, "lora_r": None, "lora_alpha": None,
              "batch_size": None, "grad_accum": None, "max_seq_len": None, "seed": None,
              "min_score": None, "reviewed_only": False, "languages": ["en"],
              "eval_fraction": None, "chat_template": None, "export_merged": None}
# As the Train page stored it (the quick preset's values shown in the form).
STORED_WINDOW = {"name": "tuned", "base": "SmolLM2", "preset": QUICK, "epochs": None,
                 "max_steps": 60, "learning_rate": 0.0005, "lora_r": 16, "lora_alpha": 32,
                 "batch_size": 4, "grad_accum": 1, "max_seq_len": 384, "seed": 3407,
                 "min_score": None, "reviewed_only": False, "languages": [],
                 "eval_fraction": 0.1, "chat_template": None, "export_merged": None}


def _cli(*flags: str) -> TrainConfig:
    return train_config(build_parser().parse_args(
        ["train", "p.handloom", "--base", "SmolLM2", "--name", "tuned", *flags]))


def test_the_command_line_stores_the_keys_it_always_has() -> None:
    config = _cli("--preset", "quick", "--max-steps", "20", "--languages", "en")
    assert config.to_json() == STORED_CLI and list(config.to_json()) == list(STORED_CLI)
    assert TrainConfig.from_json(STORED_CLI) == config
    assert TrainConfig.from_json(STORED_WINDOW).to_json() == STORED_WINDOW
    folder_run = TrainConfig.from_json({**STORED_CLI, "base": "/models/smol",
                                        "serve_with": "SmolLM2"})
    assert folder_run.to_json() == {**STORED_CLI, "base": "/models/smol", "serve_with": "SmolLM2"}
    exported = TrainExportConfig.from_json({**STORED_CLI, "export_dir": "/runs/a"})
    assert exported.to_json() == {**STORED_CLI, "export_dir": "/runs/a"}


def test_a_key_left_out_or_null_counts_as_its_default() -> None:
    sparse = {"name": "tuned", "base": "SmolLM2", "preset": QUICK, "max_steps": 20,
              "languages": ["en"], "reviewed_only": None, "job_id": "not a setting"}
    assert TrainConfig.from_json(sparse) == TrainConfig.from_json(STORED_CLI)
    assert TrainConfig.from_json({**STORED_CLI, "lora_r": 8}) != TrainConfig.from_json(
        STORED_CLI)


def test_a_setting_out_of_range_is_named_in_words_with_the_flag_kept_for_the_cli(
        capsys: pytest.CaptureFixture[str]) -> None:
    for flags, words, flag in ((("--lora-r", "0"), "The LoRA rank", "--lora-r"),
                               (("--lr", "0"), "The learning rate", "--lr"),
                               (("--min-score", "11"), "minimum judge score", "--min-score"),
                               (("--eval-fraction", "1"), "held-out fraction",
                                "--eval-fraction")):
        with pytest.raises(TrainSettingError) as raised:
            _cli(*flags)
        assert words in str(raised.value) and "--" not in str(raised.value)
        assert raised.value.cli_hint == f"({flag})"
    assert main(["train", "nowhere.handloom", "--base", "m", "--name", "n",
                 "--max-seq-len", "0"]) == 1
    assert "The longest training row must be at least 1. (--max-seq-len)" in (
        capsys.readouterr().err)


def test_a_run_stopped_before_the_typed_config_is_found_again(
        project: Project) -> None:
    stopped = jobs.create(project, "train", STORED_WINDOW)
    with project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'interrupted' WHERE id = ?", [stopped])
    asked = TrainConfig(name="tuned", base="SmolLM2", preset=QUICK, max_steps=60,
                        learning_rate=0.0005, lora_r=16, lora_alpha=32, batch_size=4,
                        grad_accum=1, max_seq_len=384, seed=3407, eval_fraction=0.1)
    found = jobs.find_resumable(project, "train", asked.to_json())
    assert found is not None and found.id == stopped
    longer = TrainConfig.from_json({**STORED_WINDOW, "max_steps": 80}).to_json()
    assert jobs.find_resumable(project, "train", longer) is None
