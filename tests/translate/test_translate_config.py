"""The "translate" job's one typed config: its defaults shared by the command line, the
window and the recipe, its range checks in words, stored with the keys it always had, and a
job stopped before the typed config resumed by a run that asks for the same settings."""

from __future__ import annotations

import threading

import pytest

from core import jobs
from core.cli import build_parser
from core.cli.translation import translate_config
from core.errors import HandloomError
from core.store.project import Project
from core.translate.config import TranslateConfig
from tests.scripted_models import ScriptedModels

# As the Translate page and `handloom translate p --model gemma-3-270m --to es --from en
# --limit 2` stored a job's config before the typed config.
STORED = {"model": "gemma-3-270m", "target": "es", "source": "en", "limit": 2, "parallel": 8,
          "max_tokens": 512, "temperature": 0.0, "back_translate": False}


def _cli(*flags: str) -> TranslateConfig:
    return translate_config(build_parser().parse_args(["translate", "p.handloom", *flags]))


def test_the_defaults_are_the_command_lines_and_the_keys_are_those_stored() -> None:
    config = _cli("--model", "gemma-3-270m", "--to", "spa", "--from", "en", "--limit", "2")
    assert config == TranslateConfig(model="gemma-3-270m", target="es", source="en", limit=2)
    assert (config.parallel, config.max_tokens, config.temperature) == (8, 512, 0.0)
    assert config.to_json() == STORED and list(config.to_json()) == list(STORED)
    assert TranslateConfig.from_json(STORED) == config


def test_a_key_left_out_or_null_counts_as_its_default() -> None:
    sparse = {"model": "gemma-3-270m", "target": "es", "source": "en", "limit": 2,
              "max_tokens": None, "job_id": "not a setting"}
    assert TranslateConfig.from_json(sparse) == TranslateConfig.from_json(STORED)
    assert TranslateConfig.from_json({**STORED, "temperature": 0.3}) != TranslateConfig.from_json(
        STORED)


def test_a_setting_out_of_range_is_named_in_words_with_the_flag_kept_for_the_cli() -> None:
    with pytest.raises(HandloomError) as raised:
        _cli("--model", "m", "--to", "sw", "--max-tokens", "0")
    assert "longest translation" in str(raised.value) and "--" not in str(raised.value)
    assert raised.value.cli_hint == "(--max-tokens)"
    with pytest.raises(HandloomError) as raised:
        TranslateConfig(model="m", target="sw", temperature=7.0).validated()
    assert "temperature" in str(raised.value) and raised.value.cli_hint == "(--temperature)"


def test_a_translation_stopped_before_the_typed_config_resumes(
    originals_project: Project, scripted_models: ScriptedModels
) -> None:
    project = originals_project
    stopped = jobs.create(project, "translate", STORED)
    with project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'interrupted' WHERE id = ?", [stopped])
    hotter = TranslateConfig.from_json({**STORED, "temperature": 0.5}).to_json()
    assert jobs.find_resumable(project, "translate", hotter) is None
    asked = TranslateConfig(model="gemma-3-270m", target="es", source="en", limit=2).to_json()
    record = jobs.start_or_resume(project, "translate", asked, lambda *_: None,
                                  threading.Event())
    assert record.id == stopped and record.state == "done", record.error
    assert record.result is not None and record.result["written"] == 2
