"""The two line formats: a batch request, and a batch result as OpenAI and vLLM write it.

A request line: ``{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}``.
A result line: ``{"id", "custom_id", "response": {"status_code", "body": chat completion},
"error": null | {"code", "message"}}``; a failed request has an ``error`` or a status other
than 200 (vLLM writes its error into ``response.body``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from core.engine.endpoints import CHAT_PATH, chat_body
from core.engine.generation import GenerationRequest
from core.errors import ImportFileError

KINDS = {"generate": "a generation", "judge": "a judging"}
SEPARATOR = ":"


@dataclass(frozen=True)
class CustomId:
    """``generate:MODEL:SETTINGS:INSTRUCTION:SAMPLE`` or ``judge:MODEL:SETTINGS:RESPONSE``."""

    kind: str
    model_id: str
    settings_key: str
    item: str  # the stage's own request key: "INSTRUCTION:SAMPLE" or "RESPONSE"

    def __str__(self) -> str:
        return SEPARATOR.join((self.kind, self.model_id, self.settings_key, self.item))

    @classmethod
    def parse(cls, text: Any) -> CustomId | None:
        if not isinstance(text, str):
            return None
        parts = text.split(SEPARATOR, 3)
        if len(parts) != 4 or parts[0] not in KINDS or not all(parts):
            return None
        return cls(*parts)


def request_line(custom_id: CustomId, request: GenerationRequest, model: str) -> bytes:
    """One line of a batch requests file."""
    return orjson.dumps({"custom_id": str(custom_id), "method": "POST", "url": CHAT_PATH,
                         "body": chat_body(request, model)}) + b"\n"


@dataclass(frozen=True)
class Result:
    """One line of a results file: the answer, or why the request failed."""

    line: int
    custom_id: CustomId
    text: str | None
    error: str | None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str = "stop"


def _error(record: dict[str, Any]) -> str | None:
    """Why a result line failed, or None when it holds an answer."""
    error = record.get("error")
    if error:
        if isinstance(error, dict):
            return str(error.get("message") or error.get("code") or error)
        return str(error)
    response = record.get("response")
    if not isinstance(response, dict):
        return "the line holds neither a response nor an error"
    status = response.get("status_code")
    if status != 200:
        body = response.get("body")
        detail = body.get("error") if isinstance(body, dict) else body
        if isinstance(detail, dict):
            detail = detail.get("message") or detail
        return f"the server answered {status}" + (f": {detail}" if detail else "")
    return None


def _result(line: int, custom_id: CustomId, record: dict[str, Any], name: str) -> Result:
    failure = _error(record)
    if failure is not None:
        return Result(line, custom_id, None, failure[:500])
    body = record["response"].get("body")
    try:
        choice = body["choices"][0]
        text = choice["message"]["content"] or ""
        usage = body.get("usage") or {}
    except (KeyError, IndexError, TypeError):
        raise ImportFileError(name, line, "the response is not a chat completion") from None
    return Result(line, custom_id, str(text), None,
                  prompt_tokens=int(usage.get("prompt_tokens") or 0),
                  completion_tokens=int(usage.get("completion_tokens") or 0),
                  finish_reason="length" if choice.get("finish_reason") == "length" else "stop")


@dataclass
class Reading:
    """What reading a results file found besides its results."""

    lines: int = 0
    cut_off: int | None = None  # the line number of a last line cut off mid-way


def read_results(path: Path, reading: Reading) -> Iterator[Result]:
    """The results in ``path``, in order; a damaged line other than a cut-off last line is
    refused with a sentence naming it (``ImportFileError``)."""
    name = path.name
    try:
        handle: IO[bytes] = path.open("rb")
    except OSError as e:
        raise ImportFileError(path, None, f"cannot be read: {e.strerror or e}.") from None
    with handle:
        number = 0
        for raw in handle:
            number += 1
            if not raw.strip():
                continue
            try:
                record = orjson.loads(raw)
            except orjson.JSONDecodeError:
                if not raw.endswith(b"\n") and handle.read(1) == b"":
                    reading.cut_off = number  # the file ends mid-line: keep what is whole
                    return
                raise ImportFileError(name, number, "is not a JSON object.") from None
            if not isinstance(record, dict):
                raise ImportFileError(name, number, "is not a JSON object.")
            custom_id = CustomId.parse(record.get("custom_id"))
            if custom_id is None:
                raise ImportFileError(
                    name, number, f"has no custom_id that Handloom wrote "
                    f"({str(record.get('custom_id'))[:80]!r}).")
            reading.lines = number
            yield _result(number, custom_id, record, name)
