"""Creating a project the way a person expects it: with the bundled models ready."""

from __future__ import annotations

from pathlib import Path

from core.store import registry
from core.store.project import Project, remove_project


def new_project(path: Path | str) -> Project:
    """Create a project file and register the bundled models in it."""
    project = Project.create(Path(path))
    try:
        registry.add_bundled(project)
    except BaseException:
        project.close()
        remove_project(Path(path))
        raise
    return project


def make_project_file(path: Path | str) -> Path:
    """Create the project file as ``new_project`` does and close it; the result is its path,
    for a caller that opens it elsewhere (the window opens it on its own thread)."""
    new_project(path).close()
    return Path(path)
