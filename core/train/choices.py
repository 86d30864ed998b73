"""What the window's Train page lists: the models to start from, past runs with the stored
reports of what the finished ones changed, and the rows a run with given filters would use."""

from __future__ import annotations

from typing import Any

from core.store import registry
from core.store.project import Project


def runs_overview(project: Project
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """(the registered models as JSON, past training runs, the stored report of what each
    finished run changed, by run id)."""
    from core.recipe import changes
    from core.train.trainings import list_trainings

    runs = list_trainings(project)
    reports = {r["id"]: changes.stored(project, r["id"]) for r in runs if r["state"] == "done"}
    return registry.listing(project), runs, reports


def rows(project: Project, filters: dict[str, Any]) -> dict[str, Any]:
    """The counts of conversations ``filters`` (a train config's data filters) keep, as
    ``DataSummary.to_json``."""
    from core.train.dataset import DataFilters, summarise

    return summarise(project, DataFilters.from_config(filters)).to_json()
