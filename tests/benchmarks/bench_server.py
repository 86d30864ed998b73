"""Handloom's generate job against llama.cpp's own llama-server, and model jobs sharing a machine.

Run with ``pytest tests/benchmarks/bench_server.py -m benchmark -s`` (through
``flock /work/heavy.lock`` on a shared machine) or ``python tests/benchmarks/bench_server.py``.

1. **Handloom against llama-server**: the same 64 instructions, 128 tokens each (end of
   generation ignored, so both do the same work), the same sampling (temperature 0.7, top-k
   40, top-p 0.95, min-p 0.05, repetition penalty 1.1, a seed per request, and for the server
   the same sampler order as Handloom's), at 1, 4, 8 and 16 parallel sequences, for both
   bundled models. Handloom is the generate job writing into a real project; llama-server
   has N slots and N requests in flight from N client threads. Each configuration runs
   ``HANDLOOM_BENCH_REPEATS`` times (default 2), Handloom and the server taking turns, and
   the median ratio is printed with the spread of the repeats.
2. **Two jobs at once**: two ``handloom generate`` commands started together on two
   projects, against one alone; total tokens/s of the two (wall clock from both starts to
   both ends) over one job's. The second command waits for the first's model turn.
3. **Samples sharing a prompt**: 6 samples of each of 64 instructions (the seed method's
   best-of-6) with the samples copying their prompt's evaluation, against the same 384
   requests evaluated independently.

llama-server comes from PATH, or is built once from the same patched llama.cpp sources as
Handloom's engine, with the same CPU variants (``packaging/llama_build.py``'s
``build_tools``, into ``build/llama-tools/``; several minutes on two cores).
``HANDLOOM_BENCH_INSTRUCTIONS``, ``HANDLOOM_BENCH_TOKENS``, ``HANDLOOM_BENCH_PARALLEL``,
``HANDLOOM_BENCH_REPEATS``, ``HANDLOOM_BENCH_TWO`` and ``HANDLOOM_BENCH_SAMPLED``
(instructions of parts 2 and 3),
``HANDLOOM_BENCH_PARTS`` (``server,two,samples``) and ``HANDLOOM_ENGINE_THREADS`` change
the run.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":  # runnable as a script from the repository root
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_generate import instructions  # noqa: E402

pytestmark = pytest.mark.benchmark

TOKENS = int(os.environ.get("HANDLOOM_BENCH_TOKENS", "128"))
PARALLEL = [int(n) for n in os.environ.get("HANDLOOM_BENCH_PARALLEL", "1,4,8,16").split(",")]
REPEATS = int(os.environ.get("HANDLOOM_BENCH_REPEATS", "2"))
PARTS = os.environ.get("HANDLOOM_BENCH_PARTS", "server,two,samples").split(",")
SAMPLING = {"temperature": 0.7, "top_p": 0.95, "top_k": 40, "min_p": 0.05, "repeat_penalty": 1.1}
MODELS = {"gemma-3-270m": "gemma3-270m", "SmolLM2-135M-Instruct": "smollm2"}
SAMPLES = 6
WAIT_POLICIES: list[str] = []  # how the model's threads waited in each Handloom run (printed)


def threads() -> int:
    from core.engine.batch import available_cpus  # imports llama_cpp; fine in a benchmark

    return int(os.environ.get("HANDLOOM_ENGINE_THREADS", "0")) or available_cpus()


def llama_server() -> Path:
    """llama-server from PATH, or built from Handloom's own llama.cpp sources."""
    found = shutil.which("llama-server")
    if found:
        return Path(found)
    sys.path.insert(0, str(ROOT / "packaging"))
    import llama_build  # type: ignore[import-not-found]

    folder = llama_build.build_tools(ROOT / "build" / "llama-tools",
                                     ["llama-server", "llama-batched-bench"], python=sys.executable)
    return Path(folder) / "llama-server"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _post(url: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(url, json.dumps(body).encode(),
                                     {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        return dict(json.loads(response.read()))


def run_server(server: Path, model: Path, prompts: list[str], n: int) -> tuple[float, int]:
    """(seconds, tokens) for llama-server with ``n`` slots and ``n`` requests in flight."""
    port = _free_port()
    log = tempfile.NamedTemporaryFile(prefix="llama-server-", suffix=".log", delete=False)
    process = subprocess.Popen(
        [str(server), "-m", str(model), "-np", str(n), "-c", str(384 * n),
         "-t", str(threads()), "-tb", str(threads()), "--host", "127.0.0.1",
         "--port", str(port), "--no-webui"],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"llama-server did not start; see {log.name}")
            time.sleep(0.2)

        def ask(item: tuple[int, str]) -> int:
            i, prompt = item
            reply = _post(f"http://127.0.0.1:{port}/completion", {
                "prompt": prompt, "n_predict": TOKENS, "ignore_eos": True, "seed": i,
                "cache_prompt": False, "repeat_last_n": 64,
                "samplers": ["top_k", "penalties", "top_p", "min_p", "temperature"],
                **SAMPLING})
            return int(reply["tokens_predicted"])

        started = time.perf_counter()
        with ThreadPoolExecutor(n) as pool:
            tokens = sum(pool.map(ask, enumerate(prompts)))
        return time.perf_counter() - started, tokens
    finally:
        process.terminate()
        process.wait(30)
        os.unlink(log.name)


def _project(folder: Path, texts: list[str]) -> Path:
    """A project holding ``texts`` as included instructions and the bundled models."""
    from core import jobs
    from core.ingest.config import import_config
    from core.projects import new_project

    path = folder / "bench.handloom"
    source = folder / "instructions.jsonl"
    source.write_text("".join(json.dumps({"instruction": t, "language": "en"}) + "\n"
                              for t in texts), encoding="utf-8")
    project = new_project(path)
    try:
        jobs.start(project, "import", import_config([str(source)], licence="CC0-1.0"))
        # The same text twice is one instruction after deduplication: keep them all apart.
        count = project.scalar("SELECT count(*) FROM instructions WHERE status = 'included'")
    finally:
        project.close()
    assert count == len(texts), f"{count} of {len(texts)} instructions were included"
    return path


def run_handloom(project_path: Path, model: str, n: int, samples: int = 1) -> tuple[float, int]:
    """(seconds, tokens) of the generate job, as its report gives them (after loading)."""
    from core import jobs
    from core.store.project import Project

    config = {"model": model, "parallel": n, "max_tokens": TOKENS, "samples": samples,
              "seed": 1, "context": 384, "ignore_eos": True, **SAMPLING}
    with Project.open(project_path) as project:
        project.conn.execute("DELETE FROM responses")
        record = jobs.start(project, "generate", config)
    report = record.result or {}
    WAIT_POLICIES.append(str(report.get("wait_policy", "?")))
    tokens = int(report["completion_tokens"])
    return tokens / float(report["tokens_per_second"]), tokens


def _unique_texts(count: int) -> list[str]:
    base = instructions()
    return [f"{base[i % len(base)]} (Version {i // len(base) + 1}.)" if i >= len(base)
            else base[i] for i in range(count)]


def _instructions(folder: Path, variable: str) -> tuple[list[str], Path]:
    """As many instructions as ``variable`` says (64), and a project holding them."""
    texts = _unique_texts(int(os.environ.get(variable, "64")))
    return texts, _project(folder, texts)


def _prompts(project_path: Path, model: str, texts: list[str]) -> list[str]:
    """The prompts the generate job writes for ``texts`` with ``model`` (its template)."""
    from core.generate.backends import chat_template
    from core.generate.settings import GenerationSettings
    from core.store import registry
    from core.store.project import Project

    settings = GenerationSettings.from_config(SAMPLING)
    with Project.open(project_path, read_only=True) as project:
        template = chat_template(registry.get(project, model))
    return [template.render(settings.messages(t)) for t in texts]


def bench_against_server(folder: Path) -> list[str]:
    from core.engine import bundled

    server = llama_server()
    texts, project_path = _instructions(folder, "HANDLOOM_BENCH_INSTRUCTIONS")
    lines = [f"\nHandloom generate vs llama-server ({server}): {len(texts)} instructions x "
             f"{TOKENS} tokens, {threads()} threads, {REPEATS} repeats",
             f"{'model':<24}{'N':>4}{'Handloom tok/s':>16}{'server tok/s':>14}"
             f"{'ratio':>8}{'ratios of repeats':>22}  threads waited"]
    print(lines[0], lines[1], sep="\n", flush=True)
    for name, package in MODELS.items():
        prompts = _prompts(project_path, name, texts)
        model = bundled.locate(package)
        for n in PARALLEL:
            ours, theirs, ratios = [], [], []
            WAIT_POLICIES.clear()
            for repeat in range(REPEATS):
                results: dict[str, tuple[float, int]] = {}
                for who in ("handloom", "server") if repeat % 2 == 0 else ("server", "handloom"):
                    results[who] = (run_handloom(project_path, name, n) if who == "handloom"
                                    else run_server(server, model, prompts, n))
                (h_seconds, h_tokens), (s_seconds, s_tokens) = results["handloom"], results["server"]
                ours.append(h_tokens / h_seconds)
                theirs.append(s_tokens / s_seconds)
                ratios.append(ours[-1] / theirs[-1])
            spread = " ".join(f"{r:.2f}" for r in ratios)
            lines.append(f"{name:<24}{n:>4}{statistics.median(ours):>16.1f}"
                         f"{statistics.median(theirs):>14.1f}{statistics.median(ratios):>8.2f}"
                         f"{spread:>22}  {'/'.join(WAIT_POLICIES).lower()}")
            print(lines[-1], flush=True)
    return lines


def _handloom_command() -> list[str]:
    return [sys.executable, "-m", "core.cli"]


def bench_two_jobs(folder: Path) -> list[str]:
    """Two generate commands at once against one alone (total tokens/s)."""
    texts = _unique_texts(int(os.environ.get("HANDLOOM_BENCH_TWO", "32")))
    paths = []
    for name in ("a", "b", "alone"):
        (folder / name).mkdir()
        paths.append(_project(folder / name, texts))

    def command(path: Path) -> list[str]:
        return [*_handloom_command(), "generate", str(path), "--model", "gemma-3-270m",
                "--parallel", "16", "--max-tokens", str(TOKENS), "--seed", "1", "--json"]

    def tokens_of(process: subprocess.CompletedProcess[str] | subprocess.Popen[str],
                  output: str) -> int:
        assert process.returncode == 0, output
        return int(json.loads(output)["completion_tokens"])

    started = time.perf_counter()
    alone = subprocess.run(command(paths[2]), capture_output=True, text=True, cwd=ROOT)
    alone_rate = tokens_of(alone, alone.stdout) / (time.perf_counter() - started)
    started = time.perf_counter()
    both = [subprocess.Popen(command(p), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, cwd=ROOT) for p in paths[:2]]
    outputs = [p.communicate()[0] for p in both]
    seconds = time.perf_counter() - started
    total = sum(tokens_of(p, out) for p, out in zip(both, outputs, strict=True))
    lines = [f"\nTwo generate commands at once (gemma-3-270m, {len(texts)} instructions each, "
             f"16 sequences; whole commands, loading included)",
             f"one alone {alone_rate:.1f} tok/s; two at once {total / seconds:.1f} tok/s in all; "
             f"ratio {total / seconds / alone_rate:.2f} (target >= 0.90)"]
    print("\n".join(lines), flush=True)
    return lines


def bench_samples(folder: Path) -> list[str]:
    """6 samples per instruction sharing their prompt's evaluation, against independent."""
    from core.engine import bundled
    from core.engine.process import GenerationRequest, LocalEngine

    # Instructions written from a chat's first turn carry some context; the engine copies a
    # prompt's evaluation only when the prompt fills enough of a sequence's 2,048 tokens
    # (core.engine.batch._COPY_SHARE), so each instruction here brings a short note with it.
    short = _unique_texts(int(os.environ.get("HANDLOOM_BENCH_SAMPLED", "64")))
    texts = [f"{text} Keep this note in mind: {short[(i + 1) % len(short)]} "
             f"{short[(i + 2) % len(short)]} {short[(i + 3) % len(short)]}"
             for i, text in enumerate(short)]
    project_path = _project(folder, texts)
    lines = [f"\nSamples sharing a prompt: {len(texts)} instructions (with a note each) x "
             f"{SAMPLES} samples x {TOKENS} tokens, 16 sequences of 2,048 tokens (the generate "
             "job's)",
             f"{'model':<24}{'shared tok/s':>14}{'independent':>13}{'ratio':>8}"
             f"{'prompt tokens copied':>22}"]
    print(lines[0], lines[1], sep="\n", flush=True)
    for name, package in MODELS.items():
        requests = [
            GenerationRequest(f"{i}:{s}", prompt, max_tokens=TOKENS, seed=i * SAMPLES + s,
                              ignore_eos=True, **SAMPLING)
            for i, prompt in enumerate(_prompts(project_path, name, texts))
            for s in range(SAMPLES)]
        rates: dict[bool, float] = {}
        copied = 0
        # Each way twice, alternating (ABBA), the better of each counts: on a shared machine
        # one run and the next differ more than the two ways do.
        for share in (True, False, False, True):
            with LocalEngine(bundled.locate(package), n_parallel=16, n_ctx_per_seq=2048,
                             n_threads=threads(), tuning={"share_prompts": share}) as engine:
                started = time.perf_counter()
                tokens = sum(r.completion_tokens for r in engine.generate(requests))
                rates[share] = max(rates.get(share, 0.0), tokens / (time.perf_counter() - started))
                if share:
                    copied = int(engine.stats()["shared_prompt_tokens"])
        lines.append(f"{name:<24}{rates[True]:>14.1f}{rates[False]:>13.1f}"
                     f"{rates[True] / rates[False]:>8.2f}{copied:>22,}")
        print(lines[-1], flush=True)
    return lines


def test_generate_against_llama_server(tmp_path: Path) -> None:
    report: list[str] = []
    if "server" in PARTS:
        (tmp_path / "server").mkdir()
        report += bench_against_server(tmp_path / "server")
    if "two" in PARTS:
        (tmp_path / "two").mkdir()
        report += bench_two_jobs(tmp_path / "two")
    if "samples" in PARTS:
        (tmp_path / "samples").mkdir()
        report += bench_samples(tmp_path / "samples")
    print("\n".join(report))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="handloom-bench-") as scratch:
        test_generate_against_llama_server(Path(scratch))
