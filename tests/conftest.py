"""Shared fixtures: every test gets its own config/data folders and curator name."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def _shared_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder per test session for assembled bundled models and checksums."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(autouse=True)
def _isolated_user(_shared_models: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("HANDLOOM_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("HANDLOOM_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("HANDLOOM_USER", "Test Curator")
    monkeypatch.setenv("HANDLOOM_MODELS_DIR", str(_shared_models))
    yield
    # A user's data folder can hold trained models and converted bases; a thousand tests'
    # worth would fill a small disk before the session ends.
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:  # noqa: F821
    from core.store.project import Project

    p = Project.create(tmp_path / "test.handloom")
    yield p
    p.close()


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    import json

    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
