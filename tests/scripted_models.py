"""A scripted stand-in for every model a job opens, for tests about the window, not generation.

``ScriptedModels`` is a ``BackendFactory`` (``core.generate.backends``): while a test holds
the ``scripted_models`` fixture, every job that opens a model (generate, translate, judge,
follow-ups, compare's answers and judge) gets a ``ScriptedBackend`` instead of a llama.cpp
process or a pool of servers. It keeps the real backends' contract: it renders prompts,
streams each answer word by word through ``on_tokens(key, text)``, counts prompt and answer
tokens, stops an answer at ``max_tokens`` ("length") or at its end ("stop"), raises
``JobCancelled`` when ``cancel`` is set, reports a failed answer as a result with
``finish_reason="error"`` and its sentence, and can refuse to open like a broken model file.
Answers are chosen by the test (``answer``), so a page test knows exactly what it will see.

It needs no model file and runs in milliseconds; the tests that are about what a real model
does (the engine, the jobs, one real-model variant of each page's run) keep the real one.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.engine.errors import ModelLoadError
from core.engine.generation import FinishReason, GenerationRequest, GenerationResult
from core.errors import JobCancelled
from core.store.registry import ModelRecord

Answer = Callable[[GenerationRequest], str]


class AnswerFailed(Exception):
    """Raised by an ``answer`` function: that one answer fails with this sentence."""


def plain_answer(request: GenerationRequest) -> str:
    """The default: a judgement where a judge's JSON is asked for, else a short sentence
    that names the question (the last user turn of the prompt)."""
    if request.grammar or request.json_schema:
        return json.dumps({"rationale": "A scripted judgement.", "score": 7})
    return f"A scripted answer to: {last_user_turn(request.prompt)}"


_SHOWN = re.compile(r"Answer (A|B):\n<<<\n(.*?)\n>>>", re.S)


def pairwise_judge(prefer: Callable[[str, str], str]) -> Answer:
    """An arena judge whose verdict on two shown answers is ``prefer(answer A, answer B)``
    ("A", "B" or "tie"); it grades every answer 7."""

    def answer(request: GenerationRequest) -> str:
        if request.key.startswith("v:"):
            shown = dict(_SHOWN.findall(request.prompt))
            winner = prefer(shown["A"], shown["B"])
            return f'{{"rationale": "scripted", "winner": "{winner}"}}'
        return "Score: 7"

    return answer


def last_user_turn(prompt: str) -> str:
    """The text of the last user turn of a prompt ``ScriptedBackend.render`` wrote."""
    turns = re.findall(r"<user>\n(.*?)\n</user>", prompt, re.S)
    return turns[-1] if turns else prompt


@dataclass
class ScriptedModels:
    """The factory the ``scripted_models`` fixture installs; the test reads and sets it."""

    answer: Answer = plain_answer
    refuse: str | None = None  # a sentence: opening any model fails with it
    word_seconds: float = 0.0  # a pause between streamed words (0: as fast as possible)
    opened: list[str] = field(default_factory=list)  # the names of the models opened
    requests: list[GenerationRequest] = field(default_factory=list)  # every request seen
    _stall: threading.Event = field(default_factory=threading.Event)

    def keep_writing_until_stopped(self) -> None:
        """The next answer never ends by itself: it streams a word now and then until the
        job's cancel is set (a test's pause or cancel button lands while text arrives)."""
        self._stall.set()

    def __call__(self, model: ModelRecord, config: dict[str, Any], progress: Any = None, *,
                 waiting: Callable[[str], None] | None = None,
                 cancel: Any = None) -> ScriptedBackend:
        if self.refuse is not None:
            raise ModelLoadError(self.refuse)
        self.opened.append(model.name)
        return ScriptedBackend(self)


class ScriptedBackend:
    """One opened model: the same methods as ``core.generate.backends.Backend``."""

    stop: tuple[str, ...] = ("</assistant>",)

    def __init__(self, models: ScriptedModels) -> None:
        self.models = models
        self.closed = False

    def render(self, messages: Sequence[Mapping[str, str]]) -> str:
        return "".join(f"<{m['role']}>\n{m['content']}\n</{m['role']}>\n" for m in messages) + (
            "<assistant>\n")

    def generate(self, requests: Iterable[GenerationRequest], *,
                 on_tokens: Callable[[str, str], None] | None = None,
                 cancel: Any = None) -> Iterator[GenerationResult]:
        for request in requests:
            self.models.requests.append(request)
            yield self._answer(request, on_tokens, cancel)

    def _answer(self, request: GenerationRequest, on_tokens: Callable[[str, str], None] | None,
                cancel: Any) -> GenerationResult:
        started = time.monotonic()
        prompt_tokens = len(request.prompt.split())
        try:
            text = self.models.answer(request)
        except AnswerFailed as e:
            return GenerationResult(request.key, "", prompt_tokens, 0, "error",
                                    time.monotonic() - started, None, error=str(e))
        words = re.findall(r"\S+\s*", text)
        stall = self.models._stall.is_set()
        if stall:
            self.models._stall.clear()
            assert cancel is not None, "an answer that never ends needs a job that can stop it"
        written: list[str] = []
        first: float | None = None
        while True:
            if cancel is not None and cancel.is_set():
                raise JobCancelled()
            if stall:
                piece = (words[len(written) % len(words)] if words else "word ")
            elif len(written) < min(len(words), request.max_tokens):
                piece = words[len(written)]
            else:
                break
            written.append(piece)
            first = first if first is not None else time.monotonic() - started
            if on_tokens is not None:
                on_tokens(request.key, piece)
            pause = 0.01 if stall else self.models.word_seconds
            if pause and cancel is not None:
                cancel.wait(pause)
            elif pause:
                time.sleep(pause)
        finish: FinishReason = "length" if len(written) < len(words) else "stop"
        return GenerationResult(request.key, "".join(written), prompt_tokens, len(written),
                                finish, time.monotonic() - started, first)

    def __enter__(self) -> ScriptedBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.closed = True
