"""The OpenAI-compatible backend against a real server on 127.0.0.1."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.store.project import Project


def test_generate_through_a_server_and_resume_adds_nothing(
    small_project: Project, openai_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(small_project.path)
    args = ["generate", path, "--model", "smollm2", "--endpoint", openai_server,
            "--concurrency", "3", "--max-tokens", "24", "--temperature", "0", "--json"]
    assert main(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["written"] == 6
    rows = small_project.query(
        "SELECT r.text, r.completion_tokens, r.finish_reason, m.kind, m.endpoint FROM responses r "
        "JOIN models m ON m.id = r.model_id"
    )
    assert len(rows) == 6
    assert all(r["kind"] == "remote" and r["endpoint"] == openai_server for r in rows)
    assert all(r["text"] and r["completion_tokens"] > 0 for r in rows)
    assert {r["finish_reason"] for r in rows} <= {"stop", "length"}
    # Running the same command again finds nothing missing and writes nothing.
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["written"] == 0
    assert small_project.scalar("SELECT count(*) FROM responses") == 6
    assert main(["stats", path, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["responses"] == 6 and stats["completion_tokens"] > 6
