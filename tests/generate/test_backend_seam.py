"""Jobs open their models through one seam (``core.generate.backends.backends_from``): the
window's page tests put scripted models there, and the real backends come back afterwards.

The project has no model file at all, only a stand-in server model that is never called:
whatever answers the job does so through the seam.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core import jobs
from core.errors import HandloomError
from core.generate.backends import RemoteBackend, open_backend
from core.ingest.config import import_config
from core.store import registry
from core.store.project import Project
from tests.conftest import write_jsonl
from tests.scripted_models import AnswerFailed, ScriptedModels, last_user_turn

QUESTIONS = ["Name a river in Kenya.", "What is two and two?", "Say hello in Swahili."]
STAND_IN = "stand-in"


@pytest.fixture
def questions(project: Project, tmp_path: Path) -> Project:
    rows = [{"instruction": q, "language": "en"} for q in QUESTIONS]
    jobs.start(project, "import", import_config([str(write_jsonl(tmp_path / "q.jsonl", rows))],
                                                licence="CC0-1.0"))
    registry.add_remote(project, STAND_IN, "http://127.0.0.1:9/v1", "nothing")
    return project


def _answers(project: Project) -> dict[str, tuple[str, int, str]]:
    return {r["q"]: (r["text"], r["completion_tokens"], r["finish_reason"]) for r in project.query(
        "SELECT i.text AS q, r.text, r.completion_tokens, r.finish_reason FROM responses r "
        "JOIN instructions i ON i.id = r.instruction_id")}


def test_a_generate_job_stores_what_the_scripted_model_streams(
        questions: Project, scripted_models: ScriptedModels) -> None:
    streamed: dict[str, str] = {}

    class Progress:
        def __call__(self, done: int, total: int, message: str = "") -> None:
            pass

        def stream(self, key: str, text: str) -> None:
            streamed[key] = streamed.get(key, "") + text

    scripted_models.answer = lambda r: f"Scripted: {last_user_turn(r.prompt)}"
    record = jobs.start(questions, "generate", {"model": STAND_IN, "max_tokens": 3},
                        progress=Progress())
    assert record.state == "done" and record.result is not None
    assert record.result["written"] == 3
    assert scripted_models.opened == [STAND_IN]
    assert _answers(questions) == {
        "Name a river in Kenya.": ("Scripted: Name a", 3, "length"),
        "What is two and two?": ("Scripted: What is", 3, "length"),
        "Say hello in Swahili.": ("Scripted: Say hello", 3, "length"),
    }
    assert sorted(text.strip() for text in streamed.values()) == [
        "Scripted: Name a", "Scripted: Say hello", "Scripted: What is"]


def test_a_failed_answer_fails_the_job_with_its_sentence_and_keeps_the_others(
        questions: Project, scripted_models: ScriptedModels) -> None:
    def answer(request):  # type: ignore[no-untyped-def]
        if "two and two" in request.prompt:
            raise AnswerFailed("the model ran out of memory")
        return "Fine."

    scripted_models.answer = answer
    with pytest.raises(HandloomError, match=r"1 responses could not be generated "
                                            r"\(the model ran out of memory\)"):
        jobs.start(questions, "generate", {"model": STAND_IN, "max_tokens": 8})
    assert sorted(_answers(questions)) == ["Name a river in Kenya.", "Say hello in Swahili."]


def test_a_model_that_cannot_be_opened_stops_the_job_with_its_sentence(
        questions: Project, scripted_models: ScriptedModels) -> None:
    scripted_models.refuse = "The model file is damaged."
    with pytest.raises(HandloomError, match="The model file is damaged."):
        jobs.start(questions, "generate", {"model": STAND_IN})
    assert _answers(questions) == {}


def test_after_the_test_the_real_backends_open_again(questions: Project) -> None:
    from core.generate.backends import backends_from

    model = registry.get(questions, STAND_IN)
    with backends_from(ScriptedModels()):
        assert not isinstance(open_backend(model, {}), RemoteBackend)
    with open_backend(model, {}) as backend:
        assert isinstance(backend, RemoteBackend)
