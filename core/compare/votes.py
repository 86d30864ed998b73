"""Arena votes: blind pairs for a person to judge, and votes stored in terms of models.

``next_pair`` shows two answers to one prompt without the models' names, the sides chosen
at random for each item; ``record_vote`` takes the person's choice of side, stores it as an
outcome between the two models ("a", "b", "tie" or "both_bad", with the model that was shown
on the left) and only then reveals the names. A person has one vote per item and pair of
models: voting again replaces it. A judge's votes are stored the same way, with the judge.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from itertools import combinations
from typing import Any

from core.compare import answers, eval_sets
from core.compare.eval_sets import EvalSet
from core.curator import current_curator
from core.errors import HandloomError
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project

OUTCOMES = ("a", "b", "tie", "both_bad")
CHOICES = ("left", "right", "tie", "both_bad")
SOURCES = ("all", "people", "judge")


class VoteError(HandloomError):
    """A vote that cannot be recorded: an unknown item, model, choice or token."""


@dataclass(frozen=True)
class ArenaPair:
    """Two answers to one prompt, in display order, without the models' names."""

    token: str  # hand back to record_vote
    eval_set: str
    item_id: str
    position: int
    instruction: str
    language: str | None
    left: str
    right: str
    voted: int  # pairs this voter has already voted on in the set
    remaining: int  # pairs still waiting for this voter's vote, this one included

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Vote:
    """A stored vote with the models' names revealed."""

    id: str
    eval_set: str
    item_id: str
    position: int
    language: str | None
    model_a: str
    model_b: str
    shown_left: str
    outcome: str
    winner: str | None
    voter: str | None
    judge: str | None
    judge_order: str | None
    rationale: str | None
    created_by: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def ordered(a: str, b: str) -> tuple[str, str]:
    """The stored order of two model ids (by id: the model registered first is "a")."""
    return (a, b) if a <= b else (b, a)


def flip(outcome: str) -> str:
    """The same outcome with the two models' roles swapped."""
    return {"a": "b", "b": "a"}.get(outcome, outcome)


def _set(project: Project, eval_set: EvalSet | str) -> EvalSet:
    return eval_set if isinstance(eval_set, EvalSet) else eval_sets.get(project, eval_set)


def _model_ids(project: Project, names: list[str] | None,
               found: dict[str, dict[str, list[answers.Answer]]]) -> list[str]:
    if names:
        return sorted({registry.get(project, n).id for n in names})
    return sorted({m for by_model in found.values() for m in by_model})


Candidate = tuple[eval_sets.EvalItem, answers.Answer, answers.Answer]


def candidates(project: Project, eval_set: EvalSet | str,
               models: list[str] | None = None) -> list[Candidate]:
    """Every (item, answer of model a, answer of model b) that can be compared, in item order."""
    chosen = _set(project, eval_set)
    found = answers.for_set(project, chosen.id)
    ids = _model_ids(project, models, found)
    return [(item, *pair) for item in eval_sets.items(project, chosen)
            for a, b in combinations(ids, 2)
            if (pair := answers.pair(found.get(item.id, {}), a, b)) is not None]


def next_pair(project: Project, eval_set: EvalSet | str, voter: str | None = None,
              models: list[str] | None = None,
              rng: random.Random | None = None) -> ArenaPair | None:
    """The next pair for ``voter`` (the curator by default) to vote on, or None when done.

    The pair with the fewest votes from people comes first, then the earliest item, so
    several voters spread over the set; which model is shown left is a coin toss per item.
    """
    chosen = _set(project, eval_set)
    voter = voter or current_curator()
    pool = candidates(project, chosen, models)
    counts: dict[tuple[str, str, str], int] = {}
    mine: set[tuple[str, str, str]] = set()
    for row in project.conn.execute(
        "SELECT v.eval_item_id, v.model_a, v.model_b, v.voter FROM arena_votes v JOIN eval_items "
        "i ON i.id = v.eval_item_id WHERE i.eval_set_id = ? AND v.judge_model_id IS NULL",
        [chosen.id],
    ):
        key = (row[0], *ordered(row[1], row[2]))
        counts[key] = counts.get(key, 0) + 1
        if row[3] == voter:
            mine.add(key)
    keys = [(item.id, a.model_id, b.model_id) for item, a, b in pool]
    waiting = [n for n, key in enumerate(keys) if key not in mine]
    if not waiting:
        return None
    item, first, second = pool[min(waiting, key=lambda n: (counts.get(keys[n], 0), n))]
    swap = (rng or random.SystemRandom()).random() < 0.5
    left, right = (second, first) if swap else (first, second)
    return ArenaPair(token=f"{item.id}:{left.model_id}:{right.model_id}", eval_set=chosen.name,
                     item_id=item.id, position=item.position, instruction=item.text,
                     language=item.language, left=left.text, right=right.text,
                     voted=len(pool) - len(waiting), remaining=len(waiting))


