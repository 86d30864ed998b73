"""The Compare page's leaderboard widgets show "too few votes" instead of an interval drawn
from one vote, and list models nobody has voted on yet (offscreen Qt)."""

from __future__ import annotations

from app.stages.compare.arena_board import ArenaBoard
from app.stages.compare.strength_chart import StrengthChart
from core.compare import eval_sets, votes
from core.compare.leaderboard import leaderboard
from core.store import registry
from core.store.project import Project
from tests.compare.conftest import GEMMA, SMOL, add_answers, add_model


def _cells(board: ArenaBoard) -> list[list[str]]:
    table = board.table
    return [[(cell.text() if (cell := table.item(r, c)) else "") for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_one_vote_in_a_language_shows_too_few_votes(qtbot, arena_project: Project) -> None:  # type: ignore[no-untyped-def]
    chosen = eval_sets.held_out(arena_project, "window", size=4)  # three en, one sw
    a, b = registry.get(arena_project, GEMMA).id, registry.get(arena_project, SMOL).id
    idle = add_model(arena_project, "remote-7b")
    add_answers(arena_project, chosen, [a, b, idle])
    items = eval_sets.items(arena_project, chosen)
    english = [i for i in items if i.language == "en"]
    [swahili] = [i for i in items if i.language == "sw"]
    for n, outcome in enumerate(["a", "b", "a", "a", "tie", "a"]):
        votes.record(arena_project, english[n % 3].id, a, b, outcome, voter=f"voter {n}")
    votes.record(arena_project, swahili.id, a, b, "a", voter="Amina")

    board = ArenaBoard()
    qtbot.addWidget(board)
    board.resize(900, 700)
    board.show()
    board.show_result(leaderboard(arena_project, "window", "people", rounds=100))
    overall = _cells(board)
    assert [row[0] for row in overall] == [GEMMA, SMOL, "remote-7b"]
    assert "[" in overall[0][1] and "too few" not in overall[0][1]
    assert overall[2][1] == "– (no votes)" and overall[2][2] == "–" and overall[2][3] == "0"
    assert "from 5 votes" in board.summary.text()
    chart: StrengthChart = board.chart
    assert chart._figures(chart.bars[2]) == "no votes"
    chart.grab()  # paints a row without a bar or a whisker

    board.language.setCurrentIndex(board.language.findData("sw"))
    swahili_rows = _cells(board)
    assert all("too few votes" in row[1] and "[" not in row[1] for row in swahili_rows[:2])
    assert [row[3] for row in swahili_rows[:2]] == ["1", "1"]
    assert all("too few votes" in chart._figures(bar) for bar in chart.bars[:2])
    assert all(bar.low is None and bar.high is None for bar in chart.bars)
    chart.grab()  # paints bars without whiskers
    low, high = chart.span()
    assert low < 0 < high
