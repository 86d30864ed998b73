"""The "translate" job's config: one typed, frozen record with the defaults in one place.

``handloom translate`` builds it from its flags, the Translate page from its form and the seed
recipe from its settings; all write it with ``to_json``, the keys ``handloom translate`` has
always stored, and resuming compares typed configs (``core.job_config``), so a translation
stopped in the window continues from the command line and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import HandloomError
from core.job_config import JobConfig

MAX_TOKENS = 32_768
MAX_TEMPERATURE = 5.0


@dataclass(frozen=True)
class TranslateConfig(JobConfig):
    """Which model translates which originals into which language, and how it decodes."""

    model: str | None = None
    target: str | None = None  # the language to translate into (a code)
    source: str | None = None  # only originals in this language; none: every other one
    limit: int | None = None  # only the first N originals
    parallel: int = 8
    max_tokens: int = 512
    temperature: float = 0.0
    back_translate: bool = False  # translate back and score with chrF

    def validated(self) -> TranslateConfig:
        """This config, or a HandloomError naming the first setting out of range."""
        if not 1 <= self.max_tokens <= MAX_TOKENS:
            raise HandloomError(f"The longest translation must be between 1 and {MAX_TOKENS} "
                                "tokens.", cli_hint="(--max-tokens)")
        if not 0 <= self.temperature <= MAX_TEMPERATURE:
            raise HandloomError("The translation's temperature must be between 0 and 5.",
                                cli_hint="(--temperature)")
        return self
