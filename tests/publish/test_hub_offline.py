"""Whether the Hub answers is asked through huggingface_hub: of ``HF_ENDPOINT`` (here a Hub
on a loopback port), through the proxy in ``HTTP_PROXY``, within ``HF_HUB_ETAG_TIMEOUT``."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from core.ingest.hf_datasets import hub_is_offline


class Answering:
    """An HTTP server on 127.0.0.1 that answers every request 200 and records its line."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
                outer.seen.append(f"{self.command} {self.path}")
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def _fresh_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """huggingface_hub makes its HTTP client once and reads the proxies then, as a process
    started with these variables would."""
    from huggingface_hub.utils import close_session

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy",
                 "https_proxy", "all_proxy", "no_proxy", "HF_HUB_OFFLINE",
                 "HF_DATASETS_OFFLINE", "HF_HUB_ETAG_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    close_session()
    yield
    close_session()


@pytest.fixture
def hub() -> Iterator[Answering]:
    server = Answering()
    yield server
    server.stop()


def test_a_hub_answering_on_hf_endpoint_is_online(hub: Answering,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    assert hub_is_offline() is False
    assert hub.seen == ["HEAD /"]


def test_nothing_listening_at_hf_endpoint_is_offline_at_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as closed:  # a port held but not listening: connections refused
        closed.bind(("127.0.0.1", 0))
        monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{closed.getsockname()[1]}")
        started = time.monotonic()
        assert hub_is_offline() is True
        assert time.monotonic() - started < 2


def test_a_hub_that_never_answers_is_offline_after_huggingface_hub_s_timeout(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{silent.getsockname()[1]}")
        monkeypatch.setenv("HF_HUB_ETAG_TIMEOUT", "1")
        started = time.monotonic()
        assert hub_is_offline() is True
        assert 0.9 < time.monotonic() - started < 5


def test_the_hub_is_asked_through_the_proxy(hub: Answering,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A Hub name this computer cannot resolve, reachable only through the proxy."""
    monkeypatch.setenv("HF_ENDPOINT", "http://hub.handloom.invalid")
    monkeypatch.setenv("HTTP_PROXY", hub.url)
    assert hub_is_offline() is False
    assert hub.seen == ["HEAD http://hub.handloom.invalid/"]


def test_offline_mode_asked_for_asks_nothing(hub: Answering,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert hub_is_offline() is True
    assert hub.seen == []
