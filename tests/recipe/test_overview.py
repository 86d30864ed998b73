"""``handloom overview``: the funnel's counts on the demo project, the jobs, and the next
step as the project moves along the method."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core import jobs
from core.cli import main
from core.demo import ensure_demo_project
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project


def overview(capsys: pytest.CaptureFixture[str], project: Path) -> dict[str, Any]:
    code = main(["overview", str(project), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_the_funnel_of_the_demo_and_the_next_step_as_it_moves_along(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = ensure_demo_project(tmp_path / "Demo.handloom")
    data = overview(capsys, demo)
    assert data["counts"] == {"imported": 40, "included": 40, "translated": 0, "answered": 0,
                              "judged": 0, "selected": 0, "second_turn": 0,
                              "training_rows": 0}
    assert data["running"] == [] and data["stopped"] == [] and data["recipe"] is None
    assert data["next_step"]["action"] == "curate" and data["next_step"]["page"] == "curate"

    assert main(["curate", str(demo), "--dedup"]) == 0
    capsys.readouterr()
    data = overview(capsys, demo)
    assert data["counts"]["imported"] == 40 and data["counts"]["included"] == 39  # one repeat
    assert data["next_step"]["action"] == "generate"

    with Project.open(demo) as project:  # an answer, as the generate job stores one
        model = registry.get(project, "SmolLM2-135M-Instruct")
        first = project.scalar("SELECT id FROM instructions WHERE status = 'included' LIMIT 1")
        with project.write() as conn:
            conn.execute(
                "INSERT INTO responses(id, instruction_id, model_id, settings_key, "
                "sample_index, text, settings, created_by, created_at) "
                "VALUES (?, ?, ?, 'k', 0, 'An answer.', '{}', 'Test', ?)",
                [new_id(), first, model.id, now()])
        # a job that was cancelled comes first: resume it
        job_id = jobs.create(project, "flag", {})
        with project.write() as conn:
            conn.execute("UPDATE jobs SET state = 'cancelled' WHERE id = ?", [job_id])
    data = overview(capsys, demo)
    assert data["counts"]["answered"] == 1 and data["counts"]["judged"] == 0
    assert [j["kind"] for j in data["stopped"]] == ["flag"]
    assert data["next_step"]["action"] == "resume" and data["next_step"]["page"] == "judge"

    assert main(["resume", str(demo)]) == 0  # the rule flags: quick, no model needed
    capsys.readouterr()
    data = overview(capsys, demo)
    assert data["stopped"] == []
    assert data["next_step"]["action"] == "judge"
    code = main(["overview", str(demo)])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "imported 40 → included 39 → translated 0 → answered 1" in out
    assert "Next: Have a judge model score the answers" in out
