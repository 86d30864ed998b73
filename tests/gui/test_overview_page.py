"""The Overview page: what the demo project opens to, its funnel drawn with the counts, and
the next-step and stage buttons opening the right pages."""

from __future__ import annotations

from pathlib import Path

from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from app.stages.generate.page import GeneratePage
from app.stages.overview.page import OverviewPage
from core.demo import ensure_demo_project
from tests.gui.conftest import shot


def test_the_demo_opens_on_its_funnel_and_the_next_step_opens_curate(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    page = window.page(OverviewPage)
    with qtbot.waitSignal(page.redrawn, timeout=10_000):
        assert window.open_project(ensure_demo_project(tmp_path / "Demo.handloom"))
    assert window.stack.currentWidget() is page  # what a project opens to
    assert page.bars["imported"].value() == 40 and page.bars["included"].value() == 40
    assert page.bars["answered"].value() == 0 and page.bars["training_rows"].value() == 0
    assert page.next_button.text() == "Curate the instructions"
    assert "duplicates" in page.next_label.text()
    shot(window, "overview")

    page.next_button.click()
    assert window.stack.currentWidget() is window.page(CuratePage)

    window.show_page(page)
    page.stage_buttons["answered"].click()
    assert window.stack.currentWidget() is window.page(GeneratePage)


def test_a_stopped_job_is_the_next_step_and_ctrl_enter_opens_its_page(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from app.shell import shortcuts
    from app.stages.judge.page import JudgePage
    from core import jobs
    from core.store.project import Project

    path = ensure_demo_project(tmp_path / "Demo.handloom")
    with Project.open(path) as project:  # the rule flags, cancelled before the end
        job_id = jobs.create(project, "flag", {})
        with project.write() as conn:
            conn.execute("UPDATE jobs SET state = 'cancelled', error = NULL WHERE id = ?",
                         [job_id])
    page = window.page(OverviewPage)
    with qtbot.waitSignal(page.redrawn, timeout=10_000):
        assert window.open_project(path)
    assert page.next_button.text() == "Resume the stopped job"
    assert "Flagging" in page.jobs_label.text()  # the job kind in the window's words
    assert shortcuts.run_primary(window)  # Ctrl+Enter presses the next step
    assert window.stack.currentWidget() is window.page(JudgePage)

    # once the job has run to its end, the next step is the first stage still empty
    with qtbot.waitSignal(page.redrawn, timeout=10_000):
        with Project.open(path) as project:
            jobs.run(project, job_id)
        window.show_page(page)
    assert page.next_button.text() == "Curate the instructions"
    assert "No job is running" in page.jobs_label.text()
