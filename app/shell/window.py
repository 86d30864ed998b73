"""The main window: a sidebar with one page per pipeline stage, the File menu, the message
bar and the stopped-jobs panel. Pages come from ``core.stages.STAGES``."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QSize, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.shell import accessibility, ops, shortcuts, wheel_focus
from app.shell.i18n import left_to_right
from app.shell.job_controller import refused_while_busy
from app.shell.jobs_panel import JobsPanel
from app.shell.message_bar import Banners, MessageBar
from app.shell.next_step import NextStepBar
from app.shell.session import Session
from app.shell.splitter_edges import keep_right_to_left_edges
from app.shell.welcome import WelcomeScreen
from app.shell.worker import Worker, thread_pool
from app.stages import page_target
from app.stages.base import Page
from app.widgets import form_fields
from core.errors import HandloomError, ProjectDamagedError
from core.stages import STAGES
from core.store import instructions

MAX_RECENT = 8
P = TypeVar("P", bound=Page)


def window_settings(parent: QObject | None = None) -> QSettings:
    """Window state (recent projects, geometry) in the user's Handloom config folder."""
    from core.curator import config_dir

    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat, parent)


def _load_page(target: str, session: Session) -> Page:
    module_name, class_name = target.split(":")
    page_class = getattr(importlib.import_module(module_name), class_name)
    return page_class(session)  # type: ignore[no-any-return]


