"""The Compare stage's two typed configs (``arena_answers``, ``arena_judge``): the command
line's defaults, stored with the keys ``handloom arena`` always wrote, range checks in words,
and jobs stopped before the typed configs resumed by runs that ask for the same settings."""

from __future__ import annotations

import threading

import pytest

from core import jobs
from core.cli import build_parser
from core.cli.arena import arena_configs
from core.compare import eval_sets
from core.compare.config import ArenaAnswersConfig, ArenaJudgeConfig
from core.errors import HandloomError
from core.store import registry
from core.store.project import Project
from tests.compare.conftest import GEMMA, SMOL, add_answers, add_model
from tests.scripted_models import ScriptedModels, pairwise_judge

# As `handloom arena p --models SmolLM2-135M-Instruct,gemma-3-270m --judge judge` and the
# Compare page stored their configs before the typed configs.
ANSWERS = {"eval_set": "SET", "models": [SMOL, GEMMA], "max_tokens": 512, "temperature": 0.7,
           "top_p": 0.95, "seed": None, "system": None, "parallel": 4, "context": 4096,
           "api_key_env": None, "concurrency": 4}
JUDGE = {"eval_set": "SET", "judge": "judge", "models": [SMOL, GEMMA], "max_tokens": 256,
         "grades": True, "parallel": 4, "context": 4096, "api_key_env": None, "concurrency": 4}


def _cli(*flags: str) -> tuple[ArenaAnswersConfig, ArenaJudgeConfig | None]:
    args = build_parser().parse_args(["arena", "p.handloom", "--models", f"{SMOL},{GEMMA}",
                                      *flags])
    return arena_configs(args, "SET")


def test_the_command_line_stores_the_keys_it_always_has() -> None:
    answers, judge = _cli("--judge", "judge")
    assert judge is not None
    assert answers.to_json() == ANSWERS and list(answers.to_json()) == list(ANSWERS)
    assert judge.to_json() == JUDGE and list(judge.to_json()) == list(JUDGE)
    assert ArenaAnswersConfig.from_json(ANSWERS) == answers
    assert ArenaJudgeConfig.from_json(JUDGE) == judge
    assert _cli()[1] is None


def test_a_key_left_out_counts_as_its_default() -> None:
    assert ArenaAnswersConfig.from_json({"eval_set": "SET", "models": [SMOL, GEMMA],
                                         "concurrency": 4, "job_id": "x"}) == _cli()[0]
    bare = ArenaJudgeConfig.from_json({"eval_set": "SET", "judge": "judge"})
    assert (bare.max_tokens, bare.grades, bare.pairwise, bare.models) == (256, True, True, ())
    # The fine-tune report's verdicts-only judging keeps its keys: pairwise only when set.
    assert ArenaJudgeConfig(pairwise=False).to_json()["pairwise"] is False
    assert "pairwise" not in ArenaJudgeConfig().to_json()


def test_a_setting_out_of_range_is_named_in_words_with_the_flag_kept_for_the_cli() -> None:
    answers, judge = _cli("--judge", "judge", "--max-tokens", "0", "--judge-max-tokens", "5")
    assert judge is not None
    with pytest.raises(HandloomError) as raised:
        answers.validated()
    assert "longest answer" in str(raised.value) and "--" not in str(raised.value)
    assert raised.value.cli_hint == "(--max-tokens)"
    with pytest.raises(HandloomError) as raised:
        judge.settings(remote=False)
    assert "judge's longest answer" in str(raised.value) and "--" not in str(raised.value)
    assert raised.value.cli_hint == "(--judge-max-tokens)"


def _stopped(project: Project, kind: str, config: dict) -> str:
    job_id = jobs.create(project, kind, config)
    with project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'cancelled' WHERE id = ?", [job_id])
    return job_id


def test_comparison_jobs_stopped_before_the_typed_configs_resume(
        arena_project: Project, scripted_models: ScriptedModels) -> None:
    project = arena_project
    chosen = eval_sets.held_out(project, "pair", size=2)
    stored = {**ANSWERS, "eval_set": chosen.id}
    stopped = _stopped(project, "arena_answers", stored)
    hotter = ArenaAnswersConfig.from_json({**stored, "temperature": 0.9}).to_json()
    assert jobs.find_resumable(project, "arena_answers", hotter) is None
    asked = ArenaAnswersConfig(eval_set=chosen.id, models=(SMOL, GEMMA), concurrency=4)
    record = jobs.start_or_resume(project, "arena_answers", asked.to_json(), lambda *_: None,
                                  threading.Event())
    assert record.id == stopped and record.state == "done", record.error
    assert record.result is not None and record.result["written"] == 4

    judged = eval_sets.held_out(project, "judged", size=2)
    add_answers(project, judged, [registry.get(project, n).id for n in (SMOL, GEMMA)])
    add_model(project, "judge")
    scripted_models.answer = pairwise_judge(lambda first, second: "A")
    stopped = _stopped(project, "arena_judge", {**JUDGE, "eval_set": judged.id})
    asked_judge = ArenaJudgeConfig(eval_set=judged.id, judge="judge", models=(SMOL, GEMMA),
                                   concurrency=4)
    record = jobs.start_or_resume(project, "arena_judge", asked_judge.to_json(),
                                  lambda *_: None, threading.Event())
    assert record.id == stopped and record.state == "done", record.error
    assert record.result is not None and record.result["verdicts"] == 4
