"""Hostile project files: opened, merged and shown without harm to the user's own project.

Files that are not Handloom projects (random bytes, an empty file, another program's SQLite
database), one written by a newer Handloom, one cut off in the middle of a page, one whose
rows carry 10 MB strings and one whose names carry markup, terminal escapes and bidi
overrides. Each goes through ``Project.open``, ``merge``, ``handloom merge`` and the window;
the user's project file is hashed before and after. A project damaged on disk names its
latest automatic backup, and ``handloom restore`` puts that back.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.cli import main
from core.errors import HandloomError, ProjectError
from core.publish.merge import merge
from core.store.project import Project, backup_path
from tests.publish.builder import build_tales
from tests.reliability import hostile

TABLE = "Hostile project files"
COLUMNS = ["file", "open", "merge", "handloom merge", "own project unchanged"]
BIG = 10 * 1024 * 1024
MARKUP = "<img src=x onerror=alert(1)><b>bold</b>"
ANSI = "\x1b[2J\x1b[31mred\x1b[0m"
RTL = "\u202eevil.exe\u202c"
NAMES = f"{MARKUP} {ANSI} {RTL}"


def _closed(path: Path) -> Path:
    """Close-and-checkpoint a freshly built project so the file alone holds it."""
    hostile.checkpoint(path)
    return path


def _built(path: Path, curator: str = "Test Curator", model: str = "scribe") -> Path:
    project = Project.create(path)
    build_tales(project)
    from tests.publish.builder import Builder

    b = Builder(project, curator=curator)
    b.model(model, "Apache-2.0")
    project.close()
    return _closed(path)


def _cases(folder: Path, user: Path) -> dict[str, tuple[Path, bool]]:
    """name -> (file, whether a careful program may open/merge it)."""
    rng = random.Random(11)
    noise = folder / "noise.handloom"
    noise.write_bytes(bytes(rng.randrange(256) for _ in range(70_000)))
    sqlite_noise = folder / "sqlite-noise.handloom"
    sqlite_noise.write_bytes(b"SQLite format 3\x00" + bytes(rng.randrange(256) for _ in range(8192)))
    empty = folder / "empty.handloom"
    empty.write_bytes(b"")
    newer = hostile.newer_schema(_built(folder / "newer.handloom"))
    truncated = hostile.truncate_mid_page(_built(folder / "truncated.handloom"))

    big = folder / "big.handloom"
    project = Project.create(big)
    from tests.publish.builder import Builder

    b = Builder(project, curator="B" * 1024)
    source = b.source("s" * BIG, "CC-BY-4.0")
    b.instruction("x" * BIG, "sw", source)
    b.instruction("Habari " * 10, "sw", source)
    b.model("m" * 100_000, "Apache-2.0")
    project.close()
    _closed(big)

    named = _built(folder / "named.handloom", curator=NAMES, model=NAMES)
    return {
        "random bytes": (noise, False),
        "SQLite header, then noise": (sqlite_noise, False),
        "empty file": (empty, False),
        "another app's SQLite": (hostile.other_app_database(folder / "places.handloom"), False),
        "newer schema": (newer, False),
        "truncated mid-page": (truncated, False),
        "10 MB strings": (big, True),
        "markup, ANSI, RTL in names": (named, True),
        "the project itself": (user, False),
    }


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, object]]:
    user = _built(tmp_path / "mine.handloom", curator="Amina")
    (tmp_path / "hostile").mkdir()
    yield {"user": user, "cases": _cases(tmp_path / "hostile", user)}


def _settle(path: Path) -> Path:
    """Open and close once as Handloom would, so the file's header says WAL from now on."""
    Project.open(path).close()
    return path


def _user_state(user: Path) -> tuple[str, str]:
    """The project's bytes (taken first, without opening it) and its rows."""
    digest = hostile.file_hash(user)
    project = Project.open(user, read_only=True)
    try:
        content = hostile.content_hash(project.conn)
    finally:
        project.close()
    return digest, content


