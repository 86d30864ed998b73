"""Screen readers: every control on every page, and in the dialogs, has a name that Qt's
accessibility interface reports (its own text, a label buddy or an accessible name), in
plain words; charts describe their numbers."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.shell import accessibility, shortcuts
from app.shell.settings_dialog import SettingsDialog
from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from tests.gui.bulk import project_with

ROWS = [
    ("Explain why the sky is blue.", "en", "Latn"),
    ("كيف حالك اليوم؟", "ar", "Arab"),
    ("מה שלומך היום?", "he", "Hebr"),
]


MARKUP = re.compile(r"</?(b|i|p|br|span|div|h\d|small|s|a|font|table|tr|td)\b[^>]*>", re.I)


def _problems(root: QWidget) -> list[str]:
    """Controls without a name, or whose name is markup rather than words."""
    found = []
    for widget in accessibility.controls(root):
        name = accessibility.accessible_name(widget)
        if not name or MARKUP.search(name):
            kind = type(widget).__name__
            hint = widget.toolTip() or getattr(widget, "placeholderText", lambda: "")()
            found.append(f"{kind} {widget.objectName()!r} named {name!r} ({hint!r})")
    return found


def test_every_control_on_every_page_has_a_name(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert not _problems(window)  # the welcome screen
    assert window.open_project(project_with(tmp_path / "a11y.handloom", ROWS))
    problems = {}
    for index, page in enumerate(window.pages):
        window.sidebar.setCurrentRow(index)  # pages fill some controls when shown
        qtbot.wait(50)
        if found := _problems(page):
            problems[type(page).__name__] = found
    assert not problems, problems
    assert len(accessibility.controls(window)) > 100  # the walk really saw the pages


def test_the_dialogs_name_their_controls(qtbot, window: MainWindow) -> None:
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    assert not _problems(settings)
    assert settings.theme.accessibleName() == "Theme"  # (on Linux Qt reports its value)
    overlay = shortcuts.ShortcutsDialog(window)
    qtbot.addWidget(overlay)
    assert not _problems(overlay)


def test_a_label_beside_a_control_names_it_and_becomes_its_buddy(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    label = QLabel("<b>Smallest &group</b>:")
    spin = QSpinBox()
    lonely = QSpinBox()
    column.addWidget(label)
    column.addWidget(spin)
    column.addWidget(lonely)
    assert len(accessibility.unnamed(box)) == 2
    left = accessibility.name_unnamed(box)
    assert accessibility.accessible_name(spin) == "Smallest group"
    assert label.buddy() is spin
    assert left == [lonely]  # nothing beside it says what it is: still reported


def test_charts_say_their_numbers(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.open_project(project_with(tmp_path / "chart.handloom", ROWS))
    curate = window.page(CuratePage)
    window.show_page(curate)
    qtbot.waitUntil(lambda: bool(curate.chart.bars))
    assert accessibility.accessible_name(curate.chart) == "Languages"
    description = curate.chart.accessibleDescription()
    assert "ar: 1" in description and "he: 1" in description and "en: 1" in description
