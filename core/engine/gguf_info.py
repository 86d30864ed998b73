"""Read what a GGUF model file says about itself, without loading it.

The header (metadata and tensor table) is walked with ``struct`` rather than
``gguf.GGUFReader``: the reader maps every tensor and turns a 262k-entry vocabulary
into numpy views, which takes 16 s for Gemma 3 270M, while this walk takes a
fraction of a second. The ``gguf`` package still supplies the constants (value
types, quantisation block sizes, file types, architecture names). Every count and
length read from the file is checked against hard limits and against the file's
size before anything is allocated, so a hostile or damaged file is refused with a
sentence, never trusted. Whether llama.cpp loads an architecture the gguf package does not
name is asked of llama.cpp itself.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import gguf

from core.engine.errors import ModelFileError
from core.engine.gguf_header import (
    MAX_METADATA_KEYS,
    MAX_TENSORS,
    HeaderCursor,
    read_value,
    string_at,
)

MAX_CONTEXT_LENGTH = 1 << 26
MAX_DIMENSIONS = 4
# Architectures the gguf package names: a quick yes, without asking llama.cpp.
_GGUF_ARCHITECTURES = frozenset(gguf.MODEL_ARCH_NAMES.values())

# Architectures that llama.cpp loads but that do not write text.
_NOT_TEXT_GENERATORS = {
    "clip": "a vision projector (mmproj)",
    "bert": "an embedding model",
    "nomic-bert": "an embedding model",
    "nomic-bert-moe": "an embedding model",
    "jina-bert-v2": "an embedding model",
    "jina-bert-v3": "an embedding model",
    "modern-bert": "an embedding model",
    "neo-bert": "an embedding model",
    "eurobert": "an embedding model",
    "gemma-embedding": "an embedding model",
    "llama-embed": "an embedding model",
    "t5encoder": "an encoder-only model",
    "wavtokenizer-dec": "an audio decoder",
}


@dataclass(frozen=True)
class ModelFileInfo:
    """What a GGUF file declares: enough to list, pick and credit a model."""

    path: Path
    file_size: int
    gguf_version: int
    architecture: str
    kind: str  # "model" or "adapter" (general.type)
    name: str | None
    size_label: str | None
    parameters: int
    context_length: int | None
    quantization: str | None
    license: str | None
    languages: tuple[str, ...]
    chat_template: str | None
    bos_token: str | None
    eos_token: str | None
    bos_token_id: int | None
    eos_token_id: int | None
    tensor_count: int
    metadata: Mapping[str, object] = field(repr=False)


def _quantization(file_type: object, tensor_types: list[int]) -> str | None:
    if isinstance(file_type, int):
        try:
            name = gguf.LlamaFileType(file_type).name
        except ValueError:
            return f"file type {file_type}"
        return "F32" if name == "ALL_F32" else name.removeprefix("MOSTLY_")
    if tensor_types:
        common = max(set(tensor_types), key=tensor_types.count)
        return gguf.GGMLQuantizationType(common).name
    return None


def read_gguf(path: Path | str) -> ModelFileInfo:
    """Read the header of any GGUF file (model or adapter) and check it is whole and sane."""
    path = Path(path)
    label = path.name
    try:
        file = path.open("rb")
    except FileNotFoundError:
        raise ModelFileError(f"{label} does not exist (looked in {path.parent})") from None
    except OSError as error:
        raise ModelFileError(f"{label} cannot be opened: {error.strerror}") from None
    with file:
        size = path.stat().st_size
        cur = HeaderCursor(file, size, label)
        magic = file.read(4)
        if magic != b"GGUF":
            raise ModelFileError(
                f"{label} is not a GGUF model file (it does not start with the GGUF magic bytes)"
            )
        cur.pos = 4
        version = cur.u32("the version number")
        if version not in (2, 3):
            if version & 0xFFFF == 0 and version >> 16 in (2, 3):
                raise ModelFileError(
                    f"{label} is a big-endian GGUF file, which llama.cpp cannot load here"
                )
            raise ModelFileError(
                f"{label} uses GGUF version {version}, which llama.cpp cannot read"
            )
        tensor_count = cur.u64("the tensor count")
        kv_count = cur.u64("the metadata count")
        if tensor_count > MAX_TENSORS:
            raise ModelFileError(
                f"{label} declares {tensor_count:,} tensors, which is not plausible"
            )
        if kv_count > MAX_METADATA_KEYS:
            raise ModelFileError(
                f"{label} declares {kv_count:,} metadata keys, which is not plausible"
            )

        metadata: dict[str, object] = {}
        token_offsets: list[int] = []
        for _ in range(kv_count):
            key = cur.string("a metadata key")
            kind = cur.u32(f"the type of {key}")
            offsets = token_offsets if key == gguf.Keys.Tokenizer.LIST else None
            metadata[key] = read_value(cur, kind, key, offsets)

        parameters = 0
        tensor_types: list[int] = []
        tensor_extents: list[tuple[int, int]] = []
        for index in range(tensor_count):
            name = cur.string(f"the name of tensor {index}")
            n_dims = cur.u32(f"the shape of {name}")
            if n_dims > MAX_DIMENSIONS:
                raise ModelFileError(
                    f"{label} declares {n_dims} dimensions for {name}, which is not plausible"
                )
            dims = [cur.u64(f"the shape of {name}") for _ in range(n_dims)]
            type_id = cur.u32(f"the type of {name}")
            offset = cur.u64(f"the offset of {name}")
            try:
                block, type_size = gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType(type_id)]
            except (ValueError, KeyError):
                raise ModelFileError(
                    f"{label} stores {name} in an unknown tensor type {type_id}"
                ) from None
            elements = math.prod(dims)
            if elements > 1 << 48 or (dims and dims[0] % block):
                raise ModelFileError(f"{label} declares an impossible shape {dims} for {name}")
            parameters += elements
            tensor_types.append(type_id)
            tensor_extents.append((offset, elements // block * type_size))

        alignment = metadata.get(gguf.Keys.General.ALIGNMENT, gguf.GGUF_DEFAULT_ALIGNMENT)
        if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
            raise ModelFileError(f"{label} declares an invalid alignment {alignment!r}")
        data_start = -(-cur.pos // alignment) * alignment
        data_end = max((start + length for start, length in tensor_extents), default=0)
        if data_start + data_end > size:
            raise ModelFileError(
                f"{label} is truncated: its tensors need {data_start + data_end:,} bytes but the "
                f"file holds {size:,} (was the download or copy interrupted?)"
            )

        def token_text(key: str) -> tuple[int | None, str | None]:
            token_id = metadata.get(key)
            if not isinstance(token_id, int):
                return None, None
            tokens = metadata.get(gguf.Keys.Tokenizer.LIST)
            if isinstance(tokens, list) and 0 <= token_id < len(tokens):
                return token_id, str(tokens[token_id])
            if 0 <= token_id < len(token_offsets):
                return token_id, string_at(cur, token_offsets[token_id])
            return token_id, None

        bos_id, bos = token_text(gguf.Keys.Tokenizer.BOS_ID)
        eos_id, eos = token_text(gguf.Keys.Tokenizer.EOS_ID)

    arch = metadata.get(gguf.Keys.General.ARCHITECTURE)
    if not isinstance(arch, str) or not arch:
        raise ModelFileError(f"{label} does not say which model architecture it holds")
    context = metadata.get(gguf.Keys.LLM.CONTEXT_LENGTH.format(arch=arch))
    if context is not None and (
        not isinstance(context, int) or not 0 < context <= MAX_CONTEXT_LENGTH
    ):
        raise ModelFileError(
            f"{label} declares a context length of {context!r}, which is not plausible"
        )
    languages = metadata.get(gguf.Keys.General.LANGUAGES)
    template = metadata.get(gguf.Keys.Tokenizer.CHAT_TEMPLATE)

    def text(key: str) -> str | None:
        value = metadata.get(key)
        return value if isinstance(value, str) and value else None

    return ModelFileInfo(
        path=path,
        file_size=size,
        gguf_version=version,
        architecture=arch,
        kind=text(gguf.Keys.General.TYPE) or "model",
        name=text(gguf.Keys.General.NAME),
        size_label=text(gguf.Keys.General.SIZE_LABEL),
        parameters=parameters,
        context_length=context,
        quantization=_quantization(metadata.get(gguf.Keys.General.FILE_TYPE), tensor_types),
        license=text(gguf.Keys.General.LICENSE),
        languages=tuple(str(x) for x in languages) if isinstance(languages, list) else (),
        chat_template=template if isinstance(template, str) and template.strip() else None,
        bos_token=bos,
        eos_token=eos,
        bos_token_id=bos_id,
        eos_token_id=eos_id,
        tensor_count=tensor_count,
        metadata=metadata,
    )


def read_model_info(path: Path | str) -> ModelFileInfo:
    """Read a model file and refuse one that llama.cpp cannot use to write text."""
    info = read_gguf(path)
    label = info.path.name
    if info.kind == "adapter":
        raise ModelFileError(f"{label} is a LoRA adapter, not a model: load it over its base model")
    if info.architecture not in _GGUF_ARCHITECTURES:
        # The gguf package's list trails llama.cpp's (it lacks architectures the bundled
        # llama.cpp loads), so llama.cpp itself is asked, with a vocabulary-only load.
        from core.engine.vocabulary import llama_cpp_refusal

        refusal = llama_cpp_refusal(info.path)
        if refusal is not None:
            raise ModelFileError(
                f"{label} holds a '{info.architecture}' model, an architecture this version "
                f"of llama.cpp cannot load (llama.cpp says: {refusal})"
            )
    if info.architecture in _NOT_TEXT_GENERATORS:
        what = _NOT_TEXT_GENERATORS[info.architecture]
        raise ModelFileError(f"{label} is {what}, not a model that writes text")
    return info


def read_adapter_info(path: Path | str) -> ModelFileInfo:
    """Read a LoRA adapter file and refuse anything else."""
    info = read_gguf(path)
    if info.kind != "adapter":
        raise ModelFileError(
            f"{info.path.name} is not a LoRA adapter (general.type is '{info.kind}')"
        )
    return info
