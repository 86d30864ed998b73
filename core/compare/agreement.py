"""How often the judge agrees with people, where both voted on the same item and pair.

Each person's vote is set against the judge's verdict on that item and pair (its two orders
combined); "both bad" counts as a tie, since the judge cannot say it. Percent agreement is
easy to read; Cohen's kappa discounts the agreement two voters would reach by chance.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from core.compare import comparisons
from core.store.project import Project

LABELS = ("a", "b", "tie")


def percent_agreement(pairs: Sequence[tuple[str, str]]) -> float | None:
    """The share of pairs whose two labels are equal (None when there are none)."""
    if not pairs:
        return None
    return sum(x == y for x, y in pairs) / len(pairs)


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters' labels: (observed − chance) / (1 − chance).

    None when there are no pairs, or when chance agreement is already certain (both raters
    always gave the same single label), where kappa is undefined.
    """
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(x == y for x, y in pairs) / n
    first = Counter(x for x, _ in pairs)
    second = Counter(y for _, y in pairs)
    chance = sum(first[k] * second[k] for k in first) / (n * n)
    if chance >= 1.0:
        return None
    return (observed - chance) / (1.0 - chance)


def _label(outcome: str) -> str:
    return "tie" if outcome == "both_bad" else outcome


def judge_and_people(project: Project, eval_set_id: str | None,
                     judge_model_id: str) -> dict[str, Any]:
    """Agreement between one judge and the people who voted on the same items and pairs."""
    verdicts = comparisons.judge_verdicts(project, eval_set_id, judge_model_id)
    pairs = [(_label(outcome), verdicts[key])
             for key, _, outcome in comparisons.people_votes(project, eval_set_id)
             if key in verdicts]
    kappa = cohen_kappa(pairs)
    agreement = percent_agreement(pairs)
    return {"votes": len(pairs),
            "percent_agreement": None if agreement is None else round(100 * agreement, 1),
            "kappa": None if kappa is None else round(kappa, 3)}
