"""One JudgeSettings for every job that asks a judge: scores (judge, follow-up) and the
arena's verdicts and grades differ only in their limits."""

from __future__ import annotations

import pytest

from core.cli import build_parser
from core.compare import judge as arena_judge
from core.compare import judge_prompts
from core.compare.config import ARENA
from core.errors import HandloomError
from core.judge import job as judge_job
from core.judge.settings import SCORING, JudgeSettings


def test_both_judging_jobs_use_the_one_class_with_their_own_defaults() -> None:
    assert arena_judge.JudgeSettings is judge_job.JudgeSettings is JudgeSettings
    scoring = JudgeSettings.from_config({}, remote=False)
    arena = JudgeSettings.from_config({}, remote=False, limits=ARENA)
    assert (scoring.max_tokens, arena.max_tokens) == (320, 256)
    parser = build_parser()
    judge_args = parser.parse_args(["judge", "p.handloom", "--model", "m"])
    arena_args = parser.parse_args(["arena", "p.handloom", "--models", "a,b"])
    assert judge_args.max_tokens == SCORING.default_max_tokens
    assert arena_args.judge_max_tokens == ARENA.default_max_tokens


def test_a_local_judge_is_held_by_a_grammar_and_a_server_by_a_schema_where_the_job_has_one() -> None:
    local = JudgeSettings.from_config({"seed": 3}, remote=False)
    request = local.score_request("r1", "prompt", ["</s>"])
    assert request.grammar and request.json_schema is None and request.seed is not None
    served = JudgeSettings.from_config({}, remote=True).score_request("r1", "prompt", [])
    assert served.grammar is None and served.json_schema
    arena = JudgeSettings.from_config({}, remote=True, limits=ARENA)
    verdict = arena.request("v:1", "prompt", (), judge_prompts.verdict_grammar(100))
    assert verdict.grammar is None and verdict.json_schema is None
    assert JudgeSettings.from_config({}, remote=False).to_json()["prompt_version"]


def test_a_setting_out_of_range_is_named_with_the_flag_of_the_command_that_sets_it() -> None:
    with pytest.raises(HandloomError) as scores:
        JudgeSettings.from_config({"max_tokens": 10}, remote=False)
    assert "between 24 and 4096" in str(scores.value) and "--" not in str(scores.value)
    assert scores.value.cli_hint == "(--max-tokens)"
    with pytest.raises(HandloomError) as verdicts:
        JudgeSettings.from_config({"max_tokens": 10}, remote=False, limits=ARENA)
    assert "between 20 and 4096" in str(verdicts.value)
    assert verdicts.value.cli_hint == "(--judge-max-tokens)"
    with pytest.raises(HandloomError, match="temperature"):
        JudgeSettings.from_config({"temperature": 3}, remote=False)


def test_a_judge_job_stopped_before_the_typed_config_still_resumes(project) -> None:  # type: ignore[no-untyped-def]
    from core import jobs
    from core.judge.config import JudgeConfig

    # As the Judge page stored its config before the typed config (no "wait_for_servers").
    old_window = {"model": "SmolLM2", "parallel": 4, "context": 4096, "only_unjudged": False,
                  "max_tokens": 320, "temperature": 0.0, "seed": None, "retry_failed": False,
                  "flags": True, "api_key_env": None, "concurrency": None, "rubric": "r1"}
    job_id = jobs.create(project, "judge", old_window)
    with project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'interrupted' WHERE id = ?", [job_id])
    now = JudgeConfig(model="SmolLM2", rubric="r1").to_json()
    assert now != old_window and set(old_window) < set(now)
    found = jobs.find_resumable(project, "judge", now)
    assert found is not None and found.id == job_id
    longer = JudgeConfig(model="SmolLM2", rubric="r1", max_tokens=400).to_json()
    assert jobs.find_resumable(project, "judge", longer) is None
    args = build_parser().parse_args(["judge", "p.handloom", "--model", "m"])
    assert (args.parallel, args.context, args.temperature) == (4, 4096, 0.0)
    no_grammar = JudgeConfig(grammar=False)
    assert no_grammar.to_json()["grammar"] is False and "grammar" not in JudgeConfig().to_json()
    assert not no_grammar.settings(remote=False).grammar
