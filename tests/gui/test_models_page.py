"""The Models page: the bundled models, adding GGUF files and server models, templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from app.pages.models import COLUMNS, TEMPLATE_COLUMN, ModelsPage
from app.window import MainWindow
from core.engine import registry
from core.engine.bundled import locate
from tests.gui.conftest import JOB_TIMEOUT_MS, shot
from tests.gui.model_projects import MODEL

pytestmark = pytest.mark.usefixtures("one_core")  # the model processes run on one core


def _open(qtbot, window: MainWindow, path: Path) -> ModelsPage:  # type: ignore[no-untyped-def]
    page = window.page(ModelsPage)
    with qtbot.waitSignal(page.models_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(path)
    window.show_page(page)
    return page


def _cell(page: ModelsPage, row: int, column: str) -> str:
    return page.table.item(row, COLUMNS.index(column)).text()


def test_the_bundled_models_are_listed_with_what_their_files_say(
    qtbot, window: MainWindow, model_project: Path
) -> None:
    page = _open(qtbot, window, model_project)
    assert page.table.rowCount() == 2
    assert [_cell(page, r, "Name") for r in range(2)] == [
        f"{MODEL}  (bundled)",
        "gemma-3-270m  (bundled)",
    ]
    assert [_cell(page, r, "Kind") for r in range(2)] == ["GGUF file", "GGUF file"]
    assert _cell(page, 0, "Architecture") == "llama"
    assert _cell(page, 1, "Architecture").startswith("gemma")
    assert _cell(page, 0, "Parameters") == "135M"
    assert _cell(page, 0, "Licence").lower() == "apache-2.0"
    assert _cell(page, 0, "Quantisation") and _cell(page, 0, "Size").endswith("MB")
    assert _cell(page, 0, "Chat template") == "the model's own"
    gemma = page.table.cellWidget(1, TEMPLATE_COLUMN)
    assert isinstance(gemma, QComboBox) and gemma.currentData() == "completion"
    page.table.selectRow(0)
    assert "sha256" in page.detail.text()
    shot(window, "models-page")

    # Gemma 3 270M base has no chat template of its own: the person picks one.
    with qtbot.waitSignal(page.model_changed, timeout=JOB_TIMEOUT_MS) as changed:
        gemma.setCurrentIndex(gemma.findData("gemma"))
    assert changed.args[0]["template_choice"] == "gemma"
    assert registry.get(window.session.project, "gemma-3-270m").template_choice == "gemma"


def test_a_file_that_is_not_gguf_is_refused_with_its_sentence(
    qtbot, window: MainWindow, model_project: Path, tmp_path: Path
) -> None:
    page = _open(qtbot, window, model_project)
    notes = tmp_path / "notes.gguf"
    notes.write_text("just some notes", encoding="utf-8")
    with qtbot.waitSignal(window.session.error, timeout=JOB_TIMEOUT_MS) as error:
        page.add_gguf(notes)
    sentence = "notes.gguf is not a GGUF model file (it does not start with the GGUF magic bytes)"
    assert error.args == [sentence]
    assert window.messages.text() == sentence and window.messages.kind == "error"
    assert len(registry.list_models(window.session.project)) == 2
    shot(window, "models-refused")


def test_a_gguf_file_and_a_server_model_are_added(
    qtbot, window: MainWindow, model_project: Path
) -> None:
    page = _open(qtbot, window, model_project)
    with qtbot.waitSignal(page.models_shown, timeout=JOB_TIMEOUT_MS):
        page.add_gguf(locate("smollm2"), "my-smol")
    with qtbot.waitSignal(page.models_shown, timeout=JOB_TIMEOUT_MS):
        page.add_server("gpu-box", "http://127.0.0.1:9/v1", "qwen2.5-7b", "Apache-2.0")
    assert page.table.rowCount() == 4
    assert (_cell(page, 2, "Name"), _cell(page, 2, "Architecture")) == ("my-smol", "llama")
    assert (_cell(page, 3, "Name"), _cell(page, 3, "Kind")) == ("gpu-box", "server")
    assert _cell(page, 3, "Chat template") == "the server's"

    with qtbot.waitSignal(window.session.error, timeout=JOB_TIMEOUT_MS) as error:
        page.add_server("gpu-box", "http://127.0.0.1:9/v1", "other")
    assert error.args == ["A model called 'gpu-box' is already registered; choose another --name."]
