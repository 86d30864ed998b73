"""A Hugging Face model folder as a training base, and the registered GGUF it is served over.

Training reads the folder (config.json, safetensors, tokenizer files as ``save_pretrained``
writes them); llama.cpp generates from a GGUF. So a folder run needs the project's GGUF of the
same model to register "base + adapter" over: one whose architecture, width, layers, heads and
vocabulary equal the folder's config. Only files are read here (no torch, no transformers), so
the window and the CLI can check a folder at once.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import HandloomError
from core.store import registry
from core.store.project import Project
from core.store.registry import ModelRecord
from core.train.gguf_lora import ARCHITECTURES

# What must be equal for an adapter trained on the folder to fit the GGUF, in the order named.
FACTS = ("architecture", "hidden_size", "layers", "heads", "kv_heads", "vocab_size")
LABELS = {"architecture": "architecture", "hidden_size": "hidden size", "layers": "layers",
          "heads": "attention heads", "kv_heads": "key/value heads", "vocab_size": "vocabulary"}


class FolderBaseError(HandloomError):
    """A Hugging Face folder cannot be a base, or the model named to serve it does not fit."""


@dataclass(frozen=True)
class ModelShape:
    """The facts an adapter depends on, from a folder's config.json or a GGUF header."""

    architecture: str | None  # llama.cpp's name (llama, gemma3, qwen2…)
    hidden_size: int | None
    layers: int | None
    heads: int | None
    kv_heads: int | None
    vocab_size: int | None

    def describe(self) -> str:
        return (f"{self.architecture}, hidden size {self.hidden_size}, {self.layers} layers, "
                f"{self.heads}/{self.kv_heads} heads, vocabulary {self.vocab_size}")


def is_folder(base: str) -> bool:
    """Whether ``base`` names a model folder (a directory holding config.json)."""
    return bool(base) and (Path(base).expanduser() / "config.json").is_file()


def read_config(folder: Path | str) -> dict[str, Any]:
    """The folder's config.json as a dict."""
    path = Path(folder) / "config.json"
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise FolderBaseError(f"Cannot read the model folder's config {path}: {error}.") from None
    if not isinstance(config, dict):
        raise FolderBaseError(f"The model folder's config {path} is not a JSON object.")
    return config


def config_sha256(folder: Path | str) -> str:
    """The SHA-256 of the folder's config.json, recorded with the run."""
    return hashlib.sha256((Path(folder) / "config.json").read_bytes()).hexdigest()


def folder_shape(config: dict[str, Any]) -> ModelShape:
    """The shape a folder's config declares (a Gemma 3 config's text part for gemma3)."""
    text = config.get("text_config") if config.get("model_type") == "gemma3" else None
    values = text if isinstance(text, dict) else config
    model_type = str(values.get("model_type") or config.get("model_type") or "")
    heads = values.get("num_attention_heads")
    vocab = values.get("vocab_size", config.get("vocab_size"))
    return ModelShape(
        architecture=ARCHITECTURES.get(model_type, model_type or None),
        hidden_size=values.get("hidden_size"),
        layers=values.get("num_hidden_layers"),
        heads=heads,
        kv_heads=values.get("num_key_value_heads") or heads,
        vocab_size=vocab,
    )


def gguf_shape(path: Path | str) -> ModelShape:
    """The shape a GGUF header declares (read without loading the weights)."""
    from core.engine.gguf_info import read_model_info

    info = read_model_info(path)
    meta, arch = info.metadata, info.architecture

    def number(key: str) -> int | None:
        value = meta.get(f"{arch}.{key}")
        return int(value) if isinstance(value, (int, float)) else None

    heads = number("attention.head_count")
    vocab = number("vocab_size")
    if vocab is None:  # large arrays are kept as their length
        tokens = meta.get("tokenizer.ggml.tokens")
        vocab = int(tokens) if isinstance(tokens, int) else None
    return ModelShape(
        architecture=arch,
        hidden_size=number("embedding_length"),
        layers=number("block_count"),
        heads=heads,
        kv_heads=number("attention.head_count_kv") or heads,
        vocab_size=vocab,
    )


def differences(folder: ModelShape, gguf: ModelShape) -> list[str]:
    """What differs between the two, in words (empty when the adapter fits)."""
    return [f"{LABELS[name]} {getattr(folder, name)} ≠ {getattr(gguf, name)}"
            for name in FACTS if getattr(folder, name) != getattr(gguf, name)]


def _candidates(project: Project) -> list[ModelRecord]:
    return [m for m in registry.list_models(project) if m.kind == "gguf"]


def serving_base(project: Project, folder: Path | str,
                 serve_with: str | None = None) -> ModelRecord | None:
    """The registered GGUF the folder's adapter will generate over, or None when none fits.

    ``serve_with`` names it; it must fit. Otherwise the first registered GGUF of the same
    shape is taken (several quantisations of one model all fit).
    """
    shape = folder_shape(read_config(folder))
    if serve_with:
        model = registry.get(project, serve_with)
        if model.kind != "gguf":
            raise FolderBaseError(f"{model.name} is not a GGUF file; name a registered GGUF to "
                                  "generate with.")
        found = differences(shape, gguf_shape(model.file()))
        if found:
            raise FolderBaseError(f"{model.name} is not the model in {Path(folder).name} "
                                  f"({'; '.join(found)}); name the GGUF of the same model.")
        return model
    for model in _candidates(project):
        try:
            if not differences(shape, gguf_shape(model.file())):
                return model
        except HandloomError:  # a missing or unreadable file is simply not a match
            continue
    return None


def has_chat_template(folder: Path | str) -> bool:
    """Whether the folder's tokenizer carries a chat template (in any of its usual files)."""
    path = Path(folder)
    if (path / "chat_template.jinja").is_file() or (path / "chat_template.json").is_file():
        return True
    try:
        tokenizer = json.loads((path / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(isinstance(tokenizer, dict) and tokenizer.get("chat_template"))


def no_match_sentence(name: str, folder: Path | str, adapter_dir: str | None) -> str:
    """Why a run from a folder could not be registered for generation, and how to fix it."""
    shape = folder_shape(read_config(folder))
    saved = f" and saved its adapter in {adapter_dir}" if adapter_dir else ""
    return (f"Trained {name}{saved}, but it could not be registered for generation because no "
            f"registered GGUF matches the folder {folder} ({shape.describe()}): register the "
            f"GGUF of the same model and run the same training again, or resume the job, to "
            f"register it.")


REGISTER_GGUF_HINT = "(handloom models add PROJECT FILE.gguf registers it.)"
