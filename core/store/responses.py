"""Read queries over generated responses, for ``handloom responses`` and the window."""

from __future__ import annotations

from typing import Any

from core.store.instructions import fts_query
from core.store.project import Project


def listing(
    project: Project,
    *,
    model: str | None = None,
    instruction: str | None = None,
    search: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Responses with their instruction and model, newest instructions last."""
    clauses: list[str] = []
    params: list[Any] = []
    if model:
        clauses.append("(m.name = ? OR m.id = ?)")
        params += [model, model]
    if instruction:
        clauses.append("r.instruction_id = ?")
        params.append(instruction)
    if search and fts_query(search):
        clauses.append("r.rowid IN (SELECT rowid FROM responses_fts WHERE responses_fts MATCH ?)")
        params.append(fts_query(search))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return project.query(
        "SELECT r.id, r.instruction_id, i.text AS instruction, i.language, m.name AS model, "
        "r.sample_index, r.text, r.prompt_tokens, r.completion_tokens, r.seconds, "
        "r.finish_reason, r.selected, r.settings, r.created_at "
        "FROM responses r JOIN instructions i ON i.id = r.instruction_id "
        f"JOIN models m ON m.id = r.model_id{where} "
        "ORDER BY i.rowid, m.name, r.sample_index LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )


def for_instruction(project: Project, instruction_id: str) -> list[dict[str, Any]]:
    return listing(project, instruction=instruction_id, limit=1000)


def instructions_answered(
    project: Project,
    *,
    model: str | None = None,
    search: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Instructions that have responses, in import order, with how many and from how many
    models: the list the window's per-instruction browser shows."""
    clauses: list[str] = []
    params: list[Any] = []
    if model:
        clauses.append("r.model_id IN (SELECT id FROM models WHERE name = ? OR id = ?)")
        params += [model, model]
    if search and fts_query(search):
        clauses.append(
            "i.rowid IN (SELECT rowid FROM instructions_fts WHERE instructions_fts MATCH ?)"
        )
        params.append(fts_query(search))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return project.query(
        "SELECT i.id, i.text, i.language, count(*) AS responses, "
        "count(DISTINCT r.model_id) AS models, sum(r.selected) AS selected "
        f"FROM responses r JOIN instructions i ON i.id = r.instruction_id{where} "
        "GROUP BY i.rowid ORDER BY i.rowid LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
