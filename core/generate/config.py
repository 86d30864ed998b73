"""The "generate" job's config: one typed, frozen record with the defaults in one place.

The command line builds it from its flags, the window from its form; both write it with
``to_json`` into the ``jobs`` table, with the keys ``handloom generate`` has always stored,
and ``from_json`` reads any config stored before (``core.job_config``), so that resuming
compares two configs, not two dicts written by different hands.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.generate.settings import GenerationSettings
from core.job_config import WAIT_FOR_SERVERS, JobConfig


@dataclass(frozen=True)
class GenerateConfig(JobConfig):
    """What a "generate" job answers and how: the model, the sampling settings, which
    instructions, and how to reach servers when the model lives on some."""

    # Written only when set: sampling knobs without a flag or a field, the benchmarks' switch.
    WRITTEN_WHEN_SET = ("context", "top_k", "min_p", "repeat_penalty", "ignore_eos")

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

    def settings(self) -> GenerationSettings:
        """The sampling settings, checked; a wrong one is named in the error."""
        return GenerationSettings.from_config(self.to_json())

    def validated(self) -> GenerateConfig:
        """This config, or a HandloomError naming the first setting out of range."""
        self.settings()
        return self
