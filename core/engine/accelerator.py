"""Where llama.cpp runs a model's layers on this machine, detected at start.

The engine asks for every layer on the GPU (``n_gpu_layers`` -1) and llama.cpp's build
decides: a CUDA, Vulkan or Metal build offloads them, the CPU build keeps them on the CPU
(``core.engine.batch``). This module tells the person which of the two will happen, for
``handloom models list`` and the window, without loading a model.

When there is a GPU the person may still keep the models on the CPU (a laptop on battery, a
GPU busy with something else): the choice is a per-user setting (``model_device`` in the
settings file, core/curator.py), read by every new model process (core/engine/process.py)
and set by ``handloom device gpu|cpu`` or the Models page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from core.engine.cpu_code import CpuCode, cpu_code
from core.errors import HandloomError

_CPU_FEATURES = {"CPU", "AARCH64", "REPACK", "ACCELERATE", "OPENMP", "LLAMAFILE", "KLEIDIAI"}

DEVICE_SETTING = "model_device"  # the key in the user's settings file
DEVICES = ("gpu", "cpu")  # "gpu": every layer on the GPU when there is one (the default)
# ggml_backend_dev_type: CPU 0, GPU 1, IGPU 2 (integrated), ACCEL 3
_GPU_DEVICE_TYPES = (1, 2)


@dataclass(frozen=True)
class Accelerator:
    gpu_offload: bool  # llama_supports_gpu_offload(): this build has a GPU backend
    backends: tuple[str, ...]  # GPU backends compiled in: CUDA, Vulkan, Metal…
    threads: int  # CPU threads a model process uses
    gpus: tuple[str, ...] = ()  # the GPUs llama.cpp found ("NVIDIA GeForce RTX 4060")
    cpu: str = ""  # the CPU as llama.cpp names it ("AMD Ryzen 7 5800X")
    cpu_code: CpuCode = field(default_factory=lambda: CpuCode("", "", ()))  # "AVX2 (haswell)"

    def cpu_words(self) -> str:
        """ "the CPU with AVX2 code and 2 threads": what runs the layers on the CPU."""
        code = f" with {self.cpu_code.level} code and" if self.cpu_code.level else " with"
        return f"the CPU{code} {self.threads} threads"

    def runs_on_gpu(self, device: str = "gpu") -> bool:
        """Whether a model's layers go to the GPU, given the person's choice of device."""
        return self.gpu_offload and device != "cpu"

    def gpu_name(self) -> str:
        """The GPU(s) and backend for a sentence: "NVIDIA GeForce RTX 4060 (CUDA)"."""
        backends = ", ".join(self.backends)
        names = ", ".join(self.gpus) or "the GPU"
        return f"{names} ({backends})" if backends else names

    def describe(self, device: str = "gpu") -> str:
        if self.runs_on_gpu(device):
            return (f"llama.cpp offloads every layer to the GPU: {self.gpu_name()}; "
                    f"{self.threads} CPU threads")
        if self.gpu_offload:
            return (f"llama.cpp runs on {self.cpu_words()} "
                    f"({self.gpu_name()} is not used: the CPU was chosen)")
        return f"llama.cpp runs on {self.cpu_words()} (this build has no GPU backend)"

    def to_json(self, device: str = "gpu") -> dict[str, object]:
        return {
            "gpu_offload": self.gpu_offload,
            "backends": list(self.backends),
            "gpus": list(self.gpus),
            "cpu": self.cpu,
            "cpu_code": self.cpu_code.to_json(),
            "threads": self.threads,
            "device": device,
            "runs_on": "gpu" if self.runs_on_gpu(device) else "cpu",
            "description": self.describe(device),
        }


def chosen_device() -> str:
    """The device the person chose for models: "gpu" (the default) or "cpu"."""
    from core.curator import read_user_settings

    value = read_user_settings().get(DEVICE_SETTING)
    return value if value in DEVICES else "gpu"


def choose_device(device: str) -> None:
    """Save the choice; model processes started from now on follow it."""
    from core.curator import write_user_setting

    if device not in DEVICES:
        raise HandloomError(f"Choose gpu or cpu for running models, not “{device}”.")
    write_user_setting(DEVICE_SETTING, device)


def gpu_layers() -> int:
    """``n_gpu_layers`` for a new model process: every layer (-1), or none on the CPU."""
    return 0 if chosen_device() == "cpu" else -1


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
    gpus, cpu = _devices()
    return Accelerator(gpu, gpu_backends(info) if gpu else (), available_cpus(),
                       gpus if gpu else (), cpu, cpu_code(info))


def detected_and_chosen() -> tuple[Accelerator, str]:
    """(what this machine's llama.cpp can run models on, the device the person chose)."""
    return detect(), chosen_device()


def _devices() -> tuple[tuple[str, ...], str]:
    """The GPUs and the CPU in ggml's device registry, by their descriptions."""
    import ctypes

    try:
        # Through libllama, whose libggml holds the registry: the wheel's libggml.so and
        # libggml.so.0 are two copies, and llama_cpp._ggml opens the other one.
        from llama_cpp.llama_cpp import _lib as libllama

        count = libllama.ggml_backend_dev_count
        get = libllama.ggml_backend_dev_get
        kind = libllama.ggml_backend_dev_type
        description = libllama.ggml_backend_dev_description
    except (ImportError, OSError, AttributeError):  # an older llama.cpp: no names
        return (), ""
    count.restype, count.argtypes = ctypes.c_size_t, []
    get.restype, get.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    kind.restype, kind.argtypes = ctypes.c_int, [ctypes.c_void_p]
    description.restype, description.argtypes = ctypes.c_char_p, [ctypes.c_void_p]
    gpus: list[str] = []
    cpu = ""
    for index in range(count()):
        device = get(index)
        name = (description(device) or b"").decode("utf-8", "replace").strip()
        if kind(device) in _GPU_DEVICE_TYPES:
            gpus.append(name or "GPU")
        elif kind(device) == 0 and not cpu:
            cpu = name
    return tuple(gpus), cpu
