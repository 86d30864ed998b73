"""The import job's config, built in one place.

The window, the command line, the demo and ``pull`` all start imports; running the same
import again resumes it only when the configs are equal, so they share this one shape.
Importing this module loads nothing heavy, so the window may use it at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


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
    config: dict[str, Any] = {
        "files": [str(f) for f in files],
        "format": format,
        "columns": dict(columns or {}),
        "language": language,
        "licence": licence,
        "skip_bad_rows": skip_bad_rows,
        "again": again,
    }
    if revision is not None:  # only then: earlier jobs' configs stay equal, so they resume
        config["revision"] = revision
    return config
