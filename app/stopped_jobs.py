"""Jobs that stopped before finishing and that a person has not dismissed: the ones the
window offers to resume (the stopped-jobs panel, the Generate page's Resume)."""

from __future__ import annotations

import json
from typing import Any

from app.jobs_panel import DISMISSED_KEY


def dismissed(project: Any) -> list[str]:
    """Ids of the stopped jobs a person said not to offer again (kept in the project)."""
    raw = project.setting(DISMISSED_KEY)
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def dismiss(project: Any, job_id: str) -> None:
    project.set_setting(DISMISSED_KEY, json.dumps([*dismissed(project), job_id]))


def newest(project: Any, kind: str) -> Any:
    """The newest resumable job of ``kind`` that was not dismissed, or None."""
    from core import jobs

    hidden = set(dismissed(project))
    stopped = [
        r
        for r in jobs.list_jobs(project, jobs.RESUMABLE_STATES)
        if r.kind == kind and r.id not in hidden
    ]
    return stopped[-1] if stopped else None
