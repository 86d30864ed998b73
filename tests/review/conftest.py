"""A project with originals and two stored translations (one flagged) to review."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from core import jobs
from core.ingest.config import import_config
from core.projects import new_project
from core.store import registry
from core.store.project import Project
from core.translate import records
from tests.conftest import write_jsonl
from tests.translate.conftest import _assemble_gemma_once, _models_folder  # noqa: F401

ORIGINALS = [
    ("Explain in simple words why the sky is blue.", "en"),
    ("What do bees make?", "en"),
    ("Give me a word that rhymes with cat.", "en"),
]
SWAHILI = ["Eleza kwa maneno rahisi kwa nini anga ni la buluu.", "Nyuki hutengeneza nini?"]


@dataclass
class Translated:
    project: Project
    originals: list[str]  # ids, import order
    translations: list[str]  # ids of the Swahili translations of the first two originals


@pytest.fixture
def translated(tmp_path: Path) -> Iterator[Translated]:
    project = new_project(tmp_path / "review.handloom")
    f = write_jsonl(
        tmp_path / "o.jsonl", [{"instruction": t, "language": lang} for t, lang in ORIGINALS]
    )
    jobs.start(
        project,
        "import",
        import_config([str(f)], licence="CC0-1.0"),
    )
    originals = [r["id"] for r in project.query("SELECT id FROM instructions ORDER BY rowid")]
    model = registry.get(project, "gemma-3-270m")
    translations = []
    for original, text, flags in zip(
        originals, SWAHILI, [{"wrong_language": "looks like en (0.90)"}, {}], strict=False
    ):
        made = records.store(
            project,
            original_id=original,
            source_language="en",
            target_language="sw",
            model_id=model.id,
            job_id=None,
            prompt="English: …\nSwahili:",
            settings={},
            text=text,
            flags=flags,
            curator="Machine Run",
        )
        assert made
        translations.append(made)
    records.store_back_translation(project, translations[1], "What do bees make?", 88.0)
    yield Translated(project, originals, translations)
    project.close()
