"""Judging with the bundled models, constrained by the GBNF grammar, through the real engine.

The bundled judges are tiny, so the tests assert the shape of what is stored (one
judgement per response, an integer 0-10, a rationale, the judge, rubric and parameters),
not whether the scores are wise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import jobs
from core.cli import main
from core.judge import judgements, rubric
from core.store.project import Project
from tests.judge.conftest import JUDGE, add_response, instruction_ids

pytestmark = pytest.mark.usefixtures("one_core")  # the model processes run on one core


def stored(project: Project) -> list[dict]:
    return project.query(
        "SELECT j.*, m.name AS judge FROM judgements j JOIN models m ON m.id = j.judge_model_id "
        "ORDER BY j.created_at")


def test_smollm2_judges_every_response_once_with_exact_json(
    judge_project: Project, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a, b, c, d = instruction_ids(judge_project)
    paris = add_response(judge_project, a, "The capital of France is Paris.")
    add_response(judge_project, b, "Spiders have six legs and they can fly.")
    looping = add_response(judge_project, c, "The sea is big. " * 8)
    empty = add_response(judge_project, d, "")
    path = str(judge_project.path)
    assert main(["judge", path, "--model", JUDGE, "--max-tokens", "64", "--parallel", "3",
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["judged"], result["empty"], result["failed"]) == (3, 1, 0)
    assert result["flags"]["repetition"] == 1 and result["flags"]["empty"] == 1
    assert 0 <= result["mean_score"] <= 10

    rows = stored(judge_project)
    assert len(rows) == 4 and len({r["response_id"] for r in rows}) == 4
    version = rubric.current(judge_project)
    job = jobs.list_jobs(judge_project)[-1]
    for r in rows:
        assert r["judge"] == JUDGE and r["rubric_id"] == version.id and r["job_id"] == job.id
        assert r["score"] == int(r["score"]) and 0 <= r["score"] <= 10
        assert r["rationale"].strip()
        settings = json.loads(r["settings"])
        assert settings["max_tokens"] == 64 and settings["temperature"] == 0
        assert settings["grammar"] is True and settings["prompt_version"] >= 1
        if r["response_id"] == empty:
            assert (r["score"], settings["parsed_as"], r["raw"]) == (0, "rule", None)
            continue
        # The grammar made the raw answer exact JSON, rationale first, within its bound.
        assert settings["parsed_as"] == "json"
        raw = json.loads(r["raw"])
        assert list(raw) == ["rationale", "score"] and raw["score"] == r["score"]
        assert len(raw["rationale"]) <= settings["rationale_chars"]
    # What the Judge panel shows for one response.
    (shown,) = judgements.for_response(judge_project, paris)
    assert shown["judge"] == JUDGE and shown["rubric_version"] == 1 and shown["rationale"]
    assert "repetition" in judgements.flags_of(judge_project, looping)

    # Running again judges nothing; a new rubric version with --only-unjudged neither.
    assert main(["judge", path, "--model", JUDGE, "--max-tokens", "64", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["judged"] == 0
    rubric_file = tmp_path / "rubric.txt"
    rubric_file.write_text("Score 10 for answers that are short and true.\n", encoding="utf-8")
    assert main(["judge", path, "--model", JUDGE, "--rubric", str(rubric_file),
                 "--only-unjudged", "--max-tokens", "64", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["judged"] == 0 and again["rubric_version"] == 2
    assert len(stored(judge_project)) == 4
    assert [v.version for v in rubric.versions(judge_project)] == [1, 2]
    assert rubric.versions(judge_project)[0].text == rubric.DEFAULT_RUBRIC


def test_an_answer_the_judge_cannot_give_is_kept_as_a_failed_judgement(
    judge_project: Project,
) -> None:
    a, b, _, _ = instruction_ids(judge_project)
    short = add_response(judge_project, a, "Paris.")
    words = " ".join(f"word{n}" for n in range(600))
    too_long = add_response(judge_project, b, f"Spiders have eight legs. {words}")
    # A 512-token context holds the short prompt but not the long one.
    record = jobs.start(judge_project, "judge", {"model": JUDGE, "max_tokens": 48,
                                                 "parallel": 2, "context": 512})
    assert record.state == "done" and record.result["failed"] == 1
    by_response = {r["response_id"]: r for r in stored(judge_project)}
    assert set(by_response) == {short, too_long}
    assert 0 <= by_response[short]["score"] <= 10
    failed = by_response[too_long]
    assert failed["score"] == -1 and "could not answer" in failed["rationale"]
    assert "prompt" in failed["rationale"]


def test_a_base_model_without_chat_template_judges_through_the_grammar(
    judge_project: Project, template_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reuse the Gemma file the template project assembled instead of assembling it again.
    monkeypatch.setenv("HANDLOOM_DATA_DIR", str(template_project.parent / "data"))
    a = instruction_ids(judge_project)[0]
    add_response(judge_project, a, "The capital of France is Paris.")
    record = jobs.start(judge_project, "judge", {"model": "gemma-3-270m", "max_tokens": 48,
                                                 "parallel": 1, "flags": False})
    assert record.result["judged"] == 1 and record.result["failed"] == 0
    (row,) = stored(judge_project)
    assert row["judge"] == "gemma-3-270m" and 0 <= row["score"] <= 10
    assert json.loads(row["settings"])["parsed_as"] == "json"
