"""The Translate page's background reads and the translate jobs it offers to resume."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.shell.worker import Progress, Worker
from core.store.project import Project


def load_choices(path: Path) -> Worker:
    """(models, {source language: originals}, language choices) for the form."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.languages import language_choices
        from core.store import registry

        with Project.open(path, read_only=True) as project:
            models = [m.to_json() for m in registry.list_models(project)]
            rows = project.query(
                "SELECT language, count(*) AS n FROM instructions WHERE status = 'included' "
                "AND parent_id IS NULL AND language IS NOT NULL GROUP BY language "
                "ORDER BY n DESC"
            )
            languages = project.query(
                "SELECT DISTINCT language FROM instructions WHERE language IS NOT NULL"
            )
        sources = {r["language"]: r["n"] for r in rows}
        extra = tuple(r["language"] for r in languages)
        return models, sources, language_choices(extra)

    return Worker(work, name="translation choices")


def count_pending(path: Path, config: dict[str, Any]) -> Worker:
    """(translations still to write, originals chosen) for ``config``."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.store import registry
        from core.translate.job import count_pending as pending

        with Project.open(path, read_only=True) as project:
            model = registry.get(project, config["model"])
            return pending(project, config, model.id)

    return Worker(work, name="pending translations")


def newest_job(project: Project | None) -> Any:
    """The newest translate job in any state (its settings are shown on opening)."""
    from core import jobs

    made = [r for r in jobs.list_jobs(project) if r.kind == "translate"] if project else []
    return made[-1] if made else None
