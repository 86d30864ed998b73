"""The Curate page's language relabelling, off the GUI thread: the language choices (their
name tables take a third of a second to load) and the write itself."""

from __future__ import annotations

from pathlib import Path

from app.shell import ops
from app.shell.worker import Worker


def load_language_choices(path: Path) -> Worker:
    """(code, English name, own name) for every language, the project's own included."""
    return ops.read(path, "core.store.instructions:language_choices", name="language choices")


def relabel(path: Path, ids: list[str], language: str) -> Worker:
    """Set ``language`` as a person's label on the rows ``ids``; the result is the count."""
    return ops.write(path, "core.curate.relabel:relabel", ids, language, name="relabel")
