"""Issue #9's "done when": a new user switches the interface to Swahili or Arabic and works
through import, review and compare in it.

For each language the real window starts as ``handloom`` starts it after the person chose
the language in Settings (the choice stored, the translations installed, then the window
built), on a project with the two bundled models. A file is imported on the Import page,
an instruction accepted and another rejected with the keyboard on the Review page, and one
vote cast on the Compare page after both models answered two prompts (four tokens each,
from scripted models: the words on the screen are the point, not what a model writes).
On every page the titles, buttons and messages shown must be the language's own (read from
its ``.ts`` file, and not the English), and the data must have changed. A picture of each
page is saved (to build/screenshots/ when HANDLOOM_SCREENSHOTS is set) for a person to
look at.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.shell import i18n
from app.shell.numbers import fill
from app.shell.window import MainWindow
from app.stages.compare.page import ComparePage
from app.stages.import_.page import ImportPage
from app.stages.review.page import ReviewPage
from tests.conftest import write_jsonl
from tests.gui.conftest import JOB_TIMEOUT_MS
from tests.gui.model_projects import MODEL
from tools.i18n_report import read_ts

# The walkthrough is about the words on the screen: its answers come from scripted models.
pytestmark = pytest.mark.usefixtures("scripted_models")
GEMMA = "gemma-3-270m"
ROOT = Path(__file__).resolve().parents[2]
ROWS = [
    {"instruction": "Nawezaje kuhifadhi mahindi yasiharibiwe na wadudu?", "language": "sw"},
    {"instruction": "كيف أحفظ الذرة من الحشرات بعد الحصاد؟", "language": "ar"},
]


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """Translators are global to the application: leave it in English for other tests."""
    yield
    i18n.choose_language("")
    i18n.install(i18n.SOURCE_LANGUAGE)


def _translated(code: str, context: str, source: str) -> str:
    """What the language's .ts file says for ``source`` in ``context`` (it must say it)."""
    found = {tr for ctx, src, tr in read_ts(i18n.ts_path(code)) if ctx == context and src == source}
    assert len(found) == 1 and None not in found, (code, context, source, found)
    text = found.pop()
    assert text and text != source, (code, source, text)  # really translated
    return str(text)


