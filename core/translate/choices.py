"""What the window's Translate form offers, and how much of a run is left: the models, the
originals per source language, every language one can translate into, and the
translations still to write for a config."""

from __future__ import annotations

from typing import Any

from core.store import instructions, registry
from core.store.project import Project


def choices(project: Project
            ) -> tuple[list[dict[str, Any]], dict[str, int], list[tuple[str, str, str]]]:
    """(the registered models as JSON, included originals per language, the language
    choices with the project's own languages among them)."""
    return (registry.listing(project), instructions.included_languages(project, originals=True),
            instructions.language_choices(project))


def pending(project: Project, config: dict[str, Any]) -> tuple[int, int]:
    """(translations still to write, originals chosen) for the translate job ``config``."""
    from core.translate.job import count_pending

    return count_pending(project, config, registry.get(project, config["model"]).id)
