"""The main window: opening projects (argv, last, demo), the File menu, stopped jobs."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from app.shell import main as app_main
from app.shell import shortcuts
from app.shell.jobs_panel import JobsPanel
from app.shell.window import MainWindow
from app.stages import PAGES
from app.stages.curate.page import CuratePage
from app.stages.import_.page import ImportPage
from app.stages.overview.page import OverviewPage
from core import jobs
from core.cli import main as main_cli
from core.stages import STAGES
from core.store import instructions
from core.store.ids import new_id, now
from core.store.project import Project
from tests.conftest import write_jsonl
from tests.gui.bulk import project_with
from tests.gui.conftest import JOB_TIMEOUT_MS, shot

ROOT = Path(__file__).resolve().parents[2]


def test_every_stage_has_a_page_in_the_sidebar(window: MainWindow) -> None:
    assert len(window.pages) == len(PAGES)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    stages = ["Import", "Curate", "Models", "Generate", "Judge"]  # other stages go between
    assert [t for t in titles if t in stages] == stages
    # one page per stage of core.stages, in its order, titled as it names the stage
    assert titles == [stage.title for stage in STAGES]
    assert [page.objectName() for page in window.pages] == [stage.key for stage in STAGES]
    window.show_page_named("judge")
    assert window.stack.currentWidget() is window.pages[[s.key for s in STAGES].index("judge")]
    assert set(shortcuts.PRIMARY) <= {stage.key for stage in STAGES}
    assert window.center.currentIndex() == 0  # no project: the welcome screen
    menu = window.menuBar().actions()[0].menu()
    names = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert names == [
        "New project…", "Open project…", "Open recent", "Merge another copy…", "Show in folder",
        "Settings…", "Quit",
    ]
    shot(window, "welcome")


def test_open_remembers_and_a_new_window_reopens_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = project_with(tmp_path / "remembered.handloom", [("Hello there", "en", "Latn")])
    assert window.open_project(path)
    assert window.windowTitle().startswith("remembered.handloom")
    assert window.recent_projects()[0] == str(path.resolve())
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()] == ["remembered.handloom"]

    second = MainWindow()
    qtbot.addWidget(second)
    app_main.open_initial_project(second, [])
    assert second.session.path == path
    second.close()


def test_a_bad_file_is_refused_with_a_sentence(window: MainWindow, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.handloom"
    bogus.write_text("just some notes", encoding="utf-8")
    assert not window.open_project(bogus)
    assert (
        window.messages.text()
        == "notes.handloom is not a Handloom project (it is not an SQLite file)."
    )
    assert window.session.project is None


def test_the_window_opens_the_project_given_on_argv(qtbot, tmp_path: Path) -> None:
    path = project_with(tmp_path / "argv.handloom", [("Habari ya asubuhi?", "sw", "Latn")])
    # main(argv) is show_window(argv) plus app.exec(), which a test must not call.
    window = app_main.show_window([str(path)])
    qtbot.addWidget(window)
    assert window.isVisible()
    with qtbot.waitSignal(window.session.project_opened, timeout=5000):
        pass  # opening is queued so that the window paints first
    assert window.session.path == path
    assert window.page(CuratePage).model.rowCount() == 1
    assert window.stack.currentWidget() is window.page(OverviewPage)


_MAIN_PROBE = """
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["handloom"])
from app.shell.main import main

def probe():
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
    shown = time.perf_counter() - started

    def opened():
        report = (window.isVisible(), window.session.path.name, round(shown, 3))
        sys.stdout.write(repr(report))
        window.close()

    window.session.project_opened.connect(opened)

