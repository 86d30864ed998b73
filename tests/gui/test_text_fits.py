"""Words shown whole, in the reader's direction (issue #17, point 7): at 1280×800 in Swahili
and Arabic the Curate table's narrow columns show their headers and the status of a row
whole (not "yamejum…", not ":meondolewa kama" cut at the table's edge), Train's tuned-model
name and the runs' held-out loss header fit, Compare's first choice of evaluation set
fits its drop-down, the Judge score chart keeps its scores in view, Curate's languages chart grows from the
right in Arabic,
the Models page's legend keeps each swatch before its words in Arabic, a hint cut short in a
narrow field is whole in its tooltip, and an Arabic sentence that begins with a name or a
number reads right to left."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QScrollArea

from app import i18n, theme
from app.export_options import licence_lines
from app.fit_chart import FitChart
from app.histogram import ScoreHistogram
from app.i18n_report import read_ts
from app.pages.compare import ComparePage
from app.pages.curate import CuratePage
from app.pages.judge import JudgePage
from app.pages.models import ModelsPage
from app.pages.train import TrainPage
from app.window import MainWindow
from tests.gui.conftest import open_window

RLM = "\u200f"


def _window(qtbot, code: str, project: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
            tmp_path: Path) -> MainWindow:
    window = open_window(qtbot, monkeypatch, tmp_path, code)
    assert window.open_project(project)
    return window


def _show(qtbot, window: MainWindow, page_class: type) -> object:  # type: ignore[no-untyped-def]
    page = window.page(page_class)
    window.sidebar.setCurrentRow(window.pages.index(page))
    qtbot.wait(50)
    return page


@pytest.mark.parametrize("code", ["sw", "ar"])
def test_curate_train_judge_and_models_show_their_words_whole(
    qtbot, code: str, model_project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, code, model_project, monkeypatch, tmp_path)

    curate = _show(qtbot, window, CuratePage)
    table = curate.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    header = table.horizontalHeader()
    for column in range(1, table.model().columnCount()):
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(title) < table.columnWidth(column), title
    for status in ("included", "excluded"):
        words = i18n.code_label(status)
        assert table.fontMetrics().horizontalAdvance(words) < table.columnWidth(3), words
    # The last column ends inside the table, not cut off at its edge.
    assert header.length() <= table.viewport().width()
    # The languages chart reads from the reader's side: codes, then bars growing away.
    chart = curate.chart  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(chart.bars) and chart.height() >= chart.sizeHint().height())
    image = chart.grab().toImage()
    height, gap = chart.rows()
    last = len(chart.bars) - 1  # the shortest bar: it lies by its code, far from the other side
    middle = gap + last * (height + gap) + height // 2
    start = chart._label_width() + 3
    bar = (chart.color or theme.accent(chart.palette())).rgb()
    near, far = image.width() - 1 - start, start
    if code != "ar":
        near, far = far, near
    assert image.pixel(near, middle) == bar and image.pixel(far, middle) != bar

    train = _show(qtbot, window, TrainPage)
    name = train.form.name  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(name.text()))
    assert name.fontMetrics().horizontalAdvance(name.text()) < name.contentsRect().width() - 8
    assert name.toolTip() == name.text()
    runs = train.runs.table  # type: ignore[attr-defined]
    runs_header = runs.horizontalHeader()
    for column in range(runs.columnCount()):
        title = runs.horizontalHeaderItem(column).text()
        assert runs_header.fontMetrics().horizontalAdvance(title) < runs.columnWidth(column), title
    for button in (train.start_button, train.cancel_button, train.resume_button):  # type: ignore[attr-defined]
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width(), button.text()

    judge = _show(qtbot, window, JudgePage)
    scroll = judge.charts.parentWidget().parentWidget()  # type: ignore[attr-defined]
    assert isinstance(scroll, QScrollArea)
    assert scroll.viewport().height() >= ScoreHistogram.MIN_HEIGHT  # one chart whole

    models = _show(qtbot, window, ModelsPage)
    qtbot.waitUntil(lambda: models.table.rowCount() > 0)  # type: ignore[attr-defined]
    sizes = [models.table.item(row, 4).text()  # type: ignore[attr-defined]
             for row in range(models.table.rowCount())]  # type: ignore[attr-defined]
    assert sizes and all(sizes)
    if code == "ar":  # written with the language's digits, as every other number is
        assert not any(re.search("[0-9]", size) for size in sizes), sizes
    chart = models.findChild(FitChart)
    assert chart is not None
    qtbot.waitUntil(lambda: bool(chart.bars), timeout=60_000)
    legend = chart.legend()
    assert len(legend) >= 3  # the models, "poor fit", the English line
    for entry in legend:  # the mark just before its words, as the reader reads
        if code == "ar":
            assert entry.mark.left() >= entry.words.right(), entry.label
        else:
            assert entry.mark.right() <= entry.words.left(), entry.label
        assert 0 <= entry.words.left() and entry.words.right() <= chart.width(), entry.label
    for before, after in zip(legend, legend[1:], strict=False):  # entries never overlap
        assert not before.words.intersects(after.words) and not after.mark.intersects(before.words)
    compare = _show(qtbot, window, ComparePage)
    sets = compare.sets.sets  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(sets.currentText()))
    arrow = sets.style().pixelMetric(sets.style().PixelMetric.PM_ScrollBarExtent)
    assert sets.fontMetrics().horizontalAdvance(sets.currentText()) < sets.width() - arrow - 8
    window.close()


def test_a_hint_cut_short_in_a_narrow_field_is_whole_in_its_tooltip(window: MainWindow) -> None:
    hinted = [e for e in window.findChildren(QLineEdit) if e.placeholderText()]
    assert len(hinted) > 5
    for edit in hinted:
        assert edit.toolTip(), edit.placeholderText()


def _first_strong_is_left(text: str) -> bool:
    """Whether a paragraph of ``text`` would be laid out left to right by Qt: its first
    strong character, or a placeholder that may hold a name or a path (``{0}``, ``{model}``)
    before any, is left to right. Markup and numbers (``%Ln``, ``{0:,}``) are skipped:
    digits do not choose a paragraph's direction."""
    text = re.sub(r"<[^>]*>|%L?n|\{\w*:[^}]*\}", "", text)
    for char in text:
        if char == "{":
            return True
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return False
        if kind == "L":
            return True
    return False


def test_every_arabic_sentence_reads_right_to_left() -> None:
    """A sentence that begins with a model's name ("{model} is a poor fit…") would be laid
    out left to right, its words scrambled; a right-to-left mark before it keeps it Arabic.
    Arrows between two Latin words point the way an Arabic reader reads."""
    rows = read_ts(i18n.ts_path("ar"))
    arabic = re.compile("[\u0600-\u06ff]")
    wrong = [(source, tr) for _context, source, tr in rows
             if tr and arabic.search(tr) and _first_strong_is_left(tr)]
    assert not wrong, wrong[:5]
    prompt = next(tr for ctx, src, tr in rows if src == "Prompt for {0} → {1}")
    assert f"{RLM}←{RLM}" in str(prompt)


def test_a_licence_no_row_states_is_said_in_words_not_as_a_code() -> None:
    unknown = {"name": "unknown", "licence": "unknown", "uses": [], "problems": []}
    assert licence_lines(unknown)[0] == "<b>Licence:</b> not known"
    same = {"name": "MIT", "licence": "MIT", "uses": [], "problems": []}
    assert licence_lines(same)[0] == "<b>Licence:</b> MIT"
