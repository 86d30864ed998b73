"""A judge behind an OpenAI-compatible server: asked for structured output (a JSON schema),
stepping down to what the server takes; every answer is still read by the tolerant parser."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.store.project import Project
from tests.judge.conftest import add_response, instruction_ids


def test_a_remote_judge_is_read_tolerantly_and_nothing_is_dropped(
    judge_project: Project, openai_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, _, _ = instruction_ids(judge_project)
    add_response(judge_project, a, "The capital of France is Paris.")
    add_response(judge_project, b, "A spider has eight legs.")
    path = str(judge_project.path)
    assert main(["judge", path, "--model", "smollm2", "--endpoint", openai_server,
                 "--max-tokens", "64", "--concurrency", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["judged"] == 2
    rows = judge_project.query("SELECT j.*, m.kind FROM judgements j "
                               "JOIN models m ON m.id = j.judge_model_id")
    assert len(rows) == 2 and {r["kind"] for r in rows} == {"remote"}
    # llama-cpp-python's server refuses OpenAI's "json_schema" and takes a "json_object"
    # carrying the schema, which it turns into a grammar: every answer has the shape asked for.
    from core import jobs

    [job] = [j for j in jobs.list_jobs(judge_project) if j.kind == "judge"]
    log = " ".join(line["message"] for line in jobs.read_log(judge_project, job.id))
    assert "refused structured output" in log and "a JSON object with the schema" in log
    for r in rows:
        settings = json.loads(r["settings"])
        assert settings["grammar"] is False and settings["schema"] is True
        # The server's grammar gives the shape, not JSON's rules inside a string (a raw
        # newline) nor the score's range: such an answer is kept, and scored as failed.
        answer = json.loads(r["raw"], strict=False)
        assert set(answer) == {"rationale", "score"}
        assert 0 <= answer["score"] <= 10 or r["score"] == -1
        if r["score"] == -1:  # a rationale the parser will not take ("][") is still kept
            assert settings["parsed_as"] == "failed"
        else:
            assert 0 <= r["score"] <= 10 and settings["parsed_as"] == "json"
    assert result["failed"] == sum(r["score"] == -1 for r in rows)
