"""No Hub token is ever written to a project, an export, a log, the config or the output.

The whole publish flow runs with a fake-looking token given both ways a person gives one —
``HF_TOKEN`` and a stored ``hf auth login`` token file — against a closed port (offline:
the push stays queued) and against a hostile local server that echoes the request's
``Authorization`` header back in its error. Then every file the run produced, the log
(captured at DEBUG, every logger) and everything printed is scanned for the token.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from core.cli import main
from core.store.project import Project
from tests.publish.builder import build_tales

TOKEN = "hf_RelSecretTokenDoNotLeak0123456789abcdefXYZ"


def _forms(token: str) -> list[bytes]:
    """The token as it could end up in a file: plain, UTF-16, base64, URL-quoted, JSON."""
    return [token.encode(), token.encode("utf-16-le"), base64.b64encode(token.encode()),
            token[8:30].encode(), json.dumps(token).encode()]


@pytest.fixture
def echo_server() -> Iterator[str]:
    """A hostile 'Hub' that answers every call with an error quoting the credentials."""

    class Echo(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            body = json.dumps({"error": f"Bad credentials {self.headers.get('Authorization')}"
                                        f" for token {self.headers.get('Authorization')}"})
            data = body.encode()
            self.send_response(500)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("X-Error-Message", body[:200])
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_HEAD = _answer  # noqa: N815 - http.server's naming

    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    """Every logger at DEBUG into a file, as a person chasing a problem would run it."""
    path = Path(os.environ["HANDLOOM_DATA_DIR"]) / "handloom.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(level)
    handler.close()


def _run(argv: list[str], printed: list[str]) -> int:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    printed += [out.getvalue(), err.getvalue()]
    return status


def _scan(roots: list[Path], printed: list[str]) -> tuple[int, list[str]]:
    """Files scanned and every place one of the token's forms was found."""
    found = []
    count = 0
    for root in roots:
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if not path.is_file():
                continue
            count += 1
            data = path.read_bytes()
            found += [f"{path}: {form[:12]!r}…" for form in _forms(TOKEN) if form in data]
    found += [f"output: {text[:200]!r}" for text in printed if TOKEN[8:30] in text]
    return count, found


@pytest.mark.parametrize("given", ["HF_TOKEN", "hf auth login"])
def test_the_publish_flow_never_writes_the_token(
    given: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, echo_server: str,
    debug_log: Path, reliability_table: Callable[[str, list[str], list[object]], None],
) -> None:
    from huggingface_hub import constants

    login = tmp_path / "hf-home" / "token"
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(login))
    monkeypatch.setattr(constants, "HF_STORED_TOKENS_PATH", str(login.parent / "stored"))
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    if given == "HF_TOKEN":
        monkeypatch.setenv("HF_TOKEN", TOKEN)
    else:
        login.parent.mkdir(parents=True)
        login.write_text(TOKEN, encoding="utf-8")
    from huggingface_hub import get_token

    assert get_token() == TOKEN, "the token must be visible to huggingface_hub"
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")

    project_path = tmp_path / "work" / "tales.handloom"
    project_path.parent.mkdir()
    project = Project.create(project_path)
    build_tales(project)
    project.close()
    printed: list[str] = []
    repo = "amina/hadithi"

    # Offline: the Hub's address is a closed port; the push stays queued with its reason.
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")
    export = tmp_path / "work" / "export"
    assert _run(["export", str(project_path), str(export), "--json"], printed) == 0
    assert _run(["push", str(project_path), "--dataset", repo, "--accept-licence-conflicts",
                 "--json"], printed) == 1
    assert _run(["push", str(project_path), "--dataset", repo, "--export", str(export),
                 "--accept-licence-conflicts"], printed) == 1
    assert _run(["push", str(project_path), "--retry"], printed) == 1

    # A hostile server that quotes the Authorization header back in every error.
    monkeypatch.setenv("HF_ENDPOINT", echo_server)
    monkeypatch.setattr(constants, "ENDPOINT", echo_server)
    assert _run(["push", str(project_path), "--retry", "--json"], printed) == 1
    assert _run(["push", str(project_path), "--queue", "--json"], printed) == 0
    queue = json.loads(printed[-2])
    assert queue and all(item["state"] == "queued" and item["attempts"] >= 2 for item in queue)
    assert any("500" in (item["last_error"] or "") for item in queue), queue
    assert _run(["jobs", str(project_path)], printed) == 0

    # The project is handed to someone else as it is: merged into another, exported again.
    other = tmp_path / "work" / "copy.handloom"
    Project.create(other).close()
    assert _run(["merge", str(other), str(project_path), "--json"], printed) == 0

    roots = [tmp_path, Path(os.environ["HANDLOOM_DATA_DIR"]),
             Path(os.environ["HANDLOOM_CONFIG_DIR"])]
    roots = [r for r in roots if r.exists()]
    files, found = _scan([r for r in roots if r != login.parent], printed)
    # the only place the token may be is the login file huggingface_hub itself keeps
    found = [f for f in found if not f.startswith(str(login.parent))]
    assert debug_log.read_text(encoding="utf-8"), "the log must have caught the run"
    reliability_table("Secrets", ["token given as", "files scanned", "outputs scanned",
                                  "places the token was found"],
                      [given, files, len(printed), len(found)])
    assert not found, "\n".join(found)
