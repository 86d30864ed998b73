"""What a reviewer does to an instruction or a response, each recorded as an event.

Accept, reject, edit (the new text replaces the old, which the event keeps), rate 1-5,
note, and undo (the reviewer's newest event is marked undone; an undone edit puts the
previous text back). Every event carries the reviewer's name and the time. Rejecting an
instruction excludes it (reason ``review``) so that later steps skip it; accepting it or
undoing the rejection includes it again.
"""

from __future__ import annotations

from sqlite3 import Connection

from core.curate.dedup import duplicate_key
from core.curate.scripts import script_of
from core.curator import current_curator
from core.errors import HandloomError
from core.review.history import NEWEST_FIRST, TARGET_KINDS, ReviewEvent, event
from core.store.ids import new_id, now
from core.store.project import Project

EXCLUSION_REASON = "review"
_TABLES = {"instruction": "instructions", "response": "responses"}


class ReviewError(HandloomError):
    """A review action that cannot be done."""


def target_kind(project: Project, target_id: str) -> str:
    """Whether ``target_id`` is an instruction or a response."""
    for kind, table in _TABLES.items():
        if project.scalar(f"SELECT 1 FROM {table} WHERE id = ?", [target_id]):
            return kind
    raise ReviewError(f"There is no instruction or response {target_id} in {project.path.name}.")


def _current_text(conn: Connection, kind: str, target_id: str) -> str:
    if kind not in TARGET_KINDS:
        raise ReviewError(f"Only instructions and responses can be reviewed, not '{kind}'.")
    row = conn.execute(f"SELECT text FROM {_TABLES[kind]} WHERE id = ?", [target_id]).fetchone()
    if row is None:
        raise ReviewError(f"There is no {kind} {target_id} in this project.")
    return str(row[0])


def _record(
    project: Project,
    kind: str,
    target_id: str,
    action: str,
    reviewer: str | None,
    *,
    rating: int | None = None,
    note: str | None = None,
    previous_text: str | None = None,
    new_text: str | None = None,
) -> ReviewEvent:
    event_id = new_id()
    with project.write() as conn:
        current = _current_text(conn, kind, target_id)
        if action == "edit":
            previous_text = current
            _apply_text(conn, kind, target_id, new_text or "")
        conn.execute(
            "INSERT INTO reviews(id, target_kind, target_id, action, rating, note, previous_text, "
            "new_text, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                event_id,
                kind,
                target_id,
                action,
                rating,
                note,
                previous_text,
                new_text,
                reviewer or current_curator(),
                now(),
            ],
        )
        if kind == "instruction" and action in ("accept", "reject"):
            _sync_exclusion(conn, target_id)
    return event(project, event_id)


def accept(project: Project, kind: str, target_id: str, reviewer: str | None = None) -> ReviewEvent:
    return _record(project, kind, target_id, "accept", reviewer)


def reject(project: Project, kind: str, target_id: str, reviewer: str | None = None) -> ReviewEvent:
    return _record(project, kind, target_id, "reject", reviewer)


def edit(
    project: Project, kind: str, target_id: str, text: str, reviewer: str | None = None
) -> ReviewEvent:
    """Replace the text (a post-edit); the event keeps the text it replaced."""
    text = text.strip()
    if not text:
        raise ReviewError(f"The {kind} cannot be left empty; reject it instead.")
    if text == _current_text(project.conn, kind, target_id):
        raise ReviewError("The new text is the same as the current text.")
    return _record(project, kind, target_id, "edit", reviewer, new_text=text)


def rate(
    project: Project, kind: str, target_id: str, rating: int, reviewer: str | None = None
) -> ReviewEvent:
    if not 1 <= int(rating) <= 5:
        raise ReviewError("A rating is a whole number from 1 to 5.")
    return _record(project, kind, target_id, "rate", reviewer, rating=int(rating))


def note(
    project: Project, kind: str, target_id: str, text: str, reviewer: str | None = None
) -> ReviewEvent:
    if not text.strip():
        raise ReviewError("A note needs some text.")
    return _record(project, kind, target_id, "note", reviewer, note=text.strip())


def undo(project: Project, kind: str, target_id: str, reviewer: str | None = None) -> ReviewEvent:
    """Undo the reviewer's newest event on this target; returns the event undone."""
    name = reviewer or current_curator()
    row = project.scalar(
        "SELECT id FROM reviews WHERE target_kind = ? AND target_id = ? AND created_by = ? "
        f"AND undone_at IS NULL ORDER BY {NEWEST_FIRST} LIMIT 1",
        [kind, target_id, name],
    )
    if row is None:
        raise ReviewError(f"{name} has nothing to undo on this {kind}.")
    return _undo(project, str(row))


def undo_last(project: Project, reviewer: str | None = None) -> ReviewEvent:
    """Undo the reviewer's newest event anywhere in the project (the window's Ctrl+Z)."""
    name = reviewer or current_curator()
    row = project.scalar(
        "SELECT id FROM reviews WHERE created_by = ? AND undone_at IS NULL "
        f"ORDER BY {NEWEST_FIRST} LIMIT 1",
        [name],
    )
    if row is None:
        raise ReviewError(f"{name} has nothing to undo.")
    return _undo(project, str(row))


def _undo(project: Project, event_id: str) -> ReviewEvent:
    done = event(project, event_id)
    with project.write() as conn:
        if done.action == "edit":
            current = _current_text(conn, done.target_kind, done.target_id)
            if current != done.new_text:
                raise ReviewError(
                    "The text was changed again after this edit; undo that change first."
                )
            _apply_text(conn, done.target_kind, done.target_id, done.previous_text or "")
        conn.execute("UPDATE reviews SET undone_at = ? WHERE id = ?", [now(), event_id])
        if done.target_kind == "instruction" and done.action in ("accept", "reject"):
            _sync_exclusion(conn, done.target_id)
    return event(project, event_id)


def _apply_text(conn: Connection, kind: str, target_id: str, text: str) -> None:
    if kind == "instruction":
        conn.execute(
            "UPDATE instructions SET text = ?, dup_key = ?, script = ? WHERE id = ?",
            [text, duplicate_key(text), script_of(text), target_id],
        )
    else:
        conn.execute("UPDATE responses SET text = ? WHERE id = ?", [text, target_id])


def _sync_exclusion(conn: Connection, instruction_id: str) -> None:
    """Exclude the instruction while its verdict is a rejection; include it otherwise."""
    verdict = conn.execute(
        "SELECT action, created_by FROM reviews WHERE target_kind = 'instruction' "
        "AND target_id = ? AND action IN ('accept', 'reject') AND undone_at IS NULL "
        f"ORDER BY {NEWEST_FIRST} LIMIT 1",
        [instruction_id],
    ).fetchone()
    conn.execute(
        "DELETE FROM exclusions WHERE instruction_id = ? AND reason = ?",
        [instruction_id, EXCLUSION_REASON],
    )
    if verdict and verdict[0] == "reject":
        conn.execute(
            "INSERT INTO exclusions(instruction_id, reason, detail, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [instruction_id, EXCLUSION_REASON, f"rejected by {verdict[1]}", verdict[1], now()],
        )
    conn.execute(
        "UPDATE instructions SET status = CASE WHEN EXISTS (SELECT 1 FROM exclusions e "
        "WHERE e.instruction_id = instructions.id) THEN 'excluded' ELSE 'included' END "
        "WHERE id = ?",
        [instruction_id],
    )
