"""A newcomer's first start: the welcome screen asks their name and offers the demo project
or a new one, a hint says the first step and goes there, Help ▸ Getting started lists the
stages in order, the name is the one shown everywhere (and can be changed in Settings), and
the demo project's folder is shown."""

from __future__ import annotations

import getpass
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QInputDialog, QLabel

from app.shell import i18n
from app.shell import main as app_main
from app.shell.getting_started import GettingStartedDialog
from app.shell.settings_dialog import open_settings
from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from app.stages.import_.page import ImportPage
from app.stages.judge.page import JudgePage
from app.stages.models.page import ModelsPage
from app.stages.review.page import ReviewPage
from core.curator import current_curator, has_chosen_name
from core.resources import data_dir
from tests.gui.bulk import project_with
from tests.gui.conftest import JOB_TIMEOUT_MS, open_window, shot
from tests.gui.test_review_page import _events, _key, _open, review_project
from tools.i18n_report import read_ts


@pytest.fixture
def newcomer(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MainWindow]:
    """The window as ``handloom`` opens it the very first time: no name, no project yet."""
    monkeypatch.delenv("HANDLOOM_USER")
    win = open_window(qtbot, monkeypatch, tmp_path)
    app_main.open_initial_project(win, [])
    yield win
    win.close()


def _os_name_shown(window: MainWindow) -> list[str]:
    """Every text of the window that names the computer's account as a person."""
    user = re.escape(getpass.getuser())
    person = re.compile(rf"\b(by|as)\s+(<b>)?{user}\b")
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
    texts += [w.toolTip() for w in window.findChildren(QLabel)]
    return [t for t in texts if person.search(t)]


