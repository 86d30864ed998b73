"""What a caller asks the engine for and what it gets back.

Plain dataclasses with no llama.cpp import, so that the parent process (the
window, the command line, the jobs) can build requests without loading the
native library; they cross the pipe to the model process as dicts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

FinishReason = Literal["stop", "length", "error"]


@dataclass(frozen=True)
class GenerationRequest:
    """One prompt to answer. ``prompt`` is already rendered through a chat template.

    ``key`` is the caller's identifier (an instruction id, say) and comes back on
    the result. ``temperature`` 0 means greedy decoding. ``seed`` None picks a
    random seed. ``grammar`` is a GBNF grammar that constrains the answer (llama.cpp);
    ``json_schema`` asks a server for the same shape as structured output.
    """

    key: str
    prompt: str
    max_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    repeat_last_n: int = 64
    seed: int | None = None
    stop: tuple[str, ...] | list[str] = ()
    grammar: str | None = None
    json_schema: dict[str, Any] | None = None
    ignore_eos: bool = False  # for benchmarks: generate exactly max_tokens

    def to_wire(self) -> dict[str, Any]:
        """A picklable dict for the pipe."""
        data = asdict(self)
        data["stop"] = list(self.stop)
        return data


@dataclass(frozen=True)
class GenerationResult:
    """One finished answer; ``error`` holds a sentence when ``finish_reason`` is "error"."""

    key: str
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: FinishReason
    seconds: float
    first_token_seconds: float | None
    error: str | None = None
    tokens: list[int] = field(default_factory=list, repr=False)
