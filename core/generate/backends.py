"""Opening the backend a model needs: the local llama.cpp process or a remote server."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from core.engine.chat_template import ChatTemplate, template_for_model
from core.engine.generation import GenerationRequest, GenerationResult
from core.engine.registry import ModelRecord
from core.errors import HandloomError


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

    def __init__(self, model: ModelRecord, config: dict[str, Any]) -> None:
        from core.engine.process import LocalEngine

        self.template = chat_template(model)
        self.stop = tuple(self.template.stop)
        self.engine = LocalEngine(
            str(model.file()),
            n_parallel=int(config.get("parallel") or 8),
            n_ctx_per_seq=int(config.get("context") or 2048),
            lora_path=model.adapter_path,
            system_prefix=shared_prefix(self.template, config.get("system")),
        )

    def render(self, messages: Sequence[Mapping[str, str]]) -> str:
        return self.template.render(messages)

    def generate(self, requests: Iterable[GenerationRequest], *,
                 on_tokens: Callable[[str, str], None] | None = None,
                 cancel: Any = None) -> Iterator[GenerationResult]:
        return self.engine.generate(requests, on_tokens=on_tokens, cancel=cancel)

    def __enter__(self) -> LocalBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.engine.close()


class RemoteBackend:
    """An OpenAI-compatible server; the API key is read from the environment, never stored."""

    stop: tuple[str, ...] = ()

    def __init__(self, model: ModelRecord, config: dict[str, Any]) -> None:
        from core.engine.remote import RemoteEngine

        key_var = config.get("api_key_env")
        api_key = os.environ.get(key_var) if key_var else None
        if key_var and not api_key:
            raise HandloomError(f"The environment variable {key_var} holding the API key is not set.")
        assert model.endpoint and model.remote_model
        self.engine = RemoteEngine(model.endpoint, model.remote_model, api_key=api_key,
                                   concurrency=int(config.get("concurrency") or 4))

    def render(self, messages: Sequence[Mapping[str, str]]) -> str:
        return self.engine.render(messages)

    def generate(self, requests: Iterable[GenerationRequest], *,
                 on_tokens: Callable[[str, str], None] | None = None,
                 cancel: Any = None) -> Iterator[GenerationResult]:
        return self.engine.generate(requests, on_tokens=on_tokens, cancel=cancel)

    def __enter__(self) -> RemoteBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.engine.close()


def open_backend(model: ModelRecord, config: dict[str, Any]) -> Backend:
    if model.kind == "remote":
        return RemoteBackend(model, config)
    return LocalBackend(model, config)
