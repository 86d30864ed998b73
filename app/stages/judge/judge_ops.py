"""Background work for the Judge page: its overview, the judge job, and single core calls."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.shell.worker import Progress, Worker


def overview(path: Path, exclude_flags: list[str]) -> Worker:
    """Models, the current rubric, the score distribution, thresholds, flags, selection."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.judge import flags, rubric, select, stats
        from core.store import registry
        from core.store.project import Project

        with Project.open(path) as project:  # the default rubric is stored on first use
            current = rubric.current(project)
            return {
                "models": [m.to_json() for m in registry.list_models(project)],
                "rubric": current.to_json(),
                "versions": len(rubric.versions(project)),
                "distribution": stats.distribution(project),
                "thresholds": stats.threshold_counts(project, exclude_flags),
                "flags": flags.counts(project),
                "selected": select.selected_count(project),
            }

    return Worker(work, name="judge statistics")


def judge(path: Path, rubric_text: str, config: dict[str, Any]) -> Worker:
    """Store the rubric shown (a new version only if it changed) and judge with it."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core import jobs
        from core.judge import rubric
        from core.store.project import Project

        with Project.open(path) as project:
            chosen = rubric.save(project, rubric_text) if rubric_text else rubric.current(project)
            full = {**config, "rubric": chosen.id}
            return jobs.start_or_resume(project, "judge", full, progress, cancel)

    return Worker(work, name="judge job")


def project_call(path: Path, module: str, function: str, *args: Any, **kwargs: Any) -> Worker:
    """One core function that writes (``rubric.save``, ``select.best_of``)."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        import importlib

        from core.store.project import Project

        with Project.open(path) as project:
            result = getattr(importlib.import_module(module), function)(project, *args, **kwargs)
        return result.to_json() if hasattr(result, "to_json") else result

    return Worker(work, name=function)
