"""Reading GGUF headers: the real models, and files that must be refused with a sentence."""

from __future__ import annotations

import struct
import time
from pathlib import Path

import gguf
import numpy as np
import pytest

from core.engine.errors import ModelFileError
from core.engine.gguf_info import read_adapter_info, read_gguf, read_model_info


def test_reads_smollm2_header(smollm2_path: Path) -> None:
    info = read_model_info(smollm2_path)
    assert info.architecture == "llama"
    assert info.size_label == "135M"
    assert 130e6 < info.parameters < 140e6
    assert info.context_length == 8192
    assert info.quantization == "Q4_1"
    assert info.license == "apache-2.0"
    assert info.languages == ("en",)
    assert info.chat_template and "<|im_start|>" in info.chat_template
    assert (info.bos_token, info.eos_token) == ("<|im_start|>", "<|im_end|>")


def test_reads_gemma_base_header_quickly(gemma_path: Path) -> None:
    started = time.perf_counter()
    info = read_model_info(gemma_path)
    assert time.perf_counter() - started < 3  # GGUFReader takes ~16 s on this file
    assert info.architecture == "gemma3"
    assert 260e6 < info.parameters < 280e6
    assert info.quantization == "Q4_K_M"
    assert info.license == "gemma"
    assert info.chat_template is None  # a base model: the user picks a template
    assert (info.bos_token, info.eos_token) == ("<bos>", "<eos>")


def test_text_file_is_not_gguf(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    with pytest.raises(ModelFileError) as caught:
        read_model_info(notes)
    assert str(caught.value) == (
        "notes.txt is not a GGUF model file (it does not start with the GGUF magic bytes)"
    )


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="model.gguf does not exist"):
        read_model_info(tmp_path / "model.gguf")


@pytest.mark.parametrize("keep", [0.001, 0.5, 0.999])
def test_truncated_copies_are_refused(smollm2_path: Path, tmp_path: Path, keep: float) -> None:
    data = smollm2_path.read_bytes()
    cut = tmp_path / "model.gguf"
    cut.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ModelFileError, match=r"^model.gguf is truncated: "):
        read_model_info(cut)


def _header(tensors: int, kvs: int) -> bytes:
    return b"GGUF" + struct.pack("<IQQ", 3, tensors, kvs)


def test_absurd_tensor_count_is_refused_without_allocating(tmp_path: Path) -> None:
    path = tmp_path / "huge.gguf"
    path.write_bytes(_header(10**9, 0))
    started = time.perf_counter()
    with pytest.raises(ModelFileError, match="1,000,000,000 tensors, which is not plausible"):
        read_model_info(path)
    assert time.perf_counter() - started < 1


def test_absurd_string_and_array_lengths_are_refused(tmp_path: Path) -> None:
    key = b"general.name"
    path = tmp_path / "long.gguf"
    path.write_bytes(
        _header(0, 1) + struct.pack("<Q", len(key)) + key + struct.pack("<IQ", 8, 2**62)
    )
    with pytest.raises(ModelFileError, match="not plausible"):
        read_model_info(path)
    key = b"general.tags"
    path.write_bytes(
        _header(0, 1) + struct.pack("<Q", len(key)) + key + struct.pack("<IIQ", 9, 4, 2**40)
    )
    with pytest.raises(ModelFileError, match="not plausible"):
        read_model_info(path)


def _write_gguf(path: Path, arch: str, **extra: object) -> None:
    """A small but well-formed GGUF file written with the gguf package."""
    writer = gguf.GGUFWriter(str(path), arch)
    for key, value in extra.items():
        if isinstance(value, str):
            writer.add_string(key, value)
        else:
            writer.add_uint64(key, int(value))  # type: ignore[call-overload]
    writer.add_tensor("token_embd.weight", np.zeros((8, 16), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def test_absurd_context_length_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ctx.gguf"
    _write_gguf(path, "llama", **{"llama.context_length": 2**40})
    with pytest.raises(
        ModelFileError, match="context length of 1099511627776, which is not plausible"
    ):
        read_model_info(path)


def test_unknown_architecture_is_refused_in_llama_cpp_s_words(tmp_path: Path) -> None:
    path = tmp_path / "future.gguf"
    _write_gguf(path, "brainwave9000")
    with pytest.raises(ModelFileError) as caught:
        read_model_info(path)
    assert str(caught.value) == (
        "future.gguf holds a 'brainwave9000' model, an architecture this version of llama.cpp "
        "cannot load (llama.cpp says: unknown model architecture: 'brainwave9000')")
    assert read_gguf(path).architecture == "brainwave9000"  # the header itself is fine


def test_an_architecture_gguf_does_not_name_is_accepted_when_llama_cpp_loads_it(
        smollm2_path: Path, tmp_path: Path) -> None:
    """Nanbeige is a llama-shaped architecture the bundled llama.cpp knows and gguf 0.19 does
    not: SmolLM2's weights under Nanbeige's keys are registered and answer like SmolLM2."""
    from core.engine.chat_template import template_for_model
    from core.engine.process import GenerationRequest, LocalEngine
    from core.store import registry
    from core.store.project import Project
    from tests.engine.conftest import THREADS
    from tests.engine.gguf_edit import copy_with_metadata

    assert "nanbeige" not in gguf.MODEL_ARCH_NAMES.values()
    path = copy_with_metadata(
        smollm2_path, tmp_path / "nanbeige-smol.gguf",
        rename=lambda key: "nanbeige." + key.removeprefix("llama.") if key.startswith("llama.")
        else key,
        strings={"general.architecture": "nanbeige"})
    with Project.create(tmp_path / "p.handloom") as project:
        record = registry.add_gguf(project, path, name="nanbeige-smol")
        assert (record.architecture, record.name) == ("nanbeige", "nanbeige-smol")
    info = read_model_info(path)
    template = template_for_model(info.chat_template, bos_token=info.bos_token,
                                  eos_token=info.eos_token)
    prompt = template.render([{"role": "user", "content": "What is the capital of France?"}])
    with LocalEngine(path, n_parallel=1, n_ctx_per_seq=256, n_threads=THREADS) as engine:
        [result] = engine.generate([GenerationRequest("q", prompt, max_tokens=24,
                                                      temperature=0.0)])
    assert "Paris" in result.text


def test_projector_and_adapter_are_not_models(tmp_path: Path) -> None:
    clip = tmp_path / "mmproj.gguf"
    _write_gguf(clip, "clip")
    with pytest.raises(ModelFileError, match="mmproj.gguf is a vision projector"):
        read_model_info(clip)
    adapter = tmp_path / "lora.gguf"
    _write_gguf(adapter, "llama", **{"general.type": "adapter", "adapter.type": "lora"})
    with pytest.raises(ModelFileError, match="lora.gguf is a LoRA adapter, not a model"):
        read_model_info(adapter)
    assert read_adapter_info(adapter).kind == "adapter"
