"""Which CPU code llama.cpp runs on this machine, and what a CPU lacks for a build.

Handloom's llama.cpp (packaging/llama_build.py) carries its CPU backend as variants, one
library per instruction-set level (``libggml-cpu-haswell.so``…), and ggml loads the best
one the CPU supports when ``llama_cpp`` is imported. This module names the variant in use
for people ("AVX2") and, when a model process dies of an illegal instruction (a llama.cpp
built for another CPU), which instructions this CPU lacks.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

# llama.cpp's variant names (ggml/src/CMakeLists.txt) and the instruction set each adds,
# as a person reads it on a spec sheet.
VARIANT_LEVELS = {
    "x64": "SSE2",
    "sse42": "SSE4.2",
    "sandybridge": "AVX",
    "ivybridge": "AVX",
    "piledriver": "AVX + FMA",
    "haswell": "AVX2",
    "alderlake": "AVX2 + AVX-VNNI",
    "skylakex": "AVX-512",
    "cannonlake": "AVX-512 VBMI",
    "cascadelake": "AVX-512 VNNI",
    "icelake": "AVX-512 VNNI",
    "cooperlake": "AVX-512 BF16",
    "zen4": "AVX-512 BF16",
    "sapphirerapids": "AMX",
}

# ggml's names for instruction-set features (its system info), from the newest level down,
# with the flag Linux's /proc/cpuinfo uses for each.
_FEATURE_FLAGS = {
    "AMX_INT8": "amx_int8",
    "AMX_TILE": "amx_tile",
    "AVX512_BF16": "avx512_bf16",
    "AVX512_VNNI": "avx512_vnni",
    "AVX512_VBMI": "avx512vbmi",
    "AVX512": "avx512f",
    "AVX_VNNI": "avx_vnni",
    "AVX2": "avx2",
    "BMI2": "bmi2",
    "FMA": "fma",
    "F16C": "f16c",
    "AVX": "avx",
    "SSSE3": "ssse3",
    "SSE3": "pni",
}
_FEATURE_LEVELS = (
    ("AMX_INT8", "AMX"),
    ("AVX512_BF16", "AVX-512 BF16"),
    ("AVX512_VNNI", "AVX-512 VNNI"),
    ("AVX512", "AVX-512"),
    ("AVX_VNNI", "AVX2 + AVX-VNNI"),
    ("AVX2", "AVX2"),
    ("AVX", "AVX"),
    ("SME", "SME"),
    ("SVE", "SVE"),
    ("MATMUL_INT8", "NEON + I8MM"),
    ("DOTPROD", "NEON + DOTPROD"),
    ("NEON", "NEON"),
)
# Build options llama.cpp lists beside the instruction sets; they are not CPU code.
_NOT_INSTRUCTIONS = {"LLAMAFILE", "OPENMP", "REPACK", "ACCELERATE", "KLEIDIAI", "AARCH64"}


@dataclass(frozen=True)
class CpuCode:
    """The CPU code in use: llama.cpp's variant name (empty for a build with one CPU
    backend), the instruction-set level it uses, and the features llama.cpp reports."""

    variant: str
    level: str
    features: tuple[str, ...]

    def describe(self) -> str:
        """ "AVX2 (haswell)", or the level alone for a build with one CPU backend."""
        return f"{self.level} ({self.variant})" if self.variant else self.level

    def to_json(self) -> dict[str, object]:
        return {"variant": self.variant, "level": self.level, "features": list(self.features)}


def cpu_features(system_info: str) -> tuple[str, ...]:
    """The instruction-set features of the CPU backend in llama.cpp's system info
    (``CPU : SSE3 = 1 | AVX2 = 1 | … | OPENMP = 1 |``)."""
    features: list[str] = []
    for part in system_info.split("|"):
        name, _, value = part.rpartition("=")
        name = name.split(":")[-1].strip()
        if name and value.strip() == "1" and name not in _NOT_INSTRUCTIONS:
            features.append(name)
    return tuple(features)


def level_of(features: tuple[str, ...]) -> str:
    """The newest instruction set among ``features``, as a person names it."""
    for feature, level in _FEATURE_LEVELS:
        if feature in features:
            return level
    return "SSE4.2 or older" if "SSE3" in features else "baseline"


def loaded_variant() -> str:
    """The CPU variant ggml loaded into this process ("haswell"), or "" when it did not
    load one (a build with one CPU backend, or a system where this cannot be seen)."""
    for path in _mapped_files():
        name = Path(path).name
        for prefix in ("libggml-cpu-", "ggml-cpu-"):
            if name.startswith(prefix):
                return name[len(prefix):].split(".")[0]
    return ""


def _mapped_files() -> list[str]:
    maps = Path("/proc/self/maps")
    if maps.is_file():
        try:
            return [line.split(None, 5)[-1].strip() for line in maps.read_text().splitlines()
                    if "/" in line]
        except OSError:
            return []
    try:
        import psutil

        return [m.path for m in psutil.Process().memory_maps(grouped=True)]
    except Exception:  # psutil has no memory maps on macOS
        return []


def cpu_code(system_info: str) -> CpuCode:
    """The CPU code of the llama.cpp loaded in this process."""
    features = cpu_features(system_info)
    variant = loaded_variant()
    return CpuCode(variant, VARIANT_LEVELS.get(variant) or level_of(features), features)


def cpu_flags() -> set[str] | None:
    """This CPU's instruction-set flags as Linux lists them, or None where unknown."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("flags", "Features")):
                return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return None


def missing_instructions(features: tuple[str, ...], flags: set[str] | None) -> list[str]:
    """The features a build uses that a CPU with ``flags`` lacks (empty when unknown)."""
    if flags is None:
        return []
    return [f.replace("_", "-") for f in features
            if f in _FEATURE_FLAGS and _FEATURE_FLAGS[f] not in flags]


def illegal_instruction_sentence(features: tuple[str, ...]) -> str:
    """Why a model process died of SIGILL, for the crash sentence."""
    missing = missing_instructions(features, cpu_flags())
    lacking = f": {', '.join(missing)}" if missing else ""
    return (f"this build of llama.cpp uses instructions your CPU lacks{lacking}. It was "
            "compiled for another processor; Handloom's own build chooses the CPU code "
            "when it starts and runs on every x86-64 CPU")


def is_illegal_instruction(exit_code: int | None) -> bool:
    """Whether a process's exit code means it died of an illegal instruction."""
    if exit_code is None:
        return False
    if sys.platform == "win32":
        return exit_code & 0xFFFFFFFF == 0xC000001D  # STATUS_ILLEGAL_INSTRUCTION
    return exit_code == -4  # SIGILL
