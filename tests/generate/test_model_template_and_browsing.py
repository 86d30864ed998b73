"""Choosing a chat template for a registered model, and the per-instruction response list."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.engine.bundled import locate
from core.errors import HandloomError
from core.store import registry, responses
from core.store.ids import new_id, now
from core.store.project import Project


def test_a_model_gets_the_template_a_person_chooses(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    model = registry.add_gguf(project, locate("smollm2"), "small")
    assert model.template_choice is None
    assert registry.set_template_choice(project, "small", "chatml").template_choice == "chatml"
    assert registry.get(project, "small").template_choice == "chatml"
    assert registry.set_template_choice(project, "small", None).template_choice is None

    with pytest.raises(HandloomError, match="no chat template named 'nonsense'"):
        registry.set_template_choice(project, "small", "nonsense")
    registry.add_remote(project, "far", "http://127.0.0.1:9/v1", "some-model")
    with pytest.raises(HandloomError, match="applies its own chat template"):
        registry.set_template_choice(project, "far", "chatml")

    path = str(project.path)
    assert main(["models", "template", path, "small", "--template", "gemma", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["template_choice"] == "gemma"
    assert main(["models", "template", path, "small", "--template", "none", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["template_choice"] is None


def test_instructions_with_responses_are_listed_with_their_counts(project: Project) -> None:
    model = registry.add_remote(project, "far", "http://127.0.0.1:9/v1", "some-model")
    stamp = now()
    ids = [new_id() for _ in range(3)]
    with project.write() as conn:
        for i, (instruction_id, text) in enumerate(
            zip(ids, ["Plant maize", "Cook rice", "Sing a song"], strict=True)
        ):
            conn.execute(
                "INSERT INTO instructions(id, text, language, status, created_by, created_at) "
                "VALUES (?, ?, 'en', 'included', 'T', ?)",
                [instruction_id, text, stamp],
            )
            for sample in range(i):  # none for the first, one, then two
                conn.execute(
                    "INSERT INTO responses(id, instruction_id, model_id, settings_key, "
                    "sample_index, text, settings, selected, created_by, created_at) "
                    "VALUES (?, ?, ?, 'k', ?, 'an answer', '{}', ?, 'T', ?)",
                    [new_id(), instruction_id, model.id, sample, int(sample == 0), stamp],
                )
    rows = responses.instructions_answered(project)
    assert [(r["text"], r["responses"], r["models"], r["selected"]) for r in rows] == [
        ("Cook rice", 1, 1, 1),
        ("Sing a song", 2, 1, 1),
    ]
    assert [r["text"] for r in responses.instructions_answered(project, search="son")] == [
        "Sing a song"
    ]
    assert responses.instructions_answered(project, model="nobody") == []
    assert len(responses.instructions_answered(project, limit=1, offset=1)) == 1
