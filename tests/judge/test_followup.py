"""The synthetic second turn: written, judged, kept only at or above the threshold, resumable.

The tiny model's scores are not predictable, so the threshold is tested at its two ends,
where the outcome is certain whatever the scores are: 0 keeps every judged turn (every
valid score is 0-10) and 11 keeps none. Moving the threshold must not regenerate anything.
"""

from __future__ import annotations

import json
import threading

import pytest

from core import jobs
from core.cli import main
from core.judge import judgements
from core.store.project import Project
from tests.judge.conftest import JUDGE, add_response, instruction_ids

pytestmark = pytest.mark.usefixtures("one_core")  # the model processes run on one core


def test_followups_are_kept_only_at_the_threshold_and_resume(
    judge_project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, c, _ = instruction_ids(judge_project)
    first = add_response(judge_project, a, "The capital of France is Paris.")
    second = add_response(judge_project, b, "A spider has eight legs.")
    add_response(judge_project, c, "The sea is wide.")  # not selected: no follow-up
    with judge_project.write() as conn:
        conn.execute("UPDATE responses SET selected = 1 WHERE id IN (?, ?)", [first, second])

    # Stop the job once the first question is committed, then resume it.
    config = {"model": JUDGE, "min_score": 0, "parallel": 2, "max_tokens": 24,
              "judge_max_tokens": 48, "seed": 1}
    cancel = threading.Event()

    def stop_after_first_question(done: int, total: int, message: str) -> None:
        if message.startswith("Wrote 1 "):
            cancel.set()

    stopped = jobs.start(judge_project, "followup", config, stop_after_first_question, cancel)
    assert stopped.state == "cancelled"
    assert judge_project.scalar("SELECT count(*) FROM followups") >= 1
    assert judge_project.scalar("SELECT count(*) FROM followups WHERE score IS NOT NULL "
                                "AND assistant_text IS NOT NULL AND user_text != ''") == 0
    resumed = jobs.start_or_resume(judge_project, "followup", config)
    assert resumed.id == stopped.id and resumed.state == "done"

    rows = judge_project.query("SELECT * FROM followups ORDER BY response_id")
    assert [r["response_id"] for r in rows] == sorted([first, second])
    for r in rows:
        assert r["score"] is not None and r["assistant_text"] is not None
        assert r["kept"] == (r["score"] >= 0)
        if r["score"] >= 0:
            assert r["user_text"].strip() and r["assistant_text"].strip()
    scored = judge_project.query(
        "SELECT f.id, f.score, j.score AS judged, j.response_id FROM followups f "
        "JOIN judgements j ON j.followup_id = f.id")
    assert len(scored) == sum(1 for r in rows if r["user_text"] and r["assistant_text"])
    assert all(s["score"] == s["judged"] and s["response_id"] is None for s in scored)
    assert resumed.result["kept"] == sum(r["kept"] for r in rows)
    (shown,) = judgements.followups_of(judge_project, first)
    assert shown["model"] == JUDGE and shown["score"] is not None

    # Moving the threshold only re-decides what is kept; nothing is generated or judged again.
    path = str(judge_project.path)
    judged_before = judge_project.scalar("SELECT count(*) FROM judgements")
    assert main(["followup", path, "--model", JUDGE, "--min-score", "11", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["kept"] == 0 and result["followups"] == 2 and "questions" not in result
    assert judge_project.scalar("SELECT sum(kept) FROM followups") == 0
    assert main(["followup", path, "--model", JUDGE, "--min-score", "0", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kept"] == resumed.result["kept"]
    assert judge_project.scalar("SELECT count(*) FROM judgements") == judged_before
    assert judge_project.scalar("SELECT count(*) FROM followups") == 2
    assert main(["followup", path, "--model", JUDGE, "--min-score", "-1"]) == 1
