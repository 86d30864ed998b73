"""What the Review page's filters offer: the languages, sources, models and flags present in
the project (``handloom review-queue`` takes the same values)."""

from __future__ import annotations

from typing import Any

from core.store.project import Project


def _column(project: Project, sql: str) -> list[Any]:
    return [row[0] for row in project.conn.execute(sql) if row[0] is not None]


def filter_choices(project: Project) -> dict[str, list[Any]]:
    """``languages``, ``sources``, ``models`` and ``flags`` (of translations and responses)."""
    return {
        "languages": _column(project, "SELECT DISTINCT language FROM instructions ORDER BY 1"),
        "sources": _column(project, "SELECT name FROM sources ORDER BY name"),
        "models": _column(project, "SELECT name FROM models ORDER BY name"),
        "flags": sorted(
            set(_column(project, "SELECT DISTINCT j.key FROM translations t, json_each(t.flags) j"))
            | set(_column(project, "SELECT DISTINCT flag FROM response_flags"))
        ),
    }
