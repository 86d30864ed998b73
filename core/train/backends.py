"""The two ways to put a LoRA adapter on a base model: Unsloth, or transformers + PEFT.

Both return a PEFT model with the same adapter (rank, alpha, target projections) so the rest of
the run, and the GGUF export, does not care which one ran. Unsloth is imported before
transformers and TRL because it patches them on import; that is why choosing the backend is
the first thing the training subprocess does.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from core.errors import HandloomError
from core.train.config import TrainingConfig

DEFAULT_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


class BackendError(HandloomError):
    """The requested training backend is not installed or cannot run here."""


@dataclass(frozen=True)
class Backend:
    """Which library trains, on which device, in which precision."""

    name: str  # "unsloth" or "torch"
    device: str  # "cuda" or "cpu"
    dtype: str  # "float32", "bfloat16" or "float16"
    four_bit: bool  # QLoRA: only with Unsloth on a CUDA GPU


def choose_backend(config: TrainingConfig) -> Backend:
    """Import the backend's libraries (Unsloth first) and settle device and precision."""
    name = config.backend
    if name in ("auto", "unsloth"):
        try:
            import unsloth  # noqa: F401  (patches transformers, PEFT and TRL on import)

            name = "unsloth"
        except (ImportError, NotImplementedError, RuntimeError) as error:
            if name == "unsloth":
                raise BackendError(f"Unsloth cannot be used here: {error}.") from None
            name = "torch"
    import torch

    # HANDLOOM_TRAIN_THREADS caps the threads on a shared machine (the tests set it), where
    # torch's spinning workers slow down several times when they fight other processes.
    threads = config.threads or int(os.environ.get("HANDLOOM_TRAIN_THREADS") or 0)
    if threads > 0:
        torch.set_num_threads(threads)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    dtype = _dtype(config.dtype, device)
    return Backend(
        name=name, device=device, dtype=dtype, four_bit=name == "unsloth" and device == "cuda"
    )


def _dtype(requested: str, device: str) -> str:
    """The precision to train in: 16-bit where the hardware computes it natively, else 32-bit."""
    import torch

    if requested != "auto":
        return requested
    if device == "cuda":
        return "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
    return "bfloat16" if _cpu_has_bf16() else "float32"


def _cpu_has_bf16() -> bool:
    """Whether this CPU computes bfloat16 natively (AMX, AVX512-BF16 or Arm BF16)."""
    import torch

    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def load_with_adapter(backend: Backend, folder: str, config: TrainingConfig) -> tuple[Any, Any]:
    """Load the base model from a Hugging Face folder and add a trainable LoRA adapter."""
    import torch

    dtype = getattr(torch, backend.dtype)
    targets = config.target_modules or DEFAULT_TARGETS
    if backend.name == "unsloth":
        from unsloth import FastLanguageModel

        model, tokenizer = FastLanguageModel.from_pretrained(
            model_name=folder,
            max_seq_length=config.max_seq_len,
            dtype=dtype,
            load_in_4bit=backend.four_bit,
            local_files_only=True,
        )
        model = FastLanguageModel.get_peft_model(
            model,
            r=config.lora_r,
            lora_alpha=config.lora_alpha,
            lora_dropout=config.lora_dropout,
            target_modules=targets,
            bias="none",
            use_gradient_checkpointing="unsloth" if config.gradient_checkpointing else False,
            random_state=config.seed,
        )
        return model, tokenizer
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(
        folder, dtype=dtype, device_map=backend.device, local_files_only=True
    )
    if config.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.enable_input_require_grads()
    model.config.use_cache = False
    torch.manual_seed(config.seed)
    lora = LoraConfig(
        r=config.lora_r,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules=targets,
        bias="none",
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, lora), tokenizer
