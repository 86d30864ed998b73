"""The demo project that ``make run`` opens: real instructions in several languages."""

from __future__ import annotations

from pathlib import Path

from core.resources import data_dir, resource

DEMO_NAME = "Demo.handloom"


def demo_path() -> Path:
    """Where the demo project is kept (made there on first use): the user's data folder."""
    return data_dir() / DEMO_NAME


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
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        project.close()
    partial.replace(target)
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    return target
