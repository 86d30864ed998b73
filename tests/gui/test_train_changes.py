"""The Train page's "What the fine-tune changed": a finished run's stored report shown as a
before/after table with its loss, the judge's preference and plain warnings, in English and
Swahili; "Measure what it changed" refused while another job runs, else measuring the shown
run with the judge chosen (the real ``changes.report`` when the answers are already there),
and Cancel stopping it quietly."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from app.shell.worker import Worker
from app.stages.train.page import TrainPage
from core.recipe import changes
from core.store.ids import new_id, now
from core.store.project import Project
from core.train.trainings import get_training
from tests.compare.conftest import add_model
from tests.gui.bulk import project_with
from tests.gui.conftest import JOB_TIMEOUT_MS, open_on_page, open_window

RUN = "student-tuned"
ROWS: list[tuple[str, str | None, str | None]] = [("How do I plant maize after the first rains?", "en", "Latn"),
        ("Nawezaje kupanda mahindi baada ya mvua za kwanza?", "sw", "Latn"),
        ("What should I feed goats in the dry season?", "en", "Latn")]


def _report(held_out: int = 12, judge: str | None = "tiny-judge") -> dict[str, Any]:
    """A report of exactly the shape ``changes.report`` returns and stores."""
    wins, losses, ties = 15, 5, 4
    n = wins + losses + ties
    low, high = changes.wilson(wins + ties / 2, n)
    data: dict[str, Any] = {
        "training": RUN, "base": "student", "tuned": RUN, "held_out": held_out,
        "max_tokens": 256,
        "before": {"answers": held_out, "clean_endings": 0.25, "truncated": 0.75,
                   "repetition": 0.5, "mean_tokens": 240.0},
        "after": {"answers": held_out, "clean_endings": 0.75, "truncated": 0.25,
                  "repetition": 1 / 12, "mean_tokens": 131.4},
        "held_out_loss": {"first_step": 5, "first": 2.3456, "last_step": 1500, "last": 1.2346},
        "preference": None, "warnings": [],
    }
    if judge:
        data["judge"] = judge
        data["preference"] = {"comparisons": n, "wins": wins, "losses": losses, "ties": ties,
                              "share": (wins + ties / 2) / n, "low": low, "high": high}
        data["warnings"].append(f"The judge {judge} is a small model; its preferences are "
                                "weak evidence of what changed.")
    if held_out < changes.MIN_ITEMS:
        data["warnings"].append(f"Only {held_out} held-out instructions: too few.")
    return data


def _finished_run(path: Path) -> Path:
    """A project with a base, its tuned model and a judge registered, and a finished run that
    trained on two instructions and held one out."""
    project_with(path, ROWS)
    project = Project.open(path)
    try:
        base = add_model(project, "student")
        tuned = add_model(project, RUN)
        add_model(project, "tiny-judge")
        training = new_id()
        with project.write() as conn:
            conn.execute(
                "INSERT INTO trainings(id, name, base_model_id, tuned_model_id, config, state, "
                "created_by, created_at) VALUES (?, ?, ?, ?, '{}', 'done', 'T', ?)",
                [training, RUN, base, tuned, now()])
            ids = [r[0] for r in conn.execute("SELECT id FROM instructions ORDER BY id")]
            for i, instruction in enumerate(ids):
                response = new_id()
                conn.execute(
                    "INSERT INTO responses(id, instruction_id, model_id, settings_key, "
                    "sample_index, text, settings, created_by, created_at) "
                    "VALUES (?, ?, ?, 'k', 0, 'an answer', '{}', 'T', ?)",
                    [response, instruction, base, now()])
                conn.execute("INSERT INTO train_rows(training_id, response_id, split) "
                             "VALUES (?, ?, ?)", [training, response, "eval" if i == 0 else "train"])
            for step, loss, eval_loss in ((5, 2.5, 2.3456), (1500, 1.1, 1.2346)):
                conn.execute("INSERT INTO train_metrics(training_id, step, loss, eval_loss, "
                             "recorded_at) VALUES (?, ?, ?, ?, ?)",
                             [training, step, loss, eval_loss, now()])
    finally:
        project.close()
    return path


def _answered(path: Path) -> None:
    """The held-out instruction already answered by the base (cut off at the limit) and by
    the tuned model (ending cleanly), with the settings ``changes.report`` asks for: its
    answers job then has nothing left to do and no model is loaded."""
    from core.compare import answers, eval_sets
    from core.store import registry

    project = Project.open(path)
    try:
        held = [r["instruction_id"] for r in project.query(
            "SELECT r.instruction_id FROM train_rows t JOIN responses r ON r.id = t.response_id "
            "WHERE t.split = 'eval'")]
        chosen = eval_sets.subset(project, f"held out by {RUN}", ids=held)
        key = answers.settings_for({"max_tokens": 256, "temperature": 0.0, "seed": 1}).key()
        (item,) = eval_sets.items(project, chosen)
        with project.write() as conn:
            for model, tokens, finish in (("student", 256, "length"), (RUN, 40, "stop")):
                conn.execute(
                    "INSERT INTO eval_answers(id, eval_item_id, model_id, settings_key, text, "
                    "completion_tokens, finish_reason, created_at) VALUES (?,?,?,?,?,?,?,?)",
                    [new_id(), item.id, registry.get(project, model).id, key,
                     f"Plant maize when the soil is moist ({model}).", tokens, finish, now()])
    finally:
        project.close()


def _store(path: Path, data: dict[str, Any]) -> None:
    project = Project.open(path)
    try:
        training_id = get_training(project, RUN)["id"]
        project.set_setting(changes.REPORT_KEY + training_id, json.dumps(data))
    finally:
        project.close()


def _open(qtbot, path: Path, code: str, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
          tmp_path: Path) -> TrainPage:
    window = open_window(qtbot, monkeypatch, tmp_path, code)
    return open_on_page(qtbot, window, path, TrainPage, "runs_shown")


def _figures(page: TrainPage) -> dict[tuple[str, str], str]:
    return {key: label.text() for key, label in page.changes.cells.items()}


def test_a_stored_report_is_shown_with_its_figures_and_warnings(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _finished_run(tmp_path / "changes.handloom")
    _store(path, _report())
    page = _open(qtbot, path, "en", monkeypatch, tmp_path)
    box = page.changes
    assert box.isVisible() and box.run is not None and box.run["name"] == RUN
    figures = _figures(page)
    assert figures[("answers", "before")] == "12"
    assert figures[("clean_endings", "before")] == "25%"
    assert figures[("clean_endings", "after")] == "75%"
    assert figures[("truncated", "after")] == "25%"
    assert figures[("repetition", "after")] == "8%"
    assert figures[("mean_tokens", "before")] == "240"
    assert figures[("mean_tokens", "after")] == "131"
    assert box.row_names[1].text() == "End cleanly before the limit"
    assert "12 held-out instructions" in box.heading.text()
    assert "student before" in box.heading.text() and f"{RUN} after" in box.heading.text()
    assert box.loss.text() == "Held-out loss: 2.346 at step 5, 1.235 at step 1,500."
    preference = box.preference.text()
    assert "tiny-judge" in preference and "71%" in preference
    assert "24 comparisons" in preference and "95% interval 51% to 85%" in preference
    warnings = box.warnings.text()
    assert "Too few held-out instructions (12)" in warnings and "30 or more" in warnings
    assert "tiny-judge is a small model" in warnings
    assert box.measure_button.isEnabled()


def test_a_large_report_without_judge_warns_of_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _finished_run(tmp_path / "changes.handloom")
    _store(path, _report(held_out=1234, judge=None))
    page = _open(qtbot, path, "en", monkeypatch, tmp_path)
    assert _figures(page)[("answers", "after")] == "1,234"
    assert "1,234 held-out instructions" in page.changes.heading.text()
    assert page.changes.warnings.text() == ""
    assert "No judge compared the answers" in page.changes.preference.text()


def test_the_report_speaks_swahili(qtbot, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = _finished_run(tmp_path / "changes.handloom")
    _store(path, _report())
    page = _open(qtbot, path, "sw", monkeypatch, tmp_path)
    box = page.changes

    def sw(text: str) -> str:
        translated = QCoreApplication.translate("FineTuneChanges", text)
        assert translated != text, f"not translated: {text}"
        return translated

    assert box.title() == sw("What the fine-tune changed")
    assert box.row_names[1].text() == sw("End cleanly before the limit")
    assert box.measure_button.text() == sw("Measure what it changed")
    assert box.judge.itemText(0) == sw("No judge")
    figures = _figures(page)
    assert figures[("clean_endings", "after")].startswith("75")
    assert figures[("mean_tokens", "after")] == "131"
    english = ("held-out", "before", "loss", "preferred", "small model", "Too few")
    for label in (box.heading, box.loss, box.preference, box.warnings):
        assert label.text() and not any(word in label.text() for word in english)
    assert "maagizo 12 yaliyotengwa" in box.heading.text()  # the plural form for 12
    assert "tiny-judge" in box.preference.text() and "71%" in box.preference.text()
    assert "tiny-judge" in box.warnings.text() and "30" in box.warnings.text()
    assert "2.346" in box.loss.text() or "2,346" in box.loss.text()


def test_measure_is_refused_while_a_job_runs_and_measures_the_shown_run_otherwise(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _finished_run(tmp_path / "changes.handloom")
    page = _open(qtbot, path, "en", monkeypatch, tmp_path)
    box = page.changes
    assert "has not been measured yet" in box.heading.text()
    assert not box.cells[("answers", "before")].isVisible()

    calls: list[tuple[str, str | None]] = []

    def report(project: Project, name: str, *, judge: str | None = None,
               max_tokens: int = 256, progress: Any = None, cancel: Any = None) -> dict[str, Any]:
        calls.append((name, judge))
        data = _report()
        project.set_setting(changes.REPORT_KEY + get_training(project, name)["id"],
                            json.dumps(data))
        return data

    monkeypatch.setattr(changes, "report", report)

    release = threading.Event()
    other = Worker(lambda progress, cancel: release.wait(JOB_TIMEOUT_MS / 1000), name="other")
    page.session.run_job(other, "import")
    assert not box.measure_button.isEnabled()
    errors: list[str] = []
    page.session.error.connect(errors.append)
    assert page.measure() is None
    assert errors and "Wait for the running job" in errors[0] and not calls
    with qtbot.waitSignal(page.session.job_finished, timeout=JOB_TIMEOUT_MS):
        release.set()
    assert box.measure_button.isEnabled()

    box.judge.setCurrentIndex(box.judge.findData("tiny-judge"))
    with qtbot.waitSignal(page.measuring_ended, timeout=JOB_TIMEOUT_MS) as ended:
        box.measure_button.click()
        assert not box.measure_button.isEnabled() and box.cancel_button.isEnabled()
        assert not page.start_button.isEnabled()
    assert ended.args == ["done"]
    assert calls == [(RUN, "tiny-judge")]
    qtbot.waitUntil(lambda: box.measure_button.isEnabled(), timeout=JOB_TIMEOUT_MS)
    assert _figures(page)[("clean_endings", "after")] == "75%"
    assert "tiny-judge is a small model" in box.warnings.text()
    assert box.chosen_judge() == "tiny-judge"  # the choice stands after the redraw


def test_measure_without_a_judge_runs_the_real_report(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _finished_run(tmp_path / "changes.handloom")
    _answered(path)
    page = _open(qtbot, path, "en", monkeypatch, tmp_path)
    box = page.changes
    assert box.chosen_judge() is None  # "No judge" unless one is chosen
    errors: list[str] = []
    page.session.error.connect(errors.append)
    with qtbot.waitSignal(page.measuring_ended, timeout=JOB_TIMEOUT_MS) as ended:
        box.measure_button.click()
    assert ended.args == ["done"], errors
    qtbot.waitUntil(lambda: box.measure_button.isEnabled(), timeout=JOB_TIMEOUT_MS)
    figures = _figures(page)
    assert figures[("answers", "before")] == "1" and figures[("answers", "after")] == "1"
    assert figures[("clean_endings", "before")] == "0%"
    assert figures[("clean_endings", "after")] == "100%"
    assert figures[("truncated", "before")] == "100%"
    assert figures[("mean_tokens", "before")] == "256" and figures[("mean_tokens", "after")] == "40"
    assert "on 1 held-out instruction," in box.heading.text()  # the singular
    assert box.loss.text() == "Held-out loss: 2.346 at step 5, 1.235 at step 1,500."
    assert "No judge compared the answers" in box.preference.text()
    assert box.warnings.text().startswith("Too few held-out instructions (1)")
    project = page.session.project
    assert project is not None
    stored = changes.stored(project, get_training(project, RUN)["id"])
    assert stored is not None and stored["after"]["clean_endings"] == 1.0


def test_cancel_stops_the_measurement_quietly(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _finished_run(tmp_path / "changes.handloom")
    page = _open(qtbot, path, "en", monkeypatch, tmp_path)
    box = page.changes
    started = threading.Event()

    def report(project: Project, name: str, *, judge: str | None = None,
               max_tokens: int = 256, progress: Any = None, cancel: Any = None) -> dict[str, Any]:
        started.set()
        cancel.wait(JOB_TIMEOUT_MS / 1000)  # stops between answers, as the answers job does
        return _report()

    monkeypatch.setattr(changes, "report", report)
    errors: list[str] = []
    page.session.error.connect(errors.append)
    with qtbot.waitSignal(page.measuring_ended, timeout=JOB_TIMEOUT_MS) as ended:
        box.measure_button.click()
        assert started.wait(JOB_TIMEOUT_MS / 1000)
        box.cancel_button.click()
    assert ended.args == ["cancelled"] and not errors
    qtbot.waitUntil(lambda: box.measure_button.isEnabled(), timeout=JOB_TIMEOUT_MS)
    assert not box.cancel_button.isEnabled()