def test_hostile_project_files_are_refused_or_handled(
    world: dict[str, object], tmp_path: Path,
    reliability_table: Callable[[str, list[str], list[object]], None],
) -> None:
    user = world["user"]
    assert isinstance(user, Path)
    _settle(user)
    cases = world["cases"]
    assert isinstance(cases, dict)
    for label, (path, acceptable) in cases.items():
        before_other = hostile.file_hash(path)
        row: list[object] = [label]

        # open
        try:
            with hostile.deadline(60):
                Project.open(path).close()
            row.append("opened")
            assert acceptable or label == "the project itself", f"{label} was opened"
        except ProjectError as e:
            row.append("refused")
            assert not acceptable, f"{label}: {e}"
            assert path.name in str(e) and "Traceback" not in str(e)
            assert hostile.file_hash(path) == before_other, f"refusing {label} changed it"

        # merge through the core, then through the command line, into a copy each time;
        # the other file is only ever read
        before_other = hostile.file_hash(path)
        state = _user_state(user)
        for how in ("core", "cli"):
            mine = tmp_path / f"mine-{how}.handloom"
            shutil.copyfile(user, mine)
            _settle(mine)
            other = mine if label == "the project itself" else path
            before = _user_state(mine)
            err = io.StringIO()
            began = time.perf_counter()
            with hostile.deadline(120):
                if how == "core":
                    project = Project.open(mine)
                    try:
                        report = merge(project, other)
                        outcome = "merged" if report.changed else "nothing new"
                    except HandloomError as e:
                        outcome, sentence = "refused", str(e)
                    finally:
                        project.close()
                else:
                    with contextlib.redirect_stderr(err), \
                            contextlib.redirect_stdout(io.StringIO()):
                        status = main(["merge", str(mine), str(other)])
                    outcome = {0: "merged", 1: "refused"}.get(status, f"exit {status}")
                    sentence = err.getvalue()
            seconds = time.perf_counter() - began
            row.append(f"{outcome} ({seconds:.1f} s)")
            if outcome == "refused":
                assert not acceptable, f"{label} via {how}: {sentence}"
                assert "Traceback" not in sentence and other.name in sentence
                assert _user_state(mine) == before, f"a refused merge of {label} changed it"
            else:
                assert acceptable, f"{label} was merged via {how}"
            mine.unlink()
            if label != "the project itself":
                assert hostile.file_hash(path) == before_other, f"merging {label} changed it"
        assert _user_state(user) == state
        row.append("yes")
        reliability_table(TABLE, COLUMNS, row)


def test_a_damaged_project_names_its_backup_and_restore_puts_it_back(tmp_path: Path) -> None:
    """An upgrade leaves NAME.before-upgrade-vN.bak; when the project is later damaged,
    opening it names that backup and ``handloom restore`` brings it back."""
    path = _built(tmp_path / "tales.handloom")
    backup = backup_path(path, 6)
    shutil.copyfile(path, backup)  # what the upgrade from schema 6 would have left
    expected = _user_state(path)[1]
    hostile.truncate_mid_page(path)
    damaged = path.read_bytes()

    with pytest.raises(ProjectError) as refused:
        Project.open(path)
    sentence = str(refused.value)
    assert "is damaged" in sentence and backup.name in sentence
    assert "restoring it puts it back" in sentence  # in the window's words and the CLI's
    assert refused.value.cli_hint == f"`handloom restore {path.name}` restores it."

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["stats", str(path)]) == 1
        assert backup.name in err.getvalue()
        assert main(["restore", str(path), "--json"]) == 0
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged, "the damaged file is kept"
    assert _user_state(path)[1] == expected
    assert backup.exists(), "the backup stays where it was"


def test_restore_refuses_a_damaged_backup_and_a_missing_one(tmp_path: Path) -> None:
    path = _built(tmp_path / "tales.handloom")
    original = path.read_bytes()
    with pytest.raises(ProjectError, match="no automatic backup"):
        from core.store.backups import restore

        restore(path)
    bad = backup_path(path, 5)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["restore", str(path)]) == 1
    assert bad.name in err.getvalue() and path.read_bytes() == original


