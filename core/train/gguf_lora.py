"""Write a trained PEFT LoRA adapter as a GGUF LoRA file that llama.cpp loads over the base GGUF.

The file holds ``general.type = "adapter"``, ``adapter.type = "lora"``, ``adapter.lora.alpha``
and, for each adapted projection, ``<gguf tensor name>.lora_a`` (rank x in) and ``.lora_b``
(out x rank), named with gguf's own tensor-name maps. llama.cpp scales the product by
alpha / rank, as PEFT does. llama-architecture GGUFs store the q and k projections with their
rows permuted (rotary pairs interleaved, as llama.cpp's convert script writes them), so their
lora_b rows are permuted the same way; other architectures (Gemma 3, Qwen, Phi-3) are stored
in Hugging Face order and need nothing.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from core.errors import HandloomError

# Hugging Face model_type -> llama.cpp architecture, for adapters of a folder (not GGUF) base.
ARCHITECTURES = {
    "llama": "llama",
    "mistral": "llama",
    "gemma": "gemma",
    "gemma2": "gemma2",
    "gemma3": "gemma3",
    "gemma3_text": "gemma3",
    "qwen2": "qwen2",
    "qwen3": "qwen3",
    "phi3": "phi3",
}
# Architectures whose GGUF q/k rows are permuted by the convert script.
PERMUTED = {"llama"}


class AdapterExportError(HandloomError):
    """The adapter cannot be written as a GGUF LoRA file."""


def permute_rows(weights: np.ndarray, n_head: int, n_head_kv: int | None = None) -> np.ndarray:
    """Reorder output rows as llama.cpp's convert script does for q (n_head) and k (n_head_kv)."""
    heads = n_head_kv if n_head_kv is not None and n_head != n_head_kv else n_head
    rows = weights.shape[0]
    return (
        weights.reshape(heads, 2, rows // heads // 2, *weights.shape[1:])
        .swapaxes(1, 2)
        .reshape(weights.shape)
    )


def read_adapter(adapter_dir: Path | str) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The adapter's PEFT config and its tensors as float32 arrays, keyed by PEFT's names."""
    folder = Path(adapter_dir)
    try:
        config = json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AdapterExportError(f"Cannot read the adapter in {folder}: {error}.") from None
    weights = folder / "adapter_model.safetensors"
    if not weights.is_file():
        raise AdapterExportError(f"The adapter in {folder} has no adapter_model.safetensors.")
    from safetensors import safe_open

    tensors = {}
    with safe_open(str(weights), framework="pt") as reader:
        for key in reader.keys():
            tensors[key] = reader.get_tensor(key).float().numpy()
    return config, tensors


def base_facts(config: dict[str, Any], base_gguf: Path | str | None) -> dict[str, Any]:
    """Architecture, block count and head counts, from the base GGUF or the base folder's config."""
    if base_gguf is not None:
        from core.engine.gguf_info import read_gguf

        metadata = read_gguf(base_gguf).metadata
        arch = metadata["general.architecture"]

        def value(key: str) -> Any:
            return metadata.get(f"{arch}.{key}")

        return {
            "architecture": arch,
            "blocks": value("block_count"),
            "heads": value("attention.head_count"),
            "kv_heads": value("attention.head_count_kv") or value("attention.head_count"),
        }
    folder = Path(str(config.get("base_model_name_or_path", "")))
    try:
        hf = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise AdapterExportError(
            "The adapter's base model folder is missing, so its architecture is unknown."
        ) from None
    hf = hf.get("text_config", hf) if hf.get("model_type") == "gemma3" else hf
    arch = ARCHITECTURES.get(hf.get("model_type", ""))
    if arch is None:
        raise AdapterExportError(
            f"llama.cpp adapters for {hf.get('model_type')} are not supported."
        )
    heads = hf.get("num_attention_heads")
    return {
        "architecture": arch,
        "blocks": hf.get("num_hidden_layers"),
        "heads": heads,
        "kv_heads": hf.get("num_key_value_heads") or heads,
    }


def effective_alpha(config: dict[str, Any]) -> float:
    """The alpha llama.cpp needs so that alpha / rank equals PEFT's scale (rsLoRA included)."""
    if config.get("rank_pattern") or config.get("alpha_pattern"):
        raise AdapterExportError("Adapters with per-layer ranks cannot be written for llama.cpp.")
    rank, alpha = int(config["r"]), float(config["lora_alpha"])
    return alpha * math.sqrt(rank) if config.get("use_rslora") else alpha


def gguf_tensors(
    config: dict[str, Any], tensors: dict[str, np.ndarray], facts: dict[str, Any]
) -> dict[str, np.ndarray]:
    """Map PEFT tensor names to GGUF LoRA names, permuting q/k lora_b where the base needs it."""
    import gguf

    if config.get("modules_to_save"):
        raise AdapterExportError(
            "Adapters that retrain whole modules cannot be written for llama.cpp."
        )
    arch = next(a for a, name in gguf.MODEL_ARCH_NAMES.items() if name == facts["architecture"])
    names = gguf.get_tensor_name_map(arch, int(facts["blocks"]))
    result: dict[str, np.ndarray] = {}
    for key, array in tensors.items():
        module, _, part = key.removeprefix("base_model.model.").rpartition(".lora_")
        if part not in ("A.weight", "B.weight"):
            raise AdapterExportError(f"The adapter tensor {key} is not a LoRA matrix.")
        target = names.get_name(module + ".weight", try_suffixes=(".weight",))
        if target is None:
            target = names.get_name(module.removeprefix("model.") + ".weight", (".weight",))
        if target is None:
            raise AdapterExportError(f"No llama.cpp tensor matches the adapted layer {module}.")
        if config.get("fan_in_fan_out"):
            array = array.T
        if part == "B.weight" and facts["architecture"] in PERMUTED:
            if target.endswith("attn_q.weight"):
                array = permute_rows(array, facts["heads"], facts["heads"])
            elif target.endswith("attn_k.weight"):
                array = permute_rows(array, facts["heads"], facts["kv_heads"])
        suffix = ".lora_a" if part == "A.weight" else ".lora_b"
        result[target + suffix] = np.ascontiguousarray(array)
    return result


def write_gguf_lora(
    adapter_dir: Path | str,
    out_path: Path | str,
    *,
    base_gguf: Path | str | None = None,
    chat_template: str | None = None,
    tensor_type: str = "f32",
) -> Path:
    """Write the PEFT adapter in ``adapter_dir`` as a GGUF LoRA file and return its path.

    ``base_gguf`` (the file the adapter will be loaded over) gives the architecture and head
    counts; without it they come from the base folder recorded in the adapter's config. The
    chat template, when given, is stored as ``tokenizer.chat_template`` for the tools that run it.
    """
    import gguf

    config, tensors = read_adapter(adapter_dir)
    facts = base_facts(config, base_gguf)
    mapped = gguf_tensors(config, tensors, facts)
    dtype = np.float16 if tensor_type == "f16" else np.float32
    out = Path(out_path)
    partial = out.with_name(out.name + ".partial")
    writer = gguf.GGUFWriter(str(partial), facts["architecture"])
    writer.add_type(gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, effective_alpha(config))
    writer.add_name(f"{Path(adapter_dir).name} LoRA")
    if chat_template:
        writer.add_chat_template(chat_template)
    for name in sorted(mapped):
        writer.add_tensor(name, mapped[name].astype(dtype))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    partial.replace(out)
    return out
