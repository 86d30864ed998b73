"""Background reads for the Train page: models, the rows a run would use, and past runs."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.worker import Progress, Worker


def overview(path: Path) -> Worker:
    """(registered models, past training runs, names already taken)."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.engine import registry
        from core.store.project import Project
        from core.train.trainings import list_trainings

        with Project.open(path, read_only=True) as project:
            models = [m.to_json() for m in registry.list_models(project)]
            runs = list_trainings(project)
        return models, runs

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
