"""A small project with English originals and one French one, and the bundled models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core import jobs
from core.ingest.config import import_config
from core.projects import new_project
from core.store.project import Project
from tests.conftest import write_jsonl

ORIGINALS = [
    ("Summarise the main causes of soil erosion on small farms.", "en"),
    ("Explain in simple words why the sky is blue.", "en"),
    ("What should I pack for a three-day hike in the mountains?", "en"),
    ("Quelle est la capitale du Kenya ?", "fr"),
]


@pytest.fixture(scope="session")
def _models_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("shared-data")


@pytest.fixture(autouse=True)
def _assemble_gemma_once(_models_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Share one data folder between these tests, so Gemma's chunks are joined only once."""
    monkeypatch.setenv("HANDLOOM_DATA_DIR", str(_models_folder))


def import_rows(project: Project, folder: Path, rows: list[tuple[str, str]]) -> None:
    f = write_jsonl(
        folder / "originals.jsonl", [{"instruction": text, "language": lang} for text, lang in rows]
    )
    jobs.start(
        project,
        "import",
        import_config([str(f)], licence="CC0-1.0"),
    )


@pytest.fixture
def originals_project(tmp_path: Path) -> Iterator[Project]:
    project = new_project(tmp_path / "translate.handloom")
    import_rows(project, tmp_path, ORIGINALS)
    yield project
    project.close()
