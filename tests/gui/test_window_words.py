"""The window speaks of its own controls, never of command-line flags or commands: its
translated catalogue and the core errors it shows hold no ``--flag``, ``handloom …`` or
``hf auth``; a file imported twice names the window's checkbox (the command line keeps
``--again``); and the Hub sign-in is the window's own, storing the token where
huggingface_hub keeps it, never in the project."""

from __future__ import annotations

import ast
import csv
import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt

from app.shell.window import MainWindow
from app.stages.import_.page import ImportPage
from app.stages.publish.hub_dialogs import PullDialog
from app.stages.publish.page import PublishPage
from core.store.project import Project
from tests.gui.conftest import JOB_TIMEOUT_MS
from tests.publish.fake_hub import DatasetHub, FakeHub
from tests.publish.test_pull import FIRST, _dataset
from tests.publish.test_pull import hub as pull_hub  # noqa: F401 (a local Hub with datasets)

ROOT = Path(__file__).resolve().parents[2]
COMMAND_LINE = re.compile(r"--[a-z]|handloom |hf auth|the command again")
TOKEN = "hf_WindowWordsTestToken0123456789abc"


def _catalogue() -> Iterator[tuple[str, str]]:
    for ts in sorted((ROOT / "resources" / "i18n").glob("handloom_*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            for tag in ("source", "translation"):
                node = message.find(tag)
                if node is not None and node.text:
                    yield f"{ts.name} <{tag}>", node.text


def test_the_translated_catalogue_names_no_flags_or_commands() -> None:
    found = [(where, text) for where, text in _catalogue() if COMMAND_LINE.search(text)]
    assert len(list(_catalogue())) > 1000  # the scan really read the catalogue
    assert found == []


SENTENCE_MAKERS = ("sentence", "advice", "explain", "reason")  # functions that word errors


def _strings(node: ast.AST) -> Iterator[ast.Constant]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            yield sub


def _error_sentences() -> Iterator[tuple[str, str]]:
    """The text of every error core raises or builds (``…Error(…)``, ``Problem(…)``) and
    what its sentence-making functions return, outside the command line's own package,
    leaving out the command line's ``cli_hint``."""
    for path in sorted((ROOT / "core").rglob("*.py")):
        if "cli" in path.relative_to(ROOT / "core").parts:
            continue
        where = path.relative_to(ROOT)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any(w in node.name for w in SENTENCE_MAKERS):
                for returned in ast.walk(node):
                    if isinstance(returned, ast.Return) and returned.value is not None:
                        yield from ((f"{where}:{s.lineno}", s.value) for s in _strings(returned))
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if not (name.endswith("Error") or name == "Problem"):
                continue
            for part in [*node.args, *(k.value for k in node.keywords if k.arg != "cli_hint")]:
                yield from ((f"{where}:{s.lineno}", s.value) for s in _strings(part))


def test_the_core_errors_the_window_shows_name_no_flags_or_commands() -> None:
    from core.publish import push

    sentences = list(_error_sentences())
    assert len(sentences) > 200
    sentences += [("push.NO_TOKEN", push.NO_TOKEN)]
    found = [(where, text) for where, text in sentences if COMMAND_LINE.search(text)]
    assert found == []


def test_a_file_imported_twice_names_the_windows_checkbox(
    qtbot, window: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "prompts.csv"
    with rows.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerows([["prompt"], ["How do I grow cassava?"], ["Write a song."]])
    path = tmp_path / "twice.handloom"
    Project.create(path).close()
    assert window.open_project(path)
    page = window.page(ImportPage)
    window.show_page(page)
    for _ in range(2):
        with qtbot.waitSignal(page.preview_ready, timeout=JOB_TIMEOUT_MS):
            page.add_files([str(rows)])
        with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
            qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    said = window.messages.text()
    assert "prompts.csv was already imported on" in said and "(2 instructions)" in said
    assert "tick “Import even if imported before” to import it a second time" in said
    assert not COMMAND_LINE.search(said)

    from core.cli import main

    assert main(["import", str(path), str(rows)]) == 1  # the command line keeps its flag
    assert "pass --again to import it a second time" in capsys.readouterr().err.lower()


@pytest.fixture
def hf_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """huggingface_hub's login kept under a temporary HF_HOME, with no token in the
    environment: the person's real login is never read or touched."""
    from huggingface_hub import constants

    home = tmp_path / "hf-home"
    monkeypatch.setenv("HF_HOME", str(home))
    monkeypatch.setattr(constants, "HF_HOME", str(home))
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(home / "token"))
    monkeypatch.setattr(constants, "HF_STORED_TOKENS_PATH", str(home / "stored_tokens"))
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_OIDC_ID_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return home


def _sign_in(qtbot, page: PublishPage, token: str) -> bool:  # type: ignore[no-untyped-def]
    dialog = page.sign_in_dialog
    assert dialog is not None
    dialog.token.setText(token)
    with qtbot.waitSignal(dialog.checked, timeout=JOB_TIMEOUT_MS) as result:
        dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None)
    return bool(result.args[0])


def test_signing_in_to_the_hub_keeps_the_token_where_huggingface_hub_does(
    qtbot, window: MainWindow, tmp_path: Path, hf_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from huggingface_hub import get_token

    path = tmp_path / "hub.handloom"
    Project.create(path).close()
    assert window.open_project(path)
    page = window.page(PublishPage)
    window.show_page(page)
    page.action_box.sign_in_button.click()
    dialog = page.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.state.text().startswith("Not signed in")
    assert not dialog.sign_out_button.isEnabled()

    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # offline: a closed port
    assert not _sign_in(qtbot, page, TOKEN)
    assert dialog.message.text().startswith("The Hugging Face Hub cannot be reached")
    assert get_token() is None and not (hf_home / "token").exists()

    hub = FakeHub(tmp_path / "hub", accounts={TOKEN: "amina"})
    monkeypatch.setenv("HF_ENDPOINT", hub.start())
    try:
        assert not _sign_in(qtbot, page, "hf_NotATokenTheHubKnows000000000000")
        assert dialog.message.text().startswith("The Hub did not accept this token")
        assert get_token() is None

        assert _sign_in(qtbot, page, TOKEN)
        assert dialog.message.text() == "Signed in to the Hub as amina."
    finally:
        hub.stop()
    assert ("GET", "/api/whoami-v2", f"Bearer {TOKEN}") in hub.requests
    assert get_token() == TOKEN and (hf_home / "token").read_text() == TOKEN
    assert dialog.token.text() == "" and dialog.sign_out_button.isEnabled()
    assert dialog.state.text().startswith("Signed in on this computer")
    for stored in tmp_path.glob("hub.handloom*"):  # the project file and its WAL
        assert TOKEN.encode() not in stored.read_bytes()

    dialog.sign_out_button.click()
    assert get_token() is None and not (hf_home / "token").exists()
    assert dialog.state.text().startswith("Not signed in")
    assert not dialog.sign_out_button.isEnabled()


def test_a_dataset_pulled_twice_names_the_pull_dialogs_checkbox(
    qtbot, window: MainWindow, tmp_path: Path, pull_hub: DatasetHub  # noqa: F811 (the fixture)
) -> None:
    pull_hub.commit("acme/questions", _dataset(FIRST))
    path = tmp_path / "pulls.handloom"
    Project.create(path).close()
    assert window.open_project(path)
    page = window.page(PublishPage)
    window.show_page(page)
    said = []
    for again in (False, False, True):
        page.pull_button.click()
        dialog = page.dialog
        assert isinstance(dialog, PullDialog)
        dialog.dataset.setText("acme/questions")
        dialog.again.setChecked(again)
        with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
            dialog.pull_button.click()
        said.append(window.messages.text())
    assert said[0] == "Imported 3 instructions from acme/questions."
    assert "acme/questions was already pulled on" in said[1] and "(3 instructions)" in said[1]
    assert "tick “Pull it again as a second copy” in “Pull from the Hub”" in said[1]
    assert not COMMAND_LINE.search(said[1])
    assert said[2] == "Imported 3 instructions from acme/questions."
    assert window.session.project.scalar("SELECT count(*) FROM instructions") == 6
