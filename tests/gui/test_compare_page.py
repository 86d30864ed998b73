"""The Compare page: make a held-out set, generate answers with the two bundled models, vote
blind with the keyboard (names revealed after each vote), watch the leaderboard follow, run
the judge, export the CSV; and best-of-three voting with the number keys. The models answer
and judge from a script (``scripted_models``), except where the answered counts follow the
two real models writing."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.shell.window import MainWindow
from app.stages.compare.page import ComparePage
from core.compare import eval_sets
from core.store import registry
from core.store.project import Project
from tests.compare.conftest import add_answers, add_model, answer_text
from tests.conftest import write_jsonl
from tests.gui.conftest import JOB_TIMEOUT_MS, open_on_page, shot
from tests.gui.model_projects import MODEL
from tests.scripted_models import ScriptedModels, pairwise_judge

GEMMA = "gemma-3-270m"
VOTER = "Test Curator"  # HANDLOOM_USER in the root conftest


def _open(qtbot, window: MainWindow, path: Path) -> ComparePage:  # type: ignore[no-untyped-def]
    return open_on_page(qtbot, window, path, ComparePage, "overview_shown")


def _key(qtbot, page: ComparePage, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    page.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or page.view, key)


def _writers(page: ComparePage, project: Project) -> list[str]:
    """Which model wrote each shown answer: the ballot's opaque token lists them in order."""
    ballot = page.view.ballot
    assert ballot is not None
    names = {m.id: m.name for m in registry.list_models(project)}
    return [names[m] for m in ballot["token"].split(":")[1:]]