QTimer.singleShot(0, probe)
status = main(sys.argv[1:])
sys.stdout.write(f" exit={status}")
"""


@pytest.mark.slow  # a start-up time, measured on a program of its own
def test_main_shows_the_window_quickly_and_prints_nothing(tmp_path: Path) -> None:
    path = project_with(tmp_path / "main.handloom", [("Habari?", "sw", "Latn")])
    env = {
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "HANDLOOM_CONFIG_DIR": str(tmp_path / "config"),
        "HANDLOOM_DATA_DIR": str(tmp_path / "data"),
        "HANDLOOM_USER": "Test Curator",
    }
    out = subprocess.run(
        [sys.executable, "-c", _MAIN_PROBE, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.stderr == ""
    report, _, status = out.stdout.partition(" exit=")
    visible, name, seconds = eval(report)  # noqa: S307 (our own repr)
    assert (visible, name, status) == (True, "main.handloom", "0")
    print(f"window shown {seconds:.2f} s after start-up")
    assert seconds < 3.0  # about a second on a developer machine; CI machines are slower


def test_without_argv_or_history_the_demo_project_opens(qtbot, window: MainWindow) -> None:
    app_main.open_initial_project(window, [])
    # The demo is built in the background; a failure would show its sentence instead.
    qtbot.waitUntil(
        lambda: bool(window.session.project or window.messages.text()), timeout=JOB_TIMEOUT_MS
    )
    assert window.messages.text() == ""
    assert window.session.path.name == "Demo.handloom"
    assert instructions.count(window.session.project) == 40
    assert window.stack.currentWidget() is window.page(OverviewPage)  # the funnel first
    page = window.page(CuratePage)
    qtbot.waitUntil(lambda: page.stats.get("instructions") == 40)  # counted in the background
    assert sum(page.stats["by_language"].values()) == 40
    page.table.selectRow(26)
    shot(window, "curate-demo")


def test_interrupted_jobs_are_offered_for_resume(qtbot, window: MainWindow, tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "rows.jsonl", [{"prompt": f"Instruction {i}"} for i in range(30)])
    path = tmp_path / "crashed.handloom"
    project = Project.create(path)
    job_id = new_id()
    config = {
        "files": [str(data)],
        "format": None,
        "columns": {},
        "language": "en",
        "licence": "CC0-1.0",
        "skip_bad_rows": False,
        "again": False,
    }
    with project.write() as conn:  # a job whose process died while it ran
        conn.execute(
            "INSERT INTO jobs(id, kind, config, state, done, total, host, pid, created_by, "
            "created_at, started_at) VALUES (?, 'import', ?, 'running', 10, 30, ?, 999999, "
            "'Test Curator', ?, ?)",
            [job_id, json.dumps(config), f"{socket.gethostname()}:999999:12345", now(), now()],
        )
    project.close()

    assert window.open_project(path)
    panel = window.jobs_panel
    assert panel.isVisible()
    assert [r.id for r in panel.records] == [job_id]
    assert [r.state for r in panel.records] == ["interrupted"]
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert any("Import of rows.jsonl interrupted at 10 of 30." in t for t in texts), texts
    shot(window, "jobs-panel")

    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS) as finished:
        panel.findChild(QPushButton, "resume").click()
    kind, record = finished.args
    assert kind == "import" and record.state == "done"
    assert jobs.get(window.session.project, job_id).state == "done"
    assert instructions.count(window.session.project) == 30
    assert window.page(CuratePage).model.rowCount() == 30
    assert not panel.isVisible()


def test_dismissed_jobs_stay_dismissed(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "failed.handloom"
    project = Project.create(path)
    job_id = jobs.create(project, "import", {"files": ["/nowhere/gone.csv"]})
    with project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'failed', error = 'It broke.' WHERE id = ?", [job_id])
    project.close()
    assert window.open_project(path)
    panel: JobsPanel = window.jobs_panel
    assert panel.isVisible()
    panel.findChild(QPushButton, "dismiss").click()
    assert not panel.isVisible()
    assert window.open_project(path)
    assert panel.records == []


def test_the_window_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; import app.shell.main, app.shell.window; "
        "from app.stages import PAGES; import importlib; "
        "[importlib.import_module(p.split(':')[0]) for p in PAGES]; "
        "heavy = [m for m in ('pyarrow', 'datasets', 'llama_cpp', 'torch', 'transformers', "
        "'datasketch') if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == ""


def test_a_new_project_has_the_bundled_models_and_opens_on_its_overview(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "new.handloom"
    with qtbot.waitSignal(window.session.project_opened, timeout=JOB_TIMEOUT_MS):
        assert window.create_project(path) is not None
    assert window.session.path == path
    overview = window.page(OverviewPage)
    assert window.stack.currentWidget() is overview
    qtbot.waitUntil(lambda: overview.next_button.isEnabled())
    overview.next_button.click()  # the first step: import
    assert window.stack.currentWidget() is window.page(ImportPage)
    assert window.center.currentIndex() == 1
    models = window.session.project.query("SELECT name FROM models ORDER BY name")
    assert [m["name"] for m in models] == ["SmolLM2-135M-Instruct", "gemma-3-270m"]
    assert window.create_project(path) is None
    assert window.messages.text() == "new.handloom already exists; open it instead."


def _damaged_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    from core.store.project import backup_path
    from tests.reliability import hostile

    path = tmp_path / "tales.handloom"
    project = Project.create(path)
    project.close()
    source = write_jsonl(tmp_path / "tales.jsonl",
                         [{"instruction": f"Tell the tale of the hare, part {i}."} for i in range(400)])
    assert main_cli(["import", str(path), str(source)]) == 0
    backup = backup_path(path, 6)
    shutil.copyfile(path, backup)  # what an upgrade would have left
    hostile.truncate_mid_page(path)
    return path, backup


def test_a_damaged_project_offers_its_backup(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, backup = _damaged_with_backup(tmp_path)
    asked: list[str] = []

    def answer(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.open_project(path)
    assert backup.name in asked[0] and "is damaged" in window.messages.text()
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]  # nothing moved

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    assert window.open_project(path)
    assert window.session.project is not None
    assert instructions.count(window.session.project) == 400
    aside = [p for p in tmp_path.iterdir()
             if p.name.startswith("tales.handloom.damaged-") and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].name in window.messages.text()
