"""The window's share of scaling out: a model on a pool of servers from the Models page, the
servers' figures while a job runs on them, and batch files written and read from the
Generate and Judge pages."""

from __future__ import annotations

import json
from pathlib import Path

from app.shell.window import MainWindow
from app.stages.generate.page import GeneratePage
from app.stages.judge.page import JudgePage
from app.stages.models.page import ModelsPage
from app.widgets.server_table import ServerTable
from core.store import registry
from tests.gui.conftest import JOB_TIMEOUT_MS, shot


def test_a_model_on_two_servers_is_added_from_the_models_page(
        qtbot, window: MainWindow, model_project: Path) -> None:
    page = window.page(ModelsPage)
    with qtbot.waitSignal(page.models_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(model_project)
        window.show_page(page)
    with qtbot.waitSignal(page.models_shown, timeout=JOB_TIMEOUT_MS):
        page.add_server("pool", ["http://127.0.0.1:9/v1", "http://127.0.0.1:10/v1"], "qwen",
                        None, 12)
    model = registry.get(window.session.project, "pool")
    assert [(e.url, e.concurrency) for e in model.endpoints] == [
        ("http://127.0.0.1:9/v1", 12), ("http://127.0.0.1:10/v1", 12)]
    with qtbot.waitSignal(window.session.error, timeout=JOB_TIMEOUT_MS) as error:
        page.add_server("other", ["gpu-box:8080"], "qwen")
    assert error.args == ["'gpu-box:8080' is not an http:// or https:// address."]


def test_the_servers_figures_are_shown_per_server(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = ServerTable()
    qtbot.addWidget(table)
    assert table.isHidden()
    table.show_servers([
        {"endpoint": "http://gpu1:8000", "label": "gpu1:8000", "state": "working",
         "requests": 1200, "tokens_per_second": 412.5, "errors": 0, "retries": 0,
         "last_error": None},
        {"endpoint": "http://gpu2:8000", "label": "gpu2:8000", "state": "set aside",
         "requests": 3, "tokens_per_second": 0.0, "errors": 4, "retries": 4,
         "last_error": "connection refused"}])
    assert not table.isHidden() and table.rowCount() == 2
    cells = [[table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert cells == [["gpu1:8000", "working", "1,200", "412.5", "0"],
                     ["gpu2:8000", "set aside", "3", "0.0", "4 (4)"]]
    assert table.item(1, 4).toolTip() == "connection refused"


def generate_on_a_server(qtbot, window: MainWindow, project: Path) -> GeneratePage:  # type: ignore[no-untyped-def]
    """The Generate page of ``project`` with a model on a server ("gpu-box") chosen."""
    page = window.page(GeneratePage)
    with qtbot.waitSignal(page.pending_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(project)
        window.show_page(page)
    registry.add_remote(window.session.project, "gpu-box", "http://127.0.0.1:9/v1", "qwen")
    with qtbot.waitSignal(page.pending_shown, timeout=JOB_TIMEOUT_MS):
        page.data_changed()
    page.form.model.setCurrentIndex(page.form.model.findData("gpu-box"))
    return page


def test_batch_files_from_the_generate_and_judge_pages(
        qtbot, window: MainWindow, model_project: Path, tmp_path: Path) -> None:
    page = generate_on_a_server(qtbot, window, model_project)
    requests = tmp_path / "requests.jsonl"
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        page.batch.write(requests)
    lines = [json.loads(x) for x in requests.read_text().splitlines()]
    assert len(lines) == 3 and {x["body"]["model"] for x in lines} == {"qwen"}
    assert page.batch.message.text() == "Wrote 3 requests to requests.jsonl."
    shot(window, "generate-batch-written")

    # What the cluster sends back (here written by hand in its format), read by the page.
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps({
        "id": f"batch_req_{n}", "custom_id": x["custom_id"], "error": None,
        "response": {"status_code": 200, "body": {
            "choices": [{"message": {"content": f"Answer {n}."}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 9, "completion_tokens": 3}}}}) + "\n"
        for n, x in enumerate(lines)))
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        page.batch.read(results)
    assert page.batch.message.text() == "3 recorded, 0 already here, 0 failed."
    assert window.session.project.scalar("SELECT count(*) FROM responses") == 3

    judge = window.page(JudgePage)
    window.show_page(judge)
    judge.run.model.setCurrentIndex(judge.run.model.findData("gpu-box"))
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        judge.batch.write(requests)
    asked = [json.loads(x) for x in requests.read_text().splitlines()]
    assert len(asked) == 3 and "response_format" in asked[0]["body"]
    assert judge.batch.message.text() == "Wrote 3 requests to requests.jsonl."