def _window(code: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> MainWindow:
    """The window as the next start builds it once the person chose ``code``."""
    monkeypatch.setenv("HANDLOOM_HOME", str(tmp_path / "projects"))
    i18n.choose_language(code)
    assert i18n.install() == code  # what main() does before building any widget
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    return window


def _sidebar_title(window: MainWindow, page: QWidget) -> str:
    return window.sidebar.item(window.pages.index(page)).text()  # type: ignore[arg-type]


def _shot(widget: QWidget, tmp_path: Path, name: str) -> Path:
    folder = ROOT / "build" / "screenshots" if os.environ.get("HANDLOOM_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    print(path)
    return path


@pytest.mark.parametrize("code", ["sw", "ar"])
def test_a_new_user_works_through_import_review_and_compare_in_their_language(
    code: str, qtbot, model_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for stray in QApplication.topLevelWidgets():  # windows other tests left open steal the focus
        if stray.isVisible():
            stray.close()
    window = _window(code, monkeypatch, tmp_path)
    qtbot.addWidget(window)
    direction = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == direction
    menu = window.menuBar().actions()[0].text()
    assert menu == _translated(code, "MainWindow", "&File")
    compare = window.page(ComparePage)
    with qtbot.waitSignal(compare.overview_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(model_project)
    project = window.session.project
    before = project.scalar("SELECT count(*) FROM instructions")

    # Import: a small JSONL file, through the page's own button.
    page = window.page(ImportPage)
    window.show_page(page)
    assert _sidebar_title(window, page) == _translated(code, "Page", "Import")
    assert page.import_button.text() == _translated(code, "ImportPage", "Import")
    data = write_jsonl(tmp_path / "maize.jsonl", ROWS)
    with qtbot.waitSignal(page.preview_ready, timeout=JOB_TIMEOUT_MS):
        page.add_files([str(data)])
    assert page.preview_model.rowCount() == len(ROWS)
    page.licence.setText("CC0-1.0")
    _shot(window, tmp_path, f"walkthrough-{code}-1-import")
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert project.scalar("SELECT count(*) FROM instructions") == before + len(ROWS)
    qtbot.waitUntil(lambda: bool(page.summary.text()), timeout=JOB_TIMEOUT_MS)
    assert "imported" not in page.summary.text()  # said in the language
    _shot(window, tmp_path, f"walkthrough-{code}-2-imported")

    # Review: accept the first instruction with A, reject the next with R.
    review = window.page(ReviewPage)
    total = before + len(ROWS)
    reviewed = _translated(code, "ReviewPage", "{0:,} of {1:,} reviewed")
    window.show_page(review)
    qtbot.waitUntil(lambda: fill(reviewed, 0, total) in review.progress.text(),
                    timeout=JOB_TIMEOUT_MS)  # fmt: skip
    assert _sidebar_title(window, review) == _translated(code, "Page", "Review")
    assert "accept" not in review.keys.text()  # the key legend speaks the language
    assert _translated(code, "ReviewKeys", "accept") in review.keys.text()
    first = review.item.id
    shown: list[str] = []
    review.progress_shown.connect(shown.append)
    # Accept and reject with the page's own (translated) buttons; reviewing by keyboard is
    # driven in tests/gui/test_review_page.py.
    for slot, label, done in (("accept", "Accept  A", 1), ("reject", "Reject  R", 2)):
        button = review.buttons[slot]
        assert button.text() == _translated(code, "ReviewKeys", label) != label
        expected = fill(reviewed, done, total)
        button.click()
        try:
            qtbot.waitUntil(lambda e=expected: e in shown, timeout=JOB_TIMEOUT_MS)
        except Exception as e:  # say what the page showed instead
            raise AssertionError(
                f"waited for {expected!r}; the page showed {shown!r}, now "
                f"{review.progress.text()!r}; stored "
                f"{project.query('SELECT action FROM reviews')!r}"
            ) from e
    events = project.query("SELECT target_id, action FROM reviews ORDER BY rowid")
    assert [e["action"] for e in events] == ["accept", "reject"]
    assert events[0]["target_id"] == first and events[1]["target_id"] != first
    _shot(window, tmp_path, f"walkthrough-{code}-3-review")

    # Compare: two prompts, both bundled models, four tokens each, one vote by keyboard.
    window.show_page(compare)
    assert _sidebar_title(window, compare) == _translated(code, "Page", "Compare")
    compare.sets.name.setText("held-out")
    compare.sets.prompt_count.setValue(2)
    with qtbot.waitSignal(compare.overview_shown, timeout=JOB_TIMEOUT_MS):
        compare.sets.create_button.click()
    assert compare.sets.items() == 2
    compare.models.check([MODEL, GEMMA])
    compare.answers.max_tokens.setValue(4)
    compare.answers.temperature.setValue(0.0)
    compare.answers.seed.setValue(1)
    _shot(window, tmp_path, f"walkthrough-{code}-4-compare-setup")
    with qtbot.waitSignal(compare.ballot_shown, timeout=JOB_TIMEOUT_MS):
        with qtbot.waitSignal(compare.job_ended, timeout=JOB_TIMEOUT_MS) as ended:
            compare.answers.start_button.click()
    assert ended.args == ["answers", "done"], window.messages.text()
    assert project.scalar("SELECT count(*) FROM eval_answers") == 4
    sides = [_translated(code, "ArenaView", "Left"), _translated(code, "ArenaView", "Right")]
    assert [pane.title() for pane in compare.view.panes[:2]] == sides
    # Left is the screen's left (where the ← key points) in Arabic too, not mirrored.
    left, right = (pane.mapTo(window, QPoint(0, 0)).x() for pane in compare.view.panes[:2])
    assert left < right
    with qtbot.waitSignal(compare.voted, timeout=JOB_TIMEOUT_MS):
        compare.view.setFocus()
        qtbot.keyClick(QApplication.focusWidget() or compare.view, Qt.Key.Key_T)  # a tie
    assert project.scalar("SELECT count(*) FROM arena_votes") == 1
    assert compare.view.revealed
    assert all(pane.title().startswith(side)
               for pane, side in zip(compare.view.panes[:2], sides, strict=True))  # fmt: skip
    _shot(window, tmp_path, f"walkthrough-{code}-5-compare-voted")
    window.close()
