"""Two writers on one project at once: the window and the command line, or two commands.

Writes queue behind each other (``BEGIN IMMEDIATE`` with a 30-second busy timeout), so
nobody sees "database is locked" and no write is lost: every review verdict recorded by
either side is there afterwards, each instruction's status follows its newest verdict,
and an import running at the same time completes with every row.
"""

from __future__ import annotations

import random
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.shell.window import MainWindow
from app.stages.import_.page import ImportPage
from app.stages.review.page import ReviewPage
from core import jobs
from core.ingest.config import import_config
from core.store.project import Project
from tests.conftest import write_jsonl
from tests.gui.conftest import open_window
from tests.reliability import harness
from tests.reliability.conftest import scale

TITLE = "Two writers on one project"
COLUMNS = ["scenario", "writes", "overlapping", "lost", "lock errors", "integrity"]
JOB_TIMEOUT_MS = 300_000
LOCK_WORDS = ("locked", "busy")


def _project(path: Path, count: int) -> list[str]:
    """A project with ``count`` imported instructions; returns their ids in order."""
    project = Project.create(path)
    f = write_jsonl(path.with_suffix(".jsonl"), [
        {"instruction": f"How do I mend fishing net number {n} before the rains?",
         "language": "en"} for n in range(count)
    ])
    jobs.start(project, "import", import_config([str(f)], licence="CC0-1.0"))
    ids = [r["id"] for r in project.query("SELECT id FROM instructions ORDER BY rowid")]
    project.close()
    return ids


def _big_file(folder: Path, count: int) -> Path:
    return write_jsonl(folder / "big.jsonl", [
        {"instruction": f"Big import row {n}: what grows best beside bean row {n}?",
         "language": "en"} for n in range(count)
    ])


class Reviewer(threading.Thread):
    """One person recording verdicts through ``handloom review``, one command each."""

    def __init__(self, path: Path, name: str, ids: list[str], seed: int,
                 until: Callable[[], bool] | None = None) -> None:
        super().__init__(daemon=True)
        self.path, self.name, self.ids = path, name, ids
        self.rng = random.Random(seed)
        self.until = until
        self.done: list[tuple[str, str]] = []
        self.failures: list[str] = []
        self.overlapping = 0

    def run(self) -> None:
        import os

        env = dict(os.environ, HANDLOOM_USER=self.name)
        for n, target in enumerate(self.ids):
            if self.until is not None and n >= 3 and self.until():
                break  # the other writer has finished: enough overlap was had
            action = self.rng.choice(("accept", "reject"))
            busy_other = self.until is not None and not self.until()
            done = subprocess.run(
                [*harness.HANDLOOM, "review", str(self.path), target, f"--{action}"],
                capture_output=True, text=True, env=env, timeout=300,
            )
            if done.returncode != 0:
                self.failures.append(done.stderr.strip())
                continue
            self.done.append((target, action))
            self.overlapping += busy_other


def _lock_errors(messages: list[str]) -> int:
    return sum(1 for m in messages if any(w in m.lower() for w in LOCK_WORDS))


def _check_verdicts(path: Path, reviewers: list[Reviewer]) -> int:
    """Verdicts recorded by the reviewers that are missing from the project (lost), plus
    instructions whose status does not follow their newest verdict."""
    project = Project.open(path)
    try:
        stored = {
            (r["target_id"], r["action"], r["created_by"])
            for r in project.query("SELECT target_id, action, created_by FROM reviews")
        }
        wanted = [(t, a, r.name) for r in reviewers for t, a in r.done]
        lost = sum(1 for w in wanted if w not in stored)
        # Each reviewer's events are distinct rows; count them to catch a merged update.
        rows = project.scalar("SELECT count(*) FROM reviews")
        lost += max(0, len(wanted) - int(rows))
        stale = project.scalar(
            "SELECT count(*) FROM instructions i WHERE i.status != CASE WHEN (SELECT action "
            "FROM reviews r WHERE r.target_id = i.id AND r.action IN ('accept', 'reject') "
            "ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1) = 'reject' THEN 'excluded' "
            "ELSE 'included' END"
        )
        return lost + int(stale)
    finally:
        project.close()


def test_two_commands_review_the_same_instructions(
    tmp_path: Path, reliability_table: Callable[[str, list[str], list[object]], None]
) -> None:
    count = scale(12, 100)
    path = tmp_path / "two.handloom"
    ids = _project(path, count)
    amina = Reviewer(path, "Amina", ids, seed=1)
    juma = Reviewer(path, "Juma", list(reversed(ids)), seed=2)
    amina.start()
    juma.start()
    amina.join()
    juma.join()
    failures = amina.failures + juma.failures
    lost = _check_verdicts(path, [amina, juma])
    ok = harness.integrity(path)
    writes = len(amina.done) + len(juma.done)
    reliability_table(TITLE, COLUMNS, ["two CLIs reviewing the same items", writes, writes,
                                       lost, _lock_errors(failures), ok])
    assert failures == [], failures
    assert writes == 2 * count and lost == 0 and ok == "ok"


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, monkeypatch, tmp_path)
    yield win
    win.close()


