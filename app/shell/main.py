"""``handloom`` with no subcommand: show the window, then open a project in it.

The project is the ``.handloom`` file given on the command line, else the last one used.
On the first start (Handloom does not know the person's name yet) the welcome screen asks
the name and offers the demo project, a new project or an existing one; later, with no
project to reopen, the demo project opens (created in the background). Nothing heavy is imported
before the window shows, and nothing is printed: Qt's own messages go to the log. Where no
window can open (no display, missing XCB libraries), one sentence says why on stderr and
the exit status is 1 (app/shell/display_check.py).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from app.shell import desktop, display_check, fonts, theme
from app.shell.window import MainWindow

log = logging.getLogger("handloom.qt")


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = logging.WARNING if kind != QtMsgType.QtDebugMsg else logging.DEBUG
    log.log(level, "%s", message)
    if kind == QtMsgType.QtFatalMsg:  # Qt would abort: say why on stderr, exit 1
        logging.shutdown()
        display_check.fatal_exit(message)


def _log_to_file() -> None:
    """Unexpected errors keep their tracebacks in handloom.log in the user's data folder."""
    if logging.getLogger().handlers:
        return
    try:
        from core.resources import data_dir

        logging.basicConfig(
            filename=str(data_dir() / "handloom.log"),
            level=logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    except OSError:
        logging.getLogger().addHandler(logging.NullHandler())


def open_initial_project(window: MainWindow, argv: Sequence[str]) -> None:
    """Open the project named in ``argv``, else the last one; on the first start show the
    welcome screen, else open the demo project.

    The name is known before any project opens, so nothing is recorded under the computer's
    account name while the person is still typing theirs.
    """
    named = [a for a in argv if a.endswith(".handloom")]
    if named:
        window.ask_curator_name()
        window.open_project(Path(named[0]))
        return
    last = window.settings.value("last_project")
    if last and Path(str(last)).is_file():
        window.ask_curator_name()
        if window.open_project(Path(str(last))):
            return
    if window.welcome.first_start:
        window.welcome.name.setFocus()
        return
    window.open_demo()


def show_window(argv: Sequence[str]) -> MainWindow:
    """Show the window at once; the project opens as soon as the event loop runs."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow()
    window.show()
    QTimer.singleShot(0, lambda: open_initial_project(window, argv))
    fonts.register_later(window)  # real glyphs for every script, after the first paint
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window until it is closed; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _log_to_file()
    if QApplication.instance() is None:
        problem = display_check.window_problem()
        if problem:
            log.error("%s", problem)
            print(f"handloom: {problem}", file=sys.stderr)
            return 1
    qInstallMessageHandler(_qt_message)
    if QApplication.instance() is None:  # fractional scales (150 %) as they are, not rounded
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "handloom"])
    app.setApplicationName("Handloom")
    app.setOrganizationName("Handloom")
    desktop.identify(app)  # display name, task-bar icon, handloom.desktop
    from app.shell import i18n

    i18n.install()  # the chosen interface language (default: the system's), before any widget
    theme.apply_theme()  # light or dark, following the system unless chosen in Settings
    window = show_window(argv)
    app.installEventFilter(desktop.FileOpenFilter(window))  # macOS: files double-clicked
    screenshot = desktop.screenshot_path()
    if screenshot is not None:
        desktop.screenshot_when_open(window, screenshot)
    status = app.exec()
    del window
    return int(status)
