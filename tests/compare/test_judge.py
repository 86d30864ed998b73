"""The arena judge's position-swap handling and its agreement with people.

These tests put a scripted judge behind the real job (the backend is the only stand-in, through
the ``scripted_models`` fixture), so that the judge's preferences are known: one that always prefers the answer shown first, and
one with a fixed taste. The real bundled judge runs in ``test_answers.py``.
"""

from __future__ import annotations

import pytest

from core import jobs
from core.compare import eval_sets, votes
from core.compare.judge_prompts import parse_verdict
from core.compare.leaderboard import leaderboard
from core.store import registry
from core.store.project import Project
from tests.compare.conftest import GEMMA, SMOL, add_answers, add_model
from tests.scripted_models import ScriptedModels, pairwise_judge


@pytest.fixture
def judged_set(arena_project: Project) -> tuple[Project, eval_sets.EvalSet, str, str]:
    chosen = eval_sets.held_out(arena_project, "judged", size=3)
    smol, gemma = registry.get(arena_project, SMOL).id, registry.get(arena_project, GEMMA).id
    add_answers(arena_project, chosen, [smol, gemma])
    add_model(arena_project, "scripted-judge")
    return arena_project, chosen, smol, gemma


def test_a_judge_that_always_prefers_the_first_answer_is_inconsistent_and_cancels_out(
        judged_set: tuple[Project, eval_sets.EvalSet, str, str],
        scripted_models: ScriptedModels) -> None:
    project, chosen, smol, gemma = judged_set
    scripted_models.answer = pairwise_judge(lambda first, second: "A")
    record = jobs.start(project, "arena_judge", {"eval_set": "judged", "judge": "scripted-judge"})
    result = record.result
    assert (result["verdicts"], result["grades"], result["unreadable"]) == (6, 6, 0)
    assert (result["judged_pairs"], result["both_orders"], result["inconsistent"]) == (3, 3, 3)
    stored = project.query("SELECT * FROM arena_votes ORDER BY eval_item_id, judge_order")
    for ab, ba in zip(stored[::2], stored[1::2], strict=True):
        # Stored in model terms: the first-shown model won each time, so a then b.
        assert (ab["judge_order"], ab["shown_left"], ab["outcome"]) == ("ab", ab["model_a"], "a")
        assert (ba["judge_order"], ba["shown_left"], ba["outcome"]) == ("ba", ba["model_b"], "b")
    board = leaderboard(project, "judged", source="judge", rounds=200)
    assert board["votes"] == 3
    for row in board["models"]:
        assert (row["wins"], row["losses"], row["ties"]) == (0, 0, 3)
        assert abs(row["strength"]) < 1e-6 and row["win_rate"] == 0.5 and row["grade"] == 7
    assert board["consistency"]["inconsistent"] == 3

    # Running again asks nothing: every verdict and grade is stored.
    scripted_models.requests.clear()
    again = jobs.start(project, "arena_judge", {"eval_set": "judged", "judge": "scripted-judge"})
    assert again.result["verdicts"] == 0 and scripted_models.requests == []
    assert project.scalar("SELECT count(*) FROM arena_votes") == 6


def test_a_consistent_judge_counts_once_per_pair_and_agrees_with_people(
        judged_set: tuple[Project, eval_sets.EvalSet, str, str],
        scripted_models: ScriptedModels) -> None:
    project, chosen, smol, gemma = judged_set
    items = eval_sets.items(project, chosen)
    # The judge likes SmolLM2's answers to the first two prompts and Gemma's to the third.
    liked = {f"answer to {i.position} by {smol if i.position < 2 else gemma}" for i in items}
    scripted_models.answer = pairwise_judge(lambda first, second: "A" if first in liked else "B")
    result = jobs.start(project, "arena_judge", {"eval_set": "judged", "judge": "scripted-judge",
                                                 "grades": False}).result
    assert (result["verdicts"], result["grades"], result["inconsistent"]) == (6, 0, 0)
    board = leaderboard(project, "judged", source="judge", rounds=200)
    smol_row = next(r for r in board["models"] if r["model"] == SMOL)
    assert (smol_row["wins"], smol_row["losses"], smol_row["votes"]) == (2, 1, 3)

    # People agree on the first two prompts and call the third a tie: agreement 2 of 3;
    # kappa (2/3 − 4/9) / (1 − 4/9) = 0.4, worked out by hand.
    for item, outcome in zip(items, ["a", "a", "tie"], strict=True):
        votes.record(project, item.id, smol, gemma, outcome, voter="Amina")
    board = leaderboard(project, "judged", rounds=200)
    assert board["agreement"] == {"scripted-judge": {"votes": 3, "percent_agreement": 66.7,
                                                     "kappa": 0.4}}
    assert board["consistency"]["people"] == 3 and board["votes"] == 6


@pytest.mark.parametrize(("text", "winner"), [
    ('{"rationale": "B is right.", "winner": "B"}', "B"),
    ('Sure! ```json\n{"rationale": "same", "winner": "tie"}\n```', "tie"),
    ('{"rationale":"cut off","winner":"A', "A"),
    ("Both are fine. Final verdict: [[B]]", "B"),
    ("Assistant A is better because it is right.", "A"),
    ("They are equally good.", "tie"),
    ("I cannot decide.", None),
])
def test_verdicts_are_read_from_json_or_prose(text: str, winner: str | None) -> None:
    assert parse_verdict(text).winner == winner
