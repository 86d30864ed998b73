"""Fixtures for judging tests: a project with the bundled models and hand-written responses.

The responses are written directly (as a generation job would store them) so that each
test knows what it is judging, flagging or selecting; the judge itself is a real model.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core import jobs
from core.ingest.config import import_config
from core.projects import new_project
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project, copy_project
from tests.conftest import write_jsonl
from tests.generate import conftest as generate_fixtures

JUDGE = "SmolLM2-135M-Instruct"

QUESTIONS = [
    ("What is the capital of France?", "en"),
    ("How many legs does a spider have?", "en"),
    ("Write one sentence about the sea.", "en"),
    ("Mji mkuu wa Kenya ni upi?", "sw"),
]


def make_project(path: Path) -> Project:
    """A new project with the bundled models and ``QUESTIONS`` imported."""
    project = new_project(path)
    rows = [{"instruction": q, "language": lang} for q, lang in QUESTIONS]
    f = write_jsonl(path.with_suffix(".jsonl"), rows)
    jobs.start(project, "import", import_config([str(f)], licence="CC0-1.0"))
    return project


@pytest.fixture(scope="session")
def template_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One project made per session and copied for each test: registering the bundled
    models assembles and hashes Gemma (250 MB), which is too slow to repeat per test."""
    base = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HANDLOOM_CONFIG_DIR", str(base / "config"))
        mp.setenv("HANDLOOM_DATA_DIR", str(base / "data"))
        mp.setenv("HANDLOOM_USER", "Test Curator")
        make_project(base / "template.handloom").close()
    return base / "template.handloom"


def copy_of(template: Path, path: Path) -> Project:
    copy_project(template, path)
    return Project.open(path)


@pytest.fixture
def judge_project(tmp_path: Path, template_project: Path) -> Iterator[Project]:
    project = copy_of(template_project, tmp_path / "judge.handloom")
    yield project
    project.close()


def instruction_ids(project: Project) -> list[str]:
    return [r["id"] for r in project.query("SELECT id FROM instructions ORDER BY rowid")]


def add_response(project: Project, instruction_id: str, text: str, *, sample: int = 0,
                 finish_reason: str = "stop", model: str = JUDGE) -> str:
    """Store a response the way the generation job does, and return its id."""
    model_id = registry.get(project, model).id
    response_id = new_id()
    with project.write() as conn:
        conn.execute(
            "INSERT INTO responses(id, instruction_id, model_id, settings_key, sample_index, "
            "text, settings, finish_reason, created_by, created_at) "
            "VALUES (?, ?, ?, 'test', ?, ?, '{}', ?, 'Test Curator', ?)",
            [response_id, instruction_id, model_id, sample, text, finish_reason, now()],
        )
    return response_id


def add_judgement(project: Project, response_id: str, score: float, *,
                  judge: str = JUDGE) -> None:
    """A judgement as a judge job would store it (for selection tests that need no model)."""
    from core.judge import rubric

    with project.write() as conn:
        conn.execute(
            "INSERT INTO judgements(id, response_id, judge_model_id, rubric_id, score, "
            "rationale, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'test', 'Test', ?)",
            [new_id(), response_id, registry.get(project, judge).id,
             rubric.current(project).id, score, now()],
        )


def add_review(project: Project, response_id: str, action: str, *,
               undone: bool = False) -> None:
    """A person's accept or reject of a response, as the review page records it."""
    with project.write() as conn:
        conn.execute(
            "INSERT INTO reviews(id, target_kind, target_id, action, undone_at, created_by, "
            "created_at) VALUES (?, 'response', ?, ?, ?, 'A Reviewer', ?)",
            [new_id(), response_id, action, now() if undone else None, now()],
        )


def rows(project: Project, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    return project.query(sql, params)


# llama-cpp-python's own OpenAI-compatible server, shared with the generation tests.
openai_server = generate_fixtures.openai_server
