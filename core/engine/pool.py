"""A pool of OpenAI-compatible servers: llama-server, vLLM, SGLang, TGI, Ollama, hosted APIs.

A team that outgrows one laptop points a remote model at one server or several; the same jobs,
resume and progress apply. Requests go to the endpoint with the least work in flight for its
concurrency, over one HTTP client that keeps connections open. A request that meets a 429
(its ``Retry-After`` honoured), a 5xx, a timeout or a dropped connection is tried again after
an exponential, jittered backoff, on whichever endpoint is free then; an endpoint that keeps
failing is set aside for a while and its work goes to the others. When every endpoint has been
gone for ``patience`` seconds the pool raises ``ServersUnavailable``: the job stops as
interrupted and resumes later. A request is only ever in flight once, and each result is
yielded once, so the job's store-as-you-go guarantees (nothing lost, nothing duplicated) hold.
"""

from __future__ import annotations

import heapq
import itertools
import queue
import random
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any

import httpx

from core.engine.endpoints import (
    SCHEMA_STYLES,
    Endpoint,
    chat_body,
    chat_url,
    messages_prompt,
)
from core.engine.generation import FinishReason, GenerationRequest, GenerationResult
from core.errors import HandloomError, JobCancelled, JobInterrupted

# Failures of one request that say something about the request (a 5xx, a timeout) before it
# is given up as failed; failures that say the server is gone (a refused or dropped
# connection, a 429) do not count, since they are not the request's fault.
MAX_REQUEST_FAILURES = 5
SET_ASIDE_AFTER = 3  # consecutive failures; a refused connection sets aside at once
SET_ASIDE_SECONDS = (2.0, 30.0)  # first period, longest period (doubling in between)
BACKOFF_SECONDS = (0.5, 20.0)
MAX_LOGGED_EVENTS = 500


class EndpointError(HandloomError):
    """The servers refused the job itself (a wrong address, model name or API key)."""


class ServersUnavailable(JobInterrupted):
    """Every endpoint of the pool has been unreachable for longer than the pool's patience."""


@dataclass
class _Failure:
    """Why one attempt failed and what to do about it."""

    message: str
    retry: bool  # try the request again
    counts: bool = True  # against the request's own budget
    down: bool = False  # the server is gone: set the endpoint aside at once
    fatal: bool = False  # the endpoint cannot serve this job (404, 401): stop using it
    retry_after: float | None = None
    drop_schema: bool = False  # the server refused structured output: ask without it
    style: str | None = None  # how the refused request asked for it


class _Attempt(Exception):
    def __init__(self, failure: _Failure) -> None:
        super().__init__(failure.message)
        self.failure = failure


@dataclass
class _Server:
    """One endpoint's live state and counters (what the progress shows)."""

    endpoint: Endpoint
    url: str
    in_flight: int = 0
    requests: int = 0
    tokens: int = 0
    errors: int = 0
    retries: int = 0
    consecutive: int = 0
    set_asides: int = 0
    aside_until: float = 0.0
    disabled: str | None = None
    schema_style: str | None = SCHEMA_STYLES[0]  # how it is asked for structured output
    last_error: str | None = None
    failing_since: float | None = None  # the first failure since the last success
    busy_since: float | None = None
    busy_seconds: float = 0.0

    def usable(self, now: float) -> bool:
        return self.disabled is None and self.aside_until <= now

    def free(self, now: float) -> bool:
        return self.usable(now) and self.in_flight < self.endpoint.concurrency

    def load(self) -> float:
        return self.in_flight / self.endpoint.concurrency

    def started(self, now: float) -> None:
        if self.in_flight == 0:
            self.busy_since = now
        self.in_flight += 1

    def ended(self, now: float) -> None:
        self.in_flight -= 1
        if self.in_flight == 0 and self.busy_since is not None:
            self.busy_seconds += now - self.busy_since
            self.busy_since = None

    def stats(self, now: float) -> dict[str, Any]:
        busy = self.busy_seconds + (now - self.busy_since if self.busy_since else 0.0)
        if self.disabled:
            state = "stopped"
        elif self.aside_until > now:
            state = "set aside"
        else:
            state = "working" if self.in_flight else "idle"
        return {"endpoint": self.endpoint.url, "label": self.endpoint.label, "state": state,
                "in_flight": self.in_flight, "concurrency": self.endpoint.concurrency,
                "requests": self.requests, "completion_tokens": self.tokens,
                "tokens_per_second": round(self.tokens / busy, 1) if busy > 0 else 0.0,
                "errors": self.errors, "retries": self.retries, "last_error": self.last_error,
                "back_in": round(max(0.0, self.aside_until - now), 1) or None}


