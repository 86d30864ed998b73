"""Fold a GGUF LoRA adapter into its base GGUF: one standalone model file to share or serve.

Each adapted weight is dequantised, gets ``alpha / rank * B @ A`` added (in the GGUF's own row
order, which the adapter file already uses) and is written as F16 or Q8_0; every other tensor
and all metadata are copied unchanged, so nothing the adapter did not touch loses precision.
"q4_k_m" then requantises that file with llama.cpp's own quantiser.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import numpy as np

from core.errors import HandloomError


class MergeError(HandloomError):
    """The adapter cannot be folded into the base model."""


def read_lora(adapter_gguf: Path | str) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], float]:
    """The adapter's (A, B) pairs keyed by the base tensor they change, and its alpha."""
    from gguf import GGUFReader

    reader = GGUFReader(str(adapter_gguf))
    alpha = float(reader.fields["adapter.lora.alpha"].contents())
    parts: dict[str, dict[str, np.ndarray]] = {}
    for tensor in reader.tensors:
        base, _, part = tensor.name.rpartition(".lora_")
        parts.setdefault(base, {})[part] = np.asarray(tensor.data, dtype=np.float32)
    return {name: (p["a"], p["b"]) for name, p in parts.items()}, alpha


def merge_into(
    base_gguf: Path | str, adapter_gguf: Path | str, out_path: Path | str, tensor_type: str
) -> Path:
    """Write base + adapter as one GGUF whose adapted tensors are F16 (``f16``) or Q8_0."""
    import gguf

    lora, alpha = read_lora(adapter_gguf)
    reader = gguf.GGUFReader(str(base_gguf))
    arch = reader.fields[gguf.Keys.General.ARCHITECTURE].contents()
    out = Path(out_path)
    writer = gguf.GGUFWriter(str(out), arch)
    for field in reader.fields.values():
        if field.name == gguf.Keys.General.ARCHITECTURE or field.name.startswith("GGUF."):
            continue
        kind = field.types[0]
        sub_type = field.types[-1] if kind == gguf.GGUFValueType.ARRAY else None
        writer.add_key_value(field.name, field.contents(), kind, sub_type=sub_type)
    target = (
        gguf.GGMLQuantizationType.F16 if tensor_type == "f16" else gguf.GGMLQuantizationType.Q8_0
    )
    found = set()
    for tensor in reader.tensors:
        if tensor.name not in lora:
            writer.add_tensor(
                tensor.name, tensor.data, raw_shape=tensor.data.shape, raw_dtype=tensor.tensor_type
            )
            continue
        found.add(tensor.name)
        a, b = lora[tensor.name]
        weight = gguf.quants.dequantize(tensor.data, tensor.tensor_type).astype(np.float32)
        weight += (alpha / a.shape[0]) * (b @ a)
        if target == gguf.GGMLQuantizationType.F16:
            writer.add_tensor(tensor.name, weight.astype(np.float16))
        else:
            data = gguf.quants.quantize(weight, target)
            writer.add_tensor(tensor.name, data, raw_shape=data.shape, raw_dtype=target)
    if found != set(lora):
        missing = sorted(set(lora) - found)[0]
        raise MergeError(f"The base model has no tensor {missing} for the adapter to change.")
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return out


def quantize_q4_k_m(source: Path | str, out_path: Path | str, threads: int = 0) -> Path:
    """Requantise a GGUF to Q4_K_M with llama.cpp (already-quantised tensors allowed)."""
    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_K_M
    params.allow_requantize = True
    params.nthread = threads
    status = llama_cpp.llama_model_quantize(
        str(source).encode(), str(out_path).encode(), ctypes.byref(params)
    )
    if status != 0:
        raise MergeError(f"llama.cpp could not quantise the merged model (status {status}).")
    return Path(out_path)


def export_merged(
    base_gguf: Path | str, adapter_gguf: Path | str, output_dir: Path | str, kind: str
) -> Path:
    """Write ``merged-<kind>.gguf`` in the output folder: f16, q8_0 or q4_k_m."""
    folder = Path(output_dir)
    if kind in ("f16", "q8_0"):
        return merge_into(base_gguf, adapter_gguf, folder / f"merged-{kind}.gguf", kind)
    if kind != "q4_k_m":
        raise MergeError(f"Unknown merged export {kind}; choose f16, q8_0 or q4_k_m.")
    intermediate = merge_into(base_gguf, adapter_gguf, folder / "merged-f16.partial.gguf", "f16")
    try:
        return quantize_q4_k_m(intermediate, folder / "merged-q4_k_m.gguf")
    finally:
        intermediate.unlink(missing_ok=True)
