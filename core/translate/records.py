"""Translations in the project file: written as a new instruction linked to its original.

A translation is an instruction of its own (language = the target, ``parent_id`` = the
original, same source, licence and author) so that it can be curated, answered and
exported like any other, plus a ``translations`` row saying which model and prompt wrote
it, the untouched machine output, the checks' flags and the back-translation score.
"""

from __future__ import annotations

import json
from typing import Any

from core.curate.dedup import duplicate_key
from core.curate.scripts import script_of
from core.store.ids import new_id, now
from core.store.project import Project

_COPIED = "source_id, source_line, source_ref, licence, author, consent"


def store(
    project: Project,
    *,
    original_id: str,
    source_language: str | None,
    target_language: str,
    model_id: str,
    job_id: str | None,
    prompt: str,
    settings: dict[str, Any],
    text: str,
    flags: dict[str, str],
    curator: str,
) -> str | None:
    """Write one translation in one transaction; None if this one exists already."""
    stamp = now()
    with project.write() as conn:
        exists = conn.execute(
            "SELECT 1 FROM translations WHERE original_id = ? AND target_language = ? "
            "AND model_id = ?",
            [original_id, target_language, model_id],
        ).fetchone()
        if exists:
            return None
        instruction_id = new_id()
        provenance = json.dumps(
            {"translated_from": original_id, "model_id": model_id}, ensure_ascii=False
        )
        conn.execute(
            f"INSERT INTO instructions(id, text, language, language_origin, script, {_COPIED}, "
            "provenance, parent_id, dup_key, status, created_by, created_at) "
            f"SELECT ?, ?, ?, 'translation', ?, {_COPIED}, ?, id, ?, 'included', ?, ? "
            "FROM instructions WHERE id = ?",
            [
                instruction_id,
                text,
                target_language,
                script_of(text),
                provenance,
                duplicate_key(text),
                curator,
                stamp,
                original_id,
            ],
        )
        conn.execute(
            "INSERT INTO translations(instruction_id, original_id, source_language, "
            "target_language, model_id, job_id, prompt, settings, machine_text, flags, "
            "created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                instruction_id,
                original_id,
                source_language,
                target_language,
                model_id,
                job_id,
                prompt,
                json.dumps(settings, ensure_ascii=False),
                text,
                json.dumps(flags, ensure_ascii=False),
                curator,
                stamp,
            ],
        )
    return instruction_id


def store_back_translation(project: Project, instruction_id: str, text: str, chrf: float) -> None:
    with project.write() as conn:
        conn.execute(
            "UPDATE translations SET back_translation = ?, chrf = ? WHERE instruction_id = ?",
            [text, chrf, instruction_id],
        )


_LIST = (
    "SELECT t.instruction_id AS id, t.original_id, o.text AS source_text, t.machine_text, "
    "i.text, t.source_language, t.target_language, m.name AS model, t.flags, "
    "t.back_translation, t.chrf, i.status, t.job_id, t.created_by, t.created_at "
    "FROM translations t JOIN instructions i ON i.id = t.instruction_id "
    "JOIN instructions o ON o.id = t.original_id LEFT JOIN models m ON m.id = t.model_id"
)


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    row["flags"] = json.loads(row["flags"] or "{}")
    row["edited"] = row["text"] != row["machine_text"]
    return row


def listing(
    project: Project,
    *,
    target: str | None = None,
    flag: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Translations with their source and current text; ``flag`` "any" means any flag."""
    clauses: list[str] = []
    params: list[Any] = []
    if target:
        clauses.append("t.target_language = ?")
        params.append(target)
    if flag == "any":
        clauses.append("t.flags IS NOT NULL AND t.flags != '{}'")
    elif flag == "none":
        clauses.append("(t.flags IS NULL OR t.flags = '{}')")
    elif flag:
        clauses.append("EXISTS (SELECT 1 FROM json_each(t.flags) WHERE key = ?)")
        params.append(flag)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = project.query(
        f"{_LIST}{where} ORDER BY o.rowid, i.rowid LIMIT ? OFFSET ?", [*params, limit, offset]
    )
    return [_decoded(r) for r in rows]


def of_instruction(project: Project, instruction_id: str) -> dict[str, Any] | None:
    """The translation record of a translated instruction, or None for an original."""
    rows = project.query(f"{_LIST} WHERE t.instruction_id = ?", [instruction_id])
    return _decoded(rows[0]) if rows else None


def flag_counts(project: Project, target: str | None = None) -> dict[str, int]:
    """How many translations carry each flag."""
    sql = (
        "SELECT j.key, count(*) FROM translations t, json_each(t.flags) j"
        + (" WHERE t.target_language = ?" if target else "")
        + " GROUP BY j.key ORDER BY 2 DESC"
    )
    return {k: int(v) for k, v in project.conn.execute(sql, [target] if target else [])}


def listing_and_flags(project: Project, target: str | None, flag: str | None, limit: int
                      ) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """(the first ``limit`` translations into ``target`` carrying ``flag``, how many carry
    each flag): what the window's list of translations shows."""
    return (listing(project, target=target, flag=flag, limit=limit),
            flag_counts(project, target))
