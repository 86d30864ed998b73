"""Does llama.cpp run on this computer? A few tokens from the bundled model, here.

``handloom device --check`` loads SmolLM2 in the calling process (not in a model process),
so that what runs is exactly this process's llama.cpp on this CPU: it is how a person (or
the installers' smoke test, under an emulated older CPU) sees that the CPU code llama.cpp
chose works. It prints which CPU code ran and how fast.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from core.engine.cpu_code import CpuCode


@dataclass(frozen=True)
class EngineCheck:
    """What the check produced: the CPU code that ran, the text and its speed."""

    cpu_code: CpuCode
    text: str
    tokens: int
    seconds: float

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds > 0 else 0.0

    def to_json(self) -> dict[str, object]:
        return {"cpu_code": self.cpu_code.to_json(), "text": self.text, "tokens": self.tokens,
                "seconds": round(self.seconds, 3),
                "tokens_per_second": round(self.tokens_per_second, 1)}


def check_engine(tokens: int = 8, threads: int = 0) -> EngineCheck:
    """Generate ``tokens`` tokens greedily from the bundled SmolLM2, in this process."""
    import llama_cpp as ll

    from core.engine import bundled
    from core.engine.batch import BatchDecoder, DecoderSettings
    from core.engine.cpu_code import cpu_code
    from core.engine.generation import GenerationRequest

    code = cpu_code(ll.llama_print_system_info().decode("utf-8", "replace"))
    path = bundled.locate("smollm2")
    decoder = BatchDecoder(DecoderSettings(str(path), n_parallel=1, n_ctx_per_seq=128,
                                           n_gpu_layers=0, n_threads=threads))
    try:
        request = GenerationRequest("check", "The three primary colours are",
                                    max_tokens=tokens, temperature=0.0, ignore_eos=True)
        started = time.perf_counter()
        results = [r for r in [decoder.start(request.to_wire())] if r is not None]
        while not results:
            results = decoder.step(None)
        seconds = time.perf_counter() - started
    finally:
        decoder.close()
    result = results[0]
    if result.error:
        from core.engine.errors import EngineCrashed

        raise EngineCrashed(f"llama.cpp could not generate on this computer: {result.error}")
    return EngineCheck(code, result.text, result.completion_tokens, seconds)
