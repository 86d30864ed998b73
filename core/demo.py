"""The demo project that ``make run`` opens: real instructions in several languages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from core.resources import data_dir, resource

if TYPE_CHECKING:
    from core.store.project import Project

DEMO_NAME = "Demo.handloom"
# The project setting that marks a demo project wherever its file is later opened from.
DEMO_SETTING = "demo"


def demo_path() -> Path:
    """Where the demo project is kept (made there on first use): the user's data folder."""
    return data_dir() / DEMO_NAME


def is_demo(project: Project) -> bool:
    """Whether ``project`` is Handloom's demo project: made by :func:`ensure_demo_project`
    (it carries the mark), or a file named like the demo in the data folder or in the
    projects folder (``HANDLOOM_HOME``), where a demo made before the mark may be."""
    from core.store.project import default_projects_dir

    if project.setting(DEMO_SETTING) == "1":
        return True
    if project.path.name != DEMO_NAME:
        return False
    here = project.path.resolve()
    return here in (demo_path().resolve(), (default_projects_dir() / DEMO_NAME).resolve())


def demo_file() -> Path:
    return resource("demo", "instructions.jsonl")


def ensure_demo_project(path: Path | None = None) -> Path:
    """Create the demo project (importing the shipped instructions) unless it exists."""
    from core import jobs  # the import machinery only when the demo is made, not at start-up
    from core.ingest.config import import_config
    from core.projects import new_project
    from core.store.project import remove_project

    target = path or demo_path()
    if target.exists():
        return target
    partial = target.with_name(target.name + ".creating")
    remove_project(partial)
    project = new_project(partial)
    try:
        jobs.start(
            project,
            "import",
            import_config([str(demo_file())], format="jsonl", licence="CC0-1.0"),
        )
        project.set_setting(DEMO_SETTING, "1")
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        project.close()
    partial.replace(target)
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    return target
