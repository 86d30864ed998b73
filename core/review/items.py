"""What one review screen shows, read in one place for the window and the command line.

A translation comes with its source, the machine output and the current (post-edited)
text side by side, plus the checks' flags and the back-translation score; a response
comes with its instruction and every response to that instruction. Each text carries its
direction, so right-to-left scripts are laid out right-to-left whatever the interface.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from core.curate.scripts import script_of
from core.review.actions import ReviewError
from core.review.history import ReviewEvent, ReviewState, history, state_from
from core.store.project import Project
from core.translate import records

# Scripts written right to left (ISO 15924): Arabic, Hebrew, N'Ko, Thaana, Syriac, Adlam,
# Samaritan, Mandaic, Hanifi Rohingya, Old Hungarian and Imperial Aramaic among others.
RTL_SCRIPTS = frozenset(
    {
        "Arab",
        "Hebr",
        "Nkoo",
        "Thaa",
        "Syrc",
        "Adlm",
        "Samr",
        "Mand",
        "Rohg",
        "Yezi",
        "Mend",
        "Hung",
        "Armi",
        "Phnx",
        "Avst",
    }
)


def direction(text: str) -> str:
    """ "rtl" for text mostly in a right-to-left script, else "ltr"."""
    return "rtl" if script_of(text) in RTL_SCRIPTS else "ltr"


@dataclass
class ReviewItem:
    kind: str  # "instruction" or "response"
    id: str
    text: str
    direction: str
    language: str | None
    status: str | None
    source: str | None
    state: ReviewState
    history: list[ReviewEvent]
    # For a translated instruction: source_text, machine_text, text, flags, chrf, ...
    translation: dict[str, Any] | None = None
    # For a response: its instruction, and every response to it (this one included).
    instruction: dict[str, Any] | None = None
    responses: list[dict[str, Any]] = field(default_factory=list)
    model: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = self.state.to_json()
        data["history"] = [e.to_json() for e in self.history]
        return data


def load_item(project: Project, kind: str, item_id: str) -> ReviewItem:
    """Everything the review screen shows for one instruction or response."""
    if kind == "instruction":
        return _instruction_item(project, item_id)
    if kind == "response":
        return _response_item(project, item_id)
    raise ReviewError(f"Only instructions and responses can be reviewed, not '{kind}'.")


def _instruction_item(project: Project, item_id: str) -> ReviewItem:
    rows = project.query(
        "SELECT i.id, i.text, i.language, i.status, s.name AS source FROM instructions i "
        "LEFT JOIN sources s ON s.id = i.source_id WHERE i.id = ?",
        [item_id],
    )
    if not rows:
        raise ReviewError(f"There is no instruction {item_id} in {project.path.name}.")
    row = rows[0]
    events = history(project, "instruction", item_id)
    translation = records.of_instruction(project, item_id)
    if translation is not None:
        translation["source_direction"] = direction(translation["source_text"])
    return ReviewItem(
        kind="instruction",
        id=row["id"],
        text=row["text"],
        direction=direction(row["text"]),
        language=row["language"],
        status=row["status"],
        source=row["source"],
        state=state_from(events),
        history=events,
        translation=translation,
        model=translation["model"] if translation else None,
    )


def _response_item(project: Project, item_id: str) -> ReviewItem:
    rows = project.query(
        "SELECT r.id, r.text, r.instruction_id, m.name AS model, i.text AS instruction, "
        "i.language, i.status, s.name AS source FROM responses r "
        "JOIN instructions i ON i.id = r.instruction_id JOIN models m ON m.id = r.model_id "
        "LEFT JOIN sources s ON s.id = i.source_id WHERE r.id = ?",
        [item_id],
    )
    if not rows:
        raise ReviewError(f"There is no response {item_id} in {project.path.name}.")
    row = rows[0]
    events = history(project, "response", item_id)
    return ReviewItem(
        kind="response",
        id=row["id"],
        text=row["text"],
        direction=direction(row["text"]),
        language=row["language"],
        status=row["status"],
        source=row["source"],
        state=state_from(events),
        history=events,
        model=row["model"],
        instruction={
            "id": row["instruction_id"],
            "text": row["instruction"],
            "language": row["language"],
            "direction": direction(row["instruction"]),
        },
        responses=_siblings(project, row["instruction_id"]),
    )


def _siblings(project: Project, instruction_id: str) -> list[dict[str, Any]]:
    """Every response to the instruction, with its review state, judge score and flags."""
    rows = project.query(
        "SELECT r.id, m.name AS model, r.sample_index, r.text, r.finish_reason, r.selected, "
        "(SELECT avg(score) FROM judgements j WHERE j.response_id = r.id) AS score, "
        "(SELECT json_group_object(flag, coalesce(detail, '')) FROM response_flags f "
        "WHERE f.response_id = r.id) AS flags "
        "FROM responses r JOIN models m ON m.id = r.model_id WHERE r.instruction_id = ? "
        "ORDER BY m.name, r.sample_index, r.rowid",
        [instruction_id],
    )
    for row in rows:
        row["flags"] = json.loads(row["flags"] or "{}")
        row["direction"] = direction(row["text"])
        row["state"] = state_from(history(project, "response", row["id"])).to_json()
    return rows
