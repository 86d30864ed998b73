"""The "judge" job's config: one typed, frozen record with the defaults in one place.

``handloom judge`` builds it from its flags, the Judge page from its controls (the page adds
the rubric it shows), the seed recipe from its settings; all write it with ``to_json``, the
keys ``handloom judge`` has always stored, and resuming compares typed configs
(``core.job_config``), so a run started in the window finds one stopped on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.job_config import WAIT_FOR_SERVERS, JobConfig
from core.judge.settings import SCORING, JudgeSettings


@dataclass(frozen=True)
class JudgeConfig(JobConfig):
    """Which judge scores which responses with which rubric, how it decodes, and how to
    reach it when it lives on servers."""

    WRITTEN_WHEN_SET = ("grammar",)

    model: str | None = None
    rubric: str | None = None  # a rubric id; none: the project's current rubric
    parallel: int = 4
    context: int = 4096
    only_unjudged: bool = False
    max_tokens: int = SCORING.default_max_tokens
    temperature: float = JudgeSettings.temperature
    seed: int | None = None
    retry_failed: bool = False
    flags: bool = True
    api_key_env: str | None = None
    concurrency: int | tuple[int, ...] | None = None
    wait_for_servers: float = WAIT_FOR_SERVERS
    grammar: bool | None = None  # False: no grammar even for a local judge (benchmarks)

    def settings(self, *, remote: bool) -> JudgeSettings:
        """How the judge decodes, checked; a wrong setting is named in the error."""
        return JudgeSettings.from_config(self.to_json(), remote=remote)
