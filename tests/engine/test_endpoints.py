"""The pieces of the server pool that need no server: addresses, request bodies, Retry-After,
backoff, and the batch files' custom ids."""

from __future__ import annotations

import random
from email.utils import formatdate

import pytest

from core.batch_files.lines import CustomId
from core.engine.endpoints import Endpoint, chat_body, endpoints_from, messages_prompt
from core.engine.generation import GenerationRequest
from core.engine.pool import BACKOFF_SECONDS, backoff, retry_after_seconds
from core.errors import HandloomError


def test_addresses_and_their_concurrency() -> None:
    assert endpoints_from(["http://a:8000/", "https://b/v1"], [4, 16]) == [
        Endpoint("http://a:8000", 4), Endpoint("https://b/v1", 16)]
    assert [e.concurrency for e in endpoints_from(["http://a", "http://b"], [3])] == [3, 3]
    assert [e.concurrency for e in endpoints_from(["http://a"])] == [8]
    with pytest.raises(HandloomError, match="not an http:// or https:// address"):
        endpoints_from(["gpu-box:8080"])
    with pytest.raises(HandloomError, match="given twice"):
        endpoints_from(["http://a", "http://a/"])
    with pytest.raises(HandloomError, match="one for each of the 2 servers"):
        endpoints_from(["http://a", "http://b"], [1, 2, 3])
    with pytest.raises(HandloomError, match="between 1 and 1024"):
        endpoints_from(["http://a"], 0)


def test_a_request_body_asks_for_structured_output_in_each_style() -> None:
    schema = {"type": "object", "properties": {"score": {"type": "integer"}}}
    request = GenerationRequest(key="k", prompt=messages_prompt([{"role": "user", "content": "Hi"}]),
                                max_tokens=9, temperature=0.0, seed=3, stop=("a", "b"),
                                json_schema=schema)
    body = chat_body(request, "m")
    assert body["messages"] == [{"role": "user", "content": "Hi"}]
    assert (body["model"], body["max_tokens"], body["seed"], body["stop"]) == ("m", 9, 3, ["a", "b"])
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == schema
    assert chat_body(request, "m", schema_style="json_object")["response_format"] == {
        "type": "json_object", "schema": schema}
    assert "response_format" not in chat_body(request, "m", schema_style=None)


def test_retry_after_in_seconds_or_as_a_date_and_the_backoff() -> None:
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    assert 8 <= retry_after_seconds(formatdate(1_000_010, usegmt=True), now=1_000_000) <= 10
    rng = random.Random(1)
    first, longest = BACKOFF_SECONDS
    waits = [backoff(n, rng) for n in range(1, 12)]
    assert first / 2 <= waits[0] <= first and all(w <= longest for w in waits)
    assert waits[-1] >= longest / 2


def test_custom_ids_round_trip_and_strangers_are_not_ours() -> None:
    cid = CustomId("generate", "m-1", "abcd", "i-9:2")
    assert CustomId.parse(str(cid)) == cid
    assert CustomId.parse("request-1") is None and CustomId.parse(17) is None
    assert CustomId.parse("translate:a:b:c") is None
