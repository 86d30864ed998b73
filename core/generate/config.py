"""The "generate" job's config: one typed, frozen record with the defaults in one place.

The command line builds it from its flags, the window from its form; both write it with
``to_json`` into the ``jobs`` table, with the keys ``handloom generate`` has always stored,
and ``from_json`` reads any config stored before (a key missing there takes its default), so
that resuming compares two configs, not two dicts written by different hands.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from core.generate.settings import GenerationSettings

WAIT_FOR_SERVERS = 120.0  # seconds every server may be gone before the job stops
# Written only when set: sampling knobs without a flag or a field, and the benchmarks' switch.
_WHEN_SET = ("context", "top_k", "min_p", "repeat_penalty", "ignore_eos")


@dataclass(frozen=True)
class GenerateConfig:
    """What a "generate" job answers and how: the model, the sampling settings, which
    instructions, and how to reach servers when the model lives on some."""

    model: str | None = None
    samples: int = GenerationSettings.samples
    parallel: int = 8
    max_tokens: int = GenerationSettings.max_tokens
    temperature: float = GenerationSettings.temperature
    top_p: float = GenerationSettings.top_p
    seed: int | None = None
    system: str | None = None
    language: str | None = None
    limit: int | None = None
    api_key_env: str | None = None
    # requests each server takes at once: one number for all, one per endpoint, or None for
    # each endpoint's own
    concurrency: int | tuple[int, ...] | None = None
    wait_for_servers: float = WAIT_FOR_SERVERS
    context: int | None = None
    top_k: int | None = None
    min_p: float | None = None
    repeat_penalty: float | None = None
    ignore_eos: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.concurrency, list):
            object.__setattr__(self, "concurrency", tuple(self.concurrency))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GenerateConfig:
        """The config stored as ``data`` (keys it lacks take their defaults; keys that are not
        settings, such as the ``job_id`` a running job is given, are left out)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("wait_for_servers") is None:
            values.pop("wait_for_servers", None)  # stored by windows that did not ask
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        """The stored form: every key ``handloom generate`` writes, plus the rarer settings
        when they are set."""
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _WHEN_SET and value in (None, False):
                continue
            data[f.name] = list(value) if isinstance(value, tuple) else value
        return data

    def with_model(self, model: str) -> GenerateConfig:
        return replace(self, model=model)

    def settings(self) -> GenerationSettings:
        """The sampling settings, checked; a wrong one is named in the error."""
        return GenerationSettings.from_config(self.to_json())

    def validated(self) -> GenerateConfig:
        """This config, or a HandloomError naming the first setting out of range."""
        self.settings()
        return self
