"""Bulk inserts that keep the instructions' full-text index right, fast.

The per-row FTS trigger costs ~10x the insert itself on big imports. Inside the caller's
write transaction the trigger is dropped, the rows inserted, the new rows indexed in one
statement, and the trigger recreated exactly as it was; other connections see either the
state before or after the transaction, never a missing trigger.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

TRIGGER = "instructions_fts_insert"


def bulk_insert(conn: sqlite3.Connection, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (values in ``columns`` order) and index them; needs a transaction."""
    if not conn.in_transaction:
        raise RuntimeError("bulk_insert must run inside a write transaction")
    insert_sql = (
        f"INSERT INTO instructions({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    if len(rows) < 100:
        conn.executemany(insert_sql, rows)
        return
    trigger_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [TRIGGER]
    ).fetchone()
    if trigger_sql is None:
        conn.executemany(insert_sql, rows)
        return
    first = conn.execute("SELECT coalesce(max(rowid), 0) FROM instructions").fetchone()[0]
    conn.execute(f"DROP TRIGGER {TRIGGER}")
    conn.executemany(insert_sql, rows)
    conn.execute(
        "INSERT INTO instructions_fts(rowid, text) SELECT rowid, text FROM instructions "
        "WHERE rowid > ?",
        [first],
    )
    conn.execute(trigger_sql[0])
