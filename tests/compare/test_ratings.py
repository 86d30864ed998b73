"""Bradley–Terry, its bootstrap intervals and Elo on votes simulated from known strengths."""

from __future__ import annotations

import numpy as np

from core.compare.ratings import (
    ELO_BASE,
    ELO_K,
    Comparison,
    bradley_terry,
    elo,
    records,
    win_rates,
)

MODELS = ["base", "tuned", "big", "huge"]
TRUTH = np.array([-1.0, -0.3, 0.3, 1.0])  # log-strengths, mean 0 like the fit's


def simulate(n: int, seed: int, truth: np.ndarray = TRUTH, ties: float = 0.0) -> list[Comparison]:
    """``n`` votes between random pairs; the winner drawn from Bradley–Terry, some ties."""
    rng = np.random.default_rng(seed)
    votes = []
    for _ in range(n):
        i, j = rng.choice(len(truth), 2, replace=False)
        if rng.random() < ties:
            outcome = "tie"
        else:
            outcome = "a" if rng.random() < 1 / (1 + np.exp(truth[j] - truth[i])) else "b"
        votes.append(Comparison(MODELS[i], MODELS[j], outcome))
    return votes


def test_strengths_are_recovered_in_order() -> None:
    fitted = bradley_terry(simulate(3000, seed=1), MODELS, rounds=200)
    assert list(np.argsort(fitted.strength)) == [0, 1, 2, 3]
    assert np.abs(fitted.strength - TRUTH).max() < 0.2
    assert abs(fitted.strength.mean()) < 1e-9
    assert np.all(fitted.low <= fitted.strength) and np.all(fitted.strength <= fitted.high)


def test_the_95_percent_intervals_cover_the_truth_in_most_seeds() -> None:
    covered = []
    for seed in range(30):
        fitted = bradley_terry(simulate(400, seed=100 + seed), MODELS, rounds=300, seed=seed)
        covered.append((fitted.low <= TRUTH) & (TRUTH <= fitted.high))
    rate = np.mean(covered)
    # 95% intervals: about 114 of 120 should cover the truth. Far fewer means they are too
    # narrow; all 120 (a 0.2% chance for true 95% intervals) would mean they are too wide.
    assert 0.85 <= rate < 1.0, rate
    assert np.mean(covered, axis=0).min() >= 0.8


def test_intervals_shrink_with_more_votes() -> None:
    few = bradley_terry(simulate(200, seed=7), MODELS, rounds=300)
    many = bradley_terry(simulate(2000, seed=7), MODELS, rounds=300)
    few_width = (few.high - few.low).mean()
    many_width = (many.high - many.low).mean()
    # Ten times the votes: about sqrt(10) ≈ 3.2 times narrower.
    assert 2.2 < few_width / many_width < 4.5


def test_ties_count_half_and_a_model_that_never_won_stays_finite() -> None:
    votes = [Comparison("base", "tuned", "b")] * 5 + [Comparison("tuned", "big", "tie")] * 6
    fitted = bradley_terry(votes, ["base", "tuned", "big"], rounds=100)
    assert np.all(np.isfinite(fitted.strength))
    assert fitted.strength[0] == fitted.strength.min() < -1
    assert abs(fitted.strength[1] - fitted.strength[2]) < 0.6  # they only tied each other
    tallies = records(votes, ["base", "tuned", "big"])
    assert (tallies["tuned"].wins, tallies["tuned"].ties, tallies["tuned"].votes) == (5, 6, 11)
    assert tallies["base"].win_rate == 0.0 and tallies["big"].win_rate == 0.5


def test_win_rate_matrix_and_its_counts() -> None:
    votes = simulate(600, seed=3, ties=0.2)
    rates, counts = win_rates(votes, MODELS)
    for i in range(4):
        assert rates[i][i] is None and counts[i][i] == 0
        for j in range(i + 1, 4):
            assert counts[i][j] == counts[j][i] > 0
            assert abs(rates[i][j] + rates[j][i] - 1) < 1e-3
    assert sum(counts[i][j] for i in range(4) for j in range(i + 1, 4)) == 600
    assert rates[3][0] > 0.7 and rates[0][3] < 0.3  # the strongest beats the weakest


def test_elo_orders_the_models_and_is_zero_sum() -> None:
    votes = simulate(2000, seed=5, truth=np.array([-1.5, -0.5, 0.5, 1.5]))
    ratings = elo(votes, MODELS)
    assert sorted(MODELS, key=ratings.get) == MODELS
    assert abs(sum(ratings.values()) - 4 * ELO_BASE) < 1e-6
    one = elo([Comparison("base", "tuned", "a")], ["base", "tuned"])
    assert one == {"base": ELO_BASE + ELO_K / 2, "tuned": ELO_BASE - ELO_K / 2}
    assert elo([Comparison("base", "tuned", "both_bad")], ["base", "tuned"]) == {
        "base": ELO_BASE, "tuned": ELO_BASE}


def test_a_unanimous_record_gets_an_interval_not_a_point() -> None:
    votes = [Comparison("base", "tuned", "b")] * 10
    fitted = bradley_terry(votes, ["base", "tuned"], rounds=500)
    width = fitted.high - fitted.low
    assert np.all(width > 0.3)  # ten votes do not pin the strength down
    assert np.all(fitted.low <= fitted.strength) and np.all(fitted.strength <= fitted.high)
    assert fitted.strength[1] > fitted.strength[0] and fitted.low[1] > fitted.high[0] - 1.5
