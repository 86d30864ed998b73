"""How Handloom meets the desktop: its name and icon, files the system asks it to open,
and the screenshot the installer smoke test takes.

On macOS double-clicking a ``.handloom`` file does not pass it on the command line: the
system sends the running app a ``QFileOpenEvent``. On Linux and Windows the path arrives
in ``argv`` (``main.open_initial_project``). ``setDesktopFileName`` ties the window to
``handloom.desktop`` so that Wayland and X11 task bars show its name and icon.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from app.shell.window import MainWindow
from core.resources import resource

APP_ID = "handloom"
DISPLAY_NAME = "Handloom"
SCREENSHOT_VARIABLE = "HANDLOOM_SCREENSHOT"
_SCREENSHOT_DELAY_MS = 2000  # after the project opened: pages filled, fonts registered
_SCREENSHOT_TIMEOUT_MS = 180_000


def app_icon() -> QIcon:
    """The loom-and-shuttle icon, crisp at every size the task bar asks for."""
    icon = QIcon()
    for name in ("handloom.svg", "handloom.png"):
        path = resource("icons", name)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def identify(app: QCoreApplication) -> None:
    """Name and icon in the title bar, task bar, dock and About boxes."""
    assert isinstance(app, QGuiApplication)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


class FileOpenFilter(QObject):
    """Opens the project of every ``QFileOpenEvent`` (macOS Finder, Dock drops) in the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path.endswith(".handloom"):
                self.window.open_project(Path(path))
                return True
        return False


def screenshot_path() -> Path | None:
    """Where ``HANDLOOM_SCREENSHOT`` asks the window to save a picture of itself, if set."""
    value = os.environ.get(SCREENSHOT_VARIABLE)
    return Path(value) if value else None


def screenshot_when_open(window: MainWindow, path: Path) -> None:
    """Once a project is open and drawn, save the window to ``path`` and quit.

    Used by packaging/smoke_test.sh to prove that the frozen window starts, opens a project
    and paints; the exit status is 0 only if the picture was written, and 1 as soon as the
    window shows an error sentence (which is printed).
    """
    app = QApplication.instance()
    assert app is not None

    def finish(status: int, message: str = "") -> None:
        if message:
            print(f"handloom: {message}", file=sys.stderr)
        app.exit(status)

    def take() -> None:
        if window.session.project is None:
            finish(1, "the project did not open, so there is nothing to photograph")
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        if window.grab().save(str(path)):
            finish(0)
        else:
            finish(1, f"could not save the screenshot to {path}")

    def opened() -> None:
        if window.session.path is not None:
            QTimer.singleShot(_SCREENSHOT_DELAY_MS, take)

    def watch_errors() -> None:
        if window.messages.kind == "error":
            finish(1, f"the window shows an error: {window.messages.text()}")

    window.session.project_opened.connect(opened)
    errors = QTimer(window)
    errors.timeout.connect(watch_errors)
    errors.start(250)
    QTimer.singleShot(
        _SCREENSHOT_TIMEOUT_MS, lambda: finish(1, "no project opened within three minutes")
    )
