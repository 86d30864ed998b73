"""Sampling from the top-k candidates gives what sampling from the whole vocabulary gives,
and samples of one prompt that copy its evaluation answer as if they had evaluated it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.engine.process import GenerationRequest, LocalEngine
from tests.engine.conftest import THREADS

PROMPTS = ["The history of the river begins", "A recipe for bread:", "Dear friend,",
           "In the year 2050, cities"]


@pytest.mark.parametrize("shape", ["random", "peaked", "flat", "ties"])
def test_the_k_best_logits_are_found_exactly(shape: str) -> None:
    from core.engine.candidates import TopCandidates

    rng = np.random.default_rng(7)
    rows = {
        "random": rng.normal(0, 3, 262_144),
        "peaked": np.concatenate([rng.normal(-30, 1, 262_100), rng.normal(20, 0.1, 44)]),
        "flat": np.zeros(1000),
        "ties": np.repeat(np.arange(5.0), 40),
    }
    row = rows[shape].astype(np.float32)
    for k in (1, 40, 1000):
        candidates = TopCandidates(k)
        candidates.select(row)
        n = candidates.array.size
        got = np.sort(candidates.buffer["logit"][:n])
        want = np.sort(row)[-min(k, row.shape[0]):]
        assert np.array_equal(got, want), (shape, k)
        assert np.array_equal(row[candidates.buffer["id"][:n]], candidates.buffer["logit"][:n])


def _answers(model: Path, requests: list[GenerationRequest], **tuning: bool) -> dict[str, list[int]]:
    with LocalEngine(model, n_parallel=4, n_ctx_per_seq=256, n_threads=THREADS,
                     tuning=tuning) as engine:
        return {r.key: r.tokens for r in engine.generate(requests)}


@pytest.mark.model
@pytest.mark.parametrize("top_k", [40, 2000])
def test_gemma_samples_the_same_tokens_from_k_candidates(gemma_path: Path, top_k: int) -> None:
    requests = [GenerationRequest(str(i), p, max_tokens=24, temperature=0.9, top_k=top_k,
                                  seed=100 + i, ignore_eos=True) for i, p in enumerate(PROMPTS)]
    requests.append(GenerationRequest("greedy", PROMPTS[0], max_tokens=24, temperature=0,
                                      ignore_eos=True))
    fast = _answers(gemma_path, requests)
    whole = _answers(gemma_path, requests, whole_vocabulary=True)
    assert fast == whole
    assert len({tuple(t) for t in fast.values()}) > 1  # real, different samples


@pytest.mark.model
def test_samples_of_one_prompt_copy_its_evaluation(smollm2_path: Path) -> None:
    prompt = ("<|im_start|>user\nWrite three sentences about the sea and why sailors "
              "love it.<|im_end|>\n<|im_start|>assistant\n")
    requests = [GenerationRequest(f"sea:{s}", prompt, max_tokens=16, seed=s, temperature=0.8)
                for s in range(5)]
    requests.append(GenerationRequest("other", "Once upon a time", max_tokens=16, seed=9))
    with LocalEngine(smollm2_path, n_parallel=4, n_ctx_per_seq=256,
                     n_threads=THREADS) as engine:
        shared = {r.key: r.text for r in engine.generate(requests)}
        copied = engine.stats()["shared_prompt_tokens"]
    with LocalEngine(smollm2_path, n_parallel=4, n_ctx_per_seq=256, n_threads=THREADS,
                     tuning={"share_prompts": False}) as engine:
        independent = {r.key: r.text for r in engine.generate(requests)}
    assert shared == independent
    assert len(set(shared.values())) > 2  # the seeds make different answers
    assert copied >= 3 * 20  # at least three samples copied a prompt of 20-odd tokens


def test_samples_of_a_sliding_window_model_evaluate_their_own_prompts(gemma_path: Path) -> None:
    # Gemma 3's sliding-window layers make a copy dearer than evaluating the prompt again.
    prompt = "Write three sentences about the sea and why sailors love it, in plain words:"
    requests = [GenerationRequest(f"sea:{s}", prompt, max_tokens=8, seed=s, temperature=0.8)
                for s in range(3)]
    with LocalEngine(gemma_path, n_parallel=4, n_ctx_per_seq=256, n_threads=THREADS) as engine:
        assert len(list(engine.generate(requests))) == 3
        assert engine.stats()["shared_prompt_tokens"] == 0
