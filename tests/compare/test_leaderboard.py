"""The leaderboard over simulated people's votes: ranking, intervals, matrix, languages, CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from core.cli import main
from core.compare import eval_sets, votes
from core.compare.leaderboard import leaderboard
from core.compare.ratings import MIN_VOTES_FOR_INTERVAL
from core.store import registry
from core.store.project import Project
from tests.compare.conftest import GEMMA, SMOL, add_answers, add_model, simulate_votes


def test_leaderboard_ranks_simulated_votes_overall_and_per_language(
        arena_project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chosen = eval_sets.held_out(arena_project, "everyday", size=4)  # three en, one sw
    ids = [registry.get(arena_project, GEMMA).id, registry.get(arena_project, SMOL).id,
           add_model(arena_project, "remote-7b")]
    add_answers(arena_project, chosen, ids)
    simulate_votes(arena_project, chosen, ids, strengths=[-1.0, 0.0, 1.0], votes_per_item=60,
                   seed=11)
    board = leaderboard(arena_project, "everyday", rounds=300)
    assert [m["model"] for m in board["models"]] == ["remote-7b", SMOL, GEMMA]
    assert board["votes"] == 240 and sum(m["votes"] for m in board["models"]) == 480
    for m in board["models"]:
        assert m["ci_low"] < m["strength"] < m["ci_high"]
        assert m["wins"] + m["losses"] + m["ties"] + m["both_bad"] == m["votes"]
    top, _, bottom = board["models"]
    assert top["ci_low"] > bottom["ci_high"]  # 240 votes separate strengths 2 apart
    assert top["elo"] > bottom["elo"] and top["win_rate"] > 0.5 > bottom["win_rate"]
    matrix = board["matrix"]
    assert matrix["models"] == ["remote-7b", SMOL, GEMMA]
    assert matrix["win_rate"][0][2] > 0.7 and matrix["win_rate"][0][0] is None
    assert sum(map(sum, matrix["votes"])) == 2 * 240
    assert set(board["by_language"]) == {"en", "sw"}
    assert board["by_language"]["en"]["votes"] == 180 and board["by_language"]["sw"]["votes"] == 60
    sw = board["by_language"]["sw"]["models"]
    assert sw[0]["ci_high"] - sw[0]["ci_low"] > top["ci_high"] - top["ci_low"]  # fewer votes
    assert board["consistency"]["people"] == 240 and board["agreement"] == {}

    out = tmp_path / "board.csv"
    assert main(["leaderboard", str(arena_project.path), "--eval-set", "everyday",
                 "--rounds", "100", "--csv", str(out), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["csv"] == str(out) and printed["bootstrap_rounds"] == 100
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["language"], r["model"]) for r in rows[:3]] == [
        ("all", "remote-7b"), ("all", SMOL), ("all", GEMMA)]
    assert {r["language"] for r in rows} == {"all", "en", "sw"} and len(rows) == 9
    assert rows[0][f"vs {GEMMA}"] == str(matrix["win_rate"][0][2])
    assert rows[0]["vs remote-7b"] == "" and int(rows[0]["votes"]) == top["votes"]

    assert main(["leaderboard", str(arena_project.path)]) == 0
    text = capsys.readouterr().out
    assert "every evaluation set" in text and "remote-7b" in text and "sw:" in text


def test_an_empty_leaderboard(arena_project: Project) -> None:
    board = leaderboard(arena_project)
    assert board["votes"] == 0 and board["models"] == [] and board["by_language"] == {}


def test_models_that_answered_are_listed_before_anyone_votes(
        arena_project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    chosen = eval_sets.held_out(arena_project, "unvoted", size=4)
    ids = [registry.get(arena_project, GEMMA).id, registry.get(arena_project, SMOL).id]
    add_answers(arena_project, chosen, ids)
    other = eval_sets.held_out(arena_project, "elsewhere", size=1)
    add_answers(arena_project, other, [add_model(arena_project, "remote-7b")])
    board = leaderboard(arena_project, "unvoted")
    assert board["votes"] == 0 and board["by_language"] == {}
    assert [m["model"] for m in board["models"]] == [SMOL, GEMMA]  # not remote-7b: other set
    for m in board["models"]:
        assert (m["votes"], m["wins"], m["strength"], m["ci_low"], m["ci_high"], m["elo"],
                m["win_rate"]) == (0, 0, None, None, None, None, None)
    assert board["matrix"]["models"] == [SMOL, GEMMA]
    assert board["matrix"]["win_rate"] == [[None, None], [None, None]]
    everywhere = leaderboard(arena_project)
    assert {m["model"] for m in everywhere["models"]} == {GEMMA, SMOL, "remote-7b"}

    assert main(["leaderboard", str(arena_project.path), "--eval-set", "unvoted"]) == 0
    text = capsys.readouterr().out
    assert f"{GEMMA}" in text and "(no votes)" in text and "wins - of 0" in text

    # Once two of them have votes, a model nobody voted on stays listed, last.
    third = add_model(arena_project, "remote-3b")
    add_answers(arena_project, chosen, [third], key="other")
    votes.record(arena_project, eval_sets.items(arena_project, chosen)[0].id, ids[0], ids[1],
                 "a", voter="Amina")
    board = leaderboard(arena_project, "unvoted", rounds=50)
    assert [m["model"] for m in board["models"]] == [GEMMA, SMOL, "remote-3b"]
    assert board["models"][0]["strength"] > 0 > board["models"][1]["strength"]
    assert board["models"][2]["strength"] is None and board["models"][2]["votes"] == 0


def test_too_few_votes_give_no_interval_in_json_csv_and_text(
        arena_project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chosen = eval_sets.held_out(arena_project, "languages", size=4)  # three en, one sw
    a, b = registry.get(arena_project, GEMMA).id, registry.get(arena_project, SMOL).id
    add_answers(arena_project, chosen, [a, b])
    items = eval_sets.items(arena_project, chosen)
    english = [i for i in items if i.language == "en"]
    [swahili] = [i for i in items if i.language == "sw"]
    outcomes = ["a", "b", "a", "a", "tie", "b", "a"]  # 7 English votes: mixed
    for n, outcome in enumerate(outcomes):
        votes.record(arena_project, english[n % 3].id, a, b, outcome, voter=f"voter {n}")
    votes.record(arena_project, swahili.id, a, b, "a", voter="Amina")  # one Swahili vote

    out = tmp_path / "board.csv"
    assert main(["leaderboard", str(arena_project.path), "--source", "people", "--csv",
                 str(out), "--rounds", "200", "--json"]) == 0
    board = json.loads(capsys.readouterr().out)
    assert board["interval_min_votes"] == MIN_VOTES_FOR_INTERVAL == 5
    sw = board["by_language"]["sw"]["models"]
    assert [m["votes"] for m in sw] == [1, 1]
    assert all(m["strength"] is not None and m["ci_low"] is None and m["ci_high"] is None
               for m in sw)
    assert sw[0]["strength"] > 0  # the one vote still moves the strength
    for m in [*board["models"], *board["by_language"]["en"]["models"]]:  # 8 and 7 votes
        assert m["votes"] >= MIN_VOTES_FOR_INTERVAL
        assert m["ci_low"] < m["ci_high"] and m["ci_low"] <= m["strength"] <= m["ci_high"]
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {(r["language"], r["ci_low"], r["ci_high"]) for r in rows if r["language"] == "sw"} \
        == {("sw", "", "")}
    assert all(r["ci_low"] and r["ci_high"] for r in rows if r["language"] != "sw")

    assert main(["leaderboard", str(arena_project.path), "--source", "people",
                 "--rounds", "200"]) == 0
    text = capsys.readouterr().out
    sw_line = next(line for line in text.splitlines() if line.strip().startswith("sw:"))
    assert sw_line.count("too few votes for an interval") == 2 and "[" not in sw_line


def test_the_interval_starts_at_five_votes_for_a_model(arena_project: Project) -> None:
    chosen = eval_sets.held_out(arena_project, "threshold", size=4)
    a, b = registry.get(arena_project, GEMMA).id, registry.get(arena_project, SMOL).id
    add_answers(arena_project, chosen, [a, b])
    items = eval_sets.items(arena_project, chosen)
    for n, outcome in enumerate(["a", "b", "a", "tie", "a"]):
        votes.record(arena_project, items[n % 4].id, a, b, outcome, voter=f"voter {n}")
        board = leaderboard(arena_project, "threshold", rounds=100)
        sure = [m["ci_low"] is not None for m in board["models"]]
        assert sure == [n + 1 >= MIN_VOTES_FOR_INTERVAL] * 2, n
