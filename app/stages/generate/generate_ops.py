"""Background reads for the Generate page: what to choose from, and what is still to write."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.shell.worker import Progress, Worker


def choices(path: Path) -> Worker:
    """The models to generate with and the included instructions' languages."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.store import registry
        from core.store.project import Project

        with Project.open(path, read_only=True) as project:
            models = [m.to_json() for m in registry.list_models(project)]
            rows = project.query(
                "SELECT language, count(*) AS n FROM instructions WHERE status = 'included' "
                "AND language IS NOT NULL GROUP BY language ORDER BY n DESC"
            )
        return models, {r["language"]: r["n"] for r in rows}

    return Worker(work, name="models")


def pending(path: Path, config: dict[str, Any]) -> Worker:
    """(responses still to write, responses wanted) for ``config``."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.generate.job import count_pending
        from core.generate.settings import GenerationSettings
        from core.store import registry
        from core.store.project import Project

        with Project.open(path, read_only=True) as project:
            model = registry.get(project, config["model"])
            settings = GenerationSettings.from_config(config)
            return count_pending(project, model.id, settings, config)

    return Worker(work, name="pending responses")
