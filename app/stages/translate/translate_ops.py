"""The Translate page's background reads and the translate jobs it offers to resume."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.shell import ops
from app.shell.worker import Worker
from core.store.project import Project


def load_choices(path: Path) -> Worker:
    """(models, {source language: originals}, language choices) for the form."""
    return ops.read(path, "core.translate.choices:choices", name="translation choices")


def count_pending(path: Path, config: dict[str, Any]) -> Worker:
    """(translations still to write, originals chosen) for ``config``."""
    return ops.read(path, "core.translate.choices:pending", config, name="pending translations")


def newest_job(project: Project | None) -> Any:
    """The newest translate job in any state (its settings are shown on opening)."""
    from core import jobs

    made = [r for r in jobs.list_jobs(project) if r.kind == "translate"] if project else []
    return made[-1] if made else None
