"""The Models page: the bundled models, adding GGUF files and server models, templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from app.shell.window import MainWindow
from app.stages.models.page import COLUMNS, TEMPLATE_COLUMN, ModelsPage
from core.engine.bundled import locate
from core.store import registry
from tests.gui.conftest import JOB_TIMEOUT_MS, open_on_page, shot
from tests.gui.model_projects import MODEL


def _open(qtbot, window: MainWindow, path: Path) -> ModelsPage:  # type: ignore[no-untyped-def]
    return open_on_page(qtbot, window, path, ModelsPage, "models_shown")


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
    assert gemma.currentText() == "plain completion"  # words, translated, not the stored name
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
    assert error.args == ["A model called 'gpu-box' is already registered; choose another name."]


def test_the_page_says_where_models_run_and_saves_the_choice(
    qtbot, window: MainWindow, model_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """llama.cpp is asked off the GUI thread when the page is shown; this machine's CPU
    build has no GPU backend, so the page says the CPU and offers no choice. The choice
    the page saves is the per-user setting `handloom device` reads and model processes use."""
    import json

    from core.cli import main
    from core.curator import read_user_settings
    from core.engine.accelerator import chosen_device, detect, gpu_layers

    page = window.page(ModelsPage)
    with qtbot.waitSignal(page.device_shown, timeout=JOB_TIMEOUT_MS) as where:
        _open(qtbot, window, model_project)
    found = detect()  # the same answer, cached in this process
    if found.gpu_offload:  # a GPU build: the layers go to the GPU and the choice is offered
        assert where.args == ["gpu"] and "GPU" in page.device_label.text()
        assert page.device_choice.isVisibleTo(page) and page.device_choice.currentData() == "gpu"
    else:
        assert where.args == ["cpu"]
        assert page.device_label.text() == (
            f"Models run on: the CPU with {found.cpu_code.level} code ({found.threads} threads)"
            " — no GPU found."
        )
        assert found.cpu_code.variant and found.cpu_code.describe() in page.device_label.toolTip()
        assert not page.device_choice.isVisibleTo(page)
    shot(window, "models-device")

    assert chosen_device() == "gpu" and gpu_layers() == -1  # nothing chosen yet
    with qtbot.waitSignal(page.device_shown, timeout=JOB_TIMEOUT_MS) as where:
        page.choose_device("cpu")
    assert where.args == ["cpu"] and "the CPU" in page.device_label.text()
    assert read_user_settings()["model_device"] == "cpu"
    assert chosen_device() == "cpu" and gpu_layers() == 0  # new model processes: no layers on a GPU
    capsys.readouterr()
    assert main(["device", "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert (said["device"], said["runs_on"]) == ("cpu", "cpu")

    # The command line's choice is the same setting: a new page reads it.
    assert main(["device", "gpu"]) == 0
    assert read_user_settings()["model_device"] == "gpu" and gpu_layers() == -1


def test_with_a_gpu_the_person_chooses_gpu_or_cpu(qtbot, window: MainWindow, model_project: Path) -> None:
    """What the page shows for a CUDA machine's detection (this machine has no GPU, so the
    answer llama.cpp gives there is passed in): the GPU by name, and a choice that is saved."""
    from PySide6.QtCore import Qt

    from core.curator import read_user_settings
    from core.engine.accelerator import Accelerator, gpu_layers
    from core.engine.cpu_code import CpuCode

    page = window.page(ModelsPage)
    with qtbot.waitSignal(page.device_shown, timeout=JOB_TIMEOUT_MS):  # this machine's answer
        _open(qtbot, window, model_project)
    cuda = Accelerator(True, ("CUDA",), 8, ("NVIDIA GeForce RTX 4060",), "AMD Ryzen 7 5800X",
                       CpuCode("haswell", "AVX2", ("AVX", "AVX2", "FMA")))
    with qtbot.waitSignal(page.device_shown, timeout=JOB_TIMEOUT_MS) as where:
        page._device_found((cuda, "gpu"))
    assert where.args == ["gpu"]
    assert page.device_label.text() == (
        "Models run on: NVIDIA GeForce RTX 4060 (CUDA), every layer offloaded to the GPU."
    )
    combo = page.device_choice
    assert combo.isVisibleTo(page)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "GPU: NVIDIA GeForce RTX 4060 (CUDA)", "CPU: AVX2"
    ]
    # The person picks the CPU with the keyboard, as with any combo box.
    combo.setFocus()
    with qtbot.waitSignal(page.device_shown, timeout=JOB_TIMEOUT_MS) as where:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert where.args == ["cpu"] and combo.currentData() == "cpu"
    assert page.device_label.text() == (
        "Models run on: the CPU with AVX2 code (8 threads); NVIDIA GeForce RTX 4060 (CUDA) is "
        "not used."
    )
    assert read_user_settings()["model_device"] == "cpu" and gpu_layers() == 0
    shot(window, "models-device-gpu")
