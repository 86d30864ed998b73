"""The seed method in one go from the Overview: the recipe dialog shows the plan the command
line's dry run would print, and Run starts the quick recipe with the bundled model, its
stages advancing on the page; Stop stops it and Resume continues at the stage where it
stopped, repeating no answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.shell.window import MainWindow
from app.stages.overview.page import OverviewPage
from app.stages.overview.recipe_dialog import RecipeDialog
from app.stages.overview.recipe_run import stage_words
from core.demo import ensure_demo_project
from core.store.project import Project
from tests.gui.conftest import JOB_TIMEOUT_MS, shot


def _open_demo(qtbot: Any, window: MainWindow, tmp_path: Path) -> tuple[OverviewPage, Path]:
    page = window.page(OverviewPage)
    path = ensure_demo_project(tmp_path / "Demo.handloom")
    with qtbot.waitSignal(page.redrawn, timeout=10_000):
        assert window.open_project(path)
    return page, path


def _dialog(qtbot: Any, page: OverviewPage) -> RecipeDialog:
    page.run_recipe_button.click()
    dialog = page.recipe_dialog
    assert isinstance(dialog, RecipeDialog) and dialog.isVisible()
    if not dialog.run_button.isEnabled():
        with qtbot.waitSignal(dialog.planned, timeout=20_000):
            pass
    return dialog


def _table(dialog: RecipeDialog) -> list[list[str]]:
    return [[dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())]


def test_the_recipe_dialog_shows_the_dry_runs_stages_and_counts(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    from core.recipe.plan import plan
    from core.recipe.settings import preset

    page, path = _open_demo(qtbot, window, tmp_path)
    assert page.run_recipe_button.isEnabled() and not page.resume_recipe_button.isEnabled()
    dialog = _dialog(qtbot, page)
    assert dialog.preset_name() == "quick" and not dialog.target.isVisibleTo(dialog)
    rows = _table(dialog)
    # the quick look on the demo: 40 imported, 8 instructions answered twice each
    assert rows[0][:3] == [stage_words("curate"), "40", "40"]
    assert rows[1][:3] == [stage_words("generate"), "8", "16"]
    assert rows[2][:3] == [stage_words("judge"), "16", "16"]
    assert [r[0] for r in rows][-2:] == [stage_words("train"), stage_words("report")]
    with Project.open(path) as project:  # the very plan ``handloom recipe --dry-run`` prints
        expected = plan(project, preset("quick"))
        assert project.scalar("SELECT count(*) FROM recipes") == 0  # a plan stores nothing
    assert [r[0] for r in rows] == [stage_words(s.stage) for s in expected]
    assert [r[2] for r in rows] == ["?" if s.count_out is None else f"{s.count_out:,}"
                                    for s in expected]
    assert all(r[3] == "?" for r in rows)  # nothing has run on this project: no speed yet
    assert "no estimate" in dialog.summary.text()
    shot(dialog, "recipe-dialog")

    # the translated seed method asks where to translate to, and plans the translation
    with qtbot.waitSignal(dialog.planned, timeout=20_000):
        dialog.preset.setCurrentIndex(dialog.preset.findData("seed-translated"))
    assert dialog.target.isVisibleTo(dialog) and dialog.target.text() == "ja"
    rows = _table(dialog)
    assert rows[1][0] == stage_words("translate")
    assert rows[2][:3] == [stage_words("generate"), "40", "240"]  # six answers each
    with qtbot.waitSignal(dialog.planned, timeout=20_000):
        dialog.target.setText("not a language")
    assert "not a language code" in dialog.summary.text()
    assert not dialog.run_button.isEnabled() and dialog.table.rowCount() == 0
    dialog.reject()
    assert page.recipe_dialog is None


def test_a_recipe_left_running_by_a_kill_reads_interrupted_and_can_be_resumed(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    from core.recipe import run
    from core.recipe.settings import preset

    path = ensure_demo_project(tmp_path / "Demo.handloom")
    with Project.open(path) as project:  # what a window or command killed mid-recipe leaves
        recipe = run.record(project, preset("quick"))
        with project.write() as conn:
            conn.execute("UPDATE recipes SET state = 'running' WHERE id = ?", [recipe.id])
    page, _ = _open_demo(qtbot, window, tmp_path)
    assert page.recipe_label.text() == "Recipe “quick”: interrupted; Resume continues it"
    assert page.resume_recipe_button.isEnabled() and page.run_recipe_button.isEnabled()


@pytest.mark.slow
def test_the_quick_recipe_runs_from_the_overview_stops_and_resumes_at_its_stage(
        qtbot: Any, window: MainWindow, tmp_path: Path, one_core: None) -> None:
    page, path = _open_demo(qtbot, window, tmp_path)
    dialog = _dialog(qtbot, page)
    seen: list[str] = []
    page.recipe_stage.connect(lambda _position, _total, stage: seen.append(stage))
    with qtbot.waitSignal(page.recipe_stage, timeout=5 * JOB_TIMEOUT_MS,
                          check_params_cb=lambda _p, _t, stage: stage == "judge"):
        dialog.run_button.click()
        assert page.recipe_dialog is None or not page.recipe_dialog.isVisible()
    assert seen == ["curate", "generate", "judge"]  # stage after stage, in the method's order
    assert page.stage_label.text() == f"Stage 3 of 7: {stage_words('judge')}"
    assert page.recipe_bar.isVisible() and page.stop_recipe_button.isEnabled()
    assert not page.run_recipe_button.isEnabled() and not page.resume_recipe_button.isEnabled()
    with Project.open(path) as project:
        assert project.scalar("SELECT count(*) FROM responses") == 16
    shot(window, "overview-recipe-running")

    with qtbot.waitSignal(page.session.job_finished, timeout=JOB_TIMEOUT_MS):
        page.stop_recipe_button.click()
    # the counts and the recipe's state, read again after the job
    qtbot.waitUntil(lambda: "Resume continues it" in page.recipe_label.text(), timeout=10_000)
    assert page.resume_recipe_button.isEnabled() and not page.stage_label.isVisible()
    with Project.open(path) as project:
        states = dict(project.conn.execute("SELECT stage, state FROM recipe_stages"))
    assert states["generate"] == "done" and states["judge"] == "cancelled"

    # Resume continues the same recipe at the judge, answering nothing again
    seen.clear()
    with qtbot.waitSignal(page.recipe_stage, timeout=JOB_TIMEOUT_MS):
        page.resume_recipe_button.click()
    assert seen == ["judge"]
    with qtbot.waitSignal(page.session.job_finished, timeout=JOB_TIMEOUT_MS):
        page.stop_recipe_button.click()
    with Project.open(path) as project:
        assert project.scalar("SELECT count(*) FROM recipes") == 1
        assert project.scalar("SELECT count(*) FROM jobs WHERE kind = 'generate'") == 1
        assert project.scalar("SELECT count(*) FROM responses") == 16
