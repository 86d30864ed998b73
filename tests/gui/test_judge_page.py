"""The Judge page: judging through the window, the histograms, the threshold slider's live
counts, Select best, follow-ups and the rubric's versions. The judge is scripted
(``scripted_models``: known scores), except where the header follows SmolLM2 judging for
real."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.shell.window import MainWindow
from app.stages.judge.judge_controls import RULE_FLAGS
from app.stages.judge.page import JudgePage
from core.engine.generation import GenerationRequest
from tests.gui.conftest import JOB_TIMEOUT_MS, open_on_page, shot
from tests.gui.model_projects import MODEL, add_judgement, add_responses
from tests.scripted_models import ScriptedModels, plain_answer

SCORES = {"Paris": 9, "Nairobi": 2}  # what the scripted judge gives a response that names it


def _judge(request: GenerationRequest) -> str:
    """A judgement by the words the judged response holds; other requests answered plainly."""
    if not request.grammar:
        return plain_answer(request)
    response = request.prompt.rpartition("Response:")[2]
    score = next((n for word, n in SCORES.items() if word in response), 9)
    return json.dumps({"rationale": "Scripted.", "score": score})


def _open(qtbot, window: MainWindow, path: Path) -> JudgePage:  # type: ignore[no-untyped-def]
    return open_on_page(qtbot, window, path, JudgePage, "overview_shown")


def test_judge_histogram_threshold_and_select_best(
    qtbot, window: MainWindow, model_project: Path, scripted_models: ScriptedModels
) -> None:
    scripted_models.answer = _judge
    *_, colours = add_responses(
        model_project,
        ["The capital of France is Paris.", "Nairobi ni mji mkuu.", "Red, blue and green."],
    )
    add_judgement(model_project, colours, 3)  # judged earlier: the job leaves it alone
    page = _open(qtbot, window, model_project)
    assert "<b>1</b> responses judged" in page.summary.text()
    assert "2 not judged yet" in page.summary.text()
    assert page.rubric.version.text().startswith("Version 1 of 1")
    assert "Helpfulness" in page.rubric.text.toPlainText()

    page.run.model.setCurrentIndex(page.run.model.findData(MODEL))
    page.run.parallel.setValue(2)
    page.run.max_tokens.setValue(64)
    with qtbot.waitSignal(page.overview_shown, timeout=JOB_TIMEOUT_MS):
        with qtbot.waitSignal(page.judging_ended, timeout=JOB_TIMEOUT_MS) as ended:
            page.run.judge_button.click()
    assert ended.args == ["done"], window.messages.text()
    assert "judged 2 responses, 0 unreadable" in page.run.message.text()
    project = window.session.project
    scores = [r["score"] for r in project.query("SELECT score FROM judgements")]
    assert sorted(scores) == [2, 3, 9]

    # The histograms: all responses, then one per language and one per model.
    assert sum(page.charts.charts[0].counts) == 3
    assert page.charts.charts[0].counts[3] >= 1
    page.group_by.setCurrentIndex(page.group_by.findData("by_language"))
    assert [(c.title, sum(c.counts)) for c in page.charts.charts] == [
        ("English", 2),
        ("Swahili (Kiswahili)", 1),
    ]
    page.group_by.setCurrentIndex(page.group_by.findData("by_model"))
    assert [(c.title, sum(c.counts)) for c in page.charts.charts] == [(MODEL, 3)]

    # The slider counts what remains at once, from the counts read with the overview.
    slider = page.selection.slider
    slider.setValue(0)
    assert "<b>3</b> pairs remain, for 3 instructions" in page.selection.remaining.text()
    slider.setValue(4)
    kept = sum(s >= 4 for s in scores)
    assert kept == 1  # Paris
    assert f"<b>{kept}</b> pairs remain, for {kept} instructions" in (
        page.selection.remaining.text()
    )
    assert page.charts.charts[0].threshold == 4
    page.group_by.setCurrentIndex(page.group_by.findData("by_language"))
    shot(window, "judge-page")

    # Select best at threshold 4: the response scored 3 is not selected.
    with qtbot.waitSignal(page.overview_shown, timeout=JOB_TIMEOUT_MS):
        with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
            page.selection.select_button.click()
    selected = project.query("SELECT id FROM responses WHERE selected = 1")
    assert len(selected) == kept and colours not in {r["id"] for r in selected}
    assert f"<b>{kept}</b> selected" in page.summary.text()
    assert f"{kept} of 3 instructions" in page.selection.selected.text()
    assert window.messages.kind == "info"


def test_saving_the_rubric_adds_a_version(qtbot, window: MainWindow, model_project: Path) -> None:
    page = _open(qtbot, window, model_project)
    assert not page.rubric.save_button.isEnabled()  # nothing changed yet
    page.rubric.text.setPlainText("Score 10 for a correct and polite answer, 0 otherwise.")
    assert page.rubric.save_button.isEnabled()
    with qtbot.waitSignal(page.overview_shown, timeout=JOB_TIMEOUT_MS):
        page.rubric.save_button.click()
    assert page.rubric.version.text().startswith("Version 2 of 2")
    assert not page.rubric.save_button.isEnabled()
    shot(window, "judge-rubric")


def test_the_flag_names_match_the_core() -> None:
    from core.judge.flags import RULE_FLAGS as CORE_FLAGS

    assert tuple(RULE_FLAGS) == tuple(CORE_FLAGS)


def test_follow_ups_add_a_judged_second_turn(
    qtbot, window: MainWindow, model_project: Path, scripted_models: ScriptedModels
) -> None:
    scripted_models.answer = _judge
    (paris,) = add_responses(model_project, ["The capital of France is Paris."])
    add_judgement(model_project, paris, 9)
    page = _open(qtbot, window, model_project)
    with qtbot.waitSignal(page.overview_shown, timeout=JOB_TIMEOUT_MS):
        page.selection.select_button.click()
    assert "<b>1</b> selected" in page.summary.text()

    page.run.model.setCurrentIndex(page.run.model.findData(MODEL))
    page.run.max_tokens.setValue(64)
    page.run.parallel.setValue(1)
    page.selection.answer_tokens.setValue(16)
    assert page.selection.min_score.value() == 9.0  # the seed method's threshold
    with qtbot.waitSignal(page.judging_ended, timeout=JOB_TIMEOUT_MS) as ended:
        page.selection.followup_button.click()
    assert ended.args == ["done"], window.messages.text()
    rows = window.session.project.query(
        "SELECT user_text, assistant_text, score, kept FROM followups"
    )
    assert len(rows) == 1
    row = rows[0]
    assert (row["score"], row["kept"]) == (9, 1)  # scored 9 or more: kept
    assert row["user_text"] and row["assistant_text"]
    assert page.run.message.text().startswith("1 follow-up, ")


@pytest.mark.usefixtures("one_core")  # SmolLM2 judges for real: the header follows its pace
def test_the_header_counts_judgements_as_they_are_committed(
    qtbot, window: MainWindow, model_project: Path
) -> None:
    *_, colours = add_responses(
        model_project, ["The capital of France is Paris.", "Nairobi ni mji mkuu.", "Red."])
    add_judgement(model_project, colours, 3)
    page = _open(qtbot, window, model_project)
    assert "<b>1</b> responses judged" in page.summary.text()
    page.line.recount_ms = 0  # re-read after every commit, so the test sees it mid-run
    page.run.model.setCurrentIndex(page.run.model.findData(MODEL))
    page.run.parallel.setValue(1)  # one judgement after the other
    page.run.max_tokens.setValue(64)
    with qtbot.waitSignal(page.judging_ended, timeout=JOB_TIMEOUT_MS) as ended:
        page.run.judge_button.click()
        assert page.run.message.text() == f"Loading {MODEL}…"
        qtbot.waitUntil(lambda: "<b>2</b> responses judged" in page.summary.text(),
                        timeout=JOB_TIMEOUT_MS)
        during = (window.session.busy, page.run.progress.value(), page.run.progress.maximum())
    assert ended.args == ["done"], window.messages.text()
    assert during == (True, 1, 2)  # the header and the bar agree while the judge works
    qtbot.waitUntil(lambda: "<b>3</b> responses judged" in page.summary.text(),
                    timeout=JOB_TIMEOUT_MS)
    assert (page.run.progress.value(), page.run.progress.maximum()) == (2, 2)
