"""The Compare stage's two job configs: ``arena_answers`` (the models answer an evaluation set
with the same settings) and ``arena_judge`` (an LLM judge compares and grades the answers).

Typed and frozen, with the defaults in one place: ``handloom arena`` builds both from its
flags and the Compare page from its forms; both write them with ``to_json``, the keys
``handloom arena`` has always stored, and resuming compares typed configs
(``core.job_config``), so a comparison stopped in the window continues from the command line.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.generate.settings import GenerationSettings
from core.job_config import JobConfig
from core.judge.settings import JudgeLimits, JudgeSettings

MIN_MAX_TOKENS = 20
# The arena judge's answers (core.judge.settings): shorter than scores, set on the command line
# by ``--judge-max-tokens``; a server is not asked for structured output.
ARENA = JudgeLimits(default_max_tokens=256, min_tokens=MIN_MAX_TOKENS,
                    max_tokens_flag="--judge-max-tokens", structured=False)
# Requests each server takes at once, as ``handloom arena`` and the Compare page ask (a job
# whose config leaves it out lets each server take its own).
ASKED_CONCURRENCY = 4


@dataclass(frozen=True)
class ArenaAnswersConfig(JobConfig):
    """Which models answer which evaluation set, with the generation settings they share
    (one answer per model and prompt), and how the models are run."""

    eval_set: str | None = None  # the set's id (or name)
    models: tuple[str, ...] = ()  # the models' names, at least two
    max_tokens: int = GenerationSettings.max_tokens
    temperature: float = GenerationSettings.temperature
    top_p: float = GenerationSettings.top_p
    seed: int | None = None
    system: str | None = None
    parallel: int = 4
    context: int = 4096
    api_key_env: str | None = None
    concurrency: int | None = None

    def settings(self) -> GenerationSettings:
        """The shared generation settings, checked; a wrong one is named in the error."""
        return GenerationSettings.from_config({**self.to_json(), "samples": 1})

    def validated(self) -> ArenaAnswersConfig:
        """This config, or a HandloomError naming the first setting out of range."""
        self.settings()
        return self


@dataclass(frozen=True)
class ArenaJudgeConfig(JobConfig):
    """Which judge compares the answers of which models on which set (each pair in both
    orders), whether it also grades each answer, and how it is run."""

    # Written only when set: knobs without a flag or a field (the fine-tune report asks for
    # verdicts only through ``grades``; benchmarks may turn the grammar off).
    WRITTEN_WHEN_SET = ("pairwise", "temperature", "seed", "grammar")

    eval_set: str | None = None
    judge: str | None = None
    models: tuple[str, ...] = ()  # none: every model with answers in the set
    max_tokens: int = ARENA.default_max_tokens
    grades: bool = True
    parallel: int = 4
    context: int = 4096
    api_key_env: str | None = None
    concurrency: int | None = None
    pairwise: bool = True
    temperature: float = JudgeSettings.temperature
    seed: int | None = None
    grammar: bool | None = None  # False: no grammar even for a local judge

    def settings(self, *, remote: bool) -> JudgeSettings:
        """How the judge decodes, checked; a wrong setting is named in the error."""
        return JudgeSettings.from_config(self.to_json(), remote=remote, limits=ARENA)