def test_a_project_damaged_inside_a_page_gives_a_sentence_not_a_traceback(
    tmp_path: Path, reliability_table: Callable[[str, list[str], list[object]], None],
) -> None:
    """Bytes flipped inside data pages pass the open check and fail where they are read:
    every command still ends in a sentence."""
    path = _built(tmp_path / "tales.handloom")
    project = Project.open(path)
    with project.write() as conn:
        conn.executemany(
            "INSERT INTO instructions(id, text, status, created_by, created_at) "
            "VALUES (?, ?, 'included', 'x', '2025-01-01')",
            [(f"row-{i}", f"instruction {i} " * 20) for i in range(1500)])
    project.close()
    hostile.checkpoint(path)
    data = path.read_bytes()
    rng = random.Random(5)
    outcomes = {"ok": 0, "sentence": 0, "other": 0}
    failures = []
    for n in range(12):
        copy = tmp_path / f"flipped-{n}.handloom"
        b = bytearray(data)
        for _ in range(20):
            i = rng.randrange(4096, len(b))
            b[i] ^= rng.randrange(1, 256)
        copy.write_bytes(bytes(b))
        for argv in (["stats", str(copy)], ["list", str(copy), "--limit", "5000", "--json"],
                     ["export", str(copy), str(tmp_path / f"out-{n}")]):
            err = io.StringIO()
            try:
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                    status = main(argv)
                outcomes["ok" if status == 0 else "sentence"] += 1
                if status == 1:
                    assert copy.name in err.getvalue() and "Traceback" not in err.getvalue()
            except Exception as e:  # noqa: BLE001 - counted and reported
                outcomes["other"] += 1
                failures.append(f"{argv[0]} {copy.name}: {type(e).__name__}: {e}")
    reliability_table("Projects with flipped bytes (stats, list, export)",
                      ["files", "commands", "succeeded", "sentences", "other failures"],
                      [12, 36, outcomes["ok"], outcomes["sentence"], outcomes["other"]])
    assert not failures, "\n".join(failures[:5])
    assert outcomes["sentence"], "some flips should be noticed"


def test_the_window_refuses_hostile_files_and_shows_names_as_text(
    qtbot, world: dict[str, object], monkeypatch: pytest.MonkeyPatch, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from app.shell.window import MainWindow
    from app.stages.models.page import ModelsPage

    monkeypatch.setenv("HANDLOOM_HOME", str(tmp_path / "projects"))
    user = world["user"]
    cases = world["cases"]
    assert isinstance(user, Path) and isinstance(cases, dict)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    before = _user_state(_settle(user))[1]
    for label, (path, acceptable) in cases.items():
        if acceptable or label == "the project itself":
            continue
        assert window.open_project(path) is False, label
        assert path.name in window.messages.text() and window.isVisible()

    # Opening the user's project, then merging each hostile file through the dialog.
    assert window.open_project(user)
    for label, (path, acceptable) in cases.items():
        if acceptable or label == "the project itself":
            continue
        dialog = window.merge_copy(path)
        assert dialog is not None
        with qtbot.waitSignal(dialog.report_shown, timeout=120_000):
            pass
        assert "cannot be merged" in dialog.heading.text(), label
        dialog.reject()
        qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)
    window.session.close()
    assert _user_state(user)[1] == before

    # A project with 10 MB strings opens and its instructions are listed, the window alive.
    from app.stages.curate.page import CuratePage

    curate = window.page(CuratePage)
    window.show_page(curate)
    with hostile.deadline(120):
        assert window.open_project(cases["10 MB strings"][0])
        qtbot.waitUntil(lambda: curate.model.rowCount() == 2, timeout=60_000)
        curate.table.selectRow(0)
        qtbot.wait(50)
    assert window.isVisible()

    # A project whose names carry markup: every label shows them literally.
    named = cases["markup, ANSI, RTL in names"][0]
    window.open_project(named)
    page = window.page(ModelsPage)
    window.show_page(page)

    def named_row() -> int | None:
        return next((r for r in range(page.table.rowCount())
                     if MARKUP in page.table.item(r, 0).text()), None)

    qtbot.waitUntil(lambda: named_row() is not None, timeout=60_000)
    row = named_row()
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: MARKUP[:10] in page.detail.text() or "&lt;" in
                    page.detail.text(), timeout=10_000)
    rendering = [f"{type(label.parent()).__name__}: {label.text()[:200]!r}"
                 for label in window.findChildren(QLabel)
                 if "<img src=x" in label.text()
                 and label.textFormat() != Qt.TextFormat.PlainText]
    assert not rendering, "labels that render a name as markup:\n" + "\n".join(rendering)

    window.close()


def test_the_command_line_does_not_pass_terminal_escapes_through(
    world: dict[str, object],
) -> None:
    cases = world["cases"]
    assert isinstance(cases, dict)
    named = cases["markup, ANSI, RTL in names"][0]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["models", "list", str(named)]) == 0
        assert main(["models", "remove", str(named), ANSI]) == 1
    for stream in (out.getvalue(), err.getvalue()):
        assert "\x1b" not in stream, repr(stream[:300])
    assert "scribe" not in out.getvalue() and "\\x1b" in out.getvalue()
    # --json output stays exact: JSON escapes control characters itself
    json_out = io.StringIO()
    with contextlib.redirect_stdout(json_out):
        assert main(["models", "list", str(named), "--json"]) == 0
    assert "\x1b" not in json_out.getvalue() and NAMES in [
        m["name"] for m in json.loads(json_out.getvalue())]