def test_window_imports_while_a_command_reviews(
    qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
    reliability_table: Callable[[str, list[str], list[object]], None],
) -> None:
    count = scale(60, 200)
    path = tmp_path / "window-import.handloom"
    ids = _project(path, count)
    big = _big_file(tmp_path, scale(60_000, 200_000))
    errors: list[str] = []
    window.session.error.connect(errors.append)
    assert window.open_project(path)
    page = window.page(ImportPage)
    window.show_page(page)
    with qtbot.waitSignal(page.preview_ready, timeout=JOB_TIMEOUT_MS):
        page.add_files([str(big)])
    page.language.setText("en")

    importing = threading.Event()
    reviewer = Reviewer(path, "Amina", ids, seed=3, until=lambda: not importing.is_set())
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS) as finished:
        importing.set()
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        reviewer.start()
    importing.clear()
    reviewer.join()
    record = finished.args[1]
    assert record is not None and record.state == "done", errors
    window.session.close()
    lost = _check_verdicts(path, [reviewer])
    total = harness.count(path, "SELECT count(*) FROM instructions")
    lost += count + scale(60_000, 200_000) - total  # imported rows missing
    ok = harness.integrity(path)
    writes = len(reviewer.done) + scale(60_000, 200_000) // 10_000
    reliability_table(TITLE, COLUMNS, [
        "window import + CLI reviews", writes, reviewer.overlapping, lost,
        _lock_errors(reviewer.failures + errors), ok,
    ])
    assert reviewer.failures == [] and errors == [], (reviewer.failures, errors)
    assert reviewer.overlapping > 0, "the reviews did not overlap the import"
    assert lost == 0 and ok == "ok"


def test_window_reviews_while_a_command_imports(
    qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
    reliability_table: Callable[[str, list[str], list[object]], None],
) -> None:
    count = scale(30, 150)
    rows = scale(100_000, 300_000)
    path = tmp_path / "window-review.handloom"
    _project(path, count)
    big = _big_file(tmp_path, rows)
    errors: list[str] = []
    window.session.error.connect(errors.append)
    page = window.page(ReviewPage)
    with qtbot.waitSignal(page.progress_shown, timeout=JOB_TIMEOUT_MS):
        assert window.open_project(path)
        window.show_page(page)
    window.activateWindow()
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)

    importer = harness.start(["import", str(path), str(big), "--licence", "CC0-1.0"])
    acted: list[str] = []
    page.acted.connect(acted.append)
    overlapping = 0
    try:
        deadline = time.monotonic() + 600
        # Accept items one key press at a time while the command imports; keep going
        # until the import is over or every original instruction has its verdict.
        while len(acted) < count and time.monotonic() < deadline:
            before = len(acted)
            qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_A)
            assert len(acted) == before + 1, errors
            overlapping += importer.poll() is None
        importer.wait(timeout=600)
        stderr = harness.said(importer)
    finally:
        if importer.poll() is None:
            harness.kill_group(importer)
    assert importer.returncode == 0, stderr
    window.session.close()
    stored = harness.count(
        path, "SELECT count(*) FROM reviews WHERE created_by = 'Test Curator' "
        "AND action = 'accept'"
    )
    total = harness.count(path, "SELECT count(*) FROM instructions")
    lost = len(acted) - stored + (count + rows - total)
    ok = harness.integrity(path)
    reliability_table(TITLE, COLUMNS, [
        "window reviews + CLI import", len(acted) + rows // 10_000, overlapping, lost,
        _lock_errors(errors + [stderr]), ok,
    ])
    assert errors == [] and "locked" not in stderr
    assert overlapping > 0, "the import ended before the first review"
    assert lost == 0 and ok == "ok"


def test_opening_the_project_again_keeps_this_process_locks(tmp_path: Path) -> None:
    """The window opens the project once for itself and again in every worker. Reading the
    file's header with open()/close() would drop every SQLite lock the process holds on it,
    and the next program to close the project would delete the WAL the window is using."""
    path = tmp_path / "locks.handloom"
    Project.create(path).close()
    window = Project.open(path)
    try:
        window.set_setting("written by", "the window")
        worker = Project.open(path, read_only=True)  # as a window worker does
        worker.close()
        harness.cli_ok("stats", str(path))  # another program opens and closes the project
        assert Path(f"{path}-wal").exists(), "the WAL was deleted under an open connection"
        window.set_setting("written again by", "the window")
    finally:
        window.close()
    assert harness.integrity(path) == "ok"
    assert harness.rows(path, "SELECT count(*) FROM settings WHERE key LIKE 'written%'") == [(2,)]
