"""What the window's Generate form offers, and how much of a run is left: the models, the
included instructions' languages, and the responses still to write for a config."""

from __future__ import annotations

from typing import Any

from core.store import instructions, registry
from core.store.project import Project


def choices(project: Project) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """(the registered models as JSON, included instructions per language, largest first)."""
    return registry.listing(project), instructions.included_languages(project)


def pending(project: Project, config: dict[str, Any]) -> tuple[int, int]:
    """(responses still to write, responses wanted) for the generate job ``config``."""
    from core.generate.job import count_pending
    from core.generate.settings import GenerationSettings

    model = registry.get(project, config["model"])
    return count_pending(project, model.id, GenerationSettings.from_config(config), config)
