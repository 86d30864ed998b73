"""The project file: creation, refusal of foreign and newer files, upgrades, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.errors import DiskFullError, ProjectError
from core.store import schema
from core.store.ids import new_id
from core.store.project import Project, backup_path


def test_new_project_is_wal_with_foreign_keys_and_versioned(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "a.handloom")
    assert p.scalar("PRAGMA journal_mode") == "wal"
    assert p.scalar("PRAGMA foreign_keys") == 1
    assert p.scalar("PRAGMA user_version") == len(schema.known_migrations())
    p.close()
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(tmp_path / "a.handloom")


def test_uuid7_keys_are_time_ordered_text() -> None:
    ids = [new_id() for _ in range(200)]
    assert ids == sorted(ids)
    assert all(len(i) == 36 and i[14] == "7" for i in ids)


def test_a_text_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    f = tmp_path / "notes.handloom"
    f.write_text("shopping list\n")
    with pytest.raises(ProjectError, match="notes.handloom is not a Handloom project"):
        Project.open(f)


def test_an_unrelated_sqlite_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "other.handloom"
    conn = sqlite3.connect(f)
    conn.execute("CREATE TABLE birds(name)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="not a Handloom project"):
        Project.open(f)


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    f = tmp_path / "new.handloom"
    Project.create(f).close()
    conn = sqlite3.connect(f)
    conn.execute("PRAGMA user_version = 99")
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('handloom', 'm9999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = f.read_bytes()
    with pytest.raises(ProjectError, match="newer version of Handloom"):
        Project.open(f)
    assert f.read_bytes() == before


def test_upgrade_takes_a_backup_first(tmp_path: Path) -> None:
    f = tmp_path / "old.handloom"
    p = Project.create(f)
    p.set_setting("marker", "before")
    p.close()

    def m9000_add_birds(db):  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE birds(name TEXT)")

    schema.MIGRATIONS.append(m9000_add_birds)
    try:
        p = Project.open(f)
        assert p.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'birds'") == 1
        assert p.scalar("PRAGMA user_version") == len(schema.known_migrations())
        p.close()
        backup = backup_path(f, len(schema.known_migrations()) - 1)
        assert backup.exists()
        old = sqlite3.connect(backup)
        assert old.execute("SELECT value FROM settings WHERE key='marker'").fetchone() == ("before",)
        assert old.execute("SELECT count(*) FROM sqlite_master WHERE name='birds'").fetchone() == (0,)
        old.close()
    finally:
        schema.MIGRATIONS.pop()


def test_a_failed_write_leaves_nothing_behind(project: Project) -> None:
    with pytest.raises(RuntimeError):
        with project.write() as conn:
            conn.execute("INSERT INTO settings(key, value) VALUES ('a', 'b')")
            raise RuntimeError("boom")
    assert project.setting("a") is None


def test_a_full_disk_is_a_sentence_and_keeps_the_last_commit(project: Project) -> None:
    project.set_setting("kept", "yes")
    pages = project.scalar("PRAGMA page_count")
    project.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFullError, match="disk holding test.handloom is full"):
        with project.write() as conn:
            conn.executemany(
                "INSERT INTO settings(key, value) VALUES (?, ?)",
                [(f"k{i}", "x" * 2000) for i in range(500)],
            )
    assert project.setting("kept") == "yes"
    assert project.scalar("SELECT count(*) FROM settings") == 1
    assert project.integrity_ok()


def test_two_connections_write_without_locking_errors(tmp_path: Path) -> None:
    import threading

    f = tmp_path / "two.handloom"
    Project.create(f).close()
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        p = Project.open(f)
        try:
            for i in range(100):
                with p.write() as conn:
                    conn.execute("INSERT INTO settings(key, value) VALUES (?, ?)", [f"{name}{i}", name])
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)
        finally:
            p.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    p = Project.open(f)
    assert p.scalar("SELECT count(*) FROM settings") == 200
    p.close()
