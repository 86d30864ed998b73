"""Ratings from pairwise votes: Bradley–Terry strengths with bootstrap intervals, Elo, win rates.

Pure numpy over a list of ``Comparison``s, so the statistics are tested on simulated votes
from known strengths. A tie and "both bad" count half a win to each side. Bradley–Terry is
fitted by Hunter's MM algorithm with one virtual tie between every pair of models, which
keeps a model that never won (or a pair never compared) at a finite strength; the
bootstrap resamples the votes themselves and fits all replicates at once.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

OUTCOMES = ("a", "b", "tie", "both_bad")
PRIOR_TIES = 1.0  # virtual ties per pair of models
ELO_BASE = 1000.0
ELO_K = 32.0
ELO_SCALE = 400.0
# A model needs this many votes before its strength gets an interval. The percentile
# bootstrap can only recombine the votes it was given: with one vote every resample is that
# vote and the "interval" has zero width, and with two to four votes a unanimous record is
# common and resamples to itself just the same. Yet so few votes prove little: 4 wins out
# of 4 has a two-sided sign-test p of 0.125 and a 95% Clopper–Pearson win-rate interval of
# 0.40–1.00. Five is the fewest votes at which a unanimous record is significant at all
# (one-sided p = 1/32 ≈ 0.03), so below that no interval is given rather than a false one.
MIN_VOTES_FOR_INTERVAL = 5
# The bootstrap draws votes from what was seen plus half a vote each way for every pair that
# was compared (Jeffreys' prior on each pair's win rate). Without it a unanimous record, 10
# wins out of 10, resamples to itself every time and gets an interval of zero width, as if
# ten votes proved the exact strength; with it a resample sometimes holds the other result,
# as a new vote might. Against hundreds of votes the half votes change nothing visible.
RESAMPLING_PRIOR = 0.5


@dataclass(frozen=True)
class Comparison:
    """One vote between two models: ``outcome`` is "a", "b", "tie" or "both_bad"."""

    model_a: str
    model_b: str
    outcome: str
    language: str | None = None


def _win_matrix(comparisons: Sequence[Comparison], index: dict[str, int]) -> np.ndarray:
    """wins[i, j]: how often i beat j, a tie counting half to each."""
    k = len(index)
    wins = np.zeros((k, k))
    for c in comparisons:
        i, j = index[c.model_a], index[c.model_b]
        if c.outcome == "a":
            wins[i, j] += 1
        elif c.outcome == "b":
            wins[j, i] += 1
        else:
            wins[i, j] += 0.5
            wins[j, i] += 0.5
    return wins


def fit_strengths(wins: np.ndarray, prior: float = PRIOR_TIES, tol: float = 1e-9,
                  max_iter: int = 20_000) -> np.ndarray:
    """Bradley–Terry log-strengths (natural log, mean 0) for one or a batch of win matrices.

    ``wins`` has shape (k, k) or (B, k, k); the result has shape (k,) or (B, k).
    """
    batch = wins[None] if wins.ndim == 2 else wins
    k = batch.shape[-1]
    if k == 0:
        return np.zeros(wins.shape[:-1])
    off = 1.0 - np.eye(k)
    w = batch + off * (prior / 2.0)
    games = w + np.swapaxes(w, 1, 2)
    total_wins = w.sum(axis=2)
    p = np.ones(batch.shape[:2])
    for _ in range(max_iter):
        denom = (games / (p[:, :, None] + p[:, None, :])).sum(axis=2)
        new = total_wins / denom
        new /= np.exp(np.log(new).mean(axis=1, keepdims=True))
        change = np.abs(np.log(new) - np.log(p)).max()
        p = new
        if change < tol:
            break
    theta = np.log(p)
    return theta[0] if wins.ndim == 2 else theta


@dataclass(frozen=True)
class Strengths:
    """Bradley–Terry log-strengths per model with bootstrap percentile intervals."""

    models: list[str]
    strength: np.ndarray
    low: np.ndarray
    high: np.ndarray


def bradley_terry(comparisons: Sequence[Comparison], models: Sequence[str], *,
                  rounds: int = 1000, confidence: float = 0.95, seed: int = 0) -> Strengths:
    """Strengths of ``models`` from ``comparisons`` and their bootstrap intervals.

    Each bootstrap round draws as many votes as there are, with replacement (a multinomial
    over the distinct (pair, outcome) kinds, which is the same draw and much faster), from
    the votes seen smoothed by ``RESAMPLING_PRIOR``.
    """
    index = {m: i for i, m in enumerate(models)}
    k = len(models)
    wins = _win_matrix(comparisons, index)
    theta = fit_strengths(wins)
    if not comparisons or rounds <= 0:
        return Strengths(list(models), theta, theta.copy(), theta.copy())
    kinds: dict[tuple[int, int, str], float] = {}
    for c in comparisons:
        key = (index[c.model_a], index[c.model_b], "tie" if c.outcome == "both_bad" else c.outcome)
        kinds[key] = kinds.get(key, 0) + 1
    for i, j in {(min(i, j), max(i, j)) for i, j, _ in list(kinds)}:
        for outcome in ("a", "b"):
            kinds[(i, j, outcome)] = kinds.get((i, j, outcome), 0) + RESAMPLING_PRIOR
    effect = np.zeros((len(kinds), k, k))
    for n, (i, j, outcome) in enumerate(kinds):
        if outcome == "a":
            effect[n, i, j] = 1
        elif outcome == "b":
            effect[n, j, i] = 1
        else:
            effect[n, i, j] = effect[n, j, i] = 0.5
    counts = np.array(list(kinds.values()), dtype=float)
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(len(comparisons), counts / counts.sum(), size=rounds)
    replicates = fit_strengths(np.einsum("bn,nij->bij", draws, effect))
    tail = (1.0 - confidence) / 2.0 * 100
    low, high = np.percentile(replicates, [tail, 100 - tail], axis=0)
    return Strengths(list(models), theta, low, high)


def win_probability(theta_i: float, theta_j: float) -> float:
    """The Bradley–Terry probability that i beats j."""
    return 1.0 / (1.0 + math.exp(theta_j - theta_i))


def elo(comparisons: Sequence[Comparison], models: Sequence[str], *, k: float = ELO_K,
        base: float = ELO_BASE) -> dict[str, float]:
    """Online Elo over the votes in the order given (for reference: it depends on the order)."""
    ratings = {m: base for m in models}
    for c in comparisons:
        ra, rb = ratings[c.model_a], ratings[c.model_b]
        expected = 1.0 / (1.0 + 10 ** ((rb - ra) / ELO_SCALE))
        score = {"a": 1.0, "b": 0.0}.get(c.outcome, 0.5)
        ratings[c.model_a] = ra + k * (score - expected)
        ratings[c.model_b] = rb - k * (score - expected)
    return ratings


@dataclass(frozen=True)
class Record:
    """What one model's votes add up to."""

    wins: int = 0
    losses: int = 0
    ties: int = 0
    both_bad: int = 0

    @property
    def votes(self) -> int:
        return self.wins + self.losses + self.ties + self.both_bad

    @property
    def win_rate(self) -> float | None:
        if not self.votes:
            return None
        return (self.wins + 0.5 * (self.ties + self.both_bad)) / self.votes


def records(comparisons: Sequence[Comparison], models: Sequence[str]) -> dict[str, Record]:
    """Wins, losses, ties and "both bad" per model."""
    tally = {m: [0, 0, 0, 0] for m in models}
    for c in comparisons:
        for me, mine, theirs in ((c.model_a, "a", "b"), (c.model_b, "b", "a")):
            slot = {mine: 0, theirs: 1, "tie": 2, "both_bad": 3}[c.outcome]
            tally[me][slot] += 1
    return {m: Record(*t) for m, t in tally.items()}


def win_rates(comparisons: Sequence[Comparison],
              models: Sequence[str]) -> tuple[list[list[float | None]], list[list[int]]]:
    """The win-rate matrix (row model against column model, ties half) and its vote counts."""
    index = {m: i for i, m in enumerate(models)}
    wins = _win_matrix(comparisons, index)
    games = wins + wins.T
    rates = [[None if games[i, j] == 0 else round(float(wins[i, j] / games[i, j]), 4)
              for j in range(len(models))] for i in range(len(models))]
    return rates, [[int(round(games[i, j])) for j in range(len(models))]
                   for i in range(len(models))]
