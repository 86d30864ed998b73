"""Blind voting: the side each model is shown on is random per item and recorded, and a
choice of side is stored as an outcome between the right models."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from core.cli import main
from core.compare import eval_sets, votes
from core.compare.votes import VoteError
from core.store import registry
from core.store.project import Project
from tests.compare.conftest import GEMMA, SMOL, add_answers, add_model, answer_text


def test_blind_pairs_record_the_side_shown_and_map_choices_back_to_models(
        arena_project: Project) -> None:
    chosen = eval_sets.held_out(arena_project, "blind", size=4)
    smol, gemma = registry.get(arena_project, SMOL).id, registry.get(arena_project, GEMMA).id
    add_answers(arena_project, chosen, [smol, gemma])
    rng = random.Random(3)  # its tosses put each model on the left at least once
    choices = ["left", "right", "tie", "both_bad"]
    lefts = []
    for n, choice in enumerate(choices):
        pair = votes.next_pair(arena_project, chosen, voter="Amina", rng=rng)
        assert pair is not None and (pair.voted, pair.remaining) == (n, 4 - n)
        assert SMOL not in json.dumps(pair.to_json()) and GEMMA not in json.dumps(pair.to_json())
        left = smol if pair.left == answer_text(pair.position, smol) else gemma
        right = gemma if left == smol else smol
        assert pair.right == answer_text(pair.position, right)
        lefts.append(left)
        vote = votes.record_vote(arena_project, pair.token, choice, voter="Amina")
        names = {smol: SMOL, gemma: GEMMA}
        assert vote.shown_left == names[left] and vote.voter == "Amina"
        assert {vote.model_a, vote.model_b} == {SMOL, GEMMA}
        expected = {"left": names[left], "right": names[right]}.get(choice)
        assert vote.winner == expected
        assert vote.outcome == (choice if expected is None else
                                "a" if expected == vote.model_a else "b")
        stored = arena_project.query("SELECT * FROM arena_votes WHERE id = ?", [vote.id])[0]
        assert stored["shown_left"] == left and stored["judge_model_id"] is None
    assert set(lefts) == {smol, gemma}  # both sides were shown first at least once
    assert votes.next_pair(arena_project, chosen, voter="Amina") is None

    # Which model is shown left is a fair coin per item.
    sides = Counter(votes.next_pair(arena_project, chosen, voter="Baraka",
                                    rng=random.Random(seed)).left.endswith(smol)
                    for seed in range(200))
    assert 70 < sides[True] < 130

    # Voting again on a pair replaces the earlier vote of that person.
    pair = votes.next_pair(arena_project, chosen, voter="Baraka", rng=random.Random(1))
    votes.record_vote(arena_project, pair.token, "left", voter="Baraka")
    again = votes.record_vote(arena_project, pair.token, "right", voter="Baraka")
    assert arena_project.scalar("SELECT count(*) FROM arena_votes") == 5
    assert again.winner != again.shown_left
    with pytest.raises(VoteError, match="damaged"):
        votes.record_vote(arena_project, "not a token", "left")
    with pytest.raises(VoteError, match="is not a vote"):
        votes.record_vote(arena_project, pair.token, "middle")


def test_the_least_voted_pair_comes_first_among_three_models(arena_project: Project) -> None:
    chosen = eval_sets.held_out(arena_project, "three", size=1)
    ids = [registry.get(arena_project, SMOL).id, registry.get(arena_project, GEMMA).id,
           add_model(arena_project, "remote-7b")]
    add_answers(arena_project, chosen, ids)
    seen = set()
    for voter in ("Amina", "Baraka", "Chidi"):
        pair = votes.next_pair(arena_project, chosen, voter=voter)
        assert pair is not None and pair.remaining == 3
        seen.add(frozenset(pair.token.split(":")[1:]))
        votes.record_vote(arena_project, pair.token, "tie", voter=voter)
    assert len(seen) == 3  # each voter was shown a different pair first
    only = votes.next_pair(arena_project, chosen, voter="Dana", models=[SMOL, GEMMA])
    assert set(only.token.split(":")[1:]) == set(ids[:2]) and only.remaining == 1


def test_voting_from_the_command_line(arena_project: Project,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    chosen = eval_sets.held_out(arena_project, "cli", size=2)
    smol, gemma = registry.get(arena_project, SMOL).id, registry.get(arena_project, GEMMA).id
    add_answers(arena_project, chosen, [smol, gemma])
    path = str(arena_project.path)
    assert main(["vote", path, "--next", "--eval-set", "cli", "--json"]) == 0
    pair = json.loads(capsys.readouterr().out)
    assert set(pair) >= {"token", "item_id", "instruction", "left", "right", "remaining"}
    assert main(["vote", path, "--token", pair["token"], "--choice", "left", "--json"]) == 0
    vote = json.loads(capsys.readouterr().out)
    assert vote["winner"] == vote["shown_left"] and vote["voter"] == "Test Curator"

    other = eval_sets.items(arena_project, chosen)[1].id
    assert main(["vote", path, "--item", other, "--a", GEMMA, "--b", SMOL, "--outcome", "a",
                 "--voter", "Baraka", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["winner"] == GEMMA
    assert main(["votes", path, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [v["voter"] for v in listed] == ["Test Curator", "Baraka"]
    assert set(listed[0]) >= {"id", "eval_set", "item_id", "model_a", "model_b", "shown_left",
                              "outcome", "winner", "voter", "judge", "judge_order", "created_at"}
    assert main(["vote", path, "--item", other, "--a", GEMMA, "--b", "nobody",
                 "--outcome", "a"]) == 1
    assert "nobody" in capsys.readouterr().err
