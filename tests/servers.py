"""Real OpenAI-compatible servers on loopback for the pool's tests and benchmarks.

``ModelServer`` is llama-cpp-python's own server (``python -m llama_cpp.server``) with the
bundled SmolLM2, small and on one thread so that three fit on two cores; it can be killed
with SIGKILL and started again on the same port. ``FaultProxy`` sits in front of a real
server and answers some requests itself — 429 with ``Retry-After``, 503, a dropped
connection — or answers late, as a busy or failing cluster does.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from core.engine.bundled import locate


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ModelServer:
    """One ``llama_cpp.server`` process serving SmolLM2 on 127.0.0.1."""

    def __init__(self, log_dir: Path, *, port: int | None = None, n_ctx: int = 1024) -> None:
        self.port = port or free_port()
        self.log = log_dir / f"server-{self.port}.log"
        self.n_ctx = n_ctx
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120) -> ModelServer:
        with self.log.open("a") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "llama_cpp.server", "--model", str(locate("smollm2")),
                 "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(self.n_ctx),
                 "--n_threads", "1", "--n_threads_batch", "1", "--verbose", "False"],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/v1/models", timeout=2).read()
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError("the server stopped: " + self.log.read_text()[-2000:]
                                       ) from None
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("the server did not start: " + self.log.read_text()[-2000:])

    def kill(self) -> None:
        """SIGKILL, as when the machine under it dies."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=20)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


@contextmanager
def running_servers(folder: Path, count: int) -> Iterator[list[ModelServer]]:
    """``count`` servers started side by side, stopped afterwards."""
    started = [ModelServer(folder) for _ in range(count)]
    try:
        for server in started:
            server.start()
        yield started
    finally:
        for server in started:
            server.stop()


Plan = Callable[[int], str]  # request number → "pass", "429", "503", "drop" or "slow"


class FaultProxy:
    """An HTTP proxy on 127.0.0.1 in front of ``upstream`` that misbehaves as ``plan`` says.

    ``delay`` holds every answer back that many seconds (a far-away or busy server);
    ``slow`` answers wait ``slow_seconds`` more. ``seen`` counts what was done.
    """

    def __init__(self, upstream: str, plan: Plan | None = None, *, delay: float = 0.0,
                 slow_seconds: float = 1.5, retry_after: int = 1) -> None:
        self.upstream = upstream.rstrip("/")
        self.plan = plan or (lambda n: "pass")
        self.delay = delay
        self.slow_seconds = slow_seconds
        self.retry_after = retry_after
        self.seen: Counter[str] = Counter()
        self.numbers = itertools.count(1)
        self.lock = threading.Lock()
        self.client = httpx.Client(timeout=600)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                answer = proxy.client.get(proxy.upstream + self.path)
                self._send(answer.status_code, answer.content)

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with proxy.lock:
                    action = proxy.plan(next(proxy.numbers))
                    proxy.seen[action] += 1
                if action == "drop":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if action == "429":
                    self._send(429, b'{"error": {"message": "slow down"}}',
                               {"Retry-After": str(proxy.retry_after)})
                    return
                if action == "503":
                    self._send(503, b'{"error": {"message": "overloaded"}}')
                    return
                time.sleep(proxy.delay + (proxy.slow_seconds if action == "slow" else 0.0))
                answer = proxy.client.post(proxy.upstream + self.path, content=body,
                                           headers={"Content-Type": "application/json"})
                self._send(answer.status_code, answer.content)

            def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None
                      ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.client.close()


def replay_batch(requests: Path, results: Path, server: str, *, fail: int | None = None) -> int:
    """Answer a batch requests file against a real server into OpenAI's batch output format,
    as vLLM's run_batch or OpenAI's Batch API would; the ``fail``-th line (1-based) gets an
    error instead. Returns the number of lines written."""
    lines = [json.loads(line) for line in requests.read_text(encoding="utf-8").splitlines()]
    with httpx.Client(timeout=120) as client, results.open("w", encoding="utf-8") as out:
        for number, line in enumerate(lines, 1):
            record: dict[str, object] = {"id": f"batch_req_{number}",
                                         "custom_id": line["custom_id"]}
            if number == fail:
                record.update(response=None, error={"code": "server_error",
                                                    "message": "the GPU fell over"})
            else:
                answer = client.request(line["method"], server.rstrip("/") + line["url"],
                                        json=line["body"])
                record.update(response={"status_code": answer.status_code,
                                        "request_id": f"req_{number}", "body": answer.json()},
                              error=None)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(lines)
