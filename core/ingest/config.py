"""The import job's config, built in one place.

The window, the command line, the demo, the seed recipe and ``pull`` all start imports
through ``import_config``; running the same import again resumes it when the configs ask
for the same import (compared as the typed ``ImportConfig``), so they share this one shape.
Importing this module loads nothing heavy, so the window may use it at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.job_config import JobConfig


@dataclass(frozen=True)
class ImportConfig(JobConfig):
    """Which files (paths or Hub names) are imported, read how, and with what recorded."""

    # Written only when set, so earlier jobs' configs (files have no revision) stay equal.
    WRITTEN_WHEN_SET = ("revision",)

    files: tuple[str, ...] = ()
    format: str | None = None  # none: told by each file's name and content
    columns: dict[str, str] = field(default_factory=dict)  # field -> the file's column
    language: str | None = None
    licence: str | None = None
    skip_bad_rows: bool = False
    again: bool = False  # import files imported before a second time
    revision: str | None = None  # the commit a Hub dataset is read at (a pull records it)


def import_config(
    files: Sequence[str],
    *,
    format: str | None = None,  # noqa: A002 - the option is called --format
    columns: Mapping[str, str] | None = None,
    language: str | None = None,
    licence: str | None = None,
    skip_bad_rows: bool = False,
    again: bool = False,
    revision: str | None = None,
) -> dict[str, Any]:
    """The config of an ``import`` job for ``files`` (paths or Hub names); ``revision`` is
    the commit a Hub dataset is read at (a pull records it; files have none)."""
    return ImportConfig(
        files=tuple(str(f) for f in files), format=format, columns=dict(columns or {}),
        language=language, licence=licence, skip_bad_rows=skip_bad_rows, again=again,
        revision=revision,
    ).to_json()
