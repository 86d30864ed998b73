"""The automatic backups beside a project file, and putting one back when the file is damaged.

Handloom copies a project to ``NAME.handloom.before-upgrade-vN.bak`` before upgrading it.
When the project itself later turns out to be damaged (a copy interrupted half way, a
failing disk), the sentence that refuses it names the newest of those copies, and
``handloom restore PROJECT`` puts it back — keeping the damaged file beside it, never
deleting anything.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from core.errors import ProjectError

_BACKUP = re.compile(r"\.before-upgrade-v(\d+)\.bak$")


def backups_of(path: Path) -> list[Path]:
    """The automatic backups of ``path``, newest first."""
    path = Path(path)
    found = [p for p in path.parent.glob(f"{glob_escape(path.name)}.before-upgrade-v*.bak")
             if _BACKUP.search(p.name) and p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def glob_escape(name: str) -> str:
    """``name`` with glob's special characters taken literally."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def latest_backup(path: Path) -> Path | None:
    found = backups_of(path)
    return found[0] if found else None


def saved_at(backup: Path) -> str:
    """When ``backup`` was written, for a sentence: "2026-11-23 07:35" (local time)."""
    return datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


def damaged_advice(path: Path, backup: Path | None) -> str:
    """What to say after "PROJECT is damaged": where its latest backup (``latest_backup``)
    is and how to restore it."""
    if backup is None:
        return ("There is no automatic backup beside it; if you have an earlier copy, open "
                "that instead.")
    taken = saved_at(backup)
    return (f"The latest automatic backup is {backup.name} (saved {taken}); restoring it puts "
            "it back and keeps the damaged file beside it.")


def restore_hint(path: Path, backup: Path | None) -> str | None:
    """The command line's way to do what ``damaged_advice`` says, when there is a backup."""
    return f"`handloom restore {path.name}` restores it." if backup is not None else None


def _check_backup(backup: Path) -> None:
    """Refuse a backup that is not a readable Handloom project."""
    try:
        conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise ProjectError(f"The backup {backup.name} cannot be read either ({e}).") from e
    if result != "ok" or "instructions" not in tables:
        raise ProjectError(f"The backup {backup.name} is not a whole Handloom project.")


def restore(path: Path, backup: Path | None = None) -> tuple[Path, Path]:
    """Put ``backup`` (default: the latest) in place of the project at ``path``.

    The file being replaced is renamed ``NAME.handloom.damaged-TIMESTAMP`` (with its WAL and
    SHM files), so nothing is lost. Returns (the backup used, where the old file went).
    """
    path = Path(path)
    backup = Path(backup) if backup is not None else latest_backup(path)
    if backup is None:
        raise ProjectError(f"There is no automatic backup of {path.name} beside it.")
    if not backup.is_file():
        raise ProjectError(f"There is no backup file at {backup}.")
    _check_backup(backup)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    partial = path.with_name(f"{path.name}.restoring")
    shutil.copyfile(backup, partial)
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{path}{suffix}")
        if current.exists():
            current.replace(Path(f"{aside}{suffix}"))
    partial.replace(path)
    return backup, aside


def damaged_sentence(path: Path, error: BaseException) -> str:
    """The sentence for an error that reading the project at ``path`` ran into half way.

    A file damaged inside a data page opens normally and fails only when that page is
    read: SQLite says "malformed", or stored text is no longer valid UTF-8 (Handloom only
    ever writes valid UTF-8, so such text means the bytes on disk changed).
    """
    path = Path(path)
    if isinstance(error, UnicodeDecodeError) or "decode" in str(error).lower():
        problem = "some of its text is no longer valid UTF-8"
    else:
        problem = f"SQLite says: {error}"
    backup = latest_backup(path)
    hint = restore_hint(path, backup)
    return (f"{path.name} is damaged ({problem}). {damaged_advice(path, backup)}"
            + (f" {hint}" if hint else ""))


def is_damage(error: BaseException) -> bool:
    """True for the errors a damaged project file produces while it is being read."""
    if isinstance(error, UnicodeDecodeError):
        return True
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    message = str(error).lower()
    return any(s in message for s in ("malformed", "not a database", "decode", "corrupt"))
