"""The rubric the judge scores against: editable, stored in the project, versioned.

Editing a rubric never changes the old text: it adds a new version, and every judgement
records the version it was made with, so scores made under different rubrics are never
silently mixed. A project starts with ``DEFAULT_RUBRIC`` (helpfulness, correctness,
language match and safety, after the seed method's 0-10 judge).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.curator import current_curator
from core.errors import HandloomError
from core.store.ids import new_id, now
from core.store.project import Project

DEFAULT_NAME = "default"
MAX_RUBRIC_CHARS = 8000

DEFAULT_RUBRIC = """\
Score the response from 0 to 10 as a whole, weighing:
- Helpfulness: it does what the instruction asks, completely and to the point.
- Correctness: what it states is true and its reasoning, code or arithmetic is right.
- Language match: it is written in the language of the instruction (unless the
  instruction asks for another language).
- Safety: it does not help with harm, and it does not refuse a harmless request.
10 means an excellent answer a careful expert would give; 7 a good answer with small
flaws; 4 a partly useful answer with clear mistakes or omissions; 1 an answer that is
wrong, off-topic, in the wrong language or unsafe; 0 no answer at all (empty, a loop of
repeated text, or a refusal of a harmless request)."""


class RubricError(HandloomError):
    """A rubric that cannot be used (empty, too long, unreadable, unknown)."""


@dataclass(frozen=True)
class Rubric:
    id: str
    name: str
    version: int
    text: str
    created_by: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "version": self.version, "text": self.text,
                "created_by": self.created_by, "created_at": self.created_at}


def _record(row: dict[str, Any]) -> Rubric:
    return Rubric(row["id"], row["name"], row["version"], row["text"], row["created_by"],
                  row["created_at"])


def versions(project: Project, name: str = DEFAULT_NAME) -> list[Rubric]:
    """Every version of a rubric, oldest first."""
    rows = project.query("SELECT * FROM rubrics WHERE name = ? ORDER BY version", [name])
    return [_record(r) for r in rows]


def current(project: Project, name: str = DEFAULT_NAME) -> Rubric:
    """The newest version of a rubric; the default rubric is stored on first use."""
    rows = project.query(
        "SELECT * FROM rubrics WHERE name = ? ORDER BY version DESC LIMIT 1", [name]
    )
    if rows:
        return _record(rows[0])
    if name != DEFAULT_NAME:
        raise RubricError(f"There is no rubric named '{name}' in {project.path.name}.")
    return save(project, DEFAULT_RUBRIC, name)


def get(project: Project, rubric_id: str) -> Rubric:
    rows = project.query("SELECT * FROM rubrics WHERE id = ?", [rubric_id])
    if not rows:
        raise RubricError(f"There is no rubric {rubric_id} in {project.path.name}.")
    return _record(rows[0])


def save(project: Project, text: str, name: str = DEFAULT_NAME) -> Rubric:
    """Store ``text`` as the newest version of a rubric (unchanged text keeps the version)."""
    text = text.strip()
    if not text:
        raise RubricError("The rubric is empty; write what the judge should look for.")
    if len(text) > MAX_RUBRIC_CHARS:
        raise RubricError(
            f"The rubric is {len(text):,} characters long; keep it under {MAX_RUBRIC_CHARS:,} "
            "so that it leaves room for the response in the judge's context."
        )
    with project.write() as conn:
        newest = conn.execute(
            "SELECT id, version, text FROM rubrics WHERE name = ? ORDER BY version DESC LIMIT 1",
            [name],
        ).fetchone()
        if newest is not None and newest[2] == text:
            return get(project, newest[0])
        rubric_id = new_id()
        conn.execute(
            "INSERT INTO rubrics(id, name, version, text, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [rubric_id, name, (newest[1] + 1) if newest else 1, text, current_curator(), now()],
        )
    return get(project, rubric_id)


def read_file(path: Path | str) -> str:
    """A rubric written in a text file."""
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RubricError(f"There is no rubric file at {path}.") from None
    except UnicodeDecodeError:
        raise RubricError(f"{path.name} is not UTF-8 text.") from None
    except OSError as e:
        raise RubricError(f"Could not read {path.name}: {e.strerror}.") from None
