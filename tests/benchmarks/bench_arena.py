"""The arena's leaderboard is read again after every vote: Bradley–Terry with a 1,000-round
bootstrap must stay quick as votes pile up.

Run with ``pytest tests/benchmarks/bench_arena.py -m benchmark``. Handloom's fit draws the
bootstrap as a multinomial over the distinct (pair, outcome) kinds and fits every
replicate at once with the MM algorithm; the strongest common alternative (what the LMSYS
arena notebook does) resamples the votes and fits each replicate on its own with a
general optimiser — here scipy's L-BFGS on the same likelihood, with the same virtual ties.
Both must give the same strengths and about the same intervals; the ratio is printed.
``HANDLOOM_BENCH_VOTES`` changes the number of votes.
"""

from __future__ import annotations

import os
import time

import numpy as np
import pytest

from core.compare import ratings
from core.compare.ratings import PRIOR_TIES, Comparison

pytestmark = pytest.mark.benchmark

VOTES = int(os.environ.get("HANDLOOM_BENCH_VOTES", "5000"))
ROUNDS = 1000
STRENGTHS = [0.8, 0.3, 0.0, -0.6]
MODELS = ["base", "tuned", "server", "other"]


def _simulate(n: int, seed: int) -> list[Comparison]:
    rng = np.random.default_rng(seed)
    found = []
    for _ in range(n):
        i, j = rng.choice(len(MODELS), 2, replace=False)
        p = 1 / (1 + np.exp(STRENGTHS[j] - STRENGTHS[i]))
        u = rng.random()
        outcome = "tie" if u > 0.9 else ("a" if u < 0.9 * p else "b")
        found.append(Comparison(MODELS[i], MODELS[j], outcome))
    return found


def _scipy_fit(wins: np.ndarray) -> np.ndarray:
    """Maximum likelihood of the same model (with the same virtual ties), mean 0."""
    from scipy.optimize import minimize

    k = wins.shape[0]
    w = wins + (1.0 - np.eye(k)) * (PRIOR_TIES / 2.0)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        diff = theta[:, None] - theta[None, :]
        log_p = -np.logaddexp(0.0, -diff)  # log sigmoid(θi − θj)
        p = np.exp(log_p)
        grad = (w * (1 - p)).sum(axis=1) - (w.T * (1 - p.T)).sum(axis=1)
        return -float((w * log_p).sum()), -grad

    theta = minimize(loss, np.zeros(k), jac=True, method="L-BFGS-B").x
    return np.asarray(theta - theta.mean())


def test_the_batched_bootstrap_against_a_per_replicate_scipy_fit() -> None:
    comparisons = _simulate(VOTES, seed=1)
    start = time.perf_counter()
    ours = ratings.bradley_terry(comparisons, MODELS, rounds=ROUNDS, seed=0)
    ours_seconds = time.perf_counter() - start

    start = time.perf_counter()
    # The alternative at its best: the votes as index arrays, each resample summed by numpy.
    index = {m: n for n, m in enumerate(MODELS)}
    rows = np.array([index[c.model_a] for c in comparisons])
    cols = np.array([index[c.model_b] for c in comparisons])
    score = np.array([{"a": 1.0, "b": 0.0}.get(c.outcome, 0.5) for c in comparisons])
    k = len(MODELS)

    def resampled(chosen: np.ndarray) -> np.ndarray:
        wins = np.zeros((k, k))
        np.add.at(wins, (rows[chosen], cols[chosen]), score[chosen])
        np.add.at(wins, (cols[chosen], rows[chosen]), 1.0 - score[chosen])
        return wins

    rng = np.random.default_rng(0)
    point = _scipy_fit(resampled(np.arange(len(comparisons))))
    replicates = np.array([
        _scipy_fit(resampled(rng.integers(0, len(comparisons), len(comparisons))))
        for _ in range(ROUNDS)])
    low, high = np.percentile(replicates, [2.5, 97.5], axis=0)
    scipy_seconds = time.perf_counter() - start

    assert np.allclose(ours.strength, point, atol=1e-4)
    assert np.allclose(ours.low, low, atol=0.03) and np.allclose(ours.high, high, atol=0.03)
    assert list(np.argsort(-ours.strength)) == [0, 1, 2, 3]
    print(f"\nBradley–Terry + {ROUNDS}-round bootstrap on {VOTES:,} votes, 4 models: "
          f"Handloom {ours_seconds:.3f} s, per-replicate scipy L-BFGS {scipy_seconds:.3f} s "
          f"(ratio {scipy_seconds / ours_seconds:.1f}×)")
