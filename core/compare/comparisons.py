"""From stored votes to the comparisons the ratings count.

Each person's vote is one comparison. A judge is asked about every pair in both orders
(A/B and B/A); its two verdicts become one comparison: the verdict when they agree, a tie
when they do not. A judge that always prefers the first answer is therefore inconsistent on
every pair and its votes cancel out instead of favouring whichever model was shown first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.compare.ratings import OUTCOMES, Comparison
from core.store.project import Project


@dataclass(frozen=True)
class Tally:
    """The comparisons behind a leaderboard and how consistent the judge's verdicts were."""

    comparisons: list[Comparison] = field(default_factory=list)
    people: int = 0  # votes by people
    judged_pairs: int = 0  # item × pair × judge with at least one verdict
    both_orders: int = 0  # ... asked in both orders
    inconsistent: int = 0  # ... whose two verdicts disagree

    def to_json(self) -> dict[str, Any]:
        return {"people": self.people, "judged_pairs": self.judged_pairs,
                "both_orders": self.both_orders, "inconsistent": self.inconsistent}


def _rows(project: Project, eval_set_id: str | None, source: str,
          judge_model_id: str | None) -> list[dict[str, Any]]:
    sql = (
        "SELECT v.eval_item_id, v.model_a, v.model_b, v.outcome, v.voter, v.judge_model_id, "
        "v.judge_order, i.language FROM arena_votes v JOIN eval_items i "
        "ON i.id = v.eval_item_id WHERE 1"
    )
    params: list[Any] = []
    if eval_set_id:
        sql += " AND i.eval_set_id = ?"
        params.append(eval_set_id)
    if source == "people":
        sql += " AND v.judge_model_id IS NULL"
    elif source == "judge":
        sql += " AND v.judge_model_id IS NOT NULL"
    if judge_model_id:
        sql += " AND (v.judge_model_id IS NULL OR v.judge_model_id = ?)"
        params.append(judge_model_id)
    return project.query(sql + " ORDER BY v.created_at, v.rowid", params)


def _canonical(row: dict[str, Any]) -> tuple[str, str, str]:
    """(model a, model b, outcome) with the models in id order."""
    a, b, outcome = row["model_a"], row["model_b"], row["outcome"]
    if a > b:
        a, b, outcome = b, a, {"a": "b", "b": "a"}.get(outcome, outcome)
    return a, b, outcome


def combine_orders(outcomes: list[str]) -> tuple[str, bool]:
    """One judge's verdicts on one item and pair (in model terms): (outcome, inconsistent).

    Agreeing verdicts stand; disagreeing ones make a tie. "both_bad" counts as a tie here.
    """
    seen = {"tie" if o == "both_bad" else o for o in outcomes}
    if len(seen) == 1:
        return seen.pop(), False
    return "tie", True


def tally(project: Project, eval_set_id: str | None = None, source: str = "all",
          judge_model_id: str | None = None) -> Tally:
    """Every comparison in the set (or the project): people's votes one by one, a judge's
    two orders combined into one."""
    comparisons: list[Comparison] = []
    judged: dict[tuple[str, str, str, str], tuple[str | None, dict[str, str]]] = {}
    people = 0
    for row in _rows(project, eval_set_id, source, judge_model_id):
        a, b, outcome = _canonical(row)
        if outcome not in OUTCOMES:
            continue
        if row["judge_model_id"] is None:
            people += 1
            comparisons.append(Comparison(a, b, outcome, row["language"]))
            continue
        key = (row["eval_item_id"], a, b, row["judge_model_id"])
        # The newest verdict per order counts (a judge asked again replaces its verdict).
        judged.setdefault(key, (row["language"], {}))[1][row["judge_order"] or "ab"] = outcome
    both = inconsistent = 0
    for (_, a, b, _), (language, by_order) in judged.items():
        outcome, disagree = combine_orders(list(by_order.values()))
        both += len(by_order) > 1
        inconsistent += disagree
        comparisons.append(Comparison(a, b, outcome, language))
    return Tally(comparisons, people, len(judged), both, inconsistent)


def judge_verdicts(project: Project, eval_set_id: str | None,
                   judge_model_id: str) -> dict[tuple[str, str, str], str]:
    """The judge's combined verdict per (item, model a, model b), in id order."""
    found: dict[tuple[str, str, str], dict[str, str]] = {}
    for row in _rows(project, eval_set_id, "judge", judge_model_id):
        a, b, outcome = _canonical(row)
        if outcome in OUTCOMES:
            found.setdefault((row["eval_item_id"], a, b), {})[row["judge_order"] or "ab"] = outcome
    return {key: combine_orders(list(v.values()))[0] for key, v in found.items()}


def people_votes(project: Project, eval_set_id: str | None) -> list[tuple[tuple[str, str, str],
                                                                           str, str]]:
    """((item, model a, model b), voter, outcome) for every person's vote, in id order."""
    return [((row["eval_item_id"], a, b), row["voter"] or "", outcome)
            for row in _rows(project, eval_set_id, "people", None)
            for a, b, outcome in [_canonical(row)] if outcome in OUTCOMES]
