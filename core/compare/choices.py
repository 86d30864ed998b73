"""What the window's Compare page lists: evaluation sets, models, the project's languages and
how many of each set's items each model has answered."""

from __future__ import annotations

from typing import Any

from core.compare import eval_sets
from core.compare.answers import answered_per_set
from core.store import registry
from core.store.instructions import language_codes
from core.store.project import Project


def compare_overview(project: Project) -> dict[str, Any]:
    """``sets`` and ``models`` as JSON, ``languages`` (codes) and ``answered`` (per set and
    model)."""
    return {
        "sets": [s.to_json() for s in eval_sets.list_sets(project)],
        "models": registry.listing(project),
        "languages": language_codes(project),
        "answered": answered_per_set(project),
    }
