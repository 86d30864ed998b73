"""Review events read back: the history of a target and its current state.

Reviews are append-only. The newest accept or reject that is not undone is the verdict;
the newest rating likewise; every note that is not undone is kept.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from core.store.project import Project

TARGET_KINDS = ("instruction", "response")
ACTIONS = ("accept", "reject", "edit", "rate", "note")
# An item counts as reviewed once someone accepted, rejected, edited or rated it.
REVIEWED_ACTIONS = ("accept", "reject", "edit", "rate")


@dataclass(frozen=True)
class ReviewEvent:
    id: str
    target_kind: str
    target_id: str
    action: str
    rating: int | None
    note: str | None
    previous_text: str | None
    new_text: str | None
    undone_at: str | None
    reviewer: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ReviewState:
    """Where a target stands now."""

    verdict: str | None = None  # "accept", "reject" or None
    verdict_by: str | None = None
    rating: int | None = None
    notes: list[str] = field(default_factory=list)
    edited: bool = False
    reviewed: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


_COLUMNS = (
    "id, target_kind, target_id, action, rating, note, previous_text, new_text, "
    "undone_at, created_by AS reviewer, created_at"
)
ORDER = "created_at, rowid"
NEWEST_FIRST = "created_at DESC, rowid DESC"


def event(project: Project, event_id: str) -> ReviewEvent:
    return ReviewEvent(
        **project.query(f"SELECT {_COLUMNS} FROM reviews WHERE id = ?", [event_id])[0]
    )


def history(project: Project, kind: str, target_id: str) -> list[ReviewEvent]:
    """Every event on a target, oldest first, undone ones included."""
    rows = project.query(
        f"SELECT {_COLUMNS} FROM reviews WHERE target_kind = ? AND target_id = ? ORDER BY {ORDER}",
        [kind, target_id],
    )
    return [ReviewEvent(**r) for r in rows]


def state_from(events: list[ReviewEvent]) -> ReviewState:
    live = [e for e in events if e.undone_at is None]
    verdicts = [e for e in live if e.action in ("accept", "reject")]
    ratings = [e for e in live if e.action == "rate"]
    return ReviewState(
        verdict=verdicts[-1].action if verdicts else None,
        verdict_by=verdicts[-1].reviewer if verdicts else None,
        rating=ratings[-1].rating if ratings else None,
        notes=[e.note for e in live if e.action == "note" and e.note],
        edited=any(e.action == "edit" for e in live),
        reviewed=any(e.action in REVIEWED_ACTIONS for e in live),
    )


def state(project: Project, kind: str, target_id: str) -> ReviewState:
    return state_from(history(project, kind, target_id))


def verdict_sql(kind: str, alias: str) -> str:
    """SQL for the current verdict of the row ``alias`` of ``kind`` (NULL if none)."""
    assert kind in TARGET_KINDS
    return (
        f"(SELECT v.action FROM reviews v WHERE v.target_kind = '{kind}' "
        f"AND v.target_id = {alias}.id AND v.action IN ('accept', 'reject') "
        "AND v.undone_at IS NULL ORDER BY v.created_at DESC, v.rowid DESC LIMIT 1)"
    )


def reviewed_sql(kind: str, alias: str) -> str:
    """SQL that is true when the row ``alias`` of ``kind`` has been reviewed."""
    assert kind in TARGET_KINDS
    actions = ", ".join(f"'{a}'" for a in REVIEWED_ACTIONS)
    return (
        f"EXISTS (SELECT 1 FROM reviews v WHERE v.target_kind = '{kind}' "
        f"AND v.target_id = {alias}.id AND v.action IN ({actions}) AND v.undone_at IS NULL)"
    )
