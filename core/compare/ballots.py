"""Ballots: one prompt with the answers of 2–4 models side by side, for a person to vote on.

With two models a ballot is a blind pair (left better, right better, tie, both bad); with
three or four the person picks the best answer (or says they are all as good, or all bad).
The answers are shuffled per item and shown without names. A choice is stored as pairwise
arena votes, which is what the ratings count: the best answer beats each other one (the
order among the others is unknown, so no vote is made between them), a tie or "all bad"
is one such outcome for every pair. Voting on the same ballot again replaces those votes.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from itertools import combinations
from typing import Any

from core.compare import answers, eval_sets
from core.compare.eval_sets import EvalSet
from core.compare.votes import Vote, VoteError, ordered, record
from core.curator import current_curator
from core.store import registry
from core.store.project import Project

MIN_ANSWERS = 2
MAX_ANSWERS = 4
TIE_CHOICES = ("tie", "both_bad")


@dataclass(frozen=True)
class Ballot:
    """The answers of 2–4 models to one prompt, shuffled, without the models' names."""

    token: str  # hand back to ``record_ballot``
    eval_set: str
    item_id: str
    position: int
    instruction: str
    language: str | None
    answers: list[str]  # in display order
    voted: int  # items this voter has already voted on with these models
    remaining: int  # items still waiting for this voter's vote, this one included

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class BallotResult:
    """A recorded ballot with the names revealed, in the order the answers were shown."""

    names: list[str]
    winner: str | None  # the best model's name, None for a tie or "all bad"
    choice: str
    votes: list[Vote]

    def to_json(self) -> dict[str, Any]:
        return {"names": self.names, "winner": self.winner, "choice": self.choice,
                "votes": [v.to_json() for v in self.votes]}


def _model_ids(project: Project, models: list[str] | None,
               found: dict[str, dict[str, list[answers.Answer]]]) -> list[str]:
    if models:
        ids = sorted({registry.get(project, n).id for n in models})
    else:
        ids = sorted({m for by_model in found.values() for m in by_model})
    if not MIN_ANSWERS <= len(ids) <= MAX_ANSWERS:
        raise VoteError(f"A ballot shows the answers of {MIN_ANSWERS} to {MAX_ANSWERS} models; "
                        f"{len(ids)} were chosen.")
    return ids


def common_answers(by_model: dict[str, list[answers.Answer]],
                   ids: list[str]) -> list[answers.Answer] | None:
    """Every model's answer written with the same settings (the newest such), if all have one."""
    newest = [{x.settings_key: x for x in reversed(by_model.get(m, []))} for m in ids]
    keys = set(newest[0]).intersection(*newest[1:])
    if not keys:
        return None
    key = max(keys, key=lambda k: min(n[k].created_at for n in newest))
    return [n[key] for n in newest]


def next_ballot(project: Project, eval_set: EvalSet | str, voter: str | None = None,
                models: list[str] | None = None,
                rng: random.Random | None = None) -> Ballot | None:
    """The next item for ``voter`` (the curator by default) to vote on, or None when done.

    An item is done for a voter whose votes there include every model (a best-of-three
    vote compares the best with each other one, which includes all three). The item
    with the fewest votes from people comes first, then the earliest, so several voters
    spread over the set; the answers' order is shuffled for every ballot.
    """
    chosen = eval_set if isinstance(eval_set, EvalSet) else eval_sets.get(project, eval_set)
    voter = voter or current_curator()
    found = answers.for_set(project, chosen.id)
    ids = _model_ids(project, models, found)
    pairs = set(combinations(ids, 2))
    votes_on: dict[str, int] = {}
    mine: dict[str, set[str]] = {}
    for item_id, a, b, who in project.conn.execute(
        "SELECT v.eval_item_id, v.model_a, v.model_b, v.voter FROM arena_votes v JOIN eval_items "
        "i ON i.id = v.eval_item_id WHERE i.eval_set_id = ? AND v.judge_model_id IS NULL",
        [chosen.id],
    ):
        if ordered(a, b) in pairs:
            votes_on[item_id] = votes_on.get(item_id, 0) + 1
            if who == voter:
                mine.setdefault(item_id, set()).update((a, b))
    pool = [(item, shown) for item in eval_sets.items(project, chosen)
            if (shown := common_answers(found.get(item.id, {}), ids)) is not None]
    waiting = [n for n, (item, _) in enumerate(pool) if mine.get(item.id, set()) != set(ids)]
    if not waiting:
        return None
    item, shown = pool[min(waiting, key=lambda n: (votes_on.get(pool[n][0].id, 0), n))]
    shown = list(shown)
    (rng or random.SystemRandom()).shuffle(shown)
    return Ballot(token=":".join([item.id, *(a.model_id for a in shown)]),
                  eval_set=chosen.name, item_id=item.id, position=item.position,
                  instruction=item.text, language=item.language,
                  answers=[a.text for a in shown], voted=len(pool) - len(waiting),
                  remaining=len(waiting))


def _best(choice: str, shown: int) -> int | None:
    """The index of the best answer chosen, or None for a tie or "all bad"."""
    if choice in TIE_CHOICES:
        return None
    if shown == 2 and choice in ("left", "right"):
        return 0 if choice == "left" else 1
    if choice.isdigit() and 1 <= int(choice) <= shown:
        return int(choice) - 1
    numbers = "left, right" if shown == 2 else f"1 to {shown}"
    raise VoteError(f"'{choice}' is not a vote on {shown} answers; use {numbers}, tie or "
                    "both_bad.")


def record_ballot(project: Project, token: str, choice: str,
                  voter: str | None = None) -> BallotResult:
    """Record a person's choice on a ballot: the number of the best answer (1 = first shown;
    "left"/"right" with two), "tie" or "both_bad"; then reveal who wrote what."""
    item_id, *shown = token.split(":")
    if not MIN_ANSWERS <= len(shown) <= MAX_ANSWERS or len(set(shown)) != len(shown):
        raise VoteError("This ballot's token is damaged; ask for the item again.")
    best = _best(choice, len(shown))
    names = {m.id: m.name for m in registry.list_models(project)}
    if any(m not in names for m in shown):
        raise VoteError("This ballot names a model the project no longer has.")
    stored: list[Vote] = []
    with project.write():  # one ballot is one transaction: all its pairwise votes or none
        for i, j in combinations(range(len(shown)), 2):  # i was shown before j
            if best is None:
                outcome = choice
            elif best in (i, j):
                outcome = "a" if best == i else "b"
            else:
                continue
            stored.append(record(project, item_id, shown[i], shown[j], outcome,
                                 shown_left=shown[i], voter=voter))
    return BallotResult(names=[names[m] for m in shown],
                        winner=None if best is None else names[shown[best]],
                        choice=choice, votes=stored)
