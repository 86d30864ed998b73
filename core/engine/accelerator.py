"""Where llama.cpp runs a model's layers on this machine, detected at start.

The engine asks for every layer on the GPU (``n_gpu_layers`` -1) and llama.cpp's build
decides: a CUDA, Vulkan or Metal build offloads them, the CPU build keeps them on the CPU
(``core.engine.batch``). This module tells the person which of the two will happen, for
``handloom models list`` and the window, without loading a model.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

_CPU_FEATURES = {"CPU", "AARCH64", "REPACK", "ACCELERATE", "OPENMP", "LLAMAFILE", "KLEIDIAI"}


@dataclass(frozen=True)
class Accelerator:
    gpu_offload: bool  # llama_supports_gpu_offload(): this build has a GPU backend
    backends: tuple[str, ...]  # GPU backends compiled in: CUDA, Vulkan, Metal…
    threads: int  # CPU threads a model process uses

    def describe(self) -> str:
        if self.gpu_offload:
            names = ", ".join(self.backends) or "GPU"
            return f"llama.cpp offloads every layer to the GPU ({names}); {self.threads} CPU threads"
        return (
            f"llama.cpp runs on the CPU with {self.threads} threads "
            "(this build has no GPU backend)"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "gpu_offload": self.gpu_offload,
            "backends": list(self.backends),
            "threads": self.threads,
            "description": self.describe(),
        }


def gpu_backends(system_info: str) -> tuple[str, ...]:
    """The GPU backends named in llama.cpp's system info (``CUDA : ARCHS = 890 | …``)."""
    names = []
    for part in system_info.split("|"):
        if " : " in part:
            name = part.split(" : ")[0].strip()
            if name and name.upper() not in _CPU_FEATURES and name not in names:
                names.append(name)
    return tuple(names)


@lru_cache(maxsize=1)
def detect() -> Accelerator:
    """Ask this process's llama.cpp build (loads the library, not a model)."""
    import llama_cpp as ll

    from core.engine.batch import available_cpus

    ll.llama_backend_init()
    info = ll.llama_print_system_info().decode("utf-8", "replace")
    gpu = bool(ll.llama_supports_gpu_offload())
    return Accelerator(gpu, gpu_backends(info) if gpu else (), available_cpus())
