"""Projects with the bundled models for the Models, Generate and Judge page tests.

Registering the bundled models hashes Gemma (250 MB), so one project is made per test run
and copied for each test. The fixtures are imported by conftest; a test that runs a real
model asks for ``one_core`` (tests/conftest.py), which also marks it ``model``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core import jobs
from core.ingest.config import import_config
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project, copy_project
from tests.conftest import write_jsonl

MODEL = "SmolLM2-135M-Instruct"
QUESTIONS = [
    ("What is the capital of France?", "en"),
    ("Mji mkuu wa Kenya ni upi?", "sw"),
    ("Name three colours of the rainbow.", "en"),
]
_made: dict[str, Path] = {}


def _template(factory: pytest.TempPathFactory) -> Path:
    if "template" not in _made:
        from core.projects import new_project

        base = factory.mktemp("models-template")
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("HANDLOOM_CONFIG_DIR", str(base / "config"))
            mp.setenv("HANDLOOM_DATA_DIR", str(base / "data"))
            mp.setenv("HANDLOOM_USER", "Test Curator")
            path = base / "template.handloom"
            project = new_project(path)
            rows = [{"instruction": q, "language": lang} for q, lang in QUESTIONS]
            data = write_jsonl(base / "questions.jsonl", rows)
            jobs.start(
                project,
                "import",
                import_config([str(data)], licence="CC0-1.0"),
            )
            project.close()
        _made["template"] = path
    return _made["template"]


@pytest.fixture
def model_project(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of a project with the bundled models and the three ``QUESTIONS``."""
    path = tmp_path / "models.handloom"
    copy_project(_template(tmp_path_factory), path)
    return path


def add_responses(path: Path, texts: list[str]) -> list[str]:
    """Store one response per instruction (in import order), as a generation job would."""
    project = Project.open(path)
    try:
        model_id = registry.get(project, MODEL).id
        ids = [r["id"] for r in project.query("SELECT id FROM instructions ORDER BY rowid")]
        made = []
        with project.write() as conn:
            for instruction_id, text in zip(ids, texts, strict=False):
                response_id = new_id()
                conn.execute(
                    "INSERT INTO responses(id, instruction_id, model_id, settings_key, "
                    "sample_index, text, settings, finish_reason, created_by, created_at) "
                    "VALUES (?, ?, ?, 'test', 0, ?, '{}', 'stop', 'Test Curator', ?)",
                    [response_id, instruction_id, model_id, text, now()],
                )
                made.append(response_id)
        return made
    finally:
        project.close()


def add_judgement(path: Path, response_id: str, score: float) -> None:
    """A judgement by the bundled judge under the current rubric, as a judge job stores it."""
    from core.judge import rubric

    project = Project.open(path)
    try:
        rubric_id = rubric.current(project).id
        with project.write() as conn:
            conn.execute(
                "INSERT INTO judgements(id, response_id, judge_model_id, rubric_id, score, "
                "rationale, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'earlier', 'T', ?)",
                [new_id(), response_id, registry.get(project, MODEL).id, rubric_id, score, now()],
            )
    finally:
        project.close()
