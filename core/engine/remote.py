"""A backend for any OpenAI-compatible server: llama.cpp's llama-server, vLLM, Ollama.

A team that outgrows one laptop points Handloom at a GPU box; the same jobs, resume and
progress apply. Requests run ``concurrency`` at a time on plain threads (the server does
the batching); results come back as each finishes, like the local engine's.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any

from core.engine.generation import FinishReason, GenerationRequest, GenerationResult
from core.errors import HandloomError, JobCancelled


class EndpointError(HandloomError):
    """The server could not be reached or refused the request."""


def chat_url(endpoint: str) -> str:
    """``http://host:8080``, ``…/v1`` or ``…/v1/chat/completions`` → the chat completions URL."""
    base = endpoint.rstrip("/")
    if base.endswith("/chat/completions"):
        return base
    if not base.endswith("/v1"):
        base += "/v1"
    return base + "/chat/completions"


class RemoteEngine:
    """Generates through an OpenAI-compatible ``/v1/chat/completions`` endpoint."""

    def __init__(
        self,
        endpoint: str,
        model: str,
        *,
        api_key: str | None = None,
        concurrency: int = 4,
        timeout: float = 600.0,
    ) -> None:
        self.url = chat_url(endpoint)
        self.model = model
        self.api_key = api_key
        self.concurrency = max(1, concurrency)
        self.timeout = timeout

    def render(self, messages: Sequence[Mapping[str, str]]) -> str:
        """The server applies its own chat template, so the request carries the messages."""
        return json.dumps([dict(m) for m in messages], ensure_ascii=False)

    def _post(self, request: GenerationRequest) -> GenerationResult:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": json.loads(request.prompt),
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "top_p": request.top_p,
            "stream": False,
        }
        if request.seed is not None:
            body["seed"] = request.seed
        if request.stop:
            body["stop"] = list(request.stop)[:4]
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        http = urllib.request.Request(self.url, data=data, headers=headers, method="POST")
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(http, timeout=self.timeout) as response:
                payload = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:300]
            raise EndpointError(f"{self.url} answered {e.code} {e.reason}: {detail}") from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise EndpointError(f"Could not reach {self.url}: {reason}.") from None
        except ValueError:
            raise EndpointError(f"{self.url} did not answer with JSON.") from None
        seconds = time.perf_counter() - started
        try:
            choice = payload["choices"][0]
            text = choice["message"]["content"] or ""
            usage = payload.get("usage") or {}
        except (KeyError, IndexError, TypeError):
            raise EndpointError(
                f"{self.url} answered in a shape that is not an OpenAI chat completion."
            ) from None
        finish: FinishReason = "length" if choice.get("finish_reason") == "length" else "stop"
        return GenerationResult(
            key=request.key,
            text=text,
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            finish_reason=finish,
            seconds=seconds,
            first_token_seconds=None,
        )

    def generate(
        self,
        requests: Iterable[GenerationRequest],
        *,
        on_tokens: Callable[[str, str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[GenerationResult]:
        """Yield results as requests finish; at most ``concurrency`` are in flight."""
        pending = iter(requests)
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="handloom-remote") as pool:
            in_flight: set[Future[GenerationResult]] = set()

            def refill() -> None:
                while len(in_flight) < self.concurrency:
                    request = next(pending, None)
                    if request is None:
                        return
                    in_flight.add(pool.submit(self._post, request))

            refill()
            while in_flight:
                if cancel is not None and cancel.is_set():
                    for future in in_flight:
                        future.cancel()
                    raise JobCancelled()
                done, _ = wait(in_flight, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in done:
                    in_flight.discard(future)
                    result = future.result()  # an EndpointError stops the job: resume later
                    if on_tokens is not None and result.text:
                        on_tokens(result.key, result.text)
                    yield result
                refill()

    def close(self) -> None:
        """Nothing to release: each request is its own connection."""

    def __enter__(self) -> RemoteEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
