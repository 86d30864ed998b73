"""The "generate" job's one typed config: stored as before, read back from any earlier
project, compared (not its dict) when a stopped job is looked up to resume."""

from __future__ import annotations

import pytest

from core import jobs
from core.cli import build_parser
from core.errors import HandloomError
from core.generate.config import GenerateConfig
from core.store.project import Project

# As the window stored a job's config before the typed config (no "wait_for_servers").
OLD_WINDOW = {"model": "SmolLM2", "samples": 1, "parallel": 8, "max_tokens": 512,
              "temperature": 0.7, "top_p": 0.95, "seed": None, "system": None,
              "language": None, "limit": None, "api_key_env": None, "concurrency": 4}
# As `handloom generate project --model SmolLM2` stored it.
OLD_CLI = {"model": "SmolLM2", "samples": 1, "parallel": 8, "max_tokens": 512,
           "temperature": 0.7, "top_p": 0.95, "seed": None, "system": None, "language": None,
           "limit": None, "api_key_env": None, "concurrency": None, "wait_for_servers": 120}


def _stopped(project: Project, config: dict) -> str:
    job_id = jobs.create(project, "generate", config)
    with project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'cancelled' WHERE id = ?", [job_id])
    return job_id


def test_the_command_line_stores_the_keys_it_always_has() -> None:
    args = build_parser().parse_args(["generate", "p.handloom", "--model", "SmolLM2"])
    defaults = GenerateConfig()
    assert (args.samples, args.parallel, args.max_tokens, args.temperature, args.top_p) == (
        defaults.samples, defaults.parallel, defaults.max_tokens, defaults.temperature,
        defaults.top_p)
    assert GenerateConfig.from_json(OLD_CLI).to_json() == OLD_CLI
    pooled = GenerateConfig.from_json({**OLD_CLI, "concurrency": [2, 6]})
    assert pooled.concurrency == (2, 6) and pooled.to_json()["concurrency"] == [2, 6]


def test_a_job_stopped_before_the_typed_config_still_resumes(project: Project) -> None:
    from_window = _stopped(project, OLD_WINDOW)
    now = GenerateConfig(model="SmolLM2", concurrency=4).to_json()
    assert "wait_for_servers" in now and now != OLD_WINDOW
    found = jobs.find_resumable(project, "generate", now)
    assert found is not None and found.id == from_window
    hotter = GenerateConfig(model="SmolLM2", concurrency=4, temperature=0.9).to_json()
    assert jobs.find_resumable(project, "generate", hotter) is None
    from_cli = _stopped(project, OLD_CLI)
    found = jobs.find_resumable(project, "generate", {**OLD_CLI, "job_id": "not a setting"})
    assert found is not None and found.id == from_cli


def test_a_setting_out_of_range_is_named_in_words_with_the_flag_kept_for_the_cli() -> None:
    with pytest.raises(HandloomError) as raised:
        GenerateConfig(model="SmolLM2", max_tokens=0).validated()
    assert "longest answer" in str(raised.value) and "--" not in str(raised.value)
    assert raised.value.cli_hint == "(--max-tokens)"
    assert GenerateConfig(model="SmolLM2").validated().settings().max_tokens == 512
