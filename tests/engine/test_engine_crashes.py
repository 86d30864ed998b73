"""The model process can die; the parent must report it and stay alive."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import gguf
import numpy as np
import pytest

from core.engine.chat_template import template_for_model
from core.engine.errors import EngineCrashed, ModelFileError, ModelLoadError
from core.engine.process import GenerationRequest, LocalEngine

from .conftest import THREADS

pytestmark = pytest.mark.model  # the llama.cpp model process: its crashes and what it refuses


def test_killed_child_raises_engine_crashed(smollm2_path: Path) -> None:
    engine = LocalEngine(smollm2_path, n_parallel=2, n_ctx_per_seq=256, n_threads=THREADS)
    info = engine.info
    template = template_for_model(info.chat_template, bos_token=info.bos_token)
    requests = [
        GenerationRequest(
            "short", template.render([{"role": "user", "content": "Hi"}]), max_tokens=1
        ),
        GenerationRequest(
            "long", template.render([{"role": "user", "content": "Tell a story."}]), max_tokens=400
        ),
    ]
    got = []
    started = time.perf_counter()
    with pytest.raises(EngineCrashed) as caught:
        for result in engine.generate(requests, on_tokens=lambda key, text: None):
            got.append(result)
            os.kill(engine.pid, signal.SIGKILL)  # mid-generation: "long" is still running
    assert time.perf_counter() - started < 60
    assert "The model process stopped unexpectedly (signal 9, SIGKILL) while generating" in str(
        caught.value
    )
    assert "SmolLM2-135M-Instruct.Q4_1.gguf" in str(caught.value)
    assert [r.key for r in got] == ["short"] and got[0].completion_tokens == 1  # still valid
    engine.close()
    with LocalEngine(smollm2_path, n_parallel=1, n_ctx_per_seq=64, n_threads=THREADS) as fresh:
        [again] = fresh.generate([GenerationRequest("again", "Hello", max_tokens=2, temperature=0)])
    assert again.completion_tokens == 2


def test_truncated_model_is_refused_before_starting_a_process(
    smollm2_path: Path, tmp_path: Path
) -> None:
    cut = tmp_path / "model.gguf"
    cut.write_bytes(smollm2_path.read_bytes()[:50_000_000])
    with pytest.raises(ModelFileError, match="model.gguf is truncated"):
        LocalEngine(cut, n_parallel=1)


def test_garbage_with_gguf_magic_is_refused(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.gguf"
    garbage.write_bytes(b"GGUF" + os.urandom(4096))
    with pytest.raises(ModelFileError, match="garbage.gguf"):
        LocalEngine(garbage, n_parallel=1)


def test_model_llama_cpp_cannot_load_gives_a_sentence(tmp_path: Path) -> None:
    """A well-formed header whose model is incomplete: refused by llama.cpp in the child."""
    broken = tmp_path / "broken.gguf"
    writer = gguf.GGUFWriter(str(broken), "llama")
    writer.add_context_length(128)
    writer.add_tensor("token_embd.weight", np.zeros((8, 16), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises((ModelLoadError, EngineCrashed)) as caught:
        LocalEngine(broken, n_parallel=1, n_ctx_per_seq=64)
    assert "broken.gguf" in str(caught.value)
    assert os.getpid() > 0  # the test process is alive to assert this


def test_aborted_child_names_the_signal(smollm2_path: Path) -> None:
    engine = LocalEngine(smollm2_path, n_parallel=1, n_ctx_per_seq=64, n_threads=THREADS)
    os.kill(engine.pid, signal.SIGABRT)  # what a GGML_ASSERT does
    with pytest.raises(EngineCrashed, match=r"\(signal 6, SIGABRT\) while generating"):
        list(engine.generate([GenerationRequest("a", "Hello", max_tokens=2)]))
    engine.close()
