"""The window's one way to call core off the GUI thread (Anki's thin operations).

``read(path, "module:function", *args, name=…)`` returns an unstarted ``Worker`` that opens
the project at ``path`` read-only on the worker's own thread (SQLite connections belong to
the thread that uses them) and returns ``function(project, *args, **kwargs)``; ``write``
does the same on a writable connection; ``call`` runs a core function that needs no
project. With ``reports=True`` the function also receives ``progress=`` and ``cancel=``.
The core function is named as a "module:function" string, like ``core.stages``' job kinds,
so its module is imported on the worker's thread and only once it is needed.

Durable jobs go through ``run_job``, ``start_or_resume`` and ``resume_job``; a page runs
them with its ``JobController`` (``app/shell/job_controller.py``). The caller connects what it
wants to redraw and hands the worker to ``Session.run`` (or ``Page.read``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from app.shell.worker import Progress, Worker


def read(path: Path, target: str, *args: Any, name: str, reports: bool = False,
         **kwargs: Any) -> Worker:
    """A worker whose result is ``target(project, *args, **kwargs)`` on a read-only project."""
    return _on_project(path, target, args, kwargs, name=name, read_only=True, reports=reports)


def write(path: Path, target: str, *args: Any, name: str, reports: bool = False,
          stream: bool = False, **kwargs: Any) -> Worker:
    """A worker whose result is ``target(project, *args, **kwargs)`` on a writable project;
    with ``stream`` its ``streamed`` signal carries the text a job streams."""
    return _on_project(path, target, args, kwargs, name=name, read_only=False,
                       reports=reports, stream=stream)


def call(target: str, *args: Any, name: str, **kwargs: Any) -> Worker:
    """A worker whose result is ``target(*args, **kwargs)``: core work without a project."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        return _function(target)(*args, **kwargs)

    return Worker(work, name=name)


def _on_project(path: Path, target: str, args: tuple[Any, ...], kwargs: dict[str, Any], *,
                name: str, read_only: bool, reports: bool, stream: bool = False) -> Worker:
    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.store.project import Project

        function = _function(target)
        told = {"progress": progress, "cancel": cancel} if reports else {}
        with Project.open(path, read_only=read_only) as project:
            return function(project, *args, **kwargs, **told)

    return Worker(work, name=name, stream=stream)


def _function(target: str) -> Callable[..., Any]:
    """The core function a "module:function" string names, imported on the calling thread."""
    from core.stages import load

    return cast("Callable[..., Any]", load(target))


def run_job(path: Path, kind: str, config: dict[str, Any]) -> Worker:
    """Record a new job of ``kind`` and run it; the result is the final ``JobRecord``."""
    return write(path, "core.jobs:start", kind, config, name=f"{kind} job", reports=True)


def start_or_resume(path: Path, kind: str, config: dict[str, Any], *, stream: bool = False
                    ) -> Worker:
    """Continue the unfinished job of ``kind`` with exactly this config, or start one; with
    ``stream`` the worker's ``streamed`` signal carries the text being written."""
    return write(path, "core.jobs:start_or_resume", kind, config, name=f"{kind} job",
                 reports=True, stream=stream)


def resume_job(path: Path, job_id: str) -> Worker:
    """Run an interrupted, failed or cancelled job again from where it stopped."""
    return write(path, "core.jobs:run", job_id, name="resumed job", reports=True)


def load_stats(path: Path) -> Worker:
    """The project's counts by status, language, source and exclusion reason."""
    return read(path, "core.store.instructions:stats", name="statistics")


def preview_file(location: str, fmt: str | None) -> Worker:
    """The first rows of a file and the guessed column mapping (may import pyarrow)."""
    return call("core.ingest.formats:preview", Path(location), fmt, name="preview")


def new_project(path: Path) -> Worker:
    """Create a project file with the bundled models registered (hashing them takes a
    moment the first time); the result is the path."""
    return call("core.projects:make_project_file", path, name="new project")


def create_demo_project() -> Worker:
    """Create (once) and return the path of the demo project."""
    return call("core.demo:ensure_demo_project", name="demo project")
