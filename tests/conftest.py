"""Shared fixtures: every test gets its own config/data folders and curator name."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# The suite's temporary folders peak at about 2 GB (measured: 1.9 GB; training converts
# GGUFs to safetensors); the rest is headroom.
NEEDED_FREE_GB = 4


def _low_disk_warning() -> str | None:
    import tempfile

    folder = tempfile.gettempdir()
    free = shutil.disk_usage(folder).free / 1e9
    if free >= NEEDED_FREE_GB:
        return None
    return (f"WARNING: {free:.1f} GB free on the disk of {folder}; the suite needs about "
            f"{NEEDED_FREE_GB} GB, and tests may fail with 'No space left on device'.")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Say up front when the temporary folder's disk is nearly full, so that a run that
    fails with "No space left on device" is read as the machine's state, not a bug."""
    warning = _low_disk_warning()
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if warning and reporter is not None:
        reporter.write_line(warning, yellow=True, bold=True)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    warning = _low_disk_warning()
    if warning:
        terminalreporter.write_line(warning, yellow=True, bold=True)


@pytest.fixture(scope="session", autouse=True)
def _shared_models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One folder per test session for assembled bundled models and checksums.

    Set for the whole session, before any other session fixture runs, so that fixtures
    wider than a test (a module's engine, a session's model path) never write to the real
    user's folders either; each test then gets its own config and data folders.
    """
    folder = tmp_path_factory.mktemp("models")
    session_user = tmp_path_factory.mktemp("session-user")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HANDLOOM_MODELS_DIR", str(folder))
        mp.setenv("HANDLOOM_CONFIG_DIR", str(session_user / "config"))
        mp.setenv("HANDLOOM_DATA_DIR", str(session_user / "data"))
        yield folder


_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.failed:
        item.stash[_FAILED] = True
    return report


@pytest.fixture(autouse=True)
def _isolated_user(_shared_models: Path, tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
                   ) -> Iterator[None]:
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("HANDLOOM_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("HANDLOOM_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("HANDLOOM_USER", "Test Curator")
    monkeypatch.setenv("HANDLOOM_MODELS_DIR", str(_shared_models))
    yield
    # A user's data folder can hold trained models and converted bases; a thousand tests'
    # worth would fill a small disk before the session ends. A failed test's is kept (its
    # training.log, its engine logs) like its tmp_path.
    if not request.node.stash.get(_FAILED, False):
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