def test_generate_vote_blind_by_keyboard_and_the_leaderboard_follows(
        qtbot, window: MainWindow, model_project: Path, tmp_path: Path,
        scripted_models: ScriptedModels) -> None:
    page = _open(qtbot, window, model_project)
    assert "Choose or make an evaluation set" in page.view.status.text()

    # A held-out split of the three instructions, made from the page.
    page.sets.name.setText("held-out")
    page.sets.prompt_count.setValue(3)
    with qtbot.waitSignal(page.overview_shown, timeout=JOB_TIMEOUT_MS):
        page.sets.create_button.click()
    assert page.sets.current() == "held-out" and page.sets.items() == 3

    page.models.check([MODEL, GEMMA])
    assert page.models.checked() == [GEMMA, MODEL] or set(page.models.checked()) == {MODEL, GEMMA}
    assert "Generate answers first" in page.view.status.text()
    page.answers.max_tokens.setValue(8)
    page.answers.temperature.setValue(0.0)
    page.answers.seed.setValue(1)
    page.answers.parallel.setValue(2)
    with qtbot.waitSignal(page.ballot_shown, timeout=JOB_TIMEOUT_MS):
        with qtbot.waitSignal(page.job_ended, timeout=JOB_TIMEOUT_MS) as ended:
            page.answers.start_button.click()
    assert ended.args == ["answers", "done"], window.messages.text()
    assert "Wrote 6 answers (0 failed)" in page.answers.message.text()
    project = window.session.project
    assert project.scalar("SELECT count(*) FROM eval_answers") == 6
    assert f"{MODEL}: 3 of 3 prompts answered" in page.models.answered_text()

    # Three items, blind: no model's name is on screen until the vote is stored.
    chosen: list[str | None] = []
    for key, choice in ((Qt.Key.Key_Left, "left"), (Qt.Key.Key_L, "right"),
                        (Qt.Key.Key_T, "tie")):
        assert page.view.ballot is not None and len(page.view.ballot["answers"]) == 2
        titles = [p.title() for p in page.view.panes[:2]]
        assert titles == ["Left", "Right"]
        assert MODEL not in page.view.reveal.text() and GEMMA not in page.view.reveal.text()
        writers = _writers(page, project)
        with qtbot.waitSignal(page.board_shown, timeout=JOB_TIMEOUT_MS):
            with qtbot.waitSignal(page.voted, timeout=5000):
                _key(qtbot, page, key)
        winner = {"left": writers[0], "right": writers[1]}.get(choice)
        chosen.append(winner)
        assert page.view.revealed
        assert [p.title() for p in page.view.panes[:2]] == [
            f"Left — {writers[0]}" + (" ✓" if winner == writers[0] else ""),
            f"Right — {writers[1]}" + (" ✓" if winner == writers[1] else "")]
        _key(qtbot, page, Qt.Key.Key_Left)  # a second vote key while revealed does nothing
        assert project.scalar("SELECT count(*) FROM arena_votes") == len(chosen)
        # The leaderboard was read again and counts every vote so far.
        assert page.board.result["votes"] == len(chosen)
        with qtbot.waitSignal(page.ballot_shown, timeout=5000):
            _key(qtbot, page, Qt.Key.Key_Space)
    assert page.view.ballot is None
    assert "voted on every item" in page.view.status.text()

    stored = project.query(
        "SELECT v.voter, v.outcome, v.shown_left, ma.name AS a, mb.name AS b FROM arena_votes v "
        "JOIN models ma ON ma.id = v.model_a JOIN models mb ON mb.id = v.model_b "
        "ORDER BY v.created_at, v.rowid")
    assert [v["voter"] for v in stored] == [VOTER] * 3
    assert [{"a": v["a"], "b": v["b"]}.get(v["outcome"]) for v in stored] == chosen
    assert stored[2]["outcome"] == "tie"

    # The leaderboard: two models, their votes, strengths with intervals, the heatmap.
    board = page.board
    assert board.table.rowCount() == 2
    assert {board.table.item(n, 0).text() for n in range(2)} == {MODEL, GEMMA}
    assert [bar.votes for bar in board.chart.bars] == [3, 3]
    # 3 votes each are fewer than the 5 an interval needs: a strength, no whisker.
    assert all(bar.strength is not None and bar.low is None and bar.high is None
               for bar in board.chart.bars)
    assert all("too few votes" in board.table.item(n, 1).text() for n in range(2))
    assert board.heatmap.votes[0][1] == 3
    languages = [board.language.itemData(n) for n in range(1, board.language.count())]
    assert set(languages) <= {"en", "sw"} and languages
    board.language.setCurrentIndex(board.language.findData(languages[0]))
    per_language = page.board.result["by_language"][languages[0]]["votes"]
    assert sum(bar.votes for bar in board.chart.bars) == 2 * per_language
    board.language.setCurrentIndex(0)
    page.tabs.setCurrentIndex(1)
    shot(window, "compare-leaderboard")

    written = page.export_to(tmp_path / "board.csv")
    rows = list(csv.DictReader(written.open(encoding="utf-8")))
    assert [r["language"] for r in rows[:2]] == ["all", "all"]
    assert {r["model"] for r in rows} == {MODEL, GEMMA}
    assert sum(int(r["votes"]) for r in rows if r["language"] == "all") == 6

    # The LLM judge, from the page: both orders, and its agreement with the person.
    scripted_models.answer = pairwise_judge(lambda first, second: "A")
    page.judge.model.setCurrentIndex(page.judge.model.findData(MODEL))
    page.judge.max_tokens.setValue(24)
    page.judge.grades.setChecked(False)
    with qtbot.waitSignal(page.job_ended, timeout=JOB_TIMEOUT_MS) as ended:
        page.judge.start_button.click()
    assert ended.args == ["judge", "done"], window.messages.text()
    # The judge is one of the two contestants: its result warns about self-preference.
    assert f"{MODEL} is judging its own answers too" in page.judge.message.text()
    # The leaderboard is read again once the job has written (counting the judge's votes).
    qtbot.waitUntil(lambda: bool(board.result.get("consistency", {}).get("both_orders")),
                    timeout=JOB_TIMEOUT_MS)
    judged = project.query("SELECT judge_order FROM arena_votes WHERE judge_model_id IS NOT NULL")
    orders = [r["judge_order"] for r in judged]
    assert orders.count("ab") == orders.count("ba") and orders
    assert board.current_source() == "judge"
    assert "pairs asked in both orders" in board.judge_note.text()
    if page.board.result["agreement"]:
        assert "agrees with people on" in board.judge_note.text()
    shot(window, "compare-judged")


