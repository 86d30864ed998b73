"""Answers from both bundled models through the real engine, resumed after a cancel, then
judged by the real SmolLM2 from the command line (tiny: two prompts, a few tokens)."""

from __future__ import annotations

import json
import threading

import pytest

from core import jobs
from core.cli import main
from core.compare import eval_sets
from core.store.project import Project
from tests.compare.conftest import GEMMA, SMOL

pytestmark = pytest.mark.usefixtures("one_core")  # the model processes run on one core

SETTINGS = {"max_tokens": 8, "seed": 1, "parallel": 2, "context": 512}


def test_answers_resume_without_duplicates_and_the_arena_command_judges_them(
        arena_project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    chosen = eval_sets.held_out(arena_project, "pair", size=2)
    config = {"eval_set": chosen.id, "models": [SMOL, GEMMA], **SETTINGS}
    cancel = threading.Event()

    def stop_after_first(done: int, total: int, message: str) -> None:
        if done >= 1:
            cancel.set()

    stopped = jobs.start(arena_project, "arena_answers", config, stop_after_first, cancel)
    assert stopped.state == "cancelled"
    first = {r["id"] for r in arena_project.query("SELECT id FROM eval_answers")}
    assert 1 <= len(first) < 4

    resumed = jobs.start_or_resume(arena_project, "arena_answers", config)
    assert resumed.id == stopped.id and resumed.state == "done"
    assert resumed.result["written"] == 4 - len(first)
    rows = arena_project.query(
        "SELECT a.*, m.name AS model FROM eval_answers a JOIN models m ON m.id = a.model_id")
    assert len(rows) == 4 and first <= {r["id"] for r in rows}
    assert len({(r["eval_item_id"], r["model"]) for r in rows}) == 4
    assert len({r["settings_key"] for r in rows}) == 1 and {r["job_id"] for r in rows} == {
        stopped.id}
    assert all(r["text"] and 0 < r["completion_tokens"] <= 8 for r in rows)

    # The same parameters from the command line reuse the answers and only judge them.
    path = str(arena_project.path)
    command = ["arena", path, "--models", f"{SMOL},{GEMMA}", "--eval-set", "pair",
               "--max-tokens", "8", "--seed", "1", "--parallel", "2", "--context", "512",
               "--judge", SMOL, "--judge-max-tokens", "20", "--json"]
    assert main(command) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["eval_set"]["name"] == "pair" and out["answers"]["written"] == 0
    judged = out["judge"]
    assert (judged["verdicts"], judged["unreadable"], judged["grades"]) == (4, 0, 4)
    assert judged["both_orders"] == 2 and 0 <= judged["inconsistent"] <= 2
    board = out["leaderboard"]
    assert board["source"] == "judge" and board["votes"] == 2
    assert {m["model"] for m in board["models"]} == {SMOL, GEMMA}
    assert all(1 <= m["grade"] <= 10 and m["grades"] == 2 for m in board["models"])
    verdicts = arena_project.query("SELECT * FROM arena_votes")
    assert sorted(v["judge_order"] for v in verdicts) == ["ab", "ab", "ba", "ba"]
    assert all(v["voter"] is None and v["rationale"] for v in verdicts)

    # Everything is stored: running it again asks no model anything.
    assert main(command) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["answers"]["written"] == 0 and again["judge"]["verdicts"] == 0
    assert arena_project.scalar("SELECT count(*) FROM arena_votes") == 4
