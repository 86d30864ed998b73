"""Read queries over judgements and flags, for the Judge panel and scripts."""

from __future__ import annotations

from typing import Any

from core.store.project import Project


def for_response(project: Project, response_id: str) -> list[dict[str, Any]]:
    """Every judgement of one response, newest first, with judge name and rubric version."""
    return project.query(
        "SELECT j.id, j.score, j.rationale, j.raw, j.settings, j.created_at, j.job_id, "
        "COALESCE(m.name, 'person: ' || j.judge_person) AS judge, r.version AS rubric_version "
        "FROM judgements j LEFT JOIN models m ON m.id = j.judge_model_id "
        "LEFT JOIN rubrics r ON r.id = j.rubric_id WHERE j.response_id = ? "
        "AND j.followup_id IS NULL ORDER BY j.created_at DESC, j.id DESC",
        [response_id],
    )


def flags_of(project: Project, response_id: str) -> dict[str, str | None]:
    """The flags a response carries, each with the sentence saying why."""
    rows = project.query(
        "SELECT flag, detail FROM response_flags WHERE response_id = ? ORDER BY flag",
        [response_id],
    )
    return {r["flag"]: r["detail"] for r in rows}


def followups_of(project: Project, response_id: str) -> list[dict[str, Any]]:
    """The second turns written for a response, with their score and whether they are kept."""
    return project.query(
        "SELECT f.id, m.name AS model, f.user_text, f.assistant_text, f.score, f.kept, "
        "f.created_at FROM followups f JOIN models m ON m.id = f.model_id "
        "WHERE f.response_id = ? ORDER BY f.created_at",
        [response_id],
    )
