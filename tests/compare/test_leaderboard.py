"""The leaderboard over simulated people's votes: ranking, intervals, matrix, languages, CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from core.cli import main
from core.compare import eval_sets
from core.compare.leaderboard import leaderboard
from core.engine import registry
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
