"""A real, short LoRA run on SmolLM2-135M through the training subprocess, crashed, cancelled and
resumed on the way, whose GGUF adapter must then make llama.cpp predict what PEFT predicts.

One run serves every test here (a module fixture) because training is the slow part: about
12 optimiser steps of batch 4 on 2 CPU cores.
"""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from core.train.base_model import hugging_face_folder
from core.train.config import TrainingConfig
from core.train.process import TrainingProcess
from tests.train.conftest import Run, kill_after_checkpoint, run_runner
from tests.train.data import PROMPTS
from tests.train.logits import llama_cpp_logits, prompt_ids, torch_logits

STEPS = 12


@pytest.fixture(scope="module")
def runs(smollm2_gguf: Path, style_data: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Crash after the first checkpoint, resume and cancel with SIGINT, resume to the end."""
    output = tmp_path_factory.mktemp("smollm2-run")
    config = TrainingConfig(
        base_model=str(smollm2_gguf),
        train_data=str(style_data),
        output_dir=str(output),
        max_steps=STEPS,
        learning_rate=1.5e-3,
        lora_r=8,
        lora_alpha=16,
        batch_size=4,
        max_seq_len=128,
        eval_fraction=0.1,
        eval_steps=6,
        save_steps=3,
        seed=7,
    )
    crashed = run_runner(config, kill_after_checkpoint)
    config.resume = True
    sent: list[int] = []

    def interrupt(event: dict[str, Any], process: TrainingProcess) -> None:
        resumed = crashed.of("checkpoint")[0]["step"]
        if event["event"] == "step" and event["step"] >= resumed + 2 and not sent:
            sent.append(event["step"])
            process.signal(signal.SIGINT)

    cancelled = run_runner(config, interrupt)
    finished = run_runner(config)
    return {"crashed": crashed, "cancelled": cancelled, "finished": finished, "output": output}


def test_stdout_carries_only_json_events(runs: dict) -> None:
    for run in (runs["crashed"], runs["cancelled"], runs["finished"]):
        assert run.lines, "the runner printed nothing"
        for line in run.lines:
            assert json.loads(line)["event"] in {
                "start",
                "status",
                "step",
                "eval",
                "checkpoint",
                "done",
                "cancelled",
                "error",
            }
    start = runs["finished"].of("start")[0]
    assert start["backend"] == "unsloth" and start["device"] == "cpu"
    step = runs["finished"].of("step")[0]
    assert set(step) >= {
        "step",
        "total_steps",
        "loss",
        "learning_rate",
        "tokens_per_second",
        "seconds_left",
        "tokens",
    }
    assert step["total_steps"] == STEPS and step["tokens_per_second"] > 0


def test_killed_run_resumes_from_its_last_checkpoint(runs: dict) -> None:
    crashed: Run = runs["crashed"]
    assert crashed.code == -signal.SIGKILL
    assert not crashed.of("done")
    checkpoint = crashed.of("checkpoint")[-1]
    assert runs["cancelled"].of("start")[0]["resumed_from"] == checkpoint["step"] == 3
    first_step = runs["cancelled"].of("step")[0]["step"]
    assert first_step == checkpoint["step"] + 1


def test_sigint_saves_a_checkpoint_and_stops(runs: dict) -> None:
    cancelled: Run = runs["cancelled"]
    assert cancelled.code == 130
    stop = cancelled.of("cancelled")[-1]
    checkpoint = cancelled.of("checkpoint")[-1]
    assert stop["checkpoint"] == checkpoint["path"] and checkpoint["step"] == stop["step"]
    assert stop["step"] < STEPS
    assert runs["finished"].of("start")[0]["resumed_from"] == stop["step"]
    done = runs["finished"].of("done")[0]
    assert runs["finished"].code == 0 and done["steps"] == STEPS


def test_training_loss_went_down(runs: dict) -> None:
    losses: dict[int, float] = {}
    for run in (runs["crashed"], runs["cancelled"], runs["finished"]):
        losses.update({e["step"]: e["loss"] for e in run.of("step")})
    assert sorted(losses) == list(range(1, STEPS + 1))
    first = np.mean([losses[s] for s in range(1, 4)])
    last = np.mean([losses[s] for s in range(STEPS - 2, STEPS + 1)])
    assert last < 0.5 * first, (first, last)
    evals = [
        e["eval_loss"]
        for r in (runs["crashed"], runs["cancelled"], runs["finished"])
        for e in r.of("eval")
    ]
    assert evals[-1] < evals[0]


def test_llama_cpp_with_gguf_adapter_predicts_what_peft_predicts(
    runs: dict, smollm2_gguf: Path
) -> None:
    """Tolerance: llama.cpp runs the Q4_1 base with quantised activations, torch the dequantised
    weights in float32, so even the bare bases differ (max |diff| about 1 logit). The adapter's
    effect (tuned - base) is compared instead: it must correlate above 0.95 on every prompt
    (measured 0.99-0.998), dwarf that base noise, and agree on the top token whenever torch's
    top-two margin is wider than the base noise of that prompt."""
    done = runs["finished"].of("done")[0]
    ids = prompt_ids(smollm2_gguf, done["chat_template"])
    folder = hugging_face_folder(smollm2_gguf)
    torch_base, torch_tuned = torch_logits(folder, Path(done["adapter_dir"]), ids)
    llama_base = llama_cpp_logits(smollm2_gguf, ids, None)
    llama_tuned = llama_cpp_logits(smollm2_gguf, ids, Path(done["gguf_adapter"]))

    changed = 0
    for i, prompt in enumerate(PROMPTS):
        noise = np.abs(torch_base[i] - llama_base[i]).max()
        assert np.corrcoef(torch_base[i], llama_base[i])[0, 1] > 0.99, prompt
        torch_delta, llama_delta = torch_tuned[i] - torch_base[i], llama_tuned[i] - llama_base[i]
        correlation = np.corrcoef(torch_delta, llama_delta)[0, 1]
        print(
            f"{prompt!r}: base noise {noise:.2f}, |delta| {np.abs(torch_delta).max():.2f}, "
            f"delta correlation {correlation:.4f}"
        )
        assert correlation > 0.95, prompt
        assert np.abs(torch_delta).max() > 3 * noise, prompt
        top_two = np.sort(torch_tuned[i])[-2:]
        if top_two[1] - top_two[0] > noise:
            assert torch_tuned[i].argmax() == llama_tuned[i].argmax(), prompt
        changed += int(torch_tuned[i].argmax() != torch_base[i].argmax())
    assert changed >= 3, "the adapter should change the first token of most answers"


def _q_k_only(adapter_dir: Path, out: Path) -> Path:
    """A copy of the PEFT adapter keeping only its q and k projections."""
    from safetensors.torch import load_file, save_file

    out.mkdir()
    tensors = load_file(str(adapter_dir / "adapter_model.safetensors"))
    kept = {k: v for k, v in tensors.items() if ".q_proj." in k or ".k_proj." in k}
    save_file(kept, str(out / "adapter_model.safetensors"))
    config = json.loads((adapter_dir / "adapter_config.json").read_text())
    config["target_modules"] = ["q_proj", "k_proj"]
    (out / "adapter_config.json").write_text(json.dumps(config))
    return out


def test_q_k_rows_follow_llamas_permutation(
    runs: dict, smollm2_gguf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Control on the q/k part alone (elsewhere v, o and the MLP dominate the adapter's effect):
    written with llama's row permutation it matches torch, written without it, it does not.
    This is what shows the permutation, not luck, makes the agreement above."""
    from core.train import gguf_lora

    done = runs["finished"].of("done")[0]
    adapter = _q_k_only(Path(done["adapter_dir"]), tmp_path / "qk")
    ids = prompt_ids(smollm2_gguf, done["chat_template"])
    torch_base, torch_tuned = torch_logits(hugging_face_folder(smollm2_gguf), adapter, ids)
    llama_base = llama_cpp_logits(smollm2_gguf, ids, None)
    permuted = gguf_lora.write_gguf_lora(adapter, tmp_path / "qk.gguf", base_gguf=smollm2_gguf)
    monkeypatch.setattr(gguf_lora, "PERMUTED", set())
    plain = gguf_lora.write_gguf_lora(adapter, tmp_path / "plain.gguf", base_gguf=smollm2_gguf)
    torch_delta = torch_tuned - torch_base
    right = llama_cpp_logits(smollm2_gguf, ids, permuted) - llama_base
    wrong = llama_cpp_logits(smollm2_gguf, ids, plain) - llama_base
    good = [np.corrcoef(torch_delta[i], right[i])[0, 1] for i in range(len(ids))]
    bad = [np.corrcoef(torch_delta[i], wrong[i])[0, 1] for i in range(len(ids))]
    # The q/k effect alone is a few logits against about one logit of base noise, so the bar
    # is lower than for the whole adapter (measured 0.79-0.97 permuted, -0.30-0.16 without).
    assert min(good) > 0.7, good
    assert max(bad) < 0.4 and np.mean(good) - np.mean(bad) > 0.5, (good, bad)


def test_gguf_adapter_names_and_shapes(runs: dict) -> None:
    from gguf import GGUFReader

    reader = GGUFReader(runs["finished"].of("done")[0]["gguf_adapter"])
    assert reader.fields["general.type"].contents() == "adapter"
    assert reader.fields["adapter.type"].contents() == "lora"
    assert reader.fields["adapter.lora.alpha"].contents() == 16.0
    tensors = {t.name: tuple(t.data.shape) for t in reader.tensors}
    assert len(tensors) == 30 * 7 * 2  # 30 blocks, q k v o gate up down, A and B
    assert tensors["blk.0.attn_q.weight.lora_a"] == (8, 576)
    assert tensors["blk.0.attn_k.weight.lora_b"] == (192, 8)
    assert tensors["blk.29.ffn_down.weight.lora_a"] == (8, 1536)


def test_merged_q8_0_export_runs_like_base_plus_adapter(
    runs: dict, smollm2_gguf: Path, tmp_path: Path
) -> None:
    """The merged file re-rounds the adapted tensors to Q8_0, so it is held to the adapter's
    effect again: correlation above 0.95 (measured 0.98-0.999) and the same top token."""
    from core.train.merged_export import export_merged

    done = runs["finished"].of("done")[0]
    merged = export_merged(smollm2_gguf, done["gguf_adapter"], tmp_path, "q8_0")
    ids = prompt_ids(smollm2_gguf, done["chat_template"])
    base = llama_cpp_logits(smollm2_gguf, ids, None)
    with_adapter = llama_cpp_logits(smollm2_gguf, ids, Path(done["gguf_adapter"]))
    folded = llama_cpp_logits(merged, ids, None)
    for i in range(len(ids)):
        assert np.corrcoef(with_adapter[i] - base[i], folded[i] - base[i])[0, 1] > 0.95
        assert with_adapter[i].argmax() == folded[i].argmax()
