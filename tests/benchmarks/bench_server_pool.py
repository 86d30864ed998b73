"""The pool of servers against the plainest strong client, and how it scales with endpoints.

Run with ``pytest tests/benchmarks/bench_server_pool.py -m benchmark -s``.

1. Overhead: Handloom's pool and a plain httpx client loop (one shared ``httpx.Client``,
   a thread pool of the same concurrency, the same request bodies) send the same requests to
   the same real server (llama-cpp-python's, SmolLM2); the pool must keep ≥ 0.95× the loop's
   throughput. Each is run twice, alternately, and its better run counts.
2. Latency-bound scaling: each real server sits behind a proxy that holds every answer back
   a fixed time (a far-away cluster); three endpoints must give ≥ 2.7× one endpoint's
   throughput at the same concurrency per endpoint.

``HANDLOOM_BENCH_REQUESTS`` and ``HANDLOOM_BENCH_DELAY`` change the sizes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from core.engine.endpoints import Endpoint, chat_body, chat_url, messages_prompt
from core.engine.generation import GenerationRequest
from core.engine.pool import ServerPool
from tests.questions import QUESTIONS
from tests.servers import FaultProxy, ModelServer, running_servers

pytestmark = pytest.mark.benchmark

REQUESTS = int(os.environ.get("HANDLOOM_BENCH_REQUESTS", "36"))
DELAY = float(os.environ.get("HANDLOOM_BENCH_DELAY", "2.0"))
CONCURRENCY = 2


def requests(n: int, max_tokens: int) -> list[GenerationRequest]:
    return [GenerationRequest(key=str(i), prompt=messages_prompt(
        [{"role": "user", "content": QUESTIONS[i % len(QUESTIONS)]}]),
        max_tokens=max_tokens, temperature=0.0) for i in range(n)]


def pool_seconds(urls: list[str], batch: list[GenerationRequest]) -> float:
    with ServerPool([Endpoint(u, CONCURRENCY) for u in urls], "smollm2") as pool:
        started = time.perf_counter()
        results = list(pool.generate(batch))
        seconds = time.perf_counter() - started
    assert len(results) == len(batch) and all(r.finish_reason != "error" for r in results)
    return seconds


def loop_seconds(url: str, batch: list[GenerationRequest]) -> float:
    """The plain alternative: one httpx client, CONCURRENCY threads, the same bodies."""
    target = chat_url(url)
    with httpx.Client(timeout=600) as client, ThreadPoolExecutor(CONCURRENCY) as threads:
        def post(request: GenerationRequest) -> str:
            answer = client.post(target, json=chat_body(request, "smollm2"))
            answer.raise_for_status()
            return str(answer.json()["choices"][0]["message"]["content"])

        started = time.perf_counter()
        results = list(threads.map(post, batch))
        seconds = time.perf_counter() - started
    assert len(results) == len(batch)
    return seconds


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ModelServer]]:
    with running_servers(tmp_path_factory.mktemp("bench-pool"), 3) as started:
        yield started


def test_the_pool_keeps_a_plain_client_loops_throughput(servers: list[ModelServer]) -> None:
    url = servers[0].url
    batch = requests(REQUESTS, 16)
    loop_seconds(url, batch[:4])  # warm the server (its prompt cache) before either is timed
    loop, pool = [], []
    for _ in range(2):
        loop.append(loop_seconds(url, batch))
        pool.append(pool_seconds([url], batch))
    loop_rate, pool_rate = REQUESTS / min(loop), REQUESTS / min(pool)
    ratio = pool_rate / loop_rate
    print(f"\npool vs plain httpx loop, {REQUESTS} requests × 16 tokens, concurrency "
          f"{CONCURRENCY}, one real server: pool {pool_rate:.2f} req/s, loop {loop_rate:.2f} "
          f"req/s (runs {', '.join(f'{s:.1f}' for s in pool)} s vs "
          f"{', '.join(f'{s:.1f}' for s in loop)} s) → {ratio:.3f}× (target ≥ 0.95×)")
    assert ratio >= 0.95


def test_three_far_endpoints_give_nearly_three_times_one(servers: list[ModelServer]) -> None:
    proxies = [FaultProxy(s.url, delay=DELAY) for s in servers]
    try:
        batch = requests(REQUESTS, 4)
        one = pool_seconds([proxies[0].url], batch)
        three = pool_seconds([p.url for p in proxies], batch)
    finally:
        for proxy in proxies:
            proxy.close()
    ratio = one / three
    print(f"\n{REQUESTS} requests × 4 tokens, {DELAY:.1f} s added per answer, {CONCURRENCY} in "
          f"flight per endpoint: one endpoint {REQUESTS / one:.2f} req/s, three "
          f"{REQUESTS / three:.2f} req/s → {ratio:.2f}× (target ≥ 2.7×)")
    assert ratio >= 2.7