def _settings_name(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = open_settings(window)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    dialog.accept()


def test_the_first_start_asks_the_name_then_opens_the_demo_with_its_next_step(
    qtbot, newcomer: MainWindow
) -> None:
    window = newcomer
    welcome = window.welcome
    assert window.center.currentWidget() is welcome and window.session.project is None
    assert "Welcome to Handloom" in welcome.title.text()
    assert welcome.name.isVisible() and welcome.name.text() == ""  # not the account name
    assert not welcome.demo_button.isEnabled() and not welcome.new_button.isEnabled()
    demo = data_dir() / "Demo.handloom"
    assert welcome.demo_note.text() == f"The demo project is kept at \u2066{demo}\u2069"
    shot(window, "first-start")

    qtbot.keyClicks(welcome.name, "Amina")
    assert welcome.demo_button.isEnabled()
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.session.project or window.messages.text()),
                    timeout=JOB_TIMEOUT_MS)  # fmt: skip
    assert window.messages.text() == ""
    assert window.session.path == demo and has_chosen_name() and current_curator() == "Amina"
    project = window.session.project
    assert project.query("SELECT DISTINCT created_by FROM instructions") == [
        {"created_by": "Amina"}]

    hint = window.next_step  # the seed method curates first, as the Overview page says
    assert hint.isVisible()
    assert hint.label.text() == (f"This is the demo project, kept at \u2066{demo}\u2069. Next: filter "
                                 "out duplicates, templated prompts and personal data on the "
                                 "Curate page.")
    assert window.windowFilePath() == str(demo.resolve())
    shot(window, "first-start-demo")
    qtbot.mouseClick(hint.button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page(CuratePage)

    judge = window.page(JudgePage)
    window.show_page(judge)
    qtbot.waitUntil(lambda: "Version 1" in judge.rubric.version.text(), timeout=JOB_TIMEOUT_MS)
    assert judge.rubric.version.text().endswith("by Amina")

    _settings_name(qtbot, window, "Zawadi")  # takes effect at once, without a restart
    assert current_curator() == "Zawadi"
    judge.rubric.text.setPlainText(judge.rubric.current_text() + "\nPrefer short answers.")
    qtbot.mouseClick(judge.rubric.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Version 2" in judge.rubric.version.text(), timeout=JOB_TIMEOUT_MS)
    assert judge.rubric.version.text().endswith("by Zawadi")
    review = window.page(ReviewPage)
    window.show_page(review)
    assert review.bar.who.text() == "Reviewing as <b>Zawadi</b>"
    assert _os_name_shown(window) == []



def test_the_demo_opened_from_the_projects_folder_still_says_where_it_is(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A demo project opened from the projects folder (HANDLOOM_HOME), not the data folder
    it is made in, is still named as the demo with its place; a copy of it too, and an
    older demo there without the mark; a project of the person's own is not."""
    from core.demo import DEMO_SETTING, ensure_demo_project
    from core.store.project import Project, copy_project, default_projects_dir

    home = default_projects_dir()
    assert home == tmp_path / "projects"
    home.mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    copy = home / "Practice.handloom"  # a copy of a demo carries its mark
    copy_project(ensure_demo_project(tmp_path / "elsewhere" / "Demo.handloom"), copy)
    older = ensure_demo_project(home / "Demo.handloom")  # made before the mark: known by place
    project = Project.open(older)
    project.set_setting(DEMO_SETTING, None)
    project.close()
    own = project_with(home / "Mine.handloom", [("Ninaandikaje barua?", "sw", None)])
    for path, said in ((copy, True), (older, True), (own, False)):
        assert window.open_project(path)
        hint = window.next_step
        assert hint.isVisible(), path
        where = f"This is the demo project, kept at \u2066{path}\u2069. "
        assert hint.label.text().startswith(where) == said, hint.label.text()


class _FolderOpened(QObject):
    """Where the desktop was asked to open a folder (Qt's own hook for file:// links)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_new_project_from_the_welcome_starts_at_import(
    qtbot, newcomer: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = newcomer
    target = tmp_path / "projects" / "Maize.handloom"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))  # fmt: skip
    qtbot.keyClicks(window.welcome.name, "Amina")
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.path == target, timeout=JOB_TIMEOUT_MS)
    assert window.center.currentIndex() == 1

    hint = window.next_step
    assert hint.isVisible()
    assert hint.label.text().startswith("This project is empty. Start by importing instructions")
    assert hint.button.text() == "Go to Import"
    window.show_page(window.page(ModelsPage))
    qtbot.mouseClick(hint.button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page(ImportPage)

    opened = _FolderOpened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type]
    try:
        window.folder_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in opened.urls] == [str(target.parent.resolve())]
    assert window.messages.text() == (
        f"\u2066Maize.handloom\u2069 is in \u2066{target.parent.resolve()}\u2069")


def test_a_later_start_has_no_name_question_and_hints_hide_when_dismissed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    assert not window.welcome.name.isVisible() and window.welcome.demo_button.isEnabled()
    assert "No project is open" in window.welcome.title.text()
    path = tmp_path / "projects" / "Empty.handloom"
    path.parent.mkdir(parents=True)
    with qtbot.waitSignal(window.session.project_opened, timeout=JOB_TIMEOUT_MS):
        window.create_project(path)
    assert window.next_step.isVisible()
    window.next_step.dismiss()
    window.next_step.refresh()  # a finished job redraws it: it stays hidden
    assert not window.next_step.isVisible()


def test_settings_show_the_name_and_the_demo_folder(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path, _ = review_project(tmp_path / "review.handloom")
    monkeypatch.delenv("HANDLOOM_USER")
    from core.curator import set_curator

    set_curator("Amina")
    page = _open(qtbot, window, path)
    assert page.bar.who.text() == "Reviewing as <b>Amina</b>"
    dialog = open_settings(window)
    assert dialog.name.text() == "Amina" and dialog.name.isEnabled()
    assert dialog.demo.text() == str(data_dir() / "Demo.handloom")
    shot(dialog, "settings-name")
    dialog.reject()

    _settings_name(qtbot, window, "Zawadi")
    assert page.bar.who.text() == "Reviewing as <b>Zawadi</b>"  # no restart needed
    window.activateWindow()
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    _key(qtbot, page, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: bool(_events(page)), timeout=JOB_TIMEOUT_MS)
    assert [e["created_by"] for e in _events(page)] == ["Zawadi"]
    assert _os_name_shown(window) == []



def test_getting_started_lists_the_stages_in_order_in_the_interface_language(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    names = [a.text() for a in help_menu.actions()]
    assert names[0] == "&Getting started"
    help_menu.actions()[0].trigger()
    dialog = window.findChild(GettingStartedDialog)
    assert dialog is not None and dialog.isVisible()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert [title for title, _ in dialog.stages] == titles
    assert all(sentence for _, sentence in dialog.stages)
    assert dialog.stages[0][1].startswith("See the whole method at a glance")  # Overview
    assert dialog.stages[1][1].startswith("Bring in instructions people wrote")
    shot(dialog, "getting-started")
    dialog.close()


def test_getting_started_speaks_swahili(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HANDLOOM_HOME", str(tmp_path / "projects"))
    try:
        i18n.choose_language("sw")
        assert i18n.install() == "sw"
        window = MainWindow()
        qtbot.addWidget(window)
        dialog = GettingStartedDialog(window)
        ts = {(ctx, src): tr for ctx, src, tr in read_ts(i18n.ts_path("sw"))}
        english = ("GettingStarted", "Fine-tune a model on the accepted pairs.")
        train = [sentence for _, sentence in dialog.stages if sentence == ts[english]]
        assert train and ts[english] != english[1]
        dialog.close()
        window.close()
    finally:
        i18n.choose_language("")
        i18n.install(i18n.SOURCE_LANGUAGE)


def test_a_project_double_clicked_on_the_first_start_opens_after_the_name_is_asked(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = project_with(tmp_path / "maize.handloom", [("Habari ya asubuhi?", "sw", "Latn")])
    monkeypatch.delenv("HANDLOOM_USER")
    window = MainWindow()
    qtbot.addWidget(window)
    asked: list[tuple[object, str]] = []

    def answer(parent, title, label, mode, text):  # type: ignore[no-untyped-def]
        asked.append((window.session.project, text))
        return "Amina", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    app_main.open_initial_project(window, [str(path)])
    assert asked == [(None, "")]  # asked before the project opened, with no account name
    assert window.session.path == path and current_curator() == "Amina"
    judge = window.page(JudgePage)
    window.show_page(judge)
    qtbot.waitUntil(lambda: "Version 1" in judge.rubric.version.text(), timeout=JOB_TIMEOUT_MS)
    assert judge.rubric.version.text().endswith("by Amina")
    window.close()
