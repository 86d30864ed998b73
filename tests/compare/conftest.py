"""Fixtures for comparing models: a project with the bundled models and a few questions in
two languages, and helpers that store answers and simulated votes the way the jobs do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from core.compare import eval_sets, votes
from core.compare.eval_sets import EvalSet
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project
from tests.judge.conftest import copy_of, template_project  # noqa: F401  (a fixture)

SMOL = "SmolLM2-135M-Instruct"
GEMMA = "gemma-3-270m"


@pytest.fixture
def arena_project(tmp_path: Path, template_project: Path) -> Iterator[Project]:  # noqa: F811
    """Four questions (three English, one Swahili) and the two bundled models."""
    project = copy_of(template_project, tmp_path / "arena.handloom")
    yield project
    project.close()


def add_model(project: Project, name: str) -> str:
    """Register a stand-in remote model (never called) and return its id."""
    return registry.add_remote(project, name, "http://127.0.0.1:9", name).id


def add_answers(project: Project, eval_set: EvalSet, model_ids: list[str],
                key: str = "test") -> None:
    """Give every item of the set an answer from every model, as the answers job stores them."""
    with project.write() as conn:
        for item in eval_sets.items(project, eval_set):
            for model_id in model_ids:
                conn.execute(
                    "INSERT INTO eval_answers(id, eval_item_id, model_id, settings_key, text, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [new_id(), item.id, model_id, key, answer_text(item.position, model_id),
                     now()])


def answer_text(position: int, model_id: str) -> str:
    """The stored answer of a model to an item in ``add_answers`` (tells the test who wrote it)."""
    return f"answer to {position} by {model_id}"


def simulate_votes(project: Project, eval_set: EvalSet, model_ids: list[str],
                   strengths: list[float], votes_per_item: int, seed: int) -> None:
    """People's votes drawn from Bradley–Terry with known log-strengths (one voter per vote)."""
    rng = np.random.default_rng(seed)
    items = eval_sets.items(project, eval_set)
    n = 0
    for item in items:
        for _ in range(votes_per_item):
            i, j = rng.choice(len(model_ids), 2, replace=False)
            p = 1 / (1 + np.exp(strengths[j] - strengths[i]))
            outcome = "a" if rng.random() < p else "b"
            votes.record(project, item.id, model_ids[i], model_ids[j], outcome,
                         voter=f"voter {n}")
            n += 1
