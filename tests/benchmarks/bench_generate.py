"""Batched generation against a loop of llama-cpp-python calls, on the two bundled models.

Run with ``pytest tests/benchmarks/bench_generate.py -m benchmark -s`` or
``python tests/benchmarks/bench_generate.py``. Each model answers the same 64
instructions with exactly 128 tokens each (end-of-generation tokens are ignored,
so every configuration does the same work): Gemma 3 270M base as plain
completion, SmolLM2-135M through its chat template. The baseline is, in the same
run, a loop of ``Llama.create_completion`` / ``create_chat_completion`` over the
same prompts with the same sampling settings. Printed per configuration:
aggregate output tokens/s and the ratio to the loop, the same per CPU-second
(steadier when other work shares the machine), where the model process spent
its time (decode, sampling, the rest), and its peak memory against model + KV
cache + compute buffers.

Targets on a 2-core machine (llama-batched-bench, decode only): Gemma 3 270M
65 tok/s at 1 sequence -> 183 at 16; SmolLM2 123 -> 267; the loop 61 and 106.
``HANDLOOM_BENCH_INSTRUCTIONS``, ``HANDLOOM_BENCH_TOKENS``, ``HANDLOOM_BENCH_PARALLEL``
(comma-separated) and ``HANDLOOM_ENGINE_THREADS`` change the run.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

if __name__ == "__main__":  # runnable as a script from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.engine import bundled
from core.engine.chat_template import template_for_model
from core.engine.gguf_info import read_model_info
from core.engine.process import GenerationRequest, LocalEngine

pytestmark = pytest.mark.benchmark

INSTRUCTIONS = int(os.environ.get("HANDLOOM_BENCH_INSTRUCTIONS", "64"))
TOKENS = int(os.environ.get("HANDLOOM_BENCH_TOKENS", "128"))
PARALLEL = [int(n) for n in os.environ.get("HANDLOOM_BENCH_PARALLEL", "1,4,8,16,32").split(",")]
THREADS = int(os.environ.get("HANDLOOM_ENGINE_THREADS", "0"))
SAMPLING = {"temperature": 0.7, "top_p": 0.95, "top_k": 40, "min_p": 0.05, "repeat_penalty": 1.1}
HEADROOM_MIB = 300

SUBJECTS = [
    "a lighthouse keeper",
    "a river",
    "the moon",
    "a bakery",
    "an old map",
    "a storm",
    "a violin",
    "a robot gardener",
]
TASKS = [
    "Write a short story about {}.",
    "Describe {} in detail.",
    "Write a poem about {}.",
    "Explain why people love {}.",
    "Write a letter to {}.",
    "List facts about {}.",
    "Write a dialogue with {}.",
    "Give advice inspired by {}.",
]


def instructions() -> list[str]:
    every = [task.format(subject) for task in TASKS for subject in SUBJECTS]
    return (every * (INSTRUCTIONS // len(every) + 1))[:INSTRUCTIONS]


def _threads() -> int:
    from core.engine.batch import available_cpus  # imports llama_cpp; fine in a benchmark

    return THREADS or available_cpus()


def run_loop(model: Path, prompts: list[str], chat: bool) -> tuple[float, float, int]:
    """The baseline: one high-level llama-cpp-python call per prompt, EOG tokens banned."""
    import llama_cpp

    llm = llama_cpp.Llama(
        str(model),
        n_ctx=512,
        n_threads=_threads(),
        n_threads_batch=_threads(),
        verbose=False,
        seed=1,
    )
    vocab = llama_cpp.llama_model_get_vocab(llm.model)
    banned = {t: -1e9 for t in range(llm.n_vocab()) if llama_cpp.llama_vocab_is_eog(vocab, t)}
    tokens = 0
    cpu = time.process_time()
    started = time.perf_counter()
    for prompt in prompts:
        if chat:
            reply = llm.create_chat_completion(
                [{"role": "user", "content": prompt}],
                max_tokens=TOKENS,
                logit_bias=banned,
                **SAMPLING,
            )
        else:
            reply = llm.create_completion(prompt, max_tokens=TOKENS, logit_bias=banned, **SAMPLING)
        tokens += reply["usage"]["completion_tokens"]
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    llm.close()
    return seconds, cpu, tokens


def run_engine(
    model: Path, prompts: list[str], n_parallel: int, kv_unified: bool
) -> dict[str, float]:
    """Our engine over the same prompts; returns throughput, time split and memory."""
    requests = [
        GenerationRequest(str(i), p, max_tokens=TOKENS, seed=i, ignore_eos=True, **SAMPLING)
        for i, p in enumerate(prompts)
    ]
    with LocalEngine(
        model, n_parallel=n_parallel, n_ctx_per_seq=384, n_threads=THREADS, kv_unified=kv_unified
    ) as engine:
        cpu = engine.stats()["cpu_seconds"]
        started = time.perf_counter()
        tokens = sum(r.completion_tokens for r in engine.generate(requests))
        seconds = time.perf_counter() - started
        stats = engine.stats()
    return {
        "seconds": seconds,
        "tokens": tokens,
        **stats,
        "cpu_seconds": stats["cpu_seconds"] - cpu,
    }


def bench_model(label: str, model: Path, render: Callable[[str], str], chat: bool) -> list[str]:
    texts = instructions()
    prompts = [render(t) for t in texts]
    size_mib = model.stat().st_size / 2**20
    loop_seconds, loop_cpu, loop_tokens = run_loop(model, texts if chat else prompts, chat)
    loop_rate = loop_tokens / loop_seconds
    loop_cpu_rate = loop_tokens / loop_cpu
    lines = [
        f"\n{label}: {len(prompts)} instructions x {TOKENS} tokens, {_threads()} threads, "
        f"model file {size_mib:.0f} MiB",
        f"{'configuration':<22}{'tok/s':>8}{'x loop':>8}{'tok/cpu-s':>10}{'x loop':>8}"
        f"{'decode':>8}{'sample':>8}{'other':>8}{'calls':>7}{'peak MiB':>10}{'model+KV+compute':>18}",
        f"{'llama-cpp-python loop':<22}{loop_rate:>8.1f}{1.0:>8.2f}{loop_cpu_rate:>10.1f}{1.0:>8.2f}",
    ]
    configs = [(n, False) for n in PARALLEL] + ([(16, True)] if 16 in PARALLEL else [])
    for n, unified in configs:
        r = run_engine(model, prompts, n, unified)
        rate = r["tokens"] / r["seconds"]
        cpu_rate = r["tokens"] / r["cpu_seconds"]
        other = r["seconds"] - r["decode_seconds"] - r["sample_seconds"]
        budget = size_mib + r["kv_cache_mib"] + r["compute_mib"]
        flag = "" if r["peak_rss_mib"] <= budget + HEADROOM_MIB else "  over +300"
        name = f"{n} seq" + (" (kv unified)" if unified else "")
        lines.append(
            f"{name:<22}{rate:>8.1f}{rate / loop_rate:>8.2f}{cpu_rate:>10.1f}{cpu_rate / loop_cpu_rate:>8.2f}"
            f"{r['decode_seconds']:>8.1f}"
            f"{r['sample_seconds']:>8.1f}{other:>8.1f}{int(r['decode_calls']):>7}"
            f"{r['peak_rss_mib']:>10.0f}{budget:>12.0f} +300{flag}"
        )
        print(lines[-1], flush=True)
    return lines


def test_generate_throughput() -> None:
    gemma = bundled.locate("gemma3-270m")
    smol = bundled.locate("smollm2")
    gemma_template = template_for_model(None, choice="completion")
    info = read_model_info(smol)
    smol_template = template_for_model(info.chat_template, bos_token=info.bos_token)
    report = bench_model(
        "Gemma 3 270M base, plain completion",
        gemma,
        lambda t: gemma_template.render([{"role": "user", "content": t}]),
        chat=False,
    )
    report += bench_model(
        "SmolLM2-135M-Instruct, chat template",
        smol,
        lambda t: smol_template.render([{"role": "user", "content": t}]),
        chat=True,
    )
    print("\n".join(report))


if __name__ == "__main__":
    test_generate_throughput()
