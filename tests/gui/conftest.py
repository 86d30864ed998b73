"""GUI tests run offscreen and drive the real window; they wait on signals, never on sleeps.

The root conftest already gives every test its own config and data folders (so the window's
QSettings and the curator's name never touch the real ones) and sets HANDLOOM_USER, so the
window does not ask for a name.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from app.shell.window import MainWindow  # noqa: E402  (after choosing the offscreen platform)
from tests.gui.model_projects import model_project  # noqa: E402, F401 (a fixture)

SHOTS = Path("/tmp/handloom-shots")
JOB_TIMEOUT_MS = 120_000


def _english() -> None:
    from app.shell import i18n

    if i18n.current_language() != i18n.SOURCE_LANGUAGE or not i18n.installed():
        i18n.install(i18n.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def _interface_language(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """English's catalogue (its plural forms) and locale, as ``main()`` installs them before
    the first widget; translators and the default locale are global to the application, so a
    test that switches language leaves English behind it too."""
    _english()
    yield
    _english()


def open_window(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,  # type: ignore[no-untyped-def]
                language: str | None = None) -> MainWindow:
    """The main window with no project open, shown at 1280×800, its projects folder in
    ``tmp_path``. With ``language``, that interface language and the fonts of every script
    are installed first, before any widget, as ``main()`` does."""
    monkeypatch.setenv("HANDLOOM_HOME", str(tmp_path / "projects"))
    if language is not None:
        from app.shell import fonts, i18n

        assert i18n.install(language) == language
        fonts.register_fonts()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def open_on_page(qtbot, window: MainWindow, path: Path, page_class: type,  # type: ignore[no-untyped-def]
                 shown: str) -> Any:
    """Open the project at ``path`` on the page ``page_class``, once the page's ``shown``
    signal says it has read what it shows first."""
    page: Any = window.page(page_class)
    with qtbot.waitSignal(getattr(page, shown), timeout=JOB_TIMEOUT_MS):
        assert window.open_project(path)
        window.show_page(page)
    return page


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window with no project open."""
    win = open_window(qtbot, monkeypatch, tmp_path)
    yield win
    win.close()


def shot(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    """Save a screenshot of ``widget`` to /tmp/handloom-shots/NAME.png."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # let pending layout requests settle before grabbing
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path
