"""How a judge model decodes, for every job that asks one: scoring responses (``judge``,
``followup``, their batch files) and the arena's verdicts and grades (``arena_judge``).

One ``JudgeSettings``: greedy by default, held to a grammar on a local judge, asked for
structured output on a server where the job's answers have a JSON schema. The jobs differ
only in their limits (``JudgeLimits``): how long an answer may be by default and at least,
and the command-line flag that sets it, named after the setting's sentence.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from core.errors import HandloomError

if TYPE_CHECKING:
    from core.engine.generation import GenerationRequest


@dataclass(frozen=True)
class JudgeLimits:
    """What a job's judge answers must fit: the longest answer by default and at least, the
    command-line flag that sets it, and whether a server is asked for structured output."""

    default_max_tokens: int
    min_tokens: int
    max_tokens_flag: str
    structured: bool


# Scores 0-10 with a rationale (core.judge): the judge and follow-up jobs.
SCORING = JudgeLimits(default_max_tokens=320, min_tokens=24, max_tokens_flag="--max-tokens",
                      structured=True)
MAX_TOKENS = 4096
MAX_TEMPERATURE = 2.0


@dataclass(frozen=True)
class JudgeSettings:
    """How the judge decodes; the scoring jobs record it on every judgement they make."""

    max_tokens: int = SCORING.default_max_tokens
    temperature: float = 0.0
    seed: int | None = None
    grammar: bool = True
    schema: bool = False  # a server is asked for structured output (response_format)

    @classmethod
    def from_config(cls, config: Mapping[str, Any], *, remote: bool,
                    limits: JudgeLimits = SCORING) -> JudgeSettings:
        """The settings a job's config asks for (unset ones take their defaults), checked."""
        values = {k: config[k] for k in ("max_tokens", "temperature", "seed")
                  if config.get(k) is not None}
        values.setdefault("max_tokens", limits.default_max_tokens)
        grammar = not remote and bool(config.get("grammar", True))
        settings = cls(**values, grammar=grammar, schema=remote and limits.structured)
        if not limits.min_tokens <= settings.max_tokens <= MAX_TOKENS:
            raise HandloomError(f"The judge's longest answer must be between "
                                f"{limits.min_tokens} and {MAX_TOKENS} tokens.",
                                cli_hint=f"({limits.max_tokens_flag})")
        if not 0 <= settings.temperature <= MAX_TEMPERATURE:
            raise HandloomError("The judge's temperature must be between 0 and 2.",
                                cli_hint="(--temperature)")
        return settings

    @property
    def rationale_chars(self) -> int:
        from core.judge import prompt  # language names load only when a judge runs

        return prompt.rationale_chars_for(self.max_tokens)

    def to_json(self) -> dict[str, Any]:
        """As recorded on a score judgement (with the scoring prompt's version)."""
        from core.judge import prompt

        return {**asdict(self), "rationale_chars": self.rationale_chars,
                "prompt_version": prompt.PROMPT_VERSION}

    def request(self, key: str, text: str, stop: Sequence[str], grammar: str | None = None,
                json_schema: dict[str, Any] | None = None) -> GenerationRequest:
        """A judge request for a rendered prompt: held by ``grammar`` on a local judge, by
        ``json_schema`` on a server that takes one."""
        from core.engine.generation import GenerationRequest

        seed = None if self.seed is None else (self.seed + zlib.crc32(key.encode())) % 2**31
        return GenerationRequest(
            key=key, prompt=text, max_tokens=self.max_tokens, temperature=self.temperature,
            seed=seed, stop=tuple(stop), repeat_penalty=1.0,
            grammar=grammar if self.grammar else None,
            json_schema=json_schema if self.schema else None,
        )

    def score_request(self, key: str, text: str, stop: Sequence[str]) -> GenerationRequest:
        """A request for a 0-10 score with a rationale (core.judge.prompt's format)."""
        from core.judge import prompt

        return self.request(key, text, stop, prompt.judgement_grammar(self.rationale_chars),
                            prompt.judgement_schema(self.rationale_chars))
