"""Shared fixtures: every test gets its own config/data folders and curator name."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tests.scripted_models import ScriptedModels

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


# Fixtures that bring a real model with them: a test that asks for one runs a model (or a
# model server) and is marked ``model``. A test that runs one with no such fixture says so
# itself: ``pytest.mark.model``, or ``pytest.mark.usefixtures("one_core")`` to run it on one
# core as well.
REAL_MODEL_FIXTURES = frozenset({
    "one_core", "openai_server", "smollm2", "smollm2_chat",
})
# Folders whose every test is of one kind (the markers are registered in pyproject.toml).
FOLDER_MARKS = {"train": "training", "reliability": "slow"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark what ``make test-fast`` leaves out: real models, training, the slow suites."""
    tests = Path(__file__).parent
    for item in items:
        if REAL_MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)
        folder = Path(item.path).relative_to(tests).parts[0] if Path(item.path).is_relative_to(
            tests) else ""
        if folder in FOLDER_MARKS:
            item.add_marker(FOLDER_MARKS[folder])


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


@contextmanager
def on_one_core() -> Iterator[None]:
    """Pin this process, and so the model processes and commands it starts (they inherit
    it), to one core: the test machine is shared, and llama.cpp's spinning threads slow down
    several times when they fight other work."""
    if not hasattr(os, "sched_setaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(before)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


@pytest.fixture(scope="module")
def one_core() -> Iterator[None]:
    """The module's real models run on one core (``on_one_core``). A test that asks for it
    runs a real model, so it is marked ``model`` and left out of ``make test-fast``."""
    with on_one_core():
        yield


@pytest.fixture
def scripted_models() -> Iterator[ScriptedModels]:
    """Every model a job opens during the test is a scripted one (``tests.scripted_models``):
    no model file, answers the test chooses, streamed word by word."""
    from core.generate.backends import backends_from
    from tests.scripted_models import ScriptedModels

    with backends_from(ScriptedModels()) as models:
        yield models


@pytest.fixture(params=["scripted", pytest.param("real", marks=pytest.mark.model)])
def scripted_or_real(request: pytest.FixtureRequest) -> ScriptedModels | None:
    """Run the test twice: on scripted models (``scripted_models``, in ``make test-fast``) and
    on the real ones, one core (``one_core``, marked ``model``); None for the real ones."""
    if request.param == "real":
        request.getfixturevalue("one_core")
        return None
    return request.getfixturevalue("scripted_models")  # type: ignore[no-any-return]


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