def record_vote(project: Project, token: str, choice: str, voter: str | None = None) -> Vote:
    """Record a person's choice ("left", "right", "tie" or "both_bad") for a shown pair."""
    if choice not in CHOICES:
        raise VoteError(f"'{choice}' is not a vote; use one of {', '.join(CHOICES)}.")
    try:
        item_id, left, right = token.split(":")
    except ValueError:
        raise VoteError("This vote's token is damaged; ask for the pair again.") from None
    a, b = ordered(left, right)
    winner = {"left": left, "right": right}.get(choice)
    outcome = choice if winner is None else ("a" if winner == a else "b")
    return record(project, item_id, a, b, outcome, shown_left=left, voter=voter)


def record(project: Project, item_id: str, model_a: str, model_b: str, outcome: str, *,
           shown_left: str | None = None, voter: str | None = None,
           judge_model_id: str | None = None, judge_order: str | None = None,
           rationale: str | None = None) -> Vote:
    """Store a vote between two model ids on an item; a person's earlier vote is replaced."""
    if outcome not in OUTCOMES:
        raise VoteError(f"'{outcome}' is not an outcome; use one of {', '.join(OUTCOMES)}.")
    if model_a == model_b:
        raise VoteError("A vote compares two different models.")
    if shown_left not in (None, model_a, model_b):
        raise VoteError("The model shown on the left must be one of the two compared.")
    item = eval_sets.item(project, item_id)
    have = answers.for_set(project, item.eval_set_id).get(item_id, {})
    if answers.pair(have, model_a, model_b) is None:
        raise VoteError("Both models need an answer to this prompt (with the same settings) "
                        "before it can be voted on.")
    curator = current_curator()
    voter = None if judge_model_id else (voter or curator)
    a, b = ordered(model_a, model_b)
    if (a, b) != (model_a, model_b):
        outcome = flip(outcome)
    with project.write() as conn:
        earlier = None
        if voter is not None:
            earlier = conn.execute(
                "SELECT id FROM arena_votes WHERE eval_item_id = ? AND model_a = ? AND "
                "model_b = ? AND voter = ? AND judge_model_id IS NULL", [item_id, a, b, voter],
            ).fetchone()
        values = [shown_left or a, outcome, rationale, now()]
        if earlier:
            vote_id = earlier[0]
            conn.execute("UPDATE arena_votes SET shown_left = ?, outcome = ?, rationale = ?, "
                         "created_at = ? WHERE id = ?", [*values, vote_id])
        else:
            vote_id = new_id()
            conn.execute(
                "INSERT INTO arena_votes(id, eval_item_id, model_a, model_b, shown_left, "
                "outcome, rationale, created_at, voter, judge_model_id, judge_order, created_by) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [vote_id, item_id, a, b, *values, voter, judge_model_id, judge_order, curator])
    return listing(project, vote_id=vote_id)[0]


def vote_by_names(project: Project, item_id: str, model_a: str, model_b: str, outcome: str,
                  voter: str | None = None) -> Vote:
    """A person's vote given with model names (the command line's ``handloom vote``)."""
    a, b = registry.get(project, model_a).id, registry.get(project, model_b).id
    return record(project, item_id, a, b, outcome, shown_left=a, voter=voter)


def listing(project: Project, eval_set: EvalSet | str | None = None, source: str = "all",
            *, vote_id: str | None = None) -> list[Vote]:
    """Votes with names, oldest first; ``source`` is "all", "people" or "judge"."""
    if source not in SOURCES:
        raise VoteError(f"'{source}' is not a source of votes; use one of {', '.join(SOURCES)}.")
    sql = (
        "SELECT v.id, s.name AS eval_set, v.eval_item_id AS item_id, i.position, i.language, "
        "ma.name AS model_a, mb.name AS model_b, ml.name AS shown_left, v.outcome, "
        "CASE v.outcome WHEN 'a' THEN ma.name WHEN 'b' THEN mb.name END AS winner, v.voter, "
        "mj.name AS judge, v.judge_order, v.rationale, v.created_by, v.created_at "
        "FROM arena_votes v JOIN eval_items i ON i.id = v.eval_item_id "
        "JOIN eval_sets s ON s.id = i.eval_set_id JOIN models ma ON ma.id = v.model_a "
        "JOIN models mb ON mb.id = v.model_b LEFT JOIN models ml ON ml.id = v.shown_left "
        "LEFT JOIN models mj ON mj.id = v.judge_model_id WHERE 1"
    )
    params: list[Any] = []
    if eval_set is not None:
        sql += " AND s.id = ?"
        params.append(_set(project, eval_set).id)
    if source != "all":
        sql += f" AND v.judge_model_id IS {'NULL' if source == 'people' else 'NOT NULL'}"
    if vote_id:
        sql += " AND v.id = ?"
        params.append(vote_id)
    return [Vote(**r) for r in project.query(sql + " ORDER BY v.created_at, v.rowid", params)]
