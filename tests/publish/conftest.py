"""Fixtures for export, cards, the push queue and merging: small projects built with SQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.store.project import Project
from tests.publish.builder import Tales, build_tales
from tests.publish.fake_hub import FakeHub

TOKEN = "hf_HandloomTestSecret0123456789abcdef"


@pytest.fixture
def tales(tmp_path: Path) -> Iterator[Tales]:
    """A project with Swahili and English instructions, a translation, responses, judge
    scores, reviews (one rejected after an accept, one accepted, one edit) and a kept
    follow-up."""
    project = Project.create(tmp_path / "tales.handloom")
    yield build_tales(project)
    project.close()


@pytest.fixture(autouse=True)
def _no_hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may reach the real Hub or use a real login: the endpoint is a closed local
    port and huggingface_hub's stored token is looked for in an empty folder."""
    from huggingface_hub import constants

    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-login" / "token"))
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_OIDC_ID_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def token(monkeypatch: pytest.MonkeyPatch) -> str:
    """A Hub token given the way a person would: in HF_TOKEN."""
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    return TOKEN


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    """A local Hub API on 127.0.0.1 that accepts uploads into ``tmp_path / 'hub'``."""
    fake = FakeHub(tmp_path / "hub")
    monkeypatch.setenv("HF_ENDPOINT", fake.start())
    yield fake
    fake.stop()
