"""llama.cpp runs on every x86-64 CPU: the installed build chooses its CPU code at run time.

The build (packaging/llama_build.py) carries CPU variants from SSE4.2 to AVX-512 VNNI and
none with AMX; these tests check that the installed package is that build, that the
variant in use is the best one this CPU can run, and, under Debian's qemu-user emulating an
AVX2 laptop CPU (Haswell) and a 2008 CPU with SSE4.2 only (Nehalem), that a real generation
with the bundled model succeeds with the matching variant. A build with -march=native code
dies there with "Illegal instruction".
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from core.engine import bundled
from core.engine.cpu_code import (
    VARIANT_LEVELS,
    cpu_features,
    is_illegal_instruction,
    missing_instructions,
)
from core.engine.errors import EngineCrashed
from core.engine.generation import GenerationRequest
from core.engine.process import LocalEngine

ROOT = Path(__file__).resolve().parents[2]
HANDLOOM = [sys.executable, "-m", "core.cli"]
sys.path.insert(0, str(ROOT / "packaging"))
import llama_build  # noqa: E402

# CI installs qemu-user (.ci/run) and sets this, so that a missing emulator fails there
# instead of skipping.
REQUIRE_EMULATOR = os.environ.get("HANDLOOM_REQUIRE_EMULATOR") == "1"


def _cpu_flags() -> set[str]:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


def best_variant(flags: set[str]) -> str:
    """The variant of the build this CPU should get (llama.cpp's levels, without AMX)."""
    if {"avx512f", "avx512vbmi", "avx512_vnni"} <= flags:
        return "icelake"
    if "avx512f" in flags:
        return "skylakex"
    if {"avx2", "avx_vnni"} <= flags:
        return "alderlake"
    if "avx2" in flags:
        return "haswell"
    if "avx" in flags:
        return "sandybridge"
    return "sse42" if "sse4_2" in flags else "x64"


def _device(*extra: str, prefix: tuple[str, ...] = (), timeout: int = 600,
            env: dict[str, str] | None = None) -> dict:
    result = subprocess.run([*prefix, *HANDLOOM, "device", *extra, "--json"], cwd=ROOT,
                            capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, **(env or {})})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def test_the_installed_llama_cpp_is_the_portable_build() -> None:
    assert llama_build.check(sys.executable) is None
    import llama_cpp

    lib = Path(llama_cpp.__file__).parent / "lib"
    variants = {p.name.removeprefix("libggml-cpu-").removesuffix(".so")
                for p in lib.glob("libggml-cpu-*.so")}
    if llama_build.variants():
        assert variants == set(llama_build.X86_VARIANTS)
    assert "sapphirerapids" not in variants  # the AMX kernels crash on 2-token prompts
    assert not (lib / "libggml-cpu.so").exists()  # no single native CPU backend


