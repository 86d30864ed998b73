"""Turn a GGUF base model into a Hugging Face folder the trainers can load, once per file.

transformers reads GGUF files (dequantising every tensor) but refuses to save such a model, and
Unsloth loads only folders. So the dequantised weights are copied into a model built from the
same config and saved, in a cache keyed by the GGUF's SHA-256: the second run on the same base
starts in seconds. The folder also records the GGUF's architecture, which the adapter writer
needs, and its special tokens, which transformers' conversion sometimes gets wrong.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from core.errors import HandloomError

MARKER = "handloom-base.json"


class BaseModelError(HandloomError):
    """The base model cannot be read or converted."""


def default_cache_dir() -> Path:
    """Where converted bases live unless the config names a folder."""
    override = os.environ.get("HANDLOOM_CACHE_DIR")
    if override:
        return Path(override) / "base-models"
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("handloom")) / "base-models"
    except ImportError:
        return Path.home() / ".cache" / "handloom" / "base-models"


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def base_info(folder: Path | str) -> dict[str, Any]:
    """What was recorded about a converted base (empty for a folder that was not converted)."""
    marker = Path(folder) / MARKER
    if not marker.is_file():
        return {}
    return dict(json.loads(marker.read_text(encoding="utf-8")))


def hugging_face_folder(base_model: Path | str, cache_dir: Path | str | None = None) -> Path:
    """Return a Hugging Face folder for the base: the folder itself, or a cached conversion."""
    path = Path(base_model)
    if path.is_dir():
        return path
    if path.suffix.lower() != ".gguf":
        raise BaseModelError(f"The base model {path.name} is neither a folder nor a GGUF file.")
    digest = file_sha256(path)
    folder = Path(cache_dir) if cache_dir else default_cache_dir()
    target = folder / digest[:24]
    if (target / MARKER).is_file():
        return target
    partial = folder / f".{digest[:24]}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        _convert(path, partial, digest)
        shutil.rmtree(target, ignore_errors=True)
        os.replace(partial, target)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return target


def _convert(gguf_path: Path, folder: Path, digest: str) -> None:
    """Dequantise the GGUF with transformers, rebuild it from its config and save it."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    directory, name = str(gguf_path.parent), gguf_path.name
    try:
        config = AutoConfig.from_pretrained(directory, gguf_file=name)
        loaded = AutoModelForCausalLM.from_pretrained(
            directory, gguf_file=name, dtype=torch.float32
        )
        tokenizer = AutoTokenizer.from_pretrained(directory, gguf_file=name)
    except (ValueError, KeyError, OSError, RuntimeError) as error:
        raise BaseModelError(
            f"transformers cannot read {gguf_path.name} ({error}); use a supported architecture."
        ) from None
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    missing, unexpected = model.load_state_dict(loaded.state_dict(), strict=False)
    tied = {"lm_head.weight"} if getattr(config, "tie_word_embeddings", False) else set()
    if set(missing) - tied or unexpected:
        raise BaseModelError(
            f"The weights of {gguf_path.name} do not fit its own config "
            f"({len(missing)} missing, {len(unexpected)} unexpected)."
        )
    model.tie_weights()
    model.save_pretrained(folder)
    metadata = _gguf_metadata(gguf_path)
    _fix_special_tokens(tokenizer, metadata)
    tokenizer.save_pretrained(folder)
    info = {
        "source": str(gguf_path),
        "sha256": digest,
        "architecture": metadata.get("general.architecture"),
        "add_bos_token": metadata.get("tokenizer.ggml.add_bos_token"),
        "has_chat_template": "tokenizer.chat_template" in metadata,
    }
    (folder / MARKER).write_text(json.dumps(info, indent=2), encoding="utf-8")


def _gguf_metadata(gguf_path: Path) -> Mapping[str, object]:
    """The GGUF's metadata, read by the engine's header reader (big arrays such as the
    vocabulary stand as their lengths): a fraction of a second where ``GGUFReader`` maps
    every tensor and the whole vocabulary."""
    from core.engine.gguf_info import read_gguf

    return read_gguf(gguf_path).metadata


def _fix_special_tokens(tokenizer: Any, metadata: Mapping[str, object]) -> None:
    """Set BOS, EOS and padding from the GGUF's own ids; padding falls back to EOS."""
    for role in ("bos", "eos"):
        token_id = metadata.get(f"tokenizer.ggml.{role}_token_id")
        if isinstance(token_id, int):
            setattr(tokenizer, f"{role}_token", tokenizer.convert_ids_to_tokens(token_id))
    pad_id = metadata.get("tokenizer.ggml.padding_token_id")
    if isinstance(pad_id, int):
        tokenizer.pad_token = tokenizer.convert_ids_to_tokens(pad_id)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
