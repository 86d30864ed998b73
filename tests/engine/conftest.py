"""Fixtures for the engine tests: the two models that ship in Handloom's dependencies."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.engine import bundled
from core.engine.chat_template import ChatTemplate, template_for_model
from core.engine.process import LocalEngine

# CI runs alone on the machine; a developer sharing two cores with other work
# may set this to 1, because llama.cpp's spinning threads collapse when oversubscribed.
THREADS = int(os.environ.get("HANDLOOM_ENGINE_THREADS", "0"))


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    return bundled.locate("smollm2")


@pytest.fixture(scope="session")
def gemma_path() -> Path:
    return bundled.locate("gemma3-270m")


@pytest.fixture(scope="module")
def smollm2(smollm2_path: Path) -> Iterator[LocalEngine]:
    with LocalEngine(smollm2_path, n_parallel=4, n_ctx_per_seq=512, n_threads=THREADS) as engine:
        yield engine


@pytest.fixture(scope="module")
def smollm2_chat(smollm2: LocalEngine) -> ChatTemplate:
    info = smollm2.info
    return template_for_model(
        info.chat_template, bos_token=info.bos_token, eos_token=info.eos_token
    )


def chat(template: ChatTemplate, instruction: str) -> str:
    """The prompt for one user instruction."""
    return template.render([{"role": "user", "content": instruction}])
