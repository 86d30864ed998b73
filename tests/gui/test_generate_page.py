"""The Generate page: generating through the window, streaming, pause and resume, cancel,
and the per-instruction browser. The page's own work runs on scripted models
(``scripted_models``); the progress line during a real streamed generation and the wait for
another program's model turn run SmolLM2 itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.shell.window import MainWindow
from app.stages.generate.page import GeneratePage
from core import jobs
from tests.gui.conftest import JOB_TIMEOUT_MS, open_on_page, shot
from tests.gui.model_projects import MODEL
from tests.scripted_models import ScriptedModels


def _open(qtbot, window: MainWindow, path: Path) -> GeneratePage:  # type: ignore[no-untyped-def]
    return open_on_page(qtbot, window, path, GeneratePage, "pending_shown")


def _settings(qtbot, page: GeneratePage, **values: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    form = page.form
    form.model.setCurrentIndex(form.model.findData(MODEL))
    for name, value in values.items():
        getattr(form, name).setValue(value)
    with qtbot.waitSignal(page.pending_shown, timeout=JOB_TIMEOUT_MS) as counted:
        page.count_pending()
    return tuple(counted.args)  # type: ignore[return-value]


def _responses(window: MainWindow) -> int:
    return int(window.session.project.scalar("SELECT count(*) FROM responses"))


def test_generate_streams_and_the_responses_are_browsable(
    qtbot, window: MainWindow, model_project: Path, scripted_models: ScriptedModels
) -> None:
    page = _open(qtbot, window, model_project)
    assert page.form.model.count() == 2  # both bundled models
    assert _settings(qtbot, page, max_tokens=8, parallel=2, limit=2, seed=7) == (2, 2)
    assert "2</b> of 2 responses" in page.pending.text()

    with qtbot.waitSignal(page.generation_ended, timeout=JOB_TIMEOUT_MS) as ended:
        page.start_button.click()
        assert not page.start_button.isEnabled() and page.pause_button.isEnabled()
    assert ended.args == ["done"], window.messages.text()
    assert page.stream_view.chunks >= 1  # text arrived while it was being written
    streamed = [page.stream_view.text_of(k) for k in page.stream_view.slot_of]
    assert any(text.strip() for text in streamed)
    assert "tokens/s" in page.rate.text()
    assert page.progress.value() == page.progress.maximum() == 2
    assert _responses(window) == 2

    browser = page.browser
    qtbot.waitUntil(lambda: len(browser.instructions) == 2, timeout=JOB_TIMEOUT_MS)
    assert browser.instructions[0]["text"] == "What is the capital of France?"
    with qtbot.waitSignal(browser.responses_shown):
        browser.select(0)
    table = browser.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == MODEL
    assert table.item(0, 1).text() == "0"
    # The model's answer, cut at the 8 tokens asked for.
    assert browser.text.toPlainText() == browser.responses[0]["text"] == (
        "A scripted answer to: What is the capital")
    assert (table.item(0, 2).text(), table.item(0, 3).text()) == ("8", "length")
    assert scripted_models.opened == [MODEL]
    qtbot.waitUntil(lambda: "All 2 responses" in page.pending.text(), timeout=JOB_TIMEOUT_MS)
    assert page.start_button.isEnabled() and not page.pause_button.isEnabled()
    shot(window, "generate-page")


@pytest.mark.usefixtures("one_core")  # a real model: its load and its streamed text
def test_progress_loads_then_counts_committed_responses_and_agrees_with_the_header(
    qtbot, window: MainWindow, model_project: Path
) -> None:
    page = _open(qtbot, window, model_project)
    assert _settings(qtbot, page, max_tokens=24, parallel=2, limit=3, seed=5) == (3, 3)
    seen: list[tuple[str, str, int, int]] = []  # event, line, bar's count, stored responses

    def look(event: str) -> None:
        seen.append((event, page.rate.text(), page.progress.value(), _responses(window)))

    with qtbot.waitSignal(page.generation_ended, timeout=JOB_TIMEOUT_MS) as ended:
        page.start_button.click()
        assert page.rate.text() == f"Loading {MODEL}…"
        assert page.progress.maximum() == 0  # busy: no "0 of 3" while the model loads
        page.worker.streamed.connect(lambda _: look("text"))  # after the page's own handlers
        page.worker.progressed.connect(lambda *_: look("count"))
    assert ended.args == ["done"], window.messages.text()

    while_writing = [line for event, line, _, _ in seen if event == "text"]
    assert while_writing and not any(line.startswith("Loading") for line in while_writing)
    assert while_writing[0] == "Writing responses"  # the first words ended the loading
    assert all(count <= written for _, _, count, written in seen)  # only stored ones count
    assert not any(" 0 tokens/s" in line or line.startswith("0 tokens/s") for _, line, _, _ in seen)
    # The run ends with the bar, the header and the project telling the same story.
    assert page.progress.value() == page.progress.maximum() == 3 == _responses(window)
    qtbot.waitUntil(lambda: "All 3 responses" in page.pending.text(), timeout=JOB_TIMEOUT_MS)


class _StopAtFirstText:
    """Presses a button the moment the first streamed text is shown."""

    def __init__(self, press) -> None:  # type: ignore[no-untyped-def]
        self.press = press
        self.pressed = False

    def __call__(self) -> None:
        if not self.pressed:
            self.pressed = True
            self.press()


def test_pause_leaves_a_resumable_job_and_resume_finishes_it(
    qtbot, window: MainWindow, model_project: Path, scripted_models: ScriptedModels
) -> None:
    page = _open(qtbot, window, model_project)
    assert _settings(qtbot, page, max_tokens=16, parallel=1, samples=2, seed=3) == (6, 6)
    scripted_models.keep_writing_until_stopped()  # the first answer is still being written
    stopper = _StopAtFirstText(page.pause_button.click)
    page.stream_view.updated.connect(stopper)
    with qtbot.waitSignal(page.generation_ended, timeout=JOB_TIMEOUT_MS) as ended:
        page.start_button.click()
    page.stream_view.updated.disconnect(stopper)
    assert ended.args == ["paused"], window.messages.text()
    written = _responses(window)
    assert written < 6
    qtbot.waitUntil(page.resume_button.isEnabled, timeout=JOB_TIMEOUT_MS)
    stopped = jobs.list_jobs(window.session.project)[-1]
    assert (stopped.kind, stopped.state) == ("generate", "cancelled")
    assert page.resumable.id == stopped.id
    shot(window, "generate-paused")

    page.form.max_tokens.setValue(100)  # Resume uses the stopped job's own settings
    with qtbot.waitSignal(page.generation_ended, timeout=JOB_TIMEOUT_MS) as ended:
        page.resume_button.click()
    assert ended.args == ["done"], window.messages.text()
    assert page.form.max_tokens.value() == 16
    assert _responses(window) == 6
    assert {r.max_tokens for r in scripted_models.requests} == {16}
    generate_jobs = [j for j in jobs.list_jobs(window.session.project) if j.kind == "generate"]
    assert [(j.id, j.state) for j in generate_jobs] == [(stopped.id, "done")]
    qtbot.waitUntil(lambda: not page.resume_button.isEnabled(), timeout=JOB_TIMEOUT_MS)


def test_cancel_stops_and_is_not_offered_again(
    qtbot, window: MainWindow, model_project: Path, scripted_models: ScriptedModels
) -> None:
    page = _open(qtbot, window, model_project)
    _settings(qtbot, page, max_tokens=16, parallel=1, limit=2)
    scripted_models.keep_writing_until_stopped()
    stopper = _StopAtFirstText(page.cancel_button.click)
    page.stream_view.updated.connect(stopper)
    with qtbot.waitSignal(page.generation_ended, timeout=JOB_TIMEOUT_MS) as ended:
        page.start_button.click()
    page.stream_view.updated.disconnect(stopper)
    assert ended.args == ["cancelled"]
    assert _responses(window) == 0
    assert jobs.list_jobs(window.session.project)[-1].state == "cancelled"
    qtbot.waitUntil(page.start_button.isEnabled, timeout=JOB_TIMEOUT_MS)
    assert not page.resume_button.isEnabled()
    assert not window.jobs_panel.isVisible()  # a cancelled run is not offered for resuming


def test_a_server_model_asks_for_concurrency_instead_of_parallel(
    qtbot, window: MainWindow, model_project: Path
) -> None:
    from core.store import registry

    page = _open(qtbot, window, model_project)
    registry.add_remote(window.session.project, "gpu-box", "http://127.0.0.1:9/v1", "qwen")
    with qtbot.waitSignal(page.pending_shown, timeout=JOB_TIMEOUT_MS):
        page.data_changed()
    form = page.form
    with qtbot.waitSignal(page.pending_shown, timeout=JOB_TIMEOUT_MS) as counted:
        form.model.setCurrentIndex(form.model.findData("gpu-box"))
    assert counted.args == [3, 3]
    assert form.concurrency.isVisibleTo(form) and form.api_key_env.isVisibleTo(form)
    assert not form.parallel.isVisibleTo(form)
    form.concurrency.setValue(16)
    form.seed.setValue(12345)
    assert form.seed.text() == "12345"  # an identifier, shown without digit groups
    config = form.config()
    assert (config["model"], config["concurrency"], config["seed"]) == ("gpu-box", 16, 12345)
    shot(window, "generate-server-model")


@pytest.mark.usefixtures("one_core")  # the model turn is the local engine's
def test_a_run_waits_in_its_own_words_while_another_program_runs_a_model(
    qtbot, window: MainWindow, model_project: Path
) -> None:
    from tests.engine.test_model_turns import hold_turn_elsewhere

    # Another Handloom program (here a plain process) holds this machine's model turn.
    holder = hold_turn_elsewhere("handloom judge: SmolLM2")
    try:
        assert holder.stdin is not None
        page = _open(qtbot, window, model_project)
        _settings(qtbot, page, max_tokens=4, parallel=1, limit=1, seed=7)
        with qtbot.waitSignal(page.generation_ended, timeout=JOB_TIMEOUT_MS) as ended:
            page.start_button.click()
            qtbot.waitUntil(lambda: page.line.state.phase == "waiting", timeout=JOB_TIMEOUT_MS)
            assert page.rate.text() == "Waiting for the other model job to finish…"
            assert "handloom judge: SmolLM2" in page.rate.toolTip()
            assert _responses(window) == 0
            holder.stdin.write("\n")  # the other program finishes and gives its turn back
            holder.stdin.flush()
        assert ended.args == ["done"], window.messages.text()
        assert page.line.state.phase != "waiting" and _responses(window) == 1
        assert not page.rate.toolTip()
    finally:
        holder.kill()
        holder.wait()