class MainWindow(QMainWindow):
    """Handloom's window; ``open_project`` is what the File menu, argv and recent list use."""

    def __init__(self) -> None:
        super().__init__()
        wheel_focus.install()  # a wheel changes only the setting the person focused
        self.session = Session(self)
        self.settings = window_settings(self)
        self.setWindowTitle(self.tr("Handloom"))
        self.resize(QSize(1200, 780))
        self.messages = MessageBar()
        self.jobs_panel = JobsPanel(self.session)
        self.session.error.connect(self.messages.show_error)
        self.session.notice.connect(self.messages.show_info)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        larger = self.sidebar.font()  # a size relative to the person's font, not pixels
        larger.setPointSizeF(larger.pointSizeF() * 1.15)
        self.sidebar.setFont(larger)
        self.sidebar.setStyleSheet(
            "#sidebar::item { padding: 10px 12px; }"
        )
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for stage in STAGES:
            page = _load_page(page_target(stage.key), self.session)
            page.setObjectName(stage.key)  # show_page_named and the shortcuts find it so
            self.pages.append(page)
            self.sidebar.addItem(QCoreApplication.translate("Page", page.title))
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._show_page)
        for page in self.pages:  # no pane's border lost off its right edge in Arabic
            keep_right_to_left_edges(page)
        widest = max((self.sidebar.fontMetrics().horizontalAdvance(self.sidebar.item(i).text())
                      for i in range(self.sidebar.count())), default=0)  # fmt: skip
        self.sidebar.setFixedWidth(max(150, widest + 24 + 2 * self.sidebar.frameWidth() + 8))

        self.next_step = NextStepBar(self.session)
        self.next_step.go.connect(self.show_page_named)
        pages = QVBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.next_step)
        pages.addWidget(self.stack, 1)
        work = QWidget()
        row = QHBoxLayout(work)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addLayout(pages, 1)
        self.welcome = WelcomeScreen()
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.choose)
        self.center = QStackedWidget()
        self.center.addWidget(self.welcome)
        self.center.addWidget(work)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.center, 1)
        self.setCentralWidget(body)
        # Over the pages, not above them: a sentence or a stopped job appearing moves nothing.
        self.banners = Banners(self.center, self.messages, self.jobs_panel)
        self._build_menu()
        shortcuts.install(self)  # Go and Help menus: Ctrl+1…9, Ctrl+Enter, F1 lists them all
        accessibility.name_unnamed(self)  # screen-reader names from the labels beside controls
        form_fields.placeholder_tips(self)  # a hint cut short in a narrow field, whole
        self.session.project_opened.connect(self._project_opened)
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- pages -----------------------------------------------------------------------

    def page(self, page_class: type[P]) -> P:
        """The window's instance of ``page_class``."""
        return next(p for p in self.pages if isinstance(p, page_class))

    def show_page(self, page: Page) -> None:
        self.sidebar.setCurrentRow(self.pages.index(page))

    def show_page_named(self, key: str) -> None:
        """Bring the page of the stage called ``key`` (core.stages) to the front."""
        self.show_page(next(p for p in self.pages if p.objectName() == key))

    def _show_page(self, index: int) -> None:
        if index >= 0:
            self.stack.setCurrentIndex(index)
            self.pages[index].shown()
            accessibility.name_unnamed(self.pages[index])  # controls made since, too

    # -- the File menu ---------------------------------------------------------------

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        for text, keys, slot in (
            (self.tr("&New project…"), QKeySequence.StandardKey.New, self.new_project),
            (self.tr("&Open project…"), QKeySequence.StandardKey.Open, self.choose),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            menu.addAction(action)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addMenu(self.recent_menu)
        self.merge_action = QAction(self.tr("&Merge another copy…"), self)
        self.merge_action.setEnabled(False)
        self.merge_action.triggered.connect(self.choose_merge)
        menu.addAction(self.merge_action)
        self.folder_action = QAction(self.tr("Show in &folder"), self)
        self.folder_action.setEnabled(False)
        self.folder_action.triggered.connect(self.show_in_folder)
        menu.addAction(self.folder_action)
        menu.addSeparator()
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.open_settings)
        menu.addAction(settings_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def recent_projects(self) -> list[str]:
        value = self.settings.value("recent", [])
        items = [value] if isinstance(value, str) else list(value or []) if isinstance(value, list | tuple) else []
        return [str(p) for p in items if p]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.recent_projects() if Path(p).exists()]
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(Path(p)))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def _remember(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text] + [p for p in self.recent_projects() if p != text]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.settings.setValue("last_project", text)
        self.settings.sync()

    def new_project(self) -> None:
        from core.store.project import default_projects_dir

        folder = default_projects_dir()
        folder.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), str(folder / "Untitled.handloom"), self.tr("Handloom projects (*.handloom)")
        )
        if name:
            path = Path(name if name.endswith(".handloom") else name + ".handloom")
            self.create_project(path)

    def choose(self) -> None:
        from core.store.project import default_projects_dir

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(default_projects_dir()), self.tr("Handloom projects (*.handloom)")
        )
        if name:
            self.open_project(Path(name))

    def show_in_folder(self) -> Path | None:
        """File ▸ Show in folder: open the folder that holds the project file."""
        path = self.session.path
        if path is None:
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve().parent)))
        self.messages.show_info(self.tr("{0} is in {1}").format(
            left_to_right(path.name), left_to_right(path.resolve().parent)))
        return path.resolve().parent

    def choose_merge(self) -> None:
        folder = self.session.path.parent if self.session.path else Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Merge another copy"), str(folder), self.tr("Handloom projects (*.handloom)")
        )
        if name:
            self.merge_copy(Path(name))

    def merge_copy(self, other: Path) -> QDialog | None:
        """Show what merging ``other`` would bring in (a dry run), then merge on request."""
        from app.shell.merge_dialog import MergeDialog

        if self.session.project is None or refused_while_busy(self.session):
            return None
        dialog = MergeDialog(self.session, other, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.start()
        return dialog

    # -- opening ---------------------------------------------------------------------

    def open_project(self, path: Path) -> bool:
        """Open a project file; a problem is shown as its sentence. True if it opened."""
        if refused_while_busy(self.session):
            return False
        try:
            self.session.open(path)
        except ProjectDamagedError as e:
            restored = self._offer_restore(e)
            if restored is None:
                self.messages.show_error(str(e))
                return False
            try:
                self.session.open(path)
            except HandloomError as again:
                self.messages.show_error(str(again))
                return False
            self.messages.show_info(restored)
        except HandloomError as e:
            self.messages.show_error(str(e))
            return False
        self._remember(path)
        return True

    def _offer_restore(self, error: ProjectDamagedError) -> str | None:
        """Ask whether to put the damaged project's newest backup back, and do it.

        Returns what to tell the person once it is back, or None if it was not restored
        (no backup, "No", or the backup could not be used; that sentence is shown).
        """
        from core.store import backups

        backup = error.backup
        if backup is None or not backup.is_file():
            return None
        taken = backups.saved_at(backup)
        question = self.tr(
            "{0} is damaged and cannot be read.\n\nPut back its latest automatic backup, "
            "{1} (saved {2})? The damaged file is kept beside it; changes made since the "
            "backup are not in it."
        ).format(error.path.name, backup.name, taken)
        answer = QMessageBox.question(
            self, self.tr("Restore a backup?"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            _, aside = backups.restore(error.path, backup)
        except HandloomError as e:
            QMessageBox.warning(self, self.tr("Restore a backup?"), str(e))
            return None
        return self.tr("Restored {0} from {1}; the damaged file is kept as {2}.").format(
            error.path.name, backup.name, aside.name)

    def create_project(self, path: Path) -> Worker | None:
        """Create ``path`` in the background, then open it; the worker, or None if refused."""
        if path.exists():
            self.messages.show_error(self.tr("{0} already exists; open it instead.").format(path.name))
            return None
        if refused_while_busy(self.session):
            return None
        worker = ops.new_project(path)
        worker.succeeded.connect(self._created)
        self.messages.show_info(self.tr("Creating {0}…").format(path.name))
        return self.session.run(worker)

    def _created(self, path: Path) -> None:
        self.open_project(Path(path))

    def open_demo(self) -> None:
        """Create the demo project in the background, then open it."""
        worker = ops.create_demo_project()
        worker.succeeded.connect(self._demo_ready)
        self.session.run(worker)

    def _demo_ready(self, path: Path | None) -> None:
        if path is not None and self.session.project is None:
            self.open_project(Path(path))

    def _project_opened(self) -> None:
        path = self.session.path
        self.messages.clear()
        self.merge_action.setEnabled(path is not None)
        self.folder_action.setEnabled(path is not None)
        if path is None:
            self.setWindowTitle(self.tr("Handloom"))
            self.setWindowFilePath("")
            self.welcome.refresh()
            self.center.setCurrentIndex(0)
            return
        self.setWindowTitle(self.tr("{0} — Handloom").format(path.name))
        self.setWindowFilePath(str(path.resolve()))  # where the file is, for the title bar
        self.folder_action.setToolTip(str(path.resolve().parent))
        self.center.setCurrentIndex(1)
        project = self.session.project
        has_rows = project is not None and instructions.has_instructions(project)
        start = [i for i, p in enumerate(self.pages) if has_rows and p.start_here_with_data]
        self.sidebar.setCurrentRow(start[0] if start else 0)

    def open_settings(self) -> QDialog:
        """File ▸ Settings…: the interface language and the person's other preferences."""
        from app.shell.settings_dialog import open_settings

        return open_settings(self)

    # -- the person ------------------------------------------------------------------

    def ask_curator_name(self) -> None:
        """Ask once for the name recorded on everything this person makes."""
        from core.curator import has_chosen_name, set_curator

        if has_chosen_name():
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("Handloom records who imported, reviewed or changed each item.\nWhat name should it use for you?"),
            QLineEdit.EchoMode.Normal,
            "",  # not the computer's account name: the person says what to call them
        )
        if ok and name.strip():
            set_curator(name)
            self.curator_changed()

    def curator_changed(self) -> None:
        """The person's name changed (first start or Settings): redraw where it shows."""
        self.welcome.refresh()
        for page in self.pages:
            page.curator_changed()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.sync()
        self.session.cancel_job()
        thread_pool().waitForDone(10_000)
        self.session.close()
        super().closeEvent(event)
