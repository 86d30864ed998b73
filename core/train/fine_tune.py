"""One fine-tuning run inside the training subprocess: rows, model, trainer, adapter files.

Output folder layout: ``checkpoints/`` (resumable trainer state), ``adapter/`` (the PEFT
adapter, tokeniser and chat template), ``adapter.gguf`` (the same adapter for llama.cpp) and,
when asked, ``merged-*.gguf``.
"""

from __future__ import annotations

import json
import math
import threading
import time
from pathlib import Path
from typing import Any

from core.engine.chat_template import training_template
from core.train.backends import Backend, choose_backend, load_with_adapter
from core.train.config import TrainingConfig, TrainingConfigError
from core.train.conversations import TokenisedRow, read_conversations, split_held_out, tokenise_all
from core.train.events import EventWriter
from core.train.progress import latest_checkpoint, progress_callback


def total_steps(rows: int, config: TrainingConfig) -> int:
    """Optimiser steps the run will take, counted as transformers' Trainer counts them."""
    if config.max_steps > 0:
        return config.max_steps
    batches = math.ceil(rows / config.batch_size)
    per_epoch = max(batches // config.grad_accum + int(batches % config.grad_accum > 0), 1)
    return math.ceil(config.epochs * per_epoch)


def prepare_rows(config: TrainingConfig) -> tuple[list[TokenisedRow], list[TokenisedRow], str]:
    """Read, split and tokenise the conversations; return train rows, held-out rows, template."""
    from core.train.vocabulary import open_vocabulary

    vocabulary = open_vocabulary(config.base_model)
    template = training_template(config.chat_template) or vocabulary.chat_template
    if not template:
        raise TrainingConfigError(
            "This base model has no chat template; choose one (gemma, chatml or plain)."
        )
    conversations = read_conversations(config.train_data)
    if config.eval_data:  # the caller chose the held-out rows (the project's train job does)
        training, held_out = conversations, read_conversations(config.eval_data)
    else:
        training, held_out = split_held_out(conversations, config.eval_fraction, config.seed)
    train_rows = tokenise_all(vocabulary, training, template, config.max_seq_len)
    eval_rows = tokenise_all(vocabulary, held_out, template, config.max_seq_len)
    if not train_rows:
        raise TrainingConfigError("No training row keeps any answer within the length limit.")
    return train_rows, eval_rows, template


def run(config: TrainingConfig, events: EventWriter, stop: threading.Event) -> bool:
    """Train, save and export; return False when stopped early (a checkpoint was saved)."""
    started = time.monotonic()
    backend = choose_backend(config)
    train_rows, eval_rows, template = prepare_rows(config)
    output = Path(config.output_dir)
    checkpoints = output / "checkpoints"
    resume = latest_checkpoint(str(checkpoints)) if config.resume else None
    steps = total_steps(len(train_rows), config)
    events.emit(
        "start",
        backend=backend.name,
        device=backend.device,
        dtype=backend.dtype,
        four_bit=backend.four_bit,
        train_rows=len(train_rows),
        eval_rows=len(eval_rows),
        total_steps=steps,
        resumed_from=resume[1] if resume else None,
    )
    from core.train.base_model import base_info, hugging_face_folder

    events.emit("status", message="Preparing the base model.")
    folder = hugging_face_folder(config.base_model, config.cache_dir)
    model, tokenizer = load_with_adapter(backend, str(folder), config)
    trainer = _trainer(model, tokenizer, backend, config, train_rows, eval_rows, steps)
    callback = progress_callback(events, stop)
    trainer.add_callback(callback)
    if stop.is_set():
        events.emit("cancelled", step=resume[1] if resume else 0, checkpoint=resume and resume[0])
        return False
    trainer.train(resume_from_checkpoint=resume[0] if resume else None)
    if stop.is_set() and trainer.state.global_step < trainer.state.max_steps:
        events.emit(
            "cancelled", step=trainer.state.global_step, checkpoint=callback.last_checkpoint
        )
        return False
    eval_loss = callback.eval_loss
    if eval_rows and callback.eval_step != trainer.state.global_step:
        eval_loss = float(trainer.evaluate()["eval_loss"])
    result = _save(model, tokenizer, config, template, base_info(folder))
    events.emit(
        "done",
        backend=backend.name,
        device=backend.device,
        steps=trainer.state.global_step,
        first_loss=callback.losses[0] if callback.losses else None,
        last_loss=callback.losses[-1] if callback.losses else None,
        eval_loss=eval_loss,
        tokens_per_second=callback.tokens_per_second,
        seconds=round(time.monotonic() - started, 1),
        chat_template=template,
        **result,
    )
    return True


def _trainer(
    model: Any,
    tokenizer: Any,
    backend: Backend,
    config: TrainingConfig,
    train_rows: list[TokenisedRow],
    eval_rows: list[TokenisedRow],
    steps: int,
) -> Any:
    """Build TRL's SFTTrainer over pre-tokenised rows whose labels already mask non-assistant tokens."""
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    def dataset(rows: list[TokenisedRow]) -> Any:
        return Dataset.from_list([{"input_ids": r.input_ids, "labels": r.labels} for r in rows])

    every = max(1, steps // 5)
    args = SFTConfig(
        output_dir=str(Path(config.output_dir) / "checkpoints"),
        per_device_train_batch_size=config.batch_size,
        per_device_eval_batch_size=config.batch_size,
        gradient_accumulation_steps=config.grad_accum,
        learning_rate=config.learning_rate,
        num_train_epochs=config.epochs,
        max_steps=config.max_steps if config.max_steps > 0 else -1,
        warmup_steps=config.warmup_fraction,
        lr_scheduler_type="linear",
        weight_decay=0.0,
        optim="adamw_torch",
        logging_steps=1,
        eval_strategy="steps" if eval_rows else "no",
        eval_steps=config.eval_steps or every,
        save_strategy="steps",
        save_steps=config.save_steps or every,
        save_total_limit=2,
        prediction_loss_only=True,
        seed=config.seed,
        data_seed=config.seed,
        bf16=backend.dtype == "bfloat16",
        fp16=backend.dtype == "float16",
        use_cpu=backend.device == "cpu",
        max_length=config.max_seq_len,
        packing=False,
        gradient_checkpointing=config.gradient_checkpointing,
        include_num_input_tokens_seen="non_padding",
        report_to="none",
        disable_tqdm=True,
        dataloader_num_workers=0,
        dataset_num_proc=None,
    )
    trainer = SFTTrainer(
        model=model,
        args=args,
        train_dataset=dataset(train_rows),
        eval_dataset=dataset(eval_rows) if eval_rows else None,
        processing_class=tokenizer,
    )
    return trainer


def _save(
    model: Any, tokenizer: Any, config: TrainingConfig, template: str, base: dict[str, Any]
) -> dict[str, Any]:
    """Write the PEFT adapter, its GGUF twin and the optional merged model; return their paths."""
    from core.train.gguf_lora import write_gguf_lora

    output = Path(config.output_dir)
    adapter_dir = output / "adapter"
    model.save_pretrained(str(adapter_dir))
    tokenizer.chat_template = template
    tokenizer.save_pretrained(str(adapter_dir))
    facts = {
        "base_model": config.base_model,
        "base_sha256": base.get("sha256"),
        "architecture": base.get("architecture"),
        "chat_template": template,
    }
    (adapter_dir / "handloom-adapter.json").write_text(
        json.dumps(facts, indent=2), encoding="utf-8"
    )
    result: dict[str, Any] = {"adapter_dir": str(adapter_dir)}
    if not config.gguf_adapter:  # an exported run: the adapter is converted where it returns
        return result
    base_gguf = config.base_model if config.base_model.lower().endswith(".gguf") else None
    gguf_adapter = write_gguf_lora(
        adapter_dir,
        output / "adapter.gguf",
        base_gguf=base_gguf,
        chat_template=template,
        tensor_type=config.gguf_adapter_type,
    )
    result["gguf_adapter"] = str(gguf_adapter)
    if config.export_merged and base_gguf:
        from core.train.merged_export import export_merged

        result["merged_gguf"] = str(
            export_merged(base_gguf, gguf_adapter, output, config.export_merged)
        )
    return result
