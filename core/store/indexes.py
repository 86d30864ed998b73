"""Secondary indexes of ``instructions`` set aside during a big import, built once at its end.

Keeping five secondary indexes up to date row by row costs more than the insert itself:
about 9 µs of 19 µs per row when 200,000 rows go into an empty project, while building
them from the finished table (one sort per index) costs about 3 µs per row. So an import
that at least doubles the project drops them, inserts, and builds them again.

The definitions are copied into ``settings`` in the same transaction that drops them, so
a killed import leaves a record of what to build: the resumed import builds them when it
ends, and so does the start of any other job (curate, generate, …) while no import is
running (:func:`restore`, called by ``core.jobs.run``). Until then every query still
answers correctly, only without those indexes. Unique indexes and the primary key are
never set aside: they are constraints, not only speed.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

import orjson

from core.errors import HandloomError

if TYPE_CHECKING:
    from core.store.project import Project

SETTING = "indexes_set_aside"
TABLE = "instructions"

log = logging.getLogger("handloom.store")

# Below this many new rows the saving does not pay for a rebuild.
MIN_ROWS = 50_000


def worth_setting_aside(existing_rows: int, incoming_rows: int) -> bool:
    """True when rebuilding the indexes is cheaper than updating them row by row."""
    return incoming_rows >= MIN_ROWS and incoming_rows >= existing_rows


def set_aside(conn: sqlite3.Connection) -> list[str]:
    """Drop the secondary indexes, remembering their definitions; needs a transaction.

    Returns the names dropped now (none when another import already set them aside).
    """
    if not conn.in_transaction:
        raise RuntimeError("set_aside must run inside a write transaction")
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name",
        [TABLE],
    ).fetchall()
    if not rows:
        return []
    kept = dict(_pending(conn))
    kept.update({name: sql for name, sql in rows})
    conn.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [SETTING, orjson.dumps(sorted(kept.items())).decode()],
    )
    for name, _ in rows:
        conn.execute(f'DROP INDEX "{name}"')
    return [name for name, _ in rows]


def pending(conn: sqlite3.Connection) -> list[str]:
    """Names of the indexes set aside and not yet built again."""
    return [name for name, _ in _pending(conn)]


def restore(project: Project) -> list[str]:
    """Build every index set aside (unless another process already has) and forget the record.

    Runs in its own write transaction; a full disk leaves the record for the next try.
    Returns the names built.
    """
    if not _pending(project.conn):
        return []
    with project.write() as conn:
        todo = _pending(conn)  # read again under the write lock
        for _, sql in todo:
            conn.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
        conn.execute("DELETE FROM settings WHERE key = ?", [SETTING])
    return [name for name, _ in todo]


def restore_if_possible(project: Project) -> str | None:
    """``restore``, but a failure (a full disk, another writer holding the project for long)
    only leaves the record for the next job and is returned as a sentence, never raised:
    the indexes are speed, and the work that asked for them has already been kept."""
    try:
        restore(project)
    except (HandloomError, sqlite3.Error) as e:
        sentence = f"The search indexes of {project.path.name} are not rebuilt yet ({e}); " \
            "the next job rebuilds them."
        log.warning(sentence)
        return sentence
    return None


def _pending(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [SETTING]).fetchone()
    if row is None or not row[0]:
        return []
    return [(str(name), str(sql)) for name, sql in orjson.loads(row[0])]
