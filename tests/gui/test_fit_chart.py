"""The Tokenizer fit section of the Models page: measured in the background when the page is
shown, drawn as grouped bars (one per model and language), poor fits hatched in red."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from app.shell.window import MainWindow
from app.stages.models.fit_chart import FitChart
from app.stages.models.page import ModelsPage
from core import fit, jobs
from core.ingest.config import import_config
from core.store.project import Project
from tests.gui.conftest import JOB_TIMEOUT_MS, shot

DATA = Path(__file__).parent.parent / "data" / "fit_instructions.jsonl"
SMOL, GEMMA = "SmolLM2-135M-Instruct", "gemma-3-270m"
LANGUAGES = ["am", "en", "hi", "sw", "zh", "ti"]


def _fit_project(path: Path) -> Path:
    from core.projects import new_project

    project = new_project(path)
    jobs.start(project, "import", import_config([str(DATA)], licence="CC0-1.0"))
    project.close()
    return path


def _pixel(chart: FitChart, x: float, y: float) -> QColor:
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(x * ratio), int(y * ratio))


def _close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_the_chart_shows_one_bar_per_model_and_language(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = _fit_project(tmp_path / "fit.handloom")
    page = window.page(ModelsPage)
    assert window.open_project(path)
    window.show_page(page)  # shown: the missing measurements are made in the background
    qtbot.waitUntil(
        lambda: (
            page.fit.report is not None
            and page.fit.report["languages"]
            and not page.fit.report["missing"]
        ),
        timeout=JOB_TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: page.fit.refresh_button.isEnabled(), timeout=JOB_TIMEOUT_MS)
    chart = page.fit.chart
    with Project.open(path, read_only=True) as project:
        expected = fit.report(project, compute=False)
    assert expected.missing == 0 and page.fit.report == expected.to_json()

    assert [m["model"] for m in chart.models()] == [SMOL, GEMMA]
    # The default view is the verdict's own measure: the same text, relative to English.
    assert page.fit.measure.currentData() == "cost_vs_english" == chart.measure
    assert len(chart.bars) == 12
    for model in (SMOL, GEMMA):
        for result in expected.model(model).languages:
            default_bar = next(b for b in chart.bars
                               if (b.language, b.model) == (result.language, model))
            assert default_bar.value == result.cost_vs_english
            assert default_bar.poor == result.poor_fit
    # Chinese is judged per character against its density.
    zh = {b.model: b for b in chart.bars if b.language == "zh"}
    assert zh[GEMMA].value < 1.0 < 2.0 <= zh[SMOL].value

    page.fit.measure.setCurrentIndex(page.fit.measure.findData("per_character_vs_english"))
    assert len(chart.bars) == 12
    bars = {(b.language, b.model): b for b in chart.bars}
    assert [b.language for b in chart.bars] == [lang for lang in LANGUAGES for _ in (1, 2)]
    for model in (SMOL, GEMMA):
        for result in expected.model(model).languages:
            bar = bars[(result.language, model)]
            assert bar.value == result.per_character_vs_english
            assert bar.poor == result.poor_fit
    # Heights follow the values: SmolLM2's Ethiopic bar towers over Gemma's, English is 1×.
    assert bars[("am", SMOL)].rect.height() > 3 * bars[("am", GEMMA)].rect.height()
    assert bars[("en", SMOL)].rect.height() == bars[("en", GEMMA)].rect.height()
    assert bars[("am", SMOL)].poor and not bars[("hi", GEMMA)].poor

    # Drawn: a good bar is filled with its model's colour, a poor one is outlined in red.
    good = bars[("hi", GEMMA)]
    centre = good.rect.center()
    assert _close(_pixel(chart, centre.x(), centre.y()), chart.colour(1))
    poor = bars[("am", SMOL)]
    edge = _pixel(chart, poor.rect.left() + 1.5, poor.rect.center().y())
    assert _close(edge, chart.poor_colour(), 40)
    assert "byte pieces" in poor.tooltip and "Poor fit" in poor.tooltip
    assert "SmolLM2-135M-Instruct is a poor fit for am" in page.fit.verdict.text()
    shot(window, "models-fit")

    page.fit.measure.setCurrentIndex(page.fit.measure.findData("per_word_vs_english"))
    assert {b.language for b in chart.bars} == set(LANGUAGES) - {"zh"}  # no words to count
    shot(window, "models-fit-per-word")

    # Refresh measures nothing new (everything is cached) and draws the same report.
    with qtbot.waitSignal(page.fit.fit_shown, timeout=JOB_TIMEOUT_MS) as shown:
        page.fit.refresh_button.click()
    assert shown.args[0] == expected.to_json()


def test_an_empty_project_says_so(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from core.projects import new_project

    new_project(tmp_path / "empty.handloom").close()
    page = window.page(ModelsPage)
    with qtbot.waitSignal(page.fit.fit_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(tmp_path / "empty.handloom")
    assert page.fit.chart.bars == []
    assert page.fit.chart.empty_text == "No included instructions with a language yet"
