"""Opening the backend a model needs: the local llama.cpp process or a remote server."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from core.engine.chat_template import ChatTemplate, template_for_model
from core.engine.generation import GenerationRequest, GenerationResult
from core.errors import HandloomError
from core.store.registry import ModelRecord

if TYPE_CHECKING:
    from core.engine.busy import Sharing


class Backend(Protocol):
    stop: tuple[str, ...]

    def render(self, messages: Sequence[Mapping[str, str]]) -> str: ...

    def generate(self, requests: Iterable[GenerationRequest], *,
                 on_tokens: Callable[[str, str], None] | None = None,
                 cancel: Any = None) -> Iterator[GenerationResult]: ...

    def __enter__(self) -> Backend: ...

    def __exit__(self, *exc: object) -> None: ...


def chat_template(model: ModelRecord) -> ChatTemplate:
    """The template a model's prompts are written with (its own, or the user's choice)."""
    from core.engine.gguf_info import read_model_info

    info = read_model_info(model.file())
    return template_for_model(
        model.chat_template,
        choice=model.template_choice,
        bos_token=info.bos_token,
        eos_token=info.eos_token,
    )


def shared_prefix(template: ChatTemplate, system: str | None) -> str | None:
    """The prompt text every request shares (the system turn), evaluated once by the engine."""
    if not system:
        return None
    a = template.render([{"role": "system", "content": system}, {"role": "user", "content": "A"}])
    b = template.render([{"role": "system", "content": system}, {"role": "user", "content": "B"}])
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n] if n > len(system) else None


class LocalBackend:
    """A bundled or registered GGUF (optionally with a LoRA adapter) in a llama.cpp process."""

    def __init__(self, model: ModelRecord, config: dict[str, Any], *,
                 waiting: Callable[[str], None] | None = None, cancel: Any = None) -> None:
        from core.engine.process import LocalEngine

        self.template = chat_template(model)
        self.stop = tuple(self.template.stop)
        self.engine = LocalEngine(
            str(model.file()),
            n_parallel=int(config.get("parallel") or 8),
            n_ctx_per_seq=int(config.get("context") or 2048),
            lora_path=model.adapter_path,
            system_prefix=shared_prefix(self.template, config.get("system")),
            waiting=waiting,
            cancel=cancel,
        )

    def render(self, messages: Sequence[Mapping[str, str]]) -> str:
        return self.template.render(messages)

    def shared_with(self) -> str:
        """A note for the progress line while other programs use part of the CPUs."""
        return sharing_note(self.engine.sharing)

    def generate(self, requests: Iterable[GenerationRequest], *,
                 on_tokens: Callable[[str, str], None] | None = None,
                 cancel: Any = None) -> Iterator[GenerationResult]:
        return self.engine.generate(requests, on_tokens=on_tokens, cancel=cancel)

    def __enter__(self) -> LocalBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.engine.close()


class RemoteBackend:
    """A pool of OpenAI-compatible servers; the API key is read from the environment, never
    stored. ``concurrency`` in the config, when given, replaces every endpoint's own for this
    job; ``wait_for_servers`` is how long (seconds) every server may be gone before the job
    stops as interrupted."""

    stop: tuple[str, ...] = ()

    def __init__(self, model: ModelRecord, config: dict[str, Any], progress: Any = None) -> None:
        from dataclasses import replace

        from core.engine.pool import ServerPool

        key_var = config.get("api_key_env")
        api_key = os.environ.get(key_var) if key_var else None
        if key_var and not api_key:
            raise HandloomError(f"The environment variable {key_var} holding the API key is not set.")
        assert model.remote_model
        endpoints = model.endpoints
        if config.get("concurrency"):
            endpoints = [replace(e, concurrency=int(config["concurrency"])) for e in endpoints]
        self.engine = ServerPool(
            endpoints, model.remote_model, api_key=api_key,
            patience=float(config.get("wait_for_servers") or 120),
            on_event=getattr(progress, "log", None),
            on_stats=getattr(progress, "endpoints", None))

    def render(self, messages: Sequence[Mapping[str, str]]) -> str:
        return self.engine.render(messages)

    def generate(self, requests: Iterable[GenerationRequest], *,
                 on_tokens: Callable[[str, str], None] | None = None,
                 cancel: Any = None) -> Iterator[GenerationResult]:
        return self.engine.generate(requests, on_tokens=on_tokens, cancel=cancel)

    def endpoint_stats(self) -> list[dict[str, Any]]:
        """Per endpoint: requests, tokens, tokens/s, errors and retries so far."""
        return self.engine.stats()

    def __enter__(self) -> RemoteBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.engine.close()


def sharing_note(sharing: Sharing | None) -> str:
    """' (the CPUs are shared: other programs use 1.0 of 2)' or nothing."""
    if sharing is None or not sharing.shared:
        return ""
    return f" (the CPUs are shared: other programs use {sharing.others_cpus:.1f} of {sharing.cpus})"


class BackendFactory(Protocol):
    """What opens a model: ``open_backend``'s own arguments, a ``Backend`` back."""

    def __call__(self, model: ModelRecord, config: dict[str, Any], progress: Any = None, *,
                 waiting: Callable[[str], None] | None = None,
                 cancel: Any = None) -> Backend: ...


def real_backend(model: ModelRecord, config: dict[str, Any], progress: Any = None, *,
                 waiting: Callable[[str], None] | None = None, cancel: Any = None) -> Backend:
    """A remote model's pool of servers, or a local model's llama.cpp process."""
    if model.kind == "remote":
        return RemoteBackend(model, config, progress)
    return LocalBackend(model, config, waiting=waiting, cancel=cancel)


# The factory every job opens its models through. The program never changes it; the window's
# page tests put a scripted backend here (``backends_from``) so they need no model file. It is
# process-wide, not a context variable, because jobs run on worker threads.
_factory: BackendFactory = real_backend
_factory_lock = threading.Lock()


Factory = TypeVar("Factory", bound=BackendFactory)


@contextmanager
def backends_from(factory: Factory) -> Iterator[Factory]:
    """Open every model through ``factory`` while the block runs, then the real ones again."""
    global _factory
    with _factory_lock:
        before, _factory = _factory, factory
    try:
        yield factory
    finally:
        with _factory_lock:
            _factory = before


def open_backend(model: ModelRecord, config: dict[str, Any], progress: Any = None, *,
                 waiting: Callable[[str], None] | None = None, cancel: Any = None) -> Backend:
    """The backend ``model`` runs on. A pool of servers gives ``progress`` (a job's) its log
    and per-endpoint figures when it takes them (``progress.log``, ``progress.endpoints``).
    A local model first waits for this machine's model turn (``core.engine.turns``), saying
    so through ``waiting(sentence)``; ``cancel`` ends that wait. The backend comes from the
    factory ``backends_from`` chose, the real one unless a test chose another."""
    from core.progress import hook

    hook(progress, "loading", model.name)
    backend = _factory(model, config, progress, waiting=waiting, cancel=cancel)
    hook(progress, "model_ready")  # loading is over: what follows is the work itself
    return backend


def endpoint_report(backend: Backend) -> list[dict[str, Any]] | None:
    """The per-endpoint figures of a backend on a pool of servers, for a job's result."""
    stats = getattr(backend, "endpoint_stats", None)
    return stats() if stats is not None else None
