"""The Review page's background reads: the filter choices and the queue's progress.

Review actions themselves are single-row writes on the window's connection (a few
milliseconds); counting "312 of 4,000 reviewed" walks the whole filtered list, so it runs
here, on a read-only connection of its own.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.shell.numbers import fill
from app.shell.worker import Progress, Worker


def load_choices(path: Path) -> Worker:
    """Languages, sources, flags and models present in the project, for the filters."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.review.choices import filter_choices
        from core.store.project import Project

        with Project.open(path, read_only=True) as project:
            return filter_choices(project)

    return Worker(work, name="review choices")


def count_progress(path: Path, filters: dict[str, Any], reviewer: str) -> Worker:
    """(progress text such as "312 of 4,000 reviewed", items in the filtered list)."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.review.queue import QueueFilters, ReviewQueue
        from core.store.project import Project

        with Project.open(path, read_only=True) as project:
            queue = ReviewQueue(project, QueueFilters.from_json(filters), reviewer)
            done = queue.progress()
            text = QCoreApplication.translate("ReviewPage", "{0:,} of {1:,} reviewed")
            return fill(text, done.reviewed, done.total), queue.count()

    return Worker(work, name="review progress")


def warm_up() -> Worker:
    """Build the script tables that telling a text's direction needs (half a second, once)
    on a pool thread, so the first item shown does not pay for it on the GUI thread."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.review.items import direction

        return direction("مرحبا")  # not ASCII: ASCII text never needs the tables

    return Worker(work, name="script tables")
