"""Percent agreement and Cohen's kappa on constructed agreements."""

from __future__ import annotations

import numpy as np

from core.compare.agreement import cohen_kappa, percent_agreement


def test_perfect_agreement_is_kappa_one() -> None:
    pairs = [("a", "a"), ("b", "b"), ("tie", "tie"), ("a", "a")]
    assert percent_agreement(pairs) == 1.0
    assert cohen_kappa(pairs) == 1.0


def test_a_two_by_two_table_worked_by_hand() -> None:
    # 20 both "a", 5 judge-only "a", 10 people-only "a", 15 both "b":
    # observed 0.70, chance 0.5 * 0.6 + 0.5 * 0.4 = 0.50, kappa 0.4.
    pairs = [("a", "a")] * 20 + [("b", "a")] * 5 + [("a", "b")] * 10 + [("b", "b")] * 15
    assert percent_agreement(pairs) == 0.7
    assert abs(cohen_kappa(pairs) - 0.4) < 1e-12


def test_independent_raters_have_kappa_near_zero_and_opposed_ones_below_zero() -> None:
    rng = np.random.default_rng(0)
    labels = ["a", "b", "tie"]
    people = rng.choice(labels, 5000, p=[0.5, 0.3, 0.2])
    judge = rng.choice(labels, 5000, p=[0.4, 0.4, 0.2])
    kappa = cohen_kappa(list(zip(people, judge, strict=True)))
    assert abs(kappa) < 0.03
    swapped = [("a", "b"), ("b", "a")] * 10
    assert cohen_kappa(swapped) == -1.0 and percent_agreement(swapped) == 0.0


def test_kappa_is_undefined_without_votes_or_when_both_always_say_the_same() -> None:
    assert cohen_kappa([]) is None and percent_agreement([]) is None
    assert cohen_kappa([("a", "a")] * 5) is None
