"""The Overview page: what the demo project opens to, its funnel drawn with the counts, and
the next-step and stage buttons opening the right pages."""

from __future__ import annotations

from pathlib import Path

from app.pages.curate import CuratePage
from app.pages.generate import GeneratePage
from app.pages.overview import OverviewPage
from app.window import MainWindow
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
