"""Background reads for the Generate page: what to choose from, and what is still to write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.shell import ops
from app.shell.worker import Worker


def choices(path: Path) -> Worker:
    """The models to generate with and the included instructions' languages."""
    return ops.read(path, "core.generate.choices:choices", name="models")


def pending(path: Path, config: dict[str, Any]) -> Worker:
    """(responses still to write, responses wanted) for ``config``."""
    return ops.read(path, "core.generate.choices:pending", config, name="pending responses")
