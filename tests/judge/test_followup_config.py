"""The "followup" job's typed config: the keys ``handloom followup`` always stored (the Judge
page's and the seed recipe's the same), range checks in words with the flag kept for the
command line, and a second turn stopped before the typed config resumed by the same ask."""

from __future__ import annotations

import threading

import pytest

from core import jobs
from core.cli import build_parser
from core.cli.judging import followup_config
from core.errors import HandloomError
from core.judge import rubric
from core.judge.config import FollowupConfig
from core.store.project import Project
from tests.judge.conftest import JUDGE, add_response, instruction_ids
from tests.scripted_models import ScriptedModels

# As `handloom followup p --model SmolLM2…` and the Judge page stored it before the typed
# config (the rubric is the project's current one).
STORED = {"model": JUDGE, "judge": None, "rubric": "R", "min_score": 9.0, "parallel": 4,
          "context": 4096, "max_tokens": 512, "judge_max_tokens": 320, "temperature": 0.7,
          "seed": None}


def _cli(project: Project, *flags: str) -> FollowupConfig:
    return followup_config(build_parser().parse_args(
        ["followup", str(project.path), "--model", JUDGE, *flags]))


def test_the_command_line_stores_the_keys_it_always_has(judge_project: Project) -> None:
    config = _cli(judge_project)
    stored = {**STORED, "rubric": rubric.current(judge_project).id}
    assert config.to_json() == stored and list(config.to_json()) == list(STORED)
    assert FollowupConfig.from_json(stored) == config
    sparse = {"model": JUDGE, "rubric": stored["rubric"], "min_score": None, "job_id": "x"}
    assert FollowupConfig.from_json(sparse) == config


def test_a_setting_out_of_range_is_named_in_words_with_the_flag_kept_for_the_cli(
        judge_project: Project) -> None:
    for flags, words, hint in ((("--min-score", "-1"), "lowest score kept", "(--min-score)"),
                               (("--judge-max-tokens", "5"), "judge's longest answer",
                                "(--judge-max-tokens)")):
        with pytest.raises(HandloomError) as raised:
            _cli(judge_project, *flags)
        assert words in str(raised.value) and "--" not in str(raised.value)
        assert raised.value.cli_hint == hint


def test_a_second_turn_stopped_before_the_typed_config_resumes(
        judge_project: Project, scripted_models: ScriptedModels) -> None:
    a, b, _, _ = instruction_ids(judge_project)
    chosen = [add_response(judge_project, i, "A short answer.") for i in (a, b)]
    with judge_project.write() as conn:
        conn.execute("UPDATE responses SET selected = 1 WHERE id IN (?, ?)", chosen)
    stored = {**STORED, "rubric": rubric.current(judge_project).id, "min_score": 0}
    stopped = jobs.create(judge_project, "followup", stored)
    with judge_project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'interrupted' WHERE id = ?", [stopped])
    asked = FollowupConfig(model=JUDGE, rubric=stored["rubric"], min_score=0)
    record = jobs.start_or_resume(judge_project, "followup", asked.to_json(), lambda *_: None,
                                  threading.Event())
    assert record.id == stopped and record.state == "done", record.error
    assert record.result is not None and record.result["kept"] == 2
