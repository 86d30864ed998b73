"""The Curate page's language relabelling, off the GUI thread: the language choices (their
name tables take a third of a second to load) and the write itself."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.shell.worker import Progress, Worker
from core.store.project import Project


def load_language_choices(path: Path) -> Worker:
    """(code, English name, own name) for every language, the project's own included."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.languages import language_choices

        with Project.open(path, read_only=True) as project:
            rows = project.query(
                "SELECT DISTINCT language FROM instructions WHERE language IS NOT NULL"
            )
        return language_choices(tuple(r["language"] for r in rows))

    return Worker(work, name="language choices")


def relabel(path: Path, ids: list[str], language: str) -> Worker:
    """Set ``language`` as a person's label on the rows ``ids``; the result is the count."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.curate.relabel import relabel as set_language

        with Project.open(path) as project:
            return set_language(project, ids, language)

    return Worker(work, name="relabel")
