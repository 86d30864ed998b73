"""The OpenAI-compatible backend against a real server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_an_unreachable_server_is_a_sentence_and_resumable(
    small_project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["generate", str(small_project.path), "--model", "smollm2",
                 "--endpoint", "http://127.0.0.1:9", "--max-tokens", "8"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("handloom: Could not reach http://127.0.0.1:9/v1/chat/completions")
    assert small_project.scalar("SELECT state FROM jobs WHERE kind = 'generate'") == "failed"
    assert small_project.scalar("SELECT count(*) FROM responses") == 0
