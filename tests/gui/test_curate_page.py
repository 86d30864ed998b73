"""The Curate page: the lazy table, search, filters, counts and the curate job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from app.widgets.instruction_model import BLOCK, RTL_ROLE, InstructionTableModel
from core.store.project import Project
from tests.gui.bulk import fill_project, project_with
from tests.gui.conftest import JOB_TIMEOUT_MS, shot

TEXTS = [
    ("How do I plant maize after the first rains?", "en", "Latn"),
    ("Nawezaje kupanda mahindi baada ya mvua za kwanza?", "sw", "Latn"),
    ("How do I plant maize after the first rains?", "en", "Latn"),
    ("كيف أزرع الذرة بعد الأمطار الأولى؟", "ar", "Arab"),
    ("how do i plant maize after the first rains", "en", "Latn"),
    ("איך שותלים תירס אחרי הגשמים הראשונים?", "he", "Hebr"),
    ("Write a proverb about patience.", "en", "Latn"),
]


def _open_curate(qtbot, window: MainWindow, path: Path) -> CuratePage:  # type: ignore[no-untyped-def]
    page = window.page(CuratePage)
    with qtbot.waitSignal(page.stats_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(path)
    window.show_page(page)  # a project opens on its Overview; Curate is one click away
    assert window.stack.currentWidget() is page
    return page


def _statuses(model: InstructionTableModel) -> list[str]:
    return [model.row(i)["status"] for i in range(model.rowCount())]


def test_dedup_excludes_duplicates(qtbot, window: MainWindow, tmp_path: Path) -> None:
    page = _open_curate(qtbot, window, project_with(tmp_path / "dups.handloom", TEXTS))
    assert page.model.rowCount() == 7
    assert page.stats["included"] == 7

    page.controls.dedup.setChecked(True)
    with qtbot.waitSignal(page.stats_shown, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(page.controls.run_button, Qt.MouseButton.LeftButton)

    assert window.messages.kind == "info", window.messages.text()
    assert "2 excluded as duplicate" in window.messages.text()
    assert _statuses(page.model) == [
        "included",
        "included",
        "excluded",
        "included",
        "excluded",
        "included",
        "included",
    ]
    status_column = 3
    assert page.model.index(2, status_column).data() == "excluded"
    assert page.model.index(2, 5).data() == "duplicate"
    assert page.stats["excluded_by_reason"] == {"duplicate": 2}
    assert page.exclusions.item(0).text() == "duplicate: 2"
    assert page.controls.run_button.isEnabled()
    page.table.selectRow(2)
    shot(window, "curate-after-dedup")

    # The excluded rows are one filter away, and the detail pane says why.
    page.reason.setCurrentIndex(page.reason.findData("duplicate"))
    assert page.model.rowCount() == 2
    page.table.selectRow(0)
    assert "Excluded as" in page.detail.toPlainText()
    assert "duplicate: same as" in page.detail.toPlainText()

    # Lifting the reason includes them again.
    page.controls.lift_reason.setCurrentIndex(page.controls.lift_reason.findData("duplicate"))
    with qtbot.waitSignal(page.stats_shown, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(page.controls.lift_button, Qt.MouseButton.LeftButton)
    assert page.stats["included"] == 7
    assert page.model.rowCount() == 0  # the "duplicate" filter now matches nothing


def test_search_filters_the_table(qtbot, window: MainWindow, tmp_path: Path) -> None:
    page = _open_curate(qtbot, window, project_with(tmp_path / "search.handloom", TEXTS))
    with qtbot.waitSignal(page.search_timer.timeout, timeout=2000):
        page.search.setText("maize")
    assert page.model.rowCount() == 3
    assert all("maize" in page.model.row(i)["text"].lower() for i in range(3))
    assert page.shown_count.text() == "3 of 7"

    with qtbot.waitSignal(page.search_timer.timeout, timeout=2000):
        page.search.setText("mahin")  # a prefix of the last word matches
    assert page.model.rowCount() == 1

    page.search.clear()
    page.apply_filters()
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.model.rowCount() == 4
    page.status.setCurrentIndex(page.status.findData("excluded"))
    assert page.model.rowCount() == 0


def test_right_to_left_rows_and_language_names(qtbot, window: MainWindow, tmp_path: Path) -> None:
    page = _open_curate(qtbot, window, project_with(tmp_path / "rtl.handloom", TEXTS))
    model = page.model
    assert model.index(3, 0).data(RTL_ROLE) is True  # Arabic
    assert model.index(5, 0).data(RTL_ROLE) is True  # Hebrew
    assert model.index(1, 0).data(RTL_ROLE) is False
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole).startswith("Swahili")
    assert dict(page.chart.bars)["en"] == 4
    page.table.selectRow(3)
    shot(window, "curate-page")


def test_the_lazy_model_fetches_only_what_is_shown(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = fill_project(tmp_path / "big.handloom", 50_000)
    page = _open_curate(qtbot, window, path)
    model = page.model
    assert model.rowCount() == 50_000
    qtbot.waitExposed(page.table)
    page.table.viewport().repaint()
    assert 1 <= model.fetches <= 2
    assert sum(len(b) for b in model.blocks.values()) <= 2 * BLOCK

    page.table.scrollToBottom()
    page.table.viewport().repaint()
    assert model.index(49_999, 0).data().startswith(model.row(49_999)["text"][:10])
    loaded = sum(len(b) for b in model.blocks.values())
    assert loaded <= 4 * BLOCK, f"{loaded} rows loaded for one screen"
    assert page.stats["instructions"] == 50_000
    assert model.row(49_999)["source_line"] == 50_000


def test_dragging_the_scroll_bar_fetches_only_where_it_stops(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    page = _open_curate(qtbot, window, fill_project(tmp_path / "drag.handloom", 20_000))
    table, model = page.table, page.model
    qtbot.waitExposed(table)
    table.viewport().repaint()
    fetched = model.fetches
    bar = table.verticalScrollBar()

    bar.setSliderDown(True)  # the person grabs the scroll bar
    for value in range(0, bar.maximum(), bar.maximum() // 20):
        bar.setValue(value)
        table.viewport().repaint()
    assert model.fetches == fetched  # nothing read while dragging
    with qtbot.waitSignal(table.drag_pause.timeout, timeout=2000):
        bar.setValue(bar.maximum() // 2)  # ... and pauses in the middle
    assert model.fetches > fetched
    middle = table.rowAt(10)
    assert model.index(middle, 0).data() == model.row(middle)["text"].split("\n")[0]
    bar.setSliderDown(False)
    assert not model.deferred


def test_neighbouring_blocks_are_found_by_rowid(tmp_path: Path) -> None:
    from core.store import instructions
    from core.store.instructions import Filters

    project = Project.open(fill_project(tmp_path / "keys.handloom", 6 * BLOCK))
    model = InstructionTableModel(project, Filters(language="en"))
    total = model.rowCount()
    last = total - 1
    assert model.row(last)  # a far block: by offset
    assert model.row(last - BLOCK)  # its neighbour above: by rowid, backwards
    assert model.row(0) and model.row(BLOCK)  # the top, then the next one down
    expected = instructions.page(project, Filters(language="en"), 0, total)
    for row in (0, BLOCK - 1, BLOCK, last - BLOCK, last):
        assert model.row(row)["id"] == expected[row]["id"]
    project.close()


def test_the_cache_keeps_a_bounded_number_of_blocks(tmp_path: Path) -> None:
    from app.widgets import instruction_model

    project = Project.open(fill_project(tmp_path / "lru.handloom", 20 * BLOCK))
    model = InstructionTableModel(project)
    for row in range(0, 20 * BLOCK, BLOCK):
        assert model.index(row, 0).data()
    assert model.fetches == 20
    assert len(model.blocks) == min(20, instruction_model.MAX_BLOCKS)
    project.close()

