"""Ballots of 2–4 answers: shuffled and unnamed, the best answer stored as pairwise wins over
the others, ties and "all bad" for every pair, voting again replaces, and the command line."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from core.cli import main
from core.compare import ballots, eval_sets, leaderboard
from core.compare.votes import VoteError
from core.store import registry
from core.store.project import Project
from tests.compare.conftest import GEMMA, SMOL, add_answers, add_model, answer_text


def _three(project: Project) -> tuple[eval_sets.EvalSet, list[str]]:
    chosen = eval_sets.held_out(project, "three", size=4)
    ids = [registry.get(project, SMOL).id, registry.get(project, GEMMA).id,
           add_model(project, "server-model")]
    add_answers(project, chosen, ids)
    return chosen, ids


def _writers(ballot: ballots.Ballot, ids: list[str]) -> list[str]:
    by_text = {answer_text(ballot.position, m): m for m in ids}
    return [by_text[text] for text in ballot.answers]


def test_the_best_of_three_beats_the_other_two_and_names_are_revealed_after(
        arena_project: Project) -> None:
    chosen, ids = _three(arena_project)
    names = {m.id: m.name for m in registry.list_models(arena_project)}
    ballot = ballots.next_ballot(arena_project, chosen, voter="Amina", rng=random.Random(2))
    assert ballot is not None and (ballot.voted, ballot.remaining) == (0, 4)
    text = json.dumps(ballot.to_json())
    assert all(names[m] not in text for m in ids)  # blind: no model's name is shown
    shown = _writers(ballot, ids)
    assert sorted(shown) == sorted(ids)

    result = ballots.record_ballot(arena_project, ballot.token, "2", voter="Amina")
    assert result.names == [names[m] for m in shown]
    assert result.winner == names[shown[1]]
    assert len(result.votes) == 2  # best beats each other; nothing between the other two
    for vote in result.votes:
        assert vote.winner == names[shown[1]] and vote.voter == "Amina"
        both = {registry.get(arena_project, vote.model_a).id,
                registry.get(arena_project, vote.model_b).id}
        assert vote.shown_left == names[next(m for m in shown if m in both)]

    # A tie and "all bad" are one outcome for every pair of the three.
    for choice in ("tie", "both_bad"):
        ballot = ballots.next_ballot(arena_project, chosen, voter="Amina")
        result = ballots.record_ballot(arena_project, ballot.token, choice, voter="Amina")
        assert result.winner is None and len(result.votes) == 3
        assert {v.outcome for v in result.votes} == {choice}
    ballot = ballots.next_ballot(arena_project, chosen, voter="Amina")
    assert (ballot.voted, ballot.remaining) == (3, 1)
    ballots.record_ballot(arena_project, ballot.token, "1", voter="Amina")
    assert ballots.next_ballot(arena_project, chosen, voter="Amina") is None

    # Another voter starts again; a second vote on the same ballot replaces the first.
    ballot = ballots.next_ballot(arena_project, chosen, voter="Baraka", rng=random.Random(5))
    before = arena_project.scalar("SELECT count(*) FROM arena_votes")
    ballots.record_ballot(arena_project, ballot.token, "1", voter="Baraka")
    again = ballots.record_ballot(arena_project, ballot.token, "3", voter="Baraka")
    assert arena_project.scalar("SELECT count(*) FROM arena_votes") == before + 3
    winner = _writers(ballot, ids)[2]
    assert again.winner == names[winner]
    board = leaderboard.leaderboard(arena_project, chosen.name, source="people", rounds=50)
    assert board["votes"] == 2 + 3 + 3 + 2 + 3
    assert {r["model"] for r in board["models"]} == set(names[m] for m in ids)

    with pytest.raises(VoteError, match="not a vote on 3 answers"):
        ballots.record_ballot(arena_project, ballot.token, "4")
    with pytest.raises(VoteError, match="damaged"):
        ballots.record_ballot(arena_project, "item-only", "1")


def test_the_order_of_answers_is_shuffled_fairly_per_ballot(arena_project: Project) -> None:
    chosen, ids = _three(arena_project)
    first = Counter(_writers(ballots.next_ballot(arena_project, chosen, voter="V",
                                                 rng=random.Random(seed)), ids)[0]
                    for seed in range(300))
    assert set(first) == set(ids)
    assert all(60 < first[m] < 140 for m in ids)  # each about 100 of 300


def test_two_models_make_a_left_right_ballot_and_limits_are_checked(
        arena_project: Project) -> None:
    chosen, ids = _three(arena_project)
    ballot = ballots.next_ballot(arena_project, chosen, voter="Amina", models=[SMOL, GEMMA])
    assert len(ballot.answers) == 2
    result = ballots.record_ballot(arena_project, ballot.token, "right", voter="Amina")
    assert result.winner == result.names[1] and len(result.votes) == 1
    with pytest.raises(VoteError, match="2 to 4 models"):
        ballots.next_ballot(arena_project, chosen, models=[SMOL])
    more = [add_model(arena_project, f"extra {n}") for n in range(2)]
    add_answers(arena_project, chosen, more)
    with pytest.raises(VoteError, match="5 were chosen"):
        ballots.next_ballot(arena_project, chosen)


def test_ballots_from_the_command_line(arena_project: Project,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    chosen, ids = _three(arena_project)
    path = str(arena_project.path)
    assert main(["vote", path, "--next", "--ballot", "--eval-set", chosen.name, "--json"]) == 0
    ballot = json.loads(capsys.readouterr().out)
    assert len(ballot["answers"]) == 3 and ballot["remaining"] == 4
    assert main(["vote", path, "--token", ballot["token"], "--choice", "3", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["winner"] == result["names"][2] and len(result["votes"]) == 2
    assert {v["voter"] for v in result["votes"]} == {"Test Curator"}
    assert main(["vote", path, "--next", "--ballot", "--eval-set", chosen.name]) == 0
    assert "--choice 1-3|tie|both_bad" in capsys.readouterr().out


def test_a_voter_who_always_picks_the_first_answer_favours_no_model(
        arena_project: Project) -> None:
    """Position bias cancels out: the shuffle puts each model first about half the time."""
    chosen = eval_sets.held_out(arena_project, "bias", size=4)
    ids = [registry.get(arena_project, SMOL).id, registry.get(arena_project, GEMMA).id]
    add_answers(arena_project, chosen, ids)
    rng = random.Random(11)
    for n in range(40):
        while (ballot := ballots.next_ballot(arena_project, chosen, voter=f"v{n}",
                                             rng=rng)) is not None:
            ballots.record_ballot(arena_project, ballot.token, "left", voter=f"v{n}")
    board = leaderboard.leaderboard(arena_project, chosen.name, source="people", rounds=300)
    assert board["votes"] == 160
    for row in board["models"]:
        assert 0.35 < row["win_rate"] < 0.65
        assert row["ci_low"] < 0 < row["ci_high"]  # no model is found better than the other