class _Threads:
    """Daemon threads that send requests. A job that stops (cancelled, servers gone) does not
    wait for answers still on their way, and neither does the process when it exits."""

    def __init__(self, count: int) -> None:
        self.tasks: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]] | None] = (
            queue.SimpleQueue())
        self.count = count
        for n in range(count):
            threading.Thread(target=self._work, name=f"handloom-pool-{n}", daemon=True).start()

    def _work(self) -> None:
        while (task := self.tasks.get()) is not None:
            call, future = task
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(call())
                except BaseException as e:
                    future.set_exception(e)

    def submit(self, call: Callable[[], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        self.tasks.put((call, future))
        return future

    def stop(self) -> None:
        for _ in range(self.count):
            self.tasks.put(None)


@dataclass(order=True)
class _Waiting:
    ready_at: float
    order: int
    request: GenerationRequest = field(compare=False)


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """A ``Retry-After`` header (seconds or an HTTP date) as seconds from now."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


def backoff(failures: int, rng: random.Random) -> float:
    """Exponential backoff with full jitter between half and all of the step."""
    first, longest = BACKOFF_SECONDS
    step = min(longest, first * 2 ** max(0, failures - 1))
    return step * (0.5 + 0.5 * rng.random())


class ServerPool:
    """Generates through a pool of ``/v1/chat/completions`` endpoints serving one model."""

    def __init__(
        self,
        endpoints: Sequence[Endpoint],
        model: str,
        *,
        api_key: str | None = None,
        timeout: float = 600.0,
        patience: float = 120.0,
        on_event: Callable[[str], None] | None = None,
        on_stats: Callable[[list[dict[str, Any]]], None] | None = None,
        seed: int | None = None,
    ) -> None:
        if not endpoints:
            raise HandloomError("A remote model needs at least one server address.")
        self.servers = [_Server(e, chat_url(e.url)) for e in endpoints]
        self.model = model
        self.patience = patience
        self.on_event = on_event
        self.on_stats = on_stats
        self.rng = random.Random(seed)
        self.logged = 0
        self.last_stats = 0.0
        self.capacity = sum(e.concurrency for e in endpoints)
        self.api_key = api_key
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.client = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(timeout, connect=min(10.0, timeout)),
            limits=httpx.Limits(max_connections=self.capacity,
                                max_keepalive_connections=self.capacity),
        )

    # -- one request ---------------------------------------------------------------------

    def render(self, messages: Sequence[Mapping[str, str]]) -> str:
        return messages_prompt(messages)

    def _post(self, server: _Server, request: GenerationRequest) -> GenerationResult:
        """One attempt on one endpoint; raises ``_Attempt`` saying whether to try again."""
        style = server.schema_style  # read once: another answer may change it meanwhile
        body = chat_body(request, self.model, schema_style=style)
        started = time.perf_counter()
        try:
            response = self.client.post(server.url, json=body)
        except httpx.ConnectTimeout:
            raise _Attempt(_Failure("no connection in time", retry=True, counts=False,
                                    down=True)) from None
        except httpx.TimeoutException as e:
            raise _Attempt(_Failure(f"no answer in time ({type(e).__name__})", retry=True)
                           ) from None
        except httpx.ConnectError as e:
            said = "connection refused" if "refused" in str(e).lower() else f"no connection ({e})"
            raise _Attempt(_Failure(said, retry=True, counts=False, down=True)) from None
        except httpx.TransportError as e:
            raise _Attempt(_Failure(f"the connection dropped ({type(e).__name__})", retry=True,
                                    counts=False)) from None
        seconds = time.perf_counter() - started
        status = response.status_code
        if status != 200:
            failure = self._refusal(response, "response_format" in body)
            failure.style = style
            raise _Attempt(failure)
        try:
            payload = response.json()
            choice = payload["choices"][0]
            text = choice["message"]["content"] or ""
            usage = payload.get("usage") or {}
        except (ValueError, KeyError, IndexError, TypeError):
            raise _Attempt(_Failure("the answer was not an OpenAI chat completion",
                                    retry=True)) from None
        finish: FinishReason = "length" if choice.get("finish_reason") == "length" else "stop"
        return GenerationResult(
            key=request.key, text=text,
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            finish_reason=finish, seconds=seconds, first_token_seconds=None)

    def _refusal(self, response: httpx.Response, with_schema: bool) -> _Failure:
        status = response.status_code
        detail = " ".join(response.text.split())
        if self.api_key:  # a server that quotes the request back must not put the key in a log
            detail = detail.replace(self.api_key, "[the API key]")
        detail = detail[:200]
        said = f"answered {status} {response.reason_phrase}" + (f": {detail}" if detail else "")
        # A server that does not take this kind of structured output says so with a 400 or
        # 422 (llama-cpp-python's server: a 500) naming it; then it is asked another way.
        if with_schema and (status == 422 or (status in (400, 500) and re.search(
                "response_format|json_schema|json_object", detail, re.IGNORECASE))):
            return _Failure(said, retry=True, counts=False, drop_schema=True)
        if status == 429:
            return _Failure(said, retry=True, counts=False,
                            retry_after=retry_after_seconds(response.headers.get("retry-after")))
        if status >= 500 or status == 408:
            return _Failure(said, retry=True,
                            retry_after=retry_after_seconds(response.headers.get("retry-after")))
        if status in (401, 403):
            return _Failure(f"{said} (check the API key)", retry=True, counts=False, fatal=True)
        if status == 404:
            return _Failure(f"{said} (check the address and the model name)", retry=True,
                            counts=False, fatal=True)
        return _Failure(said, retry=False)

    # -- the pool ------------------------------------------------------------------------

    def _event(self, message: str) -> None:
        if self.on_event is None or self.logged > MAX_LOGGED_EVENTS:
            return
        self.logged += 1
        if self.logged > MAX_LOGGED_EVENTS:
            message = f"More than {MAX_LOGGED_EVENTS} retries and failures; the rest are not logged."
        self.on_event(message)

    def stats(self) -> list[dict[str, Any]]:
        """Per endpoint: state, requests, tokens, tokens/s while busy, errors, retries."""
        now = time.monotonic()
        return [s.stats(now) for s in self.servers]

    def _report(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.on_stats is not None and (force or now - self.last_stats >= 0.5):
            self.last_stats = now
            self.on_stats(self.stats())

    def _choose(self, now: float) -> _Server | None:
        """The free endpoint with the least work in flight for its concurrency."""
        free = [s for s in self.servers if s.free(now)]
        return min(free, key=lambda s: (s.load(), s.in_flight)) if free else None

    def _failed(self, server: _Server, request: GenerationRequest, failure: _Failure,
                failures: dict[str, int], now: float) -> float | None:
        """Book a failed attempt; the delay before trying the request again, or None."""
        if failure.drop_schema:
            if failure.style == server.schema_style:  # not already stepped down meanwhile
                style = SCHEMA_STYLES[SCHEMA_STYLES.index(server.schema_style) + 1]
                server.schema_style = style
                instead = ("a JSON object with the schema" if style == "json_object"
                           else "plain text")
                self._event(f"{server.endpoint.label} refused structured output "
                            f"({failure.message}); asking it for {instead} instead.")
            return 0.0
        server.errors += 1
        server.last_error = failure.message
        if server.failing_since is None:
            server.failing_since = now
        if failure.fatal:
            server.disabled = failure.message
            self._event(f"{server.endpoint.label} {failure.message}; it is not used for this job.")
        else:
            server.consecutive += 1
            if failure.retry_after:
                server.aside_until = max(server.aside_until, now + failure.retry_after)
            if (failure.down or server.consecutive >= SET_ASIDE_AFTER) and server.aside_until <= now:
                first, longest = SET_ASIDE_SECONDS
                period = min(longest, first * 2 ** server.set_asides)
                server.set_asides += 1
                server.aside_until = now + period
                self._event(f"{server.endpoint.label} set aside for {period:.0f} s after "
                            f"{server.consecutive} failure(s) in a row: {failure.message}.")
        if not failure.retry:
            return None
        if failure.counts:
            failures[request.key] = failures.get(request.key, 0) + 1
            if failures[request.key] >= MAX_REQUEST_FAILURES:
                return None
        delay = failure.retry_after
        if delay is None:
            delay = backoff(failures.get(request.key, 0) + 1, self.rng)
        server.retries += 1
        self._event(f"{server.endpoint.label} {failure.message}; trying request "
                    f"{request.key} again in {delay:.1f} s.")
        return delay

    def _succeeded(self, server: _Server, result: GenerationResult) -> None:
        if server.set_asides and server.consecutive:
            self._event(f"{server.endpoint.label} answers again.")
        server.consecutive = 0
        server.set_asides = 0
        server.failing_since = None
        server.requests += 1
        server.tokens += result.completion_tokens

    def _gone(self, now: float) -> bool:
        """Whether every endpoint has failed without a success for longer than the patience."""
        return all(s.disabled or (s.failing_since is not None
                                  and now - s.failing_since > self.patience)
                   for s in self.servers)

    def _give_up(self) -> ServersUnavailable:
        reasons = "; ".join(f"{s.endpoint.label}: {s.disabled or s.last_error or 'no answer'}"
                            for s in self.servers)
        return ServersUnavailable(
            f"No server answered for {self.patience:.0f} s ({reasons}). The job stopped here and "
            "keeps everything written so far; resume it when a server is back.")

    def generate(
        self,
        requests: Iterable[GenerationRequest],
        *,
        on_tokens: Callable[[str, str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[GenerationResult]:
        """Yield each request's result once, as it finishes, spreading them over the pool."""
        source = iter(requests)
        exhausted = False
        ready: deque[GenerationRequest] = deque()
        waiting: list[_Waiting] = []
        order = itertools.count()
        failures: dict[str, int] = {}
        in_flight: dict[Future[GenerationResult], tuple[_Server, GenerationRequest]] = {}
        threads = _Threads(self.capacity)
        try:
            while True:
                if cancel is not None and cancel.is_set():
                    raise JobCancelled()
                now = time.monotonic()
                while waiting and waiting[0].ready_at <= now:
                    ready.appendleft(heapq.heappop(waiting).request)
                while (server := self._choose(now)) is not None:
                    if not ready and not exhausted:
                        nxt = next(source, None)
                        if nxt is None:
                            exhausted = True
                        else:
                            ready.append(nxt)
                    if not ready:
                        break
                    request = ready.popleft()
                    server.started(now)
                    call = partial(self._post, server, request)
                    in_flight[threads.submit(call)] = (server, request)
                if not in_flight and not ready and not waiting and exhausted:
                    break
                if all(s.disabled for s in self.servers):
                    raise EndpointError("; ".join(
                        f"{s.url} {s.disabled}" for s in self.servers) + ".")
                if (ready or waiting or in_flight) and self._gone(now):
                    raise self._give_up()
                timeout = 0.25
                if waiting:
                    timeout = min(timeout, max(0.0, waiting[0].ready_at - now))
                done, _ = (wait(in_flight, timeout=timeout, return_when=FIRST_COMPLETED)
                           if in_flight else (set(), None))
                if not in_flight:
                    time.sleep(timeout)
                for future in done:
                    server, request = in_flight.pop(future)
                    now = time.monotonic()
                    server.ended(now)
                    try:
                        result = future.result()
                    except _Attempt as attempt:
                        delay = self._failed(server, request, attempt.failure, failures, now)
                        if delay is None:
                            yield GenerationResult(
                                request.key, "", 0, 0, "error", 0.0, None,
                                f"{server.endpoint.label} {attempt.failure.message}")
                        else:
                            heapq.heappush(waiting, _Waiting(now + delay, next(order), request))
                        continue
                    self._succeeded(server, result)
                    if on_tokens is not None and result.text:
                        on_tokens(result.key, result.text)
                    yield result
                self._report()
        finally:
            # Requests still in flight (a cancel, servers gone) are not waited for: closing
            # the client ends them, and a resumed job asks again for what was not stored.
            for future in in_flight:
                future.cancel()
            threads.stop()
            self._report(force=True)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> ServerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
