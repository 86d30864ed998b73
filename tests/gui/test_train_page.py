"""The Train page: the live count of rows a run will use, and a short real training of SmolLM2
started from the page, whose loss curve fills as it runs and whose tuned model is registered
and offered on the Generate page by "Try it"."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.shell.window import MainWindow
from app.stages.generate.page import GeneratePage
from app.stages.train.page import TrainPage
from core.store import registry
from tests.gui.conftest import JOB_TIMEOUT_MS, open_on_page, shot
from tests.train.conftest import smollm2_gguf  # noqa: F401 (fixture)
from tests.train.project_data import MODEL, chosen_pairs_project

ROWS = 10
TRAINING_TIMEOUT_MS = 1_200_000  # a few real optimiser steps on a shared two-core machine


@pytest.fixture
def pairs(tmp_path: Path, smollm2_gguf: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: F811
    monkeypatch.setenv("HANDLOOM_TRAIN_THREADS", "1")  # the machine is shared; see backends.py
    return chosen_pairs_project(tmp_path / "train.handloom", smollm2_gguf, limit=ROWS)


def _open(qtbot, window: MainWindow, path: Path) -> TrainPage:  # type: ignore[no-untyped-def]
    return open_on_page(qtbot, window, path, TrainPage, "rows_counted")


def test_the_count_follows_the_filters(qtbot, window: MainWindow, pairs: Path) -> None:
    page = _open(qtbot, window, pairs)
    assert page.form.base.currentData() == MODEL
    assert page.form.name.text() == f"{MODEL}-tuned"
    assert page.form.seed.text() == "3407"  # an identifier, shown without digit groups
    assert not page.form.template.isVisibleTo(page)  # SmolLM2 has its own chat template
    assert "conversations to train on" in page.count.text()
    with qtbot.waitSignal(page.rows_counted, timeout=JOB_TIMEOUT_MS) as counted:
        page.form.eval_fraction.setValue(0.0)
    assert counted.args == [ROWS, 0]
    with qtbot.waitSignal(page.rows_counted, timeout=JOB_TIMEOUT_MS) as counted:
        page.form.min_score.setValue(9)
    assert counted.args == [0, 0] and "No chosen pairs" in page.count.text()
    page.form.apply_preset("Consumer GPU (8 GB)")
    assert page.form.grad_accum.value() == 8 and page.form.max_seq_len.value() == 2048


@pytest.mark.slow
@pytest.mark.usefixtures("one_core")  # the training process inherits one core of the shared machine
def test_a_run_from_the_page_draws_its_loss_and_registers_the_model(
    qtbot, window: MainWindow, pairs: Path
) -> None:
    page = _open(qtbot, window, pairs)
    form = page.form
    form.max_steps.setValue(2)
    form.batch_size.setValue(2)
    form.max_seq_len.setValue(64)
    form.lora_r.setValue(4)
    form.eval_fraction.setValue(0.2)
    losses: list[tuple[int, float]] = []
    page.loss_added.connect(lambda step, loss: losses.append((step, loss)))

    with qtbot.waitSignal(page.training_ended, timeout=TRAINING_TIMEOUT_MS) as ended:
        page.start_button.click()
        assert not page.start_button.isEnabled() and page.cancel_button.isEnabled()
    assert ended.args == ["done"], window.messages.text()
    assert [step for step, _ in losses] == [1, 2] and all(loss > 0 for _, loss in losses)
    assert page.chart.train_points == losses
    assert page.chart.eval_points  # the held-out loss was drawn too
    assert "Backend:" in page.state.backend.text()
    assert "registered" in page.state.status.text()

    name = f"{MODEL}-tuned"
    tuned = registry.get(window.session.project, name)
    assert tuned.kind == "gguf+adapter"
    with qtbot.waitSignal(page.runs_shown, timeout=JOB_TIMEOUT_MS):
        pass  # the list is re-read when the job's end is announced
    assert page.runs.table.rowCount() == 1 and page.runs.table.item(0, 0).text() == name
    assert page.runs.table.item(0, 2).text() == "done"
    shot(window, "train-page-done")

    assert page.runs.try_button.isEnabled()
    page.runs.try_button.click()
    generate = window.page(GeneratePage)
    assert window.stack.currentWidget() is generate
    assert generate.form.model.currentData() == name
