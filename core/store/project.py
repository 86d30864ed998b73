"""The project file: one SQLite database per project, opened, created and upgraded safely.

WAL mode lets the window read while a job writes; writes go through ``Project.write()``,
which takes the write lock up front (``BEGIN IMMEDIATE``) so two writers queue behind the
busy timeout instead of failing with "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from core.errors import DiskFullError, ProjectDamagedError, ProjectError
from core.store import schema
from core.store.backups import damaged_advice, latest_backup, restore_hint

SUFFIX = ".handloom"
BUSY_TIMEOUT_MS = 30_000


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        uri = f"file:{path}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # Indexes on random keys (UUIDs, duplicate keys) thrash SQLite's default 2 MB cache
    # during big imports; 64 MB doubles insert speed on a million rows.
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def _applied_migrations(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [schema.MIGRATION_SET],
    ).fetchall()
    return [r[0] for r in rows]


def _is_sqlite_file(path: Path) -> bool:
    """Only for a file SQLite refused: reading it closes a descriptor (see ``open``)."""
    with path.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def backup_path(path: Path, version: int) -> Path:
    """Where the copy taken before upgrading ``path`` from schema ``version`` goes."""
    return path.with_name(f"{path.name}.before-upgrade-v{version}.bak")


class Project:
    """An open project file. Each thread opens its own ``Project`` on the same path."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    @property
    def db(self) -> Any:
        """A ``sqlite_utils.Database`` over this connection, for code that wants its helpers."""
        from sqlite_utils import Database

        return Database(self.conn)

    # -- opening ---------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str) -> Project:
        """Create a new, empty project file; refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path.name} already exists; open it instead of creating it.")
        if not path.parent.exists():
            raise ProjectError(f"The folder {path.parent} does not exist.")
        try:
            conn = _connect(path)
        except sqlite3.Error as e:
            raise ProjectError(f"Could not create {path.name}: {e}.") from e
        conn.execute("PRAGMA journal_mode = WAL")
        project = cls(path, conn)
        project._upgrade(is_new=True)
        return project

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, read_only: bool = False) -> Project:
        """Open a project file, upgrading an older schema after taking a backup copy."""
        path = Path(path)
        if not path.exists():
            if create:
                return cls.create(path)
            raise ProjectError(f"There is no project file at {path}.")
        if path.is_dir():
            raise ProjectError(f"{path.name} is a folder, not a Handloom project file.")
        # The header is not read with open(): closing any other descriptor on the file
        # drops every POSIX lock this process holds on it, so another program could then
        # delete the WAL under the window's open connections. SQLite says NOTADB instead
        # (a file shorter than one page is no open database, and SQLite reads it as empty).
        size = path.stat().st_size
        if size == 0 or (size < 512 and not _is_sqlite_file(path)):
            raise ProjectError(f"{path.name} is not a Handloom project (it is not an SQLite file).")
        try:
            conn = _connect(path, read_only=read_only)
            applied = _applied_migrations(conn)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as e:
            if getattr(e, "sqlite_errorname", "") == "SQLITE_NOTADB" and not _is_sqlite_file(path):
                raise ProjectError(
                    f"{path.name} is not a Handloom project (it is not an SQLite file)."
                ) from None
            backup = latest_backup(path)
            raise ProjectDamagedError(
                f"{path.name} is damaged and cannot be read: {e}. "
                f"{damaged_advice(path, backup)}",
                path, backup, cli_hint=restore_hint(path, backup),
            ) from e
        if not applied or "instructions" not in tables:
            conn.close()
            raise ProjectError(f"{path.name} is an SQLite file but not a Handloom project.")
        known = schema.known_migrations()
        unknown = [name for name in applied if name not in known]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        if unknown or user_version > len(known):
            conn.close()
            raise ProjectError(
                f"{path.name} was written by a newer version of Handloom (schema "
                f"{max(user_version, len(applied))}, this version knows {len(known)}). "
                "Update Handloom to open it."
            )
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        project = cls(path, conn)
        if len(applied) < len(known):
            if read_only:
                raise ProjectError(f"{path.name} needs an upgrade and was opened read-only.")
            project._backup(backup_path(path, len(applied)))
            project._upgrade(is_new=False)
        return project

    def _backup(self, target: Path) -> None:
        """Copy the whole database (consistently, through SQLite's backup API) to ``target``."""
        dest = sqlite3.connect(str(target))
        try:
            self.conn.backup(dest)
        finally:
            dest.close()

    def _upgrade(self, *, is_new: bool) -> None:
        """Apply every pending migration in one exclusive transaction."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            schema.apply(self.conn)
            self.conn.execute(f"PRAGMA user_version = {len(schema.known_migrations())}")
            self.conn.execute("COMMIT")
        except BaseException as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                verb = "create" if is_new else "upgrade"
                raise ProjectError(f"Could not {verb} {self.path.name}: {e}.") from e
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole or not at all.

        A full disk becomes ``DiskFullError``; the rollback leaves the last committed
        state intact, so the job can resume once space is freed.
        """
        if self.conn.in_transaction:
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise _translate(e, self.path) from e
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _translate(e, self.path) from e
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Run a read query and return each row as a dict keyed by column name."""
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description or ()]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # -- settings --------------------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        value = self.scalar("SELECT value FROM settings WHERE key = ?", [key])
        return default if value is None else value

    def set_setting(self, key: str, value: str | None) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def integrity_ok(self) -> bool:
        return self.scalar("PRAGMA integrity_check") == "ok"


def _translate(error: sqlite3.OperationalError, path: Path) -> Exception:
    message = str(error).lower()
    if "full" in message:
        return DiskFullError(
            f"The disk holding {path.name} is full. Everything saved before this point is "
            "intact; free some space and resume the job."
        )
    if "locked" in message or "busy" in message:
        return ProjectError(
            f"{path.name} stayed busy for {BUSY_TIMEOUT_MS // 1000} seconds while another "
            "program was writing to it. Try again when that job has finished."
        )
    if "readonly" in message or "read-only" in message:
        return ProjectError(f"{path.name} cannot be written to (it is read-only).")
    return error


def copy_project(source: Path, target: Path) -> None:
    """Copy a project file, including what is still only in its WAL."""
    src = Project.open(source, read_only=True)
    try:
        src._backup(target)
    finally:
        src.close()


def remove_project(path: Path) -> None:
    """Delete a project file and its WAL/SHM companions."""
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def default_projects_dir() -> Path:
    """Where new projects go unless the user picks a folder."""
    from platformdirs import user_documents_dir

    return Path(os.environ.get("HANDLOOM_HOME", Path(user_documents_dir()) / "Handloom"))


__all__ = [
    "Project",
    "SUFFIX",
    "backup_path",
    "copy_project",
    "default_projects_dir",
    "remove_project",
]
