"""Best-of-N selection with reviews overriding the judge, and the score distribution."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.judge import flags, select, stats
from core.store.project import Project
from tests.judge.conftest import (
    add_judgement,
    add_response,
    add_review,
    instruction_ids,
)


def selected(project: Project) -> set[str]:
    return {r["id"] for r in project.query("SELECT id FROM responses WHERE selected = 1")}


@pytest.fixture
def scored(judge_project: Project) -> Project:
    """Four instructions (three English, one Swahili) to give scored candidates."""
    return judge_project


def test_best_of_picks_the_highest_score_and_breaks_ties(scored: Project) -> None:
    a, b, c, d = instruction_ids(scored)
    r = {}
    r["a_low"] = add_response(scored, a, "Lyon.", sample=0)
    r["a_high"] = add_response(scored, a, "Paris is the capital of France.", sample=1)
    r["a_mid"] = add_response(scored, a, "It is Paris, I think.", sample=2)
    # Equal scores: the one with fewer flags wins, then the shorter one.
    r["b_cut"] = add_response(scored, b, "Eight", sample=0, finish_reason="length")
    r["b_long"] = add_response(scored, b, "A spider has eight legs, always eight.", sample=1)
    r["b_short"] = add_response(scored, b, "Eight legs.", sample=2)
    # Not judged, and a failed judgement: nothing to select.
    r["c_unjudged"] = add_response(scored, c, "The sea is wide.", sample=0)
    r["c_failed"] = add_response(scored, c, "The sea is deep.", sample=1)
    r["d_one"] = add_response(scored, d, "Nairobi.", sample=0)
    for key, score in [("a_low", 2), ("a_high", 8), ("a_mid", 6), ("b_cut", 7), ("b_long", 7),
                       ("b_short", 7), ("c_failed", -1), ("d_one", 5)]:
        add_judgement(scored, r[key], score)
    flags.compute(scored)

    report = select.best_of(scored)
    assert selected(scored) == {r["a_high"], r["b_short"], r["d_one"]}
    assert report["instructions"] == 4 and report["selected"] == 3
    assert report["without_selection"] == 1
    assert report["by_language"] == {"en": 2, "sw": 1}
    assert report["by_model"] == {"SmolLM2-135M-Instruct": 3}

    # A minimum score drops instructions whose best is below it.
    report = select.best_of(scored, min_score=6)
    assert selected(scored) == {r["a_high"], r["b_short"]}
    assert report["by_language"] == {"en": 2}

    # A newer judgement (here by another judge) wins over an older one; a newer failed
    # one hides nothing.
    add_judgement(scored, r["a_mid"], 9, judge="gemma-3-270m")
    add_judgement(scored, r["a_high"], -1, judge="gemma-3-270m")
    select.best_of(scored)
    assert r["a_mid"] in selected(scored) and r["a_high"] not in selected(scored)
    # Counting only one judge's scores brings the first judge's choice back.
    judge = scored.scalar("SELECT id FROM models WHERE name = 'SmolLM2-135M-Instruct'")
    select.best_of(scored, judge_model_id=judge)
    assert r["a_high"] in selected(scored)


def test_excluded_flags_and_review_overrides(scored: Project) -> None:
    a, b, c, _ = instruction_ids(scored)
    loop = add_response(scored, a, "Paris is the capital. " * 10, sample=0)
    plain = add_response(scored, a, "Paris.", sample=1)
    good = add_response(scored, b, "Eight legs.", sample=0)
    weak = add_response(scored, b, "Six legs?", sample=1)
    sea = add_response(scored, c, "The sea is wide.", sample=0)
    for response, score in [(loop, 9), (plain, 4), (good, 9), (weak, 1), (sea, 3)]:
        add_judgement(scored, response, score)
    flags.compute(scored)

    select.best_of(scored)
    assert selected(scored) == {loop, good, sea}
    select.best_of(scored, exclude_flags=["repetition"])
    assert selected(scored) == {plain, good, sea}

    # A rejected response is never selected; an accepted one is preferred over any score,
    # even below the minimum; an undone review no longer counts.
    add_review(scored, good, "reject")
    add_review(scored, weak, "accept")
    add_review(scored, sea, "reject", undone=True)
    report = select.best_of(scored, min_score=5, exclude_flags=["repetition"])
    assert selected(scored) == {weak}
    assert report["accepted_by_person"] == 1 and report["rejected_by_person"] == 1
    # The newest verdict decides: rejecting the accepted one after all.
    add_review(scored, weak, "reject")
    add_review(scored, good, "accept")
    select.best_of(scored, min_score=5)
    assert selected(scored) == {loop, good}


def test_excluded_instructions_lose_their_selection(scored: Project) -> None:
    a = instruction_ids(scored)[0]
    response = add_response(scored, a, "Paris.")
    add_judgement(scored, response, 8)
    select.best_of(scored)
    assert selected(scored) == {response}
    with scored.write() as conn:
        conn.execute("UPDATE instructions SET status = 'excluded' WHERE id = ?", [a])
    report = select.best_of(scored)
    assert selected(scored) == set() and report["instructions"] == 0


def test_distribution_and_threshold_counts(scored: Project,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    a, b, c, d = instruction_ids(scored)
    plan = [(a, "Paris.", 9), (a, "Lyon.", 2), (b, "Eight.", 7), (b, "Six.", 7.5),
            (c, "Waves.", -1), (d, "Nairobi.", 10)]
    for n, (instruction, text, score) in enumerate(plan):
        add_judgement(scored, add_response(scored, instruction, text, sample=n), score)
    add_response(scored, c, "Unjudged.", sample=9, finish_reason="length")
    flags.compute(scored)

    dist = stats.distribution(scored)
    assert dist["overall"] == [0, 0, 1, 0, 0, 0, 0, 2, 0, 1, 1]
    assert dist["by_language"]["sw"] == [0] * 10 + [1]
    assert sum(dist["by_language"]["en"]) == 4
    assert dist["by_model"]["SmolLM2-135M-Instruct"] == dist["overall"]
    assert (dist["judged"], dist["failed"], dist["unjudged"]) == (5, 1, 1)

    thresholds = {t["threshold"]: t for t in stats.threshold_counts(scored)}
    assert thresholds[0] == {"threshold": 0, "pairs": 5, "instructions": 3}
    assert thresholds[7]["pairs"] == 4 and thresholds[7]["instructions"] == 3
    assert thresholds[8]["pairs"] == 2 and thresholds[10]["instructions"] == 1
    left = stats.remaining(scored, 7.5)
    assert (left["pairs"], left["instructions"]) == (3, 3)
    assert left["by_language"] == {"en": 2, "sw": 1}

    path = str(scored.path)
    assert main(["select", path, "--best-of", "--min-score", "7", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["selected"] == 3 and report["by_language"] == {"en": 2, "sw": 1}
    assert main(["judge-stats", path, "--threshold", "8", "--exclude-flags", "truncated",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["distribution"]["overall"] == dist["overall"]
    assert data["remaining"]["pairs"] == 2 and data["selected"] == 3
    assert data["flags"]["truncated"] == 1
    assert len(data["thresholds"]) == 11
    assert main(["select", path, "--best-of", "--exclude-flags", "loops"]) == 1
    assert "no flag called loops" in capsys.readouterr().err