def test_a_llama_cpp_that_is_not_the_portable_build_is_noticed(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    """What `make` relies on to replace a default (native) build or one from other settings."""
    fake = tmp_path / "llama_cpp"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise SystemExit('never imported')\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    assert "not Handloom's portable build" in (llama_build.check(sys.executable) or "")
    other = dict(llama_build.build_description(), key="0123456789abcdef")
    (fake / llama_build.MARKER).write_text(json.dumps(other))
    assert llama_build.check(sys.executable) == (
        "the installed llama-cpp-python was built with other settings")
    (fake / llama_build.MARKER).write_text(json.dumps(llama_build.build_description()))
    assert llama_build.check(sys.executable) is None


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/cpuinfo")
def test_the_best_variant_this_cpu_can_run_is_in_use_and_named() -> None:
    data = _device()
    code = data["cpu_code"]
    assert code["variant"] == best_variant(_cpu_flags())
    assert code["level"] == VARIANT_LEVELS[code["variant"]]
    assert "AMX_INT8" not in code["features"]
    assert f"with {code['level']} code" in data["description"]


def test_a_chosen_variant_is_used_and_a_missing_one_is_refused_with_a_sentence() -> None:
    env = dict(os.environ, HANDLOOM_CPU_VARIANT="sse42")
    result = subprocess.run([*HANDLOOM, "device", "--json"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["cpu_code"]["variant"] == "sse42"
    env["HANDLOOM_CPU_VARIANT"] = "pentium"
    result = subprocess.run([*HANDLOOM, "device", "--json"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0
    assert "HANDLOOM_CPU_VARIANT=pentium: there is no such CPU variant" in result.stderr
    assert json.loads(result.stdout)["cpu_code"]["variant"] == best_variant(_cpu_flags())


@pytest.mark.model
def test_the_check_generates_with_the_bundled_model_in_this_process() -> None:
    data = _device("--check")
    check = data["check"]
    assert check["tokens"] == 8 and check["text"].strip()
    assert check["cpu_code"]["variant"] == data["cpu_code"]["variant"]
    assert check["tokens_per_second"] > 0


def _emulator() -> str:
    found = shutil.which("qemu-x86_64")
    if found is None:
        if REQUIRE_EMULATOR:
            pytest.fail("qemu-x86_64 is not installed (Debian's qemu-user); .ci/run installs it")
        pytest.skip("qemu-x86_64 (Debian's qemu-user) is not installed")
    if os.uname().machine != "x86_64":
        pytest.skip("emulates x86-64 CPUs")
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("cpu", "variant"), [("Haswell", "haswell"), ("Nehalem", "sse42")])
def test_a_generation_runs_on_an_older_cpu(cpu: str, variant: str) -> None:
    """Under an emulated CPU without AVX-512 (Haswell) or without AVX at all (Nehalem)."""
    qemu = _emulator()
    # OpenBLAS (NumPy's) reads the host's CPU through qemu-user on some hosts (an AMD EPYC
    # host gave "Core: Haswell" under -cpu Nehalem, and AVX code died with SIGILL in `import
    # numpy`); on a real CPU of that kind it picks the right core, so name it here.
    data = _device("--check", prefix=(qemu, "-cpu", cpu), timeout=900,
                   env={"OPENBLAS_CORETYPE": cpu})
    assert data["cpu_code"]["variant"] == variant
    assert data["check"]["tokens"] == 8 and data["check"]["text"].strip()


def test_missing_instructions_are_named_from_the_build_and_the_cpu() -> None:
    features = cpu_features("CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | AVX512 = 1 | "
                            "AVX512_VNNI = 1 | OPENMP = 1 | REPACK = 1 |")
    assert features == ("SSE3", "AVX", "AVX2", "AVX512", "AVX512_VNNI")
    haswell = {"pni", "ssse3", "avx", "avx2", "fma", "f16c", "bmi2"}
    assert missing_instructions(features, haswell) == ["AVX512", "AVX512-VNNI"]
    assert missing_instructions(features, None) == []
    assert is_illegal_instruction(-signal.SIGILL) and not is_illegal_instruction(-9)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_model_process_killed_by_an_illegal_instruction_says_so() -> None:
    """SIGILL is what a llama.cpp built for a newer CPU dies of; the sentence names it."""
    engine = LocalEngine(bundled.locate("smollm2"), n_parallel=1, n_ctx_per_seq=256)
    assert engine.pid is not None
    killer = threading.Timer(0.5, os.kill, (engine.pid, signal.SIGILL))
    requests = (GenerationRequest(f"r{i}", "Tell me a long story.", max_tokens=400,
                                  ignore_eos=True) for i in range(50))
    killer.start()
    try:
        with pytest.raises(EngineCrashed) as caught:
            for _ in engine.generate(requests):
                pass
    finally:
        killer.cancel()
        engine.close()
    sentence = str(caught.value)
    assert "this build of llama.cpp uses instructions your CPU lacks" in sentence
    assert "signal 4" not in sentence
    assert caught.value.exit_code == -signal.SIGILL
