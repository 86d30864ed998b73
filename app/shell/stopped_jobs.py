"""Jobs that stopped before finishing and that a person has not dismissed: the ones the
window offers to resume (the stopped-jobs panel, a page's Resume). The one place that
knows where dismissed jobs are remembered (in the project, so they stay out of the way)."""

from __future__ import annotations

import json
from typing import Any

DISMISSED_KEY = "app.dismissed_jobs"


def dismissed(project: Any) -> list[str]:
    """Ids of the stopped jobs a person said not to offer again (kept in the project)."""
    raw = project.setting(DISMISSED_KEY) if project is not None else None
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def dismiss(project: Any, job_id: str) -> None:
    project.set_setting(DISMISSED_KEY, json.dumps([*dismissed(project), job_id]))


def stopped(project: Any, states: tuple[str, ...] | None = None) -> list[Any]:
    """The stopped jobs (``states``, else every resumable state) not dismissed, oldest
    first."""
    if project is None:
        return []
    from core import jobs

    hidden = set(dismissed(project))
    return [r for r in jobs.list_jobs(project, states or jobs.RESUMABLE_STATES)
            if r.id not in hidden]


def newest(project: Any, kind: str) -> Any:
    """The newest resumable job of ``kind`` that was not dismissed, or None."""
    mine = [r for r in stopped(project) if r.kind == kind]
    return mine[-1] if mine else None
