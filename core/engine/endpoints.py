"""OpenAI-compatible endpoints: their addresses, and the request body Handloom sends them.

One body for every way a request leaves Handloom — the pool of live servers and the batch
files carried to a GPU cluster — so that a response is the same whichever way it came back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from core.engine.generation import GenerationRequest
from core.errors import HandloomError

DEFAULT_CONCURRENCY = 8
CHAT_PATH = "/v1/chat/completions"


@dataclass(frozen=True)
class Endpoint:
    """One server of a pool: its address and how many requests it takes at once."""

    url: str
    concurrency: int = DEFAULT_CONCURRENCY

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "concurrency": self.concurrency}

    @property
    def label(self) -> str:
        """host:port, short enough for a progress line."""
        return urlparse(self.url).netloc or self.url


def checked_url(url: str) -> str:
    """``url`` without a trailing slash, refused with a sentence unless it is http(s)."""
    url = url.strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise HandloomError(f"'{url}' is not an http:// or https:// address.")
    return url.rstrip("/")


def endpoints_from(urls: Sequence[str], concurrency: Sequence[int] | int | None = None
                   ) -> list[Endpoint]:
    """Endpoints for ``urls``: one concurrency for all, or one per address in order."""
    if not urls:
        raise HandloomError("Give at least one server address.")
    if concurrency is None or isinstance(concurrency, int):
        each = [DEFAULT_CONCURRENCY if concurrency is None else concurrency] * len(urls)
    elif len(concurrency) == 1:
        each = list(concurrency) * len(urls)
    elif len(concurrency) == len(urls):
        each = list(concurrency)
    else:
        raise HandloomError(
            f"Give one concurrency for every server or one for each of the {len(urls)} servers "
            f"({len(concurrency)} given).")
    found: list[Endpoint] = []
    for url, n in zip(urls, each, strict=True):
        if not 1 <= int(n) <= 1024:
            raise HandloomError("A server's concurrency must be between 1 and 1024.")
        endpoint = Endpoint(checked_url(url), int(n))
        if any(e.url == endpoint.url for e in found):
            raise HandloomError(f"{endpoint.url} is given twice.")
        found.append(endpoint)
    return found


def endpoints_from_json(text: str | None) -> list[Endpoint]:
    """The endpoints stored on a model (``models.endpoints``)."""
    return [Endpoint(str(e["url"]), int(e.get("concurrency") or DEFAULT_CONCURRENCY))
            for e in json.loads(text or "[]")]


def endpoints_json(endpoints: Iterable[Endpoint]) -> str:
    return json.dumps([e.to_json() for e in endpoints])


def chat_url(endpoint: str) -> str:
    """``http://host:8080``, ``…/v1`` or ``…/v1/chat/completions`` → the chat completions URL."""
    base = endpoint.rstrip("/")
    if base.endswith("/chat/completions"):
        return base
    if not base.endswith("/v1"):
        base += "/v1"
    return base + "/chat/completions"


def messages_prompt(messages: Sequence[Mapping[str, str]]) -> str:
    """A server applies its own chat template, so a request's prompt carries the messages."""
    return json.dumps([dict(m) for m in messages], ensure_ascii=False)


# How a request asks for structured output, most standard first: OpenAI's ``json_schema``
# (llama-server, vLLM, SGLang, OpenAI), then a ``json_object`` carrying the schema
# (llama-cpp-python's server, older llama-server), then nothing (read tolerantly).
SCHEMA_STYLES: tuple[str | None, ...] = ("json_schema", "json_object", None)


def chat_body(request: GenerationRequest, model: str, *,
              schema_style: str | None = "json_schema") -> dict[str, Any]:
    """The ``/v1/chat/completions`` body for ``request`` (prompt: ``messages_prompt``).

    Only parameters every OpenAI-compatible server accepts are sent; a request with a JSON
    schema asks for structured output in ``schema_style`` (see ``SCHEMA_STYLES``).
    """
    body: dict[str, Any] = {
        "model": model,
        "messages": json.loads(request.prompt),
        "max_tokens": request.max_tokens,
        "temperature": request.temperature,
        "top_p": request.top_p,
    }
    if request.seed is not None:
        body["seed"] = request.seed
    if request.stop:
        body["stop"] = list(request.stop)[:4]
    if request.json_schema is not None and schema_style == "json_schema":
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "answer", "strict": True, "schema": request.json_schema},
        }
    elif request.json_schema is not None and schema_style == "json_object":
        body["response_format"] = {"type": "json_object", "schema": request.json_schema}
    return body
