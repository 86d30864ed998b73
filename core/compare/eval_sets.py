"""Evaluation sets: the prompts models are compared on, stored once and reused.

A set is a held-out split of the project's instructions (chosen by a hash of their ids, so
the same instructions are chosen on every machine and adding instructions never reshuffles
it), a chosen subset (ids or a filter), or a file of evaluation prompts read by the import
readers. Instructions that a training run learned from are never held out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from core.curator import current_curator
from core.errors import HandloomError
from core.ingest.formats import read_rows
from core.ingest.mapping import guess_mapping, to_instruction
from core.languages import normalise_language
from core.store.ids import new_id, now
from core.store.instructions import Filters
from core.store.project import Project

KINDS = ("held_out", "subset", "prompts")
MAX_PROMPTS = 10_000

# Instructions whose responses a training run used for training (not its own held-out rows).
_TRAINED = (
    "EXISTS (SELECT 1 FROM train_rows tr JOIN responses r ON r.id = tr.response_id "
    "WHERE r.instruction_id = i.id AND tr.split = 'train')"
)


class EvalSetError(HandloomError):
    """An evaluation set that is missing, already exists, or would be empty."""


@dataclass(frozen=True)
class EvalSet:
    id: str
    name: str
    kind: str
    description: str | None
    items: int
    created_by: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EvalItem:
    id: str
    eval_set_id: str
    instruction_id: str | None
    text: str
    language: str | None
    position: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


_SELECT = (
    "SELECT s.id, s.name, s.kind, s.description, s.created_by, s.created_at, "
    "(SELECT count(*) FROM eval_items i WHERE i.eval_set_id = s.id) AS items FROM eval_sets s"
)


def _record(row: dict[str, Any]) -> EvalSet:
    return EvalSet(**row)


def list_sets(project: Project) -> list[EvalSet]:
    """Every evaluation set, oldest first."""
    return [_record(r) for r in project.query(_SELECT + " ORDER BY s.created_at")]


def find(project: Project, name_or_id: str) -> EvalSet | None:
    rows = project.query(_SELECT + " WHERE s.name = ? OR s.id = ?", [name_or_id, name_or_id])
    return _record(rows[0]) if rows else None


def get(project: Project, name_or_id: str) -> EvalSet:
    """The set called ``name_or_id`` (or with that id)."""
    found = find(project, name_or_id)
    if found is None:
        names = ", ".join(s.name for s in list_sets(project)) or "none yet"
        raise EvalSetError(f"There is no evaluation set called '{name_or_id}' (sets: {names}).")
    return found


def items(project: Project, eval_set: EvalSet | str) -> list[EvalItem]:
    """The set's prompts in order."""
    set_id = eval_set.id if isinstance(eval_set, EvalSet) else get(project, eval_set).id
    rows = project.query(
        "SELECT id, eval_set_id, instruction_id, text, language, position FROM eval_items "
        "WHERE eval_set_id = ? ORDER BY position", [set_id])
    return [EvalItem(**r) for r in rows]


def item(project: Project, item_id: str) -> EvalItem:
    rows = project.query(
        "SELECT id, eval_set_id, instruction_id, text, language, position FROM eval_items "
        "WHERE id = ?", [item_id])
    if not rows:
        raise EvalSetError(f"There is no evaluation item {item_id}.")
    return EvalItem(**rows[0])


