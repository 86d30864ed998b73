"""Fixtures for generation tests: a small project with the bundled models, a real server."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import jobs
from core.engine.bundled import locate
from core.ingest.config import import_config
from core.projects import new_project
from core.store.project import Project
from tests.conftest import write_jsonl
from tests.questions import QUESTIONS as ALL_QUESTIONS

QUESTIONS = ALL_QUESTIONS[:6]


@pytest.fixture
def small_project(tmp_path: Path) -> Iterator[Project]:
    project = new_project(tmp_path / "gen.handloom")
    f = write_jsonl(tmp_path / "q.jsonl", [{"instruction": q, "language": "en"} for q in QUESTIONS])
    jobs.start(project, "import", import_config([str(f)], licence="CC0-1.0"))
    yield project
    project.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def openai_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """llama-cpp-python's own OpenAI-compatible server with SmolLM2, on 127.0.0.1."""
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(locate("smollm2")),
             "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048"],
            stdout=out, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/v1/models", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("the server stopped: " + log.read_text()[-2000:]) from None
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("the server did not start: " + log.read_text()[-2000:])
    yield url
    proc.terminate()
    proc.wait(timeout=20)
