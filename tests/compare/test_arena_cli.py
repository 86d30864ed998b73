"""The arena command: names are checked before anything is stored, and a judge that is also a
contestant is warned about (tiny real runs: one prompt, a few tokens)."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.compare import eval_sets
from core.engine.bundled import locate
from core.store import registry
from core.store.project import Project
from tests.compare.conftest import GEMMA, SMOL


@pytest.mark.parametrize("models", [SMOL, f"{SMOL},nosuch", f"{SMOL},{SMOL}"])
def test_bad_model_names_leave_no_job_and_no_evaluation_set(
        arena_project: Project, models: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(arena_project.path)
    assert main(["arena", path, "--models", models, "--size", "2", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    message = captured.err.strip()
    assert message.startswith("handloom: ") and message.count("\n") == 0
    assert ("nosuch" in message) if "nosuch" in models else ("at least two models" in message)
    assert arena_project.scalar("SELECT count(*) FROM eval_sets") == 0
    assert main(["jobs", path, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)  # only the fixture's import: nothing to resume
    assert [(j["kind"], j["state"]) for j in listed] == [("import", "done")]


def test_an_unknown_judge_is_refused_before_anything_runs(
        arena_project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["arena", str(arena_project.path), "--models", f"{SMOL},{GEMMA}",
                 "--judge", "nosuch", "--size", "2"]) == 1
    assert "no model called 'nosuch'" in capsys.readouterr().err
    assert arena_project.scalar("SELECT count(*) FROM jobs WHERE kind != 'import'") == 0
    assert arena_project.scalar("SELECT count(*) FROM eval_sets") == 0


@pytest.mark.slow
def test_a_judge_among_the_contestants_is_warned_about(
        arena_project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    eval_sets.held_out(arena_project, "one", size=1)
    command = ["arena", str(arena_project.path), "--models", f"{SMOL},{GEMMA}", "--eval-set",
               "one", "--max-tokens", "4", "--seed", "1", "--parallel", "1", "--context", "512",
               "--judge-max-tokens", "20", "--no-grades", "--json"]
    assert main([*command, "--judge", SMOL]) == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and SMOL in warnings[0] and "their own answers" in warnings[0]
    out = json.loads(captured.out)
    assert out["answers"]["written"] == 2 and out["judge"]["verdicts"] == 2
    assert out["judge"]["warning"] and SMOL in out["judge"]["warning"]

    # A judge that is not a contestant (the same file under another name): no warning.
    registry.add_gguf(arena_project, locate("smollm2"), "smol-judge")
    assert main([*command, "--judge", "smol-judge"]) == 0
    captured = capsys.readouterr()
    assert "warning" not in captured.err
    out = json.loads(captured.out)
    assert out["answers"]["written"] == 0 and out["judge"]["verdicts"] == 2
    assert out["judge"]["warning"] is None
