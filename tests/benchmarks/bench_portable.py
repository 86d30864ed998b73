"""The portable llama.cpp build against one tuned for this CPU (without AMX), same run.

Handloom's llama.cpp carries its CPU code as variants chosen at run time
(packaging/llama_build.py); the question is what that costs against a build compiled for
exactly this CPU. The tuned build is made here from the same patched sources with every
instruction set this CPU has, as explicit flags and without AMX (whose kernels crash),
as a single CPU backend (``build_tools(..., portable=False)``, cached under
build/llama-tools/). Each measurement is a fresh process that loads the model with
Handloom's batched decoder (core/engine/batch.py) and generates exactly ``TOKENS`` tokens
per sequence; the tuned one points llama-cpp-python at the tuned libraries
(``LLAMA_CPP_LIB_PATH``). The two builds alternate, ``ROUNDS`` times, and the median of
each is compared. Printed: the CPU's flags, the variant in use, tokens/s of each build
and the ratio (the target is at least 0.95).

Run with ``make bench`` or ``python tests/benchmarks/bench_portable.py``;
``HANDLOOM_BENCH_ROUNDS``, ``HANDLOOM_BENCH_TOKENS``, ``HANDLOOM_BENCH_PARALLEL`` and
``HANDLOOM_BENCH_MODELS`` (comma-separated) and ``HANDLOOM_ENGINE_THREADS`` change the run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":  # runnable as a script from the repository root
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))
import llama_build  # noqa: E402

pytestmark = pytest.mark.benchmark

ROUNDS = int(os.environ.get("HANDLOOM_BENCH_ROUNDS", "3"))
TOKENS = int(os.environ.get("HANDLOOM_BENCH_TOKENS", "128"))
PARALLEL = [int(n) for n in os.environ.get("HANDLOOM_BENCH_PARALLEL", "1,16").split(",")]
# 0: every CPU this process may use. On a machine other work shares, 1 keeps llama.cpp's
# threads from waiting for each other, so the comparison is of the CPU code alone.
THREADS = int(os.environ.get("HANDLOOM_ENGINE_THREADS", "0"))
MODELS = os.environ.get("HANDLOOM_BENCH_MODELS", "gemma3-270m,smollm2").split(",")
TARGET = 0.95

# ggml's CMake options for the instruction sets, with the /proc/cpuinfo flag of each.
_OPTIONS = (
    ("SSE42", "sse4_2"), ("AVX", "avx"), ("F16C", "f16c"), ("FMA", "fma"), ("AVX2", "avx2"),
    ("BMI2", "bmi2"), ("AVX_VNNI", "avx_vnni"), ("AVX512", "avx512f"),
    ("AVX512_VBMI", "avx512vbmi"), ("AVX512_VNNI", "avx512_vnni"),
    ("AVX512_BF16", "avx512_bf16"),
)


def cpu_flags() -> set[str]:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


def tuned_args(flags: set[str]) -> list[str]:
    """CMake options for one CPU backend with every instruction set this CPU has, no AMX."""
    args = ["-DGGML_NATIVE=OFF", "-DGGML_BACKEND_DL=OFF", "-DGGML_CPU_ALL_VARIANTS=OFF",
            "-DGGML_AMX_TILE=OFF", "-DGGML_AMX_INT8=OFF", "-DGGML_AMX_BF16=OFF"]
    args += [f"-DGGML_{option}={'ON' if flag in flags else 'OFF'}" for option, flag in _OPTIONS]
    return args


def tuned_build() -> Path:
    return llama_build.build_tools(ROOT / "build" / "llama-tools", ["llama"],
                                   python=sys.executable, extra_args=tuned_args(cpu_flags()),
                                   portable=False)


def prompts(count: int) -> list[str]:
    subjects = ["a lighthouse keeper", "a river", "the moon", "a bakery", "an old map",
                "a storm", "a violin", "a robot gardener"]
    return [f"Write a short story about {subjects[i % len(subjects)]}, part {i + 1}."
            for i in range(count)]


def worker(model: str, parallel: int, tokens: int) -> dict[str, object]:
    """One measurement in this process: load, generate, report tokens/s and the CPU code."""
    import llama_cpp as ll

    from core.engine import bundled
    from core.engine.batch import BatchDecoder, DecoderSettings
    from core.engine.cpu_code import cpu_code
    from core.engine.generation import GenerationRequest

    code = cpu_code(ll.llama_print_system_info().decode("utf-8", "replace"))
    decoder = BatchDecoder(DecoderSettings(str(bundled.locate(model)), n_parallel=parallel,
                                           n_ctx_per_seq=256, n_gpu_layers=0,
                                           n_threads=THREADS))
    requests = [GenerationRequest(f"r{i}", text, max_tokens=tokens, temperature=0.7, seed=i,
                                  ignore_eos=True).to_wire()
                for i, text in enumerate(prompts(parallel * 2))]
    waiting = list(requests)
    done = generated = 0
    started = time.perf_counter()
    while done < len(requests):
        while waiting and decoder.has_free_slot:
            assert decoder.start(waiting.pop(0)) is None
        for result in decoder.step(None):
            done += 1
            generated += result.completion_tokens
    seconds = time.perf_counter() - started
    decoder.close()
    return {"tokens_per_second": generated / seconds, "variant": code.variant,
            "level": code.level, "features": list(code.features)}


def measure(model: str, parallel: int, build: Path | None) -> dict[str, object]:
    env = dict(os.environ)
    env.pop("LLAMA_CPP_LIB_PATH", None)
    if build is not None:
        env["LLAMA_CPP_LIB_PATH"] = str(build)
    result = subprocess.run([sys.executable, __file__, "--worker", model, str(parallel),
                             str(TOKENS)], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=1800)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_portable_build_against_a_build_tuned_for_this_cpu() -> None:
    flags = cpu_flags()
    tuned = tuned_build()
    print(f"\nCPU: {platform_name()}; AMX: {'yes' if 'amx_int8' in flags else 'no'}; "
          f"flags used by the tuned build: "
          f"{', '.join(o for o, f in _OPTIONS if f in flags)}")
    print(f"{TOKENS} tokens per sequence, {ROUNDS} alternating rounds, median tokens/s, "
          f"{THREADS or 'all'} threads, load average {os.getloadavg()[0]:.1f}")
    print(f"{'model':14} {'seqs':>4} {'portable':>9} {'tuned':>8} {'ratio':>6}  variant")
    ratios = []
    for model in MODELS:
        for parallel in PARALLEL:
            portable: list[float] = []
            own: list[float] = []
            variant = ""
            for _ in range(ROUNDS):
                first = measure(model, parallel, None)
                variant = f"{first['level']} ({first['variant']})"
                portable.append(float(first["tokens_per_second"]))  # type: ignore[arg-type]
                second = measure(model, parallel, tuned)
                assert second["variant"] == ""  # the tuned build has one CPU backend
                own.append(float(second["tokens_per_second"]))  # type: ignore[arg-type]
            ratio = statistics.median(portable) / statistics.median(own)
            ratios.append(ratio)
            print(f"{model:14} {parallel:>4} {statistics.median(portable):>9.1f} "
                  f"{statistics.median(own):>8.1f} {ratio:>6.2f}  {variant}")
    print(f"lowest ratio {min(ratios):.2f} (target ≥ {TARGET})")


def platform_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", nargs=3, metavar=("MODEL", "PARALLEL", "TOKENS"))
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]), int(args.worker[2]))))
    else:
        test_portable_build_against_a_build_tuned_for_this_cpu()
