"""The window as the desktop sees it: its name, icon and desktop-file id, a .handloom file
handed over by the system (macOS's QFileOpenEvent, a path on the command line elsewhere),
and the screenshot option the installer smoke test uses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFileOpenEvent, QImage
from PySide6.QtWidgets import QApplication

from app.shell import desktop
from app.shell.window import MainWindow
from core.store.project import Project

ROOT = Path(__file__).resolve().parents[2]


def test_name_icon_and_desktop_file_are_set(qapp: QApplication) -> None:
    desktop.identify(qapp)
    assert qapp.applicationDisplayName() == "Handloom"
    assert qapp.desktopFileName() == "handloom"  # packaging/linux/handloom.desktop
    icon = qapp.windowIcon()
    assert not icon.isNull()
    picture = icon.pixmap(QSize(64, 64)).toImage()
    assert picture.width() == 64
    # The loom is drawn, not blank: the corner is transparent, the middle is not.
    assert picture.pixelColor(0, 0).alpha() == 0 and picture.pixelColor(32, 32).alpha() == 255


def test_a_file_the_system_asks_to_open_opens_in_the_window(
    qapp: QApplication, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "from-finder.handloom"
    Project.create(path).close()
    opener = desktop.FileOpenFilter(window)
    qapp.installEventFilter(opener)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "notes.txt")))
        assert window.session.project is None  # not a project: left to others
        QApplication.sendEvent(qapp, QFileOpenEvent(str(path)))
        assert window.session.path == path
        assert window.windowTitle().startswith("from-finder.handloom")
    finally:
        qapp.removeEventFilter(opener)


@pytest.mark.slow  # runs handloom in a program of its own
def test_handloom_with_a_project_argument_opens_it_and_the_screenshot_shows_it(
    tmp_path: Path,
) -> None:
    """`handloom PROJECT` as a double-click runs it, with HANDLOOM_SCREENSHOT set: the
    window opens that project, draws, saves itself and exits 0."""
    path = tmp_path / "double-clicked.handloom"
    Project.create(path).close()
    shot = tmp_path / "window.png"
    env = {**os.environ, "HANDLOOM_SCREENSHOT": str(shot), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "app", str(path)], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    picture = QImage(str(shot))
    assert picture.width() >= 600 and picture.height() >= 400
    assert "Traceback" not in result.stderr


@pytest.mark.slow  # runs handloom in a program of its own
def test_the_screenshot_fails_when_the_project_cannot_open(tmp_path: Path) -> None:
    broken = tmp_path / "broken.handloom"
    broken.write_bytes(b"this is not an SQLite database" * 100)
    shot = tmp_path / "window.png"
    env = {**os.environ, "HANDLOOM_SCREENSHOT": str(shot), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "app", str(broken)], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert not shot.exists()
