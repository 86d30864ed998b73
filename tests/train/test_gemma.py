"""Gemma 3 270M base (no chat template of its own): training starts with a chosen template and
its GGUF adapter loads in llama.cpp over the Q4_K_M base and moves its predictions the way PEFT
moves them in torch (Gemma 3 stores q/k unpermuted, so no row permutation is applied)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.train.base_model import hugging_face_folder
from core.train.config import TrainingConfig
from tests.train.conftest import run_runner
from tests.train.logits import llama_cpp_logits, prompt_ids, torch_logits


@pytest.mark.slow
def test_gemma3_adapter_trains_and_runs_in_llama_cpp(
    gemma_gguf: Path, style_data: Path, tmp_path: Path
) -> None:
    config = TrainingConfig(
        base_model=str(gemma_gguf),
        train_data=str(style_data),
        output_dir=str(tmp_path / "gemma"),
        chat_template="gemma",
        max_steps=4,
        learning_rate=3e-3,
        lora_r=8,
        lora_alpha=16,
        batch_size=2,
        max_seq_len=96,
        eval_fraction=0.0,
        save_steps=100,
        seed=5,
    )
    run = run_runner(config)
    assert run.code == 0, run.events[-1]
    done = run.of("done")[0]
    assert "<start_of_turn>" in done["chat_template"]

    from gguf import GGUFReader

    fields = GGUFReader(done["gguf_adapter"]).fields
    assert fields["general.architecture"].contents() == "gemma3"
    assert fields["general.type"].contents() == "adapter"
    assert fields["tokenizer.chat_template"].contents() == done["chat_template"]

    ids = prompt_ids(gemma_gguf, done["chat_template"])
    llama_base = llama_cpp_logits(gemma_gguf, ids, None)
    llama_tuned = llama_cpp_logits(gemma_gguf, ids, Path(done["gguf_adapter"]))
    torch_base, torch_tuned = torch_logits(
        hugging_face_folder(gemma_gguf), Path(done["adapter_dir"]), ids
    )
    for i in range(len(ids)):
        assert np.corrcoef(torch_base[i], llama_base[i])[0, 1] > 0.98
        llama_delta, torch_delta = llama_tuned[i] - llama_base[i], torch_tuned[i] - torch_base[i]
        assert np.abs(llama_delta).max() > 0.5
        assert np.corrcoef(torch_delta, llama_delta)[0, 1] > 0.9
