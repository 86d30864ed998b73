"""Next-token logits of the test prompts from llama.cpp (GGUF + adapter) and torch (PEFT)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.train.data import PROMPTS


def prompt_ids(gguf_path: Path, template: str) -> list[list[int]]:
    """The test prompts as llama.cpp tokenises them, up to the assistant's opening marker."""
    from core.train.conversations import encode_prompt
    from core.train.vocabulary import LlamaCppVocabulary

    vocabulary = LlamaCppVocabulary.open(gguf_path)
    return [encode_prompt(vocabulary, [{"role": "user", "content": p}], template) for p in PROMPTS]


def llama_cpp_logits(gguf_path: Path, ids: list[list[int]], lora: Path | None) -> np.ndarray:
    """Next-token logits after each prompt from llama.cpp, optionally with a LoRA adapter."""
    import llama_cpp

    llm = llama_cpp.Llama(
        str(gguf_path),
        n_ctx=256,
        n_threads=2,
        logits_all=True,
        lora_path=str(lora) if lora else None,
        verbose=False,
    )
    rows = []
    for tokens in ids:
        llm.reset()
        llm.eval(tokens)
        rows.append(np.array(llm.scores[llm.n_tokens - 1], dtype=np.float64))
    llm.close()
    return np.stack(rows)


def torch_logits(folder: Path, adapter: Path, ids: list[list[int]]) -> tuple[np.ndarray, ...]:
    """Next-token logits from the dequantised base in float32, without and with the PEFT adapter."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32)
    model = PeftModel.from_pretrained(model, str(adapter)).eval()
    base, tuned = [], []
    with torch.no_grad():
        for tokens in ids:
            x = torch.tensor([tokens])
            tuned.append(model(x).logits[0, -1].double().numpy())
            with model.disable_adapter():
                base.append(model(x).logits[0, -1].double().numpy())
    return np.stack(base), np.stack(tuned)
