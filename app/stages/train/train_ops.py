"""Background work for the Train page: models, the rows a run would use, past runs, and
measuring what a finished run changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.shell import ops
from app.shell.worker import Worker


def overview(path: Path) -> Worker:
    """(registered models, past training runs, the stored reports of what finished runs
    changed by run id)."""
    return ops.read(path, "core.train.choices:runs_overview", name="training runs")


def count_rows(path: Path, filters: dict[str, Any]) -> Worker:
    """The counts of conversations the filters keep (``DataSummary.to_json``)."""
    return ops.read(path, "core.train.choices:rows", filters, name="training rows")


def run_metrics(path: Path, training_id: str) -> Worker:
    """A past run's recorded points, for the loss chart."""
    return ops.read(path, "core.train.trainings:metrics", training_id, name="training metrics")


def measure_changes(path: Path, training: str, judge: str | None) -> Worker:
    """What the run ``training`` changed, measured again (``core.recipe.changes.report``):
    its answers and judge jobs resume where a cancelled measurement stopped."""
    return ops.write(path, "core.recipe.changes:report", training, judge=judge,
                     name="fine-tune report", reports=True)
