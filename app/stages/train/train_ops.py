"""Background work for the Train page: models, the rows a run would use, past runs, and
measuring what a finished run changed."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.shell.worker import Progress, Worker


def overview(path: Path) -> Worker:
    """(registered models, past training runs, the stored reports of what finished runs
    changed by run id)."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.recipe import changes
        from core.store import registry
        from core.store.project import Project
        from core.train.trainings import list_trainings

        with Project.open(path, read_only=True) as project:
            models = [m.to_json() for m in registry.list_models(project)]
            runs = list_trainings(project)
            reports = {r["id"]: changes.stored(project, r["id"]) for r in runs
                       if r["state"] == "done"}
        return models, runs, reports

    return Worker(work, name="training runs")


def count_rows(path: Path, filters: dict[str, Any]) -> Worker:
    """The counts of conversations the filters keep (``DataSummary.to_json``)."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.store.project import Project
        from core.train.dataset import DataFilters, summarise

        with Project.open(path, read_only=True) as project:
            return summarise(project, DataFilters.from_config(filters)).to_json()

    return Worker(work, name="training rows")


def run_metrics(path: Path, training_id: str) -> Worker:
    """A past run's recorded points, for the loss chart."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.store.project import Project
        from core.train.trainings import metrics

        with Project.open(path, read_only=True) as project:
            return training_id, metrics(project, training_id)

    return Worker(work, name="training metrics")


def measure_changes(path: Path, training: str, judge: str | None) -> Worker:
    """What the run ``training`` changed, measured again (``core.recipe.changes.report``):
    its answers and judge jobs resume where a cancelled measurement stopped."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.recipe import changes
        from core.store.project import Project

        with Project.open(path) as project:
            return changes.report(project, training, judge=judge, progress=progress,
                                  cancel=cancel)

    return Worker(work, name="fine-tune report")