def _store(project: Project, name: str, kind: str, description: str,
           prompts: Sequence[tuple[str | None, str, str | None]]) -> EvalSet:
    """Write a new set with its (instruction id, text, language) prompts in one transaction."""
    if not name.strip():
        raise EvalSetError("An evaluation set needs a name.")
    if find(project, name) is not None:
        raise EvalSetError(
            f"An evaluation set called '{name}' already exists; choose another name.")
    if not prompts:
        raise EvalSetError(f"The evaluation set '{name}' would have no prompts.")
    set_id = new_id()
    with project.write() as conn:
        conn.execute(
            "INSERT INTO eval_sets(id, name, kind, description, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [set_id, name, kind, description, current_curator(), now()])
        conn.executemany(
            "INSERT INTO eval_items(id, eval_set_id, instruction_id, text, language, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(new_id(), set_id, iid, text, lang, n) for n, (iid, text, lang) in enumerate(prompts)])
    return get(project, set_id)


def id_hash(instruction_id: str) -> float:
    """A number in [0, 1) fixed by the id: the held-out split's order."""
    digest = hashlib.blake2b(instruction_id.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def held_out(project: Project, name: str, *, size: int | None = 50,
             fraction: float | None = None, language: str | None = None) -> EvalSet:
    """Hold out the included instructions with the smallest id hashes (at most ``size``, or
    those whose hash is below ``fraction``), leaving out any a training run learned from."""
    if fraction is not None and not 0 < fraction <= 1:
        raise EvalSetError("The held-out fraction must be above 0 and at most 1.")
    if size is not None and size < 1:
        raise EvalSetError("A held-out set needs at least one prompt.")
    sql = ("SELECT i.id, i.text, i.language FROM instructions i WHERE i.status = 'included' "
           f"AND NOT {_TRAINED}")
    params: list[Any] = []
    if language:
        sql += " AND i.language = ?"
        params.append(language)
    rows = sorted(project.conn.execute(sql, params).fetchall(), key=lambda r: id_hash(r[0]))
    if fraction is not None:
        rows = [r for r in rows if id_hash(r[0]) < fraction]
    chosen = rows[:size] if size is not None else rows
    how = f"{len(chosen)} held-out instructions" + (f" in {language}" if language else "")
    return _store(project, name, "held_out", how, [tuple(r) for r in chosen])


def subset(project: Project, name: str, *, ids: list[str] | None = None,
           filters: Filters | None = None, limit: int | None = None) -> EvalSet:
    """A set of chosen instructions: these ``ids`` (in the order given) or those ``filters``
    select (in import order), at most ``limit``."""
    if ids:
        found = {r["id"]: r for r in project.query(
            f"SELECT id, text, language FROM instructions WHERE id IN ({','.join('?' * len(ids))})",
            ids)}
        missing = [i for i in ids if i not in found]
        if missing:
            raise EvalSetError(f"There is no instruction {missing[0]} in {project.path.name}.")
        prompts = [(i, found[i]["text"], found[i]["language"]) for i in dict.fromkeys(ids)]
        how = f"{len(prompts)} chosen instructions"
    else:
        where, params = (filters or Filters(status="included")).where()
        rows = project.conn.execute(
            f"SELECT i.id, i.text, i.language FROM instructions i {where} ORDER BY i.rowid"
            + (" LIMIT ?" if limit else ""), [*params, *([limit] if limit else [])]).fetchall()
        prompts = [tuple(r) for r in rows]
        how = f"{len(prompts)} instructions chosen by a filter"
    return _store(project, name, "subset", how, prompts[:limit] if limit else prompts)


def from_file(project: Project, name: str, path: Path | str, *, fmt: str | None = None,
              columns: dict[str, str] | None = None, language: str | None = None) -> EvalSet:
    """A set of evaluation prompts read from a file with the import readers and mapping.

    The prompts are not added to the project's instructions: they exist only to compare models.
    """
    path = Path(path)
    rows = read_rows(path, fmt)
    head = list(islice(rows, 50))
    mapping = guess_mapping(head, columns)
    prompts: list[tuple[str | None, str, str | None]] = []
    for row in chain(head, rows):
        found = to_instruction(row, mapping, path)
        if found is None:
            continue
        lang = language or (normalise_language(found.language) if found.language else None)
        prompts.append((None, found.text, lang))
        if len(prompts) > MAX_PROMPTS:
            raise EvalSetError(f"{path.name} has more than {MAX_PROMPTS:,} prompts; "
                               "an evaluation set is meant to be read by people.")
    return _store(project, name, "prompts", f"{len(prompts)} prompts from {path.name}", prompts)


def from_spec(project: Project, spec: dict[str, Any]) -> dict[str, Any]:
    """A new set as the window's form describes it, as JSON: ``spec`` has ``kind``
    ("held_out", "subset" or "prompts"), ``name``, and ``size``, ``language``, ``search``
    or ``file``."""
    kind, name, language = spec["kind"], spec["name"], spec.get("language") or None
    if kind == "held_out":
        made = held_out(project, name, size=spec.get("size"), language=language)
    elif kind == "subset":
        made = subset(project, name, limit=spec.get("size"), filters=Filters(
            status="included", language=language, search=spec.get("search") or None))
    else:
        made = from_file(project, name, spec["file"], language=language)
    return made.to_json()
