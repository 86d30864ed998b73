"""Every preset, with a base, data and output chosen, is a config the runner accepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.train.config import TrainingConfig
from core.train.presets import PRESETS, preset


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_preset_makes_a_valid_config(name: str, smollm2_gguf: Path, tmp_path: Path) -> None:
    data = tmp_path / "rows.jsonl"
    data.write_text("")
    values = preset(name) | {
        "base_model": str(smollm2_gguf),
        "train_data": str(data),
        "output_dir": str(tmp_path / "out"),
    }
    config = TrainingConfig.from_dict(values).validate()
    assert TrainingConfig.load(config.save(tmp_path / "config.json")) == config


def test_presets_are_copies() -> None:
    name = "Quick try (CPU, minutes)"
    preset(name)["learning_rate"] = 1.0
    assert PRESETS[name]["learning_rate"] != 1.0
