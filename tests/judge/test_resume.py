"""A judging command killed mid-way resumes where it stopped, without duplicate judgements."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core.store.project import Project
from tests.judge.conftest import JUDGE, add_response, instruction_ids
from tests.killing import kill_midway

pytestmark = pytest.mark.usefixtures("one_core")  # the model processes run on one core

HANDLOOM = [sys.executable, "-m", "core.cli"]


def test_a_killed_judge_resumes_without_duplicates(judge_project: Project) -> None:
    answers = ["Paris.", "Eight legs.", "The sea is wide and deep.", "Nairobi."]
    for instruction, text in zip(instruction_ids(judge_project), answers, strict=True):
        add_response(judge_project, instruction, text)
    path = judge_project.path
    judge_project.close()
    command = [*HANDLOOM, "judge", str(path), "--model", JUDGE, "--max-tokens", "40",
               "--parallel", "2"]
    assert 0 < kill_midway(command, path, "SELECT count(*) FROM judgements", every=0.1) < 4
    probe = Project.open(path, read_only=True)
    before = {r["id"] for r in probe.query("SELECT id FROM judgements")}  # committed when killed
    probe.close()

    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    project = Project.open(path)
    rows = project.query("SELECT id, response_id, score FROM judgements")
    assert len(rows) == 4 and len({r["response_id"] for r in rows}) == 4
    assert before <= {r["id"] for r in rows}  # what was committed before the kill is kept
    assert all(0 <= r["score"] <= 10 for r in rows)
    judge_jobs = project.query("SELECT state FROM jobs WHERE kind = 'judge'")
    assert judge_jobs == [{"state": "done"}]  # the same job was resumed
    assert project.integrity_ok()
    project.close()
