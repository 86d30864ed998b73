"""A judge behind an OpenAI-compatible server: no grammar, so the tolerant parser reads it."""

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
    for r in rows:
        settings = json.loads(r["settings"])
        assert settings["grammar"] is False
        assert r["raw"]  # the server's words are kept, read or not
        if r["score"] == -1:
            assert settings["parsed_as"] == "failed" and r["rationale"] == r["raw"].strip()
        else:
            assert 0 <= r["score"] <= 10 and settings["parsed_as"] in ("json", "pattern")
    assert result["failed"] == sum(r["score"] == -1 for r in rows)
