"""The Review page's background reads: the filter choices and the queue's progress.

Review actions themselves are single-row writes on the window's connection (a few
milliseconds); counting "312 of 4,000 reviewed" walks the whole filtered list, so it runs
here, on a read-only connection of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.shell import ops
from app.shell.worker import Worker


def load_choices(path: Path) -> Worker:
    """Languages, sources, flags and models present in the project, for the filters."""
    return ops.read(path, "core.review.choices:filter_choices", name="review choices")


def count_progress(path: Path, filters: dict[str, Any], reviewer: str) -> Worker:
    """(``QueueProgress``: reviewed of all the filters select, items in the filtered list)."""
    return ops.read(path, "core.review.queue:progress_of", filters, reviewer,
                    name="review progress")


def warm_up() -> Worker:
    """Build the script tables that telling a text's direction needs (half a second, once)
    on a pool thread, so the first item shown does not pay for it on the GUI thread: the
    direction of a text that is not ASCII (ASCII text never needs the tables)."""
    return ops.call("core.review.items:direction", "مرحبا", name="script tables")