def test_best_of_three_with_the_number_keys(
        qtbot, window: MainWindow, model_project: Path, tmp_path: Path) -> None:
    project = Project.open(model_project)
    chosen = eval_sets.held_out(project, "three models", size=2)
    ids = [registry.get(project, MODEL).id, registry.get(project, GEMMA).id,
           add_model(project, "server-model")]
    add_answers(project, chosen, ids)
    names = {m.id: m.name for m in registry.list_models(project)}
    project.close()

    page = _open(qtbot, window, model_project)
    with qtbot.waitSignal(page.ballot_shown, timeout=JOB_TIMEOUT_MS):
        page.models.check([MODEL, GEMMA, "server-model"])
    ballot = page.view.ballot
    assert ballot is not None and len(ballot["answers"]) == 3
    assert [p.isVisible() for p in page.view.panes] == [True, True, True, False]
    assert [b.text().split()[-1] for b in page.view.buttons] == ["1", "2", "3", "T", "B"]
    by_text = {answer_text(ballot["position"], m): names[m] for m in ids}
    writers = [by_text[t] for t in ballot["answers"]]
    _key(qtbot, page, Qt.Key.Key_4)  # no fourth answer: nothing happens
    assert not page.view.revealed
    with qtbot.waitSignal(page.voted, timeout=5000) as voted:
        _key(qtbot, page, Qt.Key.Key_2)
    result = voted.args[0]
    assert result.winner == writers[1] and result.names == writers
    assert page.view.panes[1].title() == f"Answer 2 — {writers[1]} ✓"
    stored = window.session.project.query(
        "SELECT voter, outcome, ma.name AS a, mb.name AS b FROM arena_votes v "
        "JOIN models ma ON ma.id = v.model_a JOIN models mb ON mb.id = v.model_b")
    assert len(stored) == 2  # the best beat each of the other two
    assert all({"a": v["a"], "b": v["b"]}[v["outcome"]] == writers[1] for v in stored)
    assert {v["voter"] for v in stored} == {VOTER}
    with qtbot.waitSignal(page.ballot_shown, timeout=5000):
        _key(qtbot, page, Qt.Key.Key_N)
    with qtbot.waitSignal(page.voted, timeout=5000):
        _key(qtbot, page, Qt.Key.Key_B)  # all bad: one "both bad" per pair
    assert window.session.project.scalar(
        "SELECT count(*) FROM arena_votes WHERE outcome = 'both_bad'") == 3
    shot(window, "compare-three")

    # A set of evaluation prompts from a file; the page switches to it.
    prompts = write_jsonl(tmp_path / "mt-bench-sw.jsonl", [
        {"instruction": "Eleza faida za kilimo mseto.", "language": "sw"},
        {"instruction": "Andika shairi fupi kuhusu mvua.", "language": "sw"}])
    page.sets.kind.setCurrentIndex(page.sets.kind.findData("prompts"))
    assert not page.sets.prompt_count.isEnabled()
    page.sets.set_file(str(prompts))
    assert page.sets.name.text() == "mt-bench-sw"
    with qtbot.waitSignal(page.overview_shown, timeout=JOB_TIMEOUT_MS):
        page.sets.create_button.click()
    assert page.sets.current() == "mt-bench-sw" and page.sets.items() == 2
    assert "have not answered this set yet" in page.view.status.text()


@pytest.mark.usefixtures("one_core")  # real models: the counts follow their pace
def test_the_answered_counts_follow_the_answers_as_they_are_written(
        qtbot, window: MainWindow, model_project: Path) -> None:
    page = _open(qtbot, window, model_project)
    page.sets.name.setText("held-out")
    page.sets.prompt_count.setValue(3)
    with qtbot.waitSignal(page.overview_shown, timeout=JOB_TIMEOUT_MS):
        page.sets.create_button.click()
    page.models.check([MODEL, GEMMA])
    assert f"{MODEL}: 0 of 3 prompts answered" in page.models.answered_text()
    page.answers.line.recount_ms = 0  # re-read after every commit, so the test sees it mid-run
    page.answers.max_tokens.setValue(8)
    page.answers.parallel.setValue(1)

    def some_answered() -> bool:
        return any(f"{name}: {n} of 3" in page.models.answered_text()
                   for name in (MODEL, GEMMA) for n in (1, 2, 3))

    with qtbot.waitSignal(page.job_ended, timeout=JOB_TIMEOUT_MS) as ended:
        page.answers.start_button.click()
        qtbot.waitUntil(some_answered, timeout=JOB_TIMEOUT_MS)
        during = window.session.busy, page.answers.progress.value()
    assert ended.args == ["answers", "done"], window.messages.text()
    assert during[0] and during[1] >= 1  # counted while the answers were being written
    qtbot.waitUntil(lambda: f"{GEMMA}: 3 of 3" in page.models.answered_text(),
                    timeout=JOB_TIMEOUT_MS)
    assert page.answers.progress.value() == page.answers.progress.maximum() == 6
