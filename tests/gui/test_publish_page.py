"""The Publish page: the preview shown before anything is written, export to a folder,
publishing to the push queue with the Hub out of reach, the "publish anyway?" prompt for
conflicting licences, tuned models, and pulling while offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from app.shell.window import MainWindow
from app.stages.publish.hub_dialogs import ConflictBox, PublishDialog, PullDialog
from app.stages.publish.page import PublishPage
from core.publish import push
from core.publish.export import preview
from core.store.project import Project
from tests.gui.conftest import JOB_TIMEOUT_MS, shot
from tests.publish.builder import Tales, add_training, build_tales

FAKE_TOKEN = "hf_GuiTestNotARealToken0123456789"


@pytest.fixture(autouse=True)
def _hub_out_of_reach(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The Hub is a closed local port, the token a fake one, no stored login is read."""
    from huggingface_hub import constants

    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-login" / "token"))
    monkeypatch.setenv("HF_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")


def make_tales(path: Path, extra=None) -> Path:  # type: ignore[no-untyped-def]
    """The standard small publishing project (tests/publish/builder.py), written with SQL;
    ``extra(tales)`` adds more rows before it is closed."""
    project = Project.create(path)
    tales = build_tales(project)
    if extra is not None:
        extra(tales)
    project.close()
    return path


def open_publish(qtbot, window: MainWindow, path: Path) -> PublishPage:  # type: ignore[no-untyped-def]
    assert window.open_project(path)
    page = window.page(PublishPage)
    with qtbot.waitSignal(page.preview_shown, timeout=JOB_TIMEOUT_MS):
        window.show_page(page)
    return page


def fill_publish_dialog(page: PublishPage, repo_id: str) -> PublishDialog:
    dialog = page.dialog
    assert isinstance(dialog, PublishDialog) and dialog.isVisible()
    assert not dialog.publish_button.isEnabled()  # no repository named yet
    dialog.repo.setText(repo_id)
    assert dialog.publish_button.isEnabled()
    return dialog


