"""The "judge" job's config: one typed, frozen record with the defaults in one place.

``handloom judge`` builds it from its flags, the Judge page from its controls (the page adds
the rubric it shows), the seed recipe from its settings; all write it with ``to_json``, the
keys ``handloom judge`` has always stored, and resuming compares typed configs
(``core.job_config``), so a run started in the window finds one stopped on the command line.
The "followup" job's config (``FollowupConfig``) is built the same way by ``handloom
followup``, the Judge page and the seed recipe's second turn.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.errors import HandloomError
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


# The follow-up's judge scores like the judge job; its answer length has its own flag.
FOLLOWUP_JUDGING = replace(SCORING, max_tokens_flag="--judge-max-tokens")


@dataclass(frozen=True)
class FollowupConfig(JobConfig):
    """Which model writes a second turn for the selected pairs, which judge scores it with
    which rubric, the lowest score kept, and how both decode."""

    model: str | None = None  # writes the follow-up question and its answer
    judge: str | None = None  # none: the same model
    rubric: str | None = None  # a rubric id; none: the project's current rubric
    min_score: float = 9.0
    parallel: int = 4
    context: int = 4096
    max_tokens: int = 512  # the second answer's longest
    judge_max_tokens: int = SCORING.default_max_tokens
    temperature: float = 0.7
    seed: int | None = None

    def judge_settings(self, *, remote: bool) -> JudgeSettings:
        """How the judge decodes, checked; a wrong setting is named in the error."""
        return JudgeSettings.from_config({"max_tokens": self.judge_max_tokens}, remote=remote,
                                         limits=FOLLOWUP_JUDGING)

    def validated(self) -> FollowupConfig:
        """This config, or a HandloomError naming the first setting out of range."""
        if self.min_score < 0:
            raise HandloomError("The lowest score kept must be 0 or more (a score above 10 "
                                "keeps nothing).", cli_hint="(--min-score)")
        self.judge_settings(remote=False)
        return self
