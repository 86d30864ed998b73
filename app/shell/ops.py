"""Thin operations (Anki's habit): each calls one core function in a ``Worker``.

Every function here returns an unstarted ``Worker``; the caller connects what it wants to
redraw and hands it to ``Session.run``. The work functions open their own ``Project``
because SQLite connections belong to the thread that uses them.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.shell.worker import Progress, Worker


def run_job(path: Path, kind: str, config: dict[str, Any]) -> Worker:
    """Record a new job of ``kind`` and run it; the result is the final ``JobRecord``."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core import jobs
        from core.store.project import Project

        with Project.open(path) as project:
            job_id = jobs.create(project, kind, config)
            return jobs.run(project, job_id, progress, cancel)

    return Worker(work, name=f"{kind} job")


def start_or_resume(path: Path, kind: str, config: dict[str, Any], *, stream: bool = False
                    ) -> Worker:
    """Continue the unfinished job of ``kind`` with exactly this config, or start one; with
    ``stream`` the worker's ``streamed`` signal carries the text being written."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core import jobs
        from core.store.project import Project

        with Project.open(path) as project:
            return jobs.start_or_resume(project, kind, config, progress, cancel)

    return Worker(work, name=f"{kind} job", stream=stream)


def resume_job(path: Path, job_id: str) -> Worker:
    """Run an interrupted, failed or cancelled job again from where it stopped."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core import jobs
        from core.store.project import Project

        with Project.open(path) as project:
            return jobs.run(project, job_id, progress, cancel)

    return Worker(work, name="resumed job")


def load_stats(path: Path) -> Worker:
    """The project's counts by status, language, source and exclusion reason."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.store import instructions
        from core.store.project import Project

        with Project.open(path, read_only=True) as project:
            return instructions.stats(project)

    return Worker(work, name="statistics")


def preview_file(location: str, fmt: str | None) -> Worker:
    """The first rows of a file and the guessed column mapping (may import pyarrow)."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.ingest.formats import preview

        return preview(Path(location), fmt)

    return Worker(work, name="preview")


def new_project(path: Path) -> Worker:
    """Create a project file with the bundled models registered (hashing them takes a
    moment the first time); the result is the path."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.store.project import Project

        try:
            from core.projects import new_project as create
        except ModuleNotFoundError as e:
            if e.name != "core.projects":
                raise
            create = Project.create
        create(path).close()
        return path

    return Worker(work, name="new project")


def create_demo_project() -> Worker:
    """Create (once) and return the path of the demo project; ``None`` if there is none."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        try:
            from core.demo import ensure_demo_project
        except ModuleNotFoundError as e:
            if e.name != "core.demo":
                raise  # a missing dependency is reported, not mistaken for "no demo"
            return None
        return ensure_demo_project()

    return Worker(work, name="demo project")
