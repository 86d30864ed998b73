"""What the window's Judge page shows: the models, the current rubric, the score
distribution, the counts above each threshold, the flags and the selection."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.judge import flags, rubric, select, stats
from core.store import registry
from core.store.project import Project


def judge_overview(project: Project, exclude_flags: Iterable[str] = ()) -> dict[str, Any]:
    """``models`` and ``rubric`` as JSON, the rubric's number of ``versions``, the score
    ``distribution``, ``thresholds`` (without responses carrying ``exclude_flags``), flag
    counts and the ``selected`` count. Writes the default rubric on first use, so it needs
    a writable project."""
    current = rubric.current(project)
    return {
        "models": registry.listing(project),
        "rubric": current.to_json(),
        "versions": len(rubric.versions(project)),
        "distribution": stats.distribution(project),
        "thresholds": stats.threshold_counts(project, exclude_flags),
        "flags": flags.counts(project),
        "selected": select.selected_count(project),
    }
