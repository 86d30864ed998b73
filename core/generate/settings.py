"""Generation settings: what makes two responses comparable, and their stable key."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

from core.errors import HandloomError


@dataclass(frozen=True)
class GenerationSettings:
    samples: int = 1
    max_tokens: int = 512
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    seed: int | None = None
    system: str | None = None

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> GenerationSettings:
        values = {k: config[k] for k in asdict(cls()) if config.get(k) is not None}
        settings = cls(**values)
        if not 1 <= settings.samples <= 64:
            raise HandloomError("Samples per instruction must be between 1 and 64.", cli_hint="(--samples)")
        if not 1 <= settings.max_tokens <= 32_768:
            raise HandloomError("The longest answer must be between 1 and 32768 tokens.", cli_hint="(--max-tokens)")
        if not 0 <= settings.temperature <= 5:
            raise HandloomError("The temperature must be between 0 and 5.", cli_hint="(--temperature)")
        if not 0 < settings.top_p <= 1:
            raise HandloomError("Top-p must be above 0 and at most 1.", cli_hint="(--top-p)")
        return settings

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def key(self) -> str:
        """Everything but the sample count: asking for 6 samples after 1 adds 5 more."""
        data = {k: v for k, v in asdict(self).items() if k != "samples"}
        return hashlib.blake2b(json.dumps(data, sort_keys=True).encode(), digest_size=8).hexdigest()

    def messages(self, instruction: str) -> list[dict[str, str]]:
        messages = [{"role": "system", "content": self.system}] if self.system else []
        return [*messages, {"role": "user", "content": instruction}]