def test_publishing_offline_queues_the_dataset_and_says_so(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_tales(tmp_path / "tales.handloom")
    page = open_publish(qtbot, window, path)
    with Project.open(path, read_only=True) as project:
        expected = preview(project)
    text = page.preview.preview and page.preview.label.text()
    train, test = expected["splits"].get("train", 0), expected["splits"].get("test", 0)
    assert f"{expected['rows']} rows</b>: train {train}, test {test}." in text
    assert "Licence:</b> CC BY 4.0 (cc-by-4.0)" in text
    assert "rejected in review: 1 response" in text
    assert "Swahili (sw)" in text
    card = page.preview.card_view.toPlainText()
    assert "pretty_name: tales" in card and "license: cc-by-4.0" in card
    assert card.startswith("tales\n")  # the title, rendered (not "# tales"); metadata last
    assert page.queue.table.rowCount() == 0

    page.publish_button.click()
    dialog = fill_publish_dialog(page, "amina/hadithi")
    shot(dialog, "publish-dialog")
    assert "CC BY 4.0" in " ".join(
        label.text() for label in dialog.findChildren(type(page.preview.label))
    )
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        dialog.publish_button.click()

    table = page.queue.table
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[:4] == ["Dataset", "amina/hadithi", "waiting", "1"]
    assert row[4].startswith("The Hub could not be reached")
    message = window.messages.text()
    assert window.messages.kind == "info"
    assert message.startswith("amina/hadithi is not published yet: The Hub could not be reached")
    assert "stays queued in this project" in message and "nothing is lost" in message
    assert FAKE_TOKEN not in message
    with Project.open(path, read_only=True) as project:
        (item,) = push.list_queue(project)
        assert FAKE_TOKEN not in str(project.query("SELECT * FROM push_queue"))
    folder = Path(item.payload["folder"])
    assert all((folder / name).is_file() for name in item.payload["files"])
    assert item.payload["rows"] == expected["rows"]
    shot(window, "publish-page")
    page.preview.setCurrentWidget(page.preview.card_view)
    shot(window, "publish-card")

    page.queue.table.selectRow(0)
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        page.queue.retry_button.click()
    assert [table.item(0, c).text() for c in (2, 3)] == ["waiting", "2"]
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        page.queue.remove_button.click()
    assert table.rowCount() == 0


class _FolderOpener(QObject):
    """Takes the file: URLs the window asks the desktop to open (Qt's own URL handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def test_export_into_a_new_folder_goes_exactly_there_and_offers_to_open_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    import datasets

    (tmp_path / "work").mkdir()
    path = make_tales(tmp_path / "work" / "tales.handloom")
    page = open_publish(qtbot, window, path)
    rows = page.preview.preview["rows"]
    page.export_button.click()
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    # the suggestion sits beside the project, not in the home folder
    assert dialog.folder() == tmp_path / "work" / "tales-parquet"
    out = tmp_path / "exports" / "for the team"  # neither folder exists yet
    dialog.path.setText(str(out))
    assert dialog.export_button.isEnabled() and dialog.note.text() == "This folder will be created."
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        dialog.export_button.click()
    assert (out / "README.md").is_file() and (out / "data").is_dir()  # no folder in between
    assert window.messages.text().startswith(f"Wrote {rows} rows (")
    assert str(out) in window.messages.text()
    box = page.exported_box
    assert box is not None and box.isVisible() and str(out) in box.text()
    opener = _FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open_url")
    try:
        box.open_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opener.opened == [str(out)]
    loaded = datasets.load_dataset(str(out), cache_dir=str(tmp_path / "cache"))
    assert sum(len(split) for split in loaded.values()) == rows
    assert loaded["train"][0]["messages"][0]["role"] == "user"

    page.export_button.click()  # the next export starts beside the last one
    dialog = page.export_dialog
    assert dialog.folder() == tmp_path / "exports" / "tales-parquet"
    dialog.use_folder(out)  # a folder with files in it: a new folder inside, in plain view
    assert dialog.folder() == out / "tales-parquet" and str(out) in dialog.note.text()
    dialog.path.setText(str(out))
    assert not dialog.export_button.isEnabled() and "already holds files" in dialog.note.text()
    dialog.reject()


def _conflicting_sources(tales: Tales) -> None:
    """A non-commercial source beside a share-alike one: they cannot be published together."""
    b = tales.b
    for name, licence, text in (
        ("darasa.csv", "CC-BY-NC-4.0", "Eleza historia ya Lamu."),
        ("wiki.csv", "CC-BY-SA-4.0", "Eleza mji wa Mombasa."),
    ):
        instruction = b.instruction(text, "sw", b.source(name, licence))
        b.response(instruction, tales.generator, "Jibu.")


def test_a_non_commercial_source_asks_publish_anyway(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_tales(tmp_path / "mixed.handloom", _conflicting_sources)
    page = open_publish(qtbot, window, path)
    assert "Conflict:</b>" in page.preview.label.text()
    assert "darasa.csv (CC BY-NC 4.0) forbids commercial use" in page.preview.label.text()
    shot(window, "publish-conflict-preview")

    page.publish_button.click()
    fill_publish_dialog(page, "amina/mixed").publish_button.click()
    box = page.conflict_box
    assert isinstance(box, ConflictBox) and box.isVisible()
    assert "forbids commercial use" in box.text() and "Publish anyway?" in box.text()
    shot(box, "publish-conflict")
    box.button(box.StandardButton.Cancel).click()
    assert not window.session.busy
    assert page.queue.table.rowCount() == 0  # nothing queued, nothing exported

    # Had the preview been out of date, the core refuses after exporting, and asks then.
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        page.publish(("dataset", "amina/mixed", False, ""), accept_conflicts=False)
    assert page.queue.table.rowCount() == 0
    assert page.conflict_box is not box and page.conflict_box.isVisible()
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        page.conflict_box.anyway.click()
    assert page.queue.items[0].repo_id == "amina/mixed"
    assert page.queue.items[0].attempts == 1


def test_a_tuned_model_is_queued_and_a_pull_offline_is_a_sentence(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    def trained(tales: Tales) -> None:
        add_training(tales, tmp_path / "run")

    page = open_publish(qtbot, window, make_tales(tmp_path / "tuned.handloom", trained))
    assert page.model_button.isEnabled()
    page.model_button.click()
    dialog = fill_publish_dialog(page, "amina/tales-sw-lora")
    assert dialog.model.currentText() == "tales-sw-lora"
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        dialog.publish_button.click()
    (item,) = page.queue.items
    assert (item.kind, item.repo_id, item.state) == ("model", "amina/tales-sw-lora", "queued")
    assert "not published yet" in window.messages.text()

    page.pull_button.click()
    pull = page.dialog
    assert isinstance(pull, PullDialog)
    pull.dataset.setText("acme/questions")
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        pull.pull_button.click()
    assert window.messages.kind == "error"
    assert window.messages.text().startswith("This computer cannot reach the Hugging Face Hub")
