"""Batched multi-sequence decoding with llama.cpp's low-level API (runs in the model process).

One llama context holds ``n_parallel`` sequences (one ``seq_id`` each, one
sampler chain each). Every ``step`` makes a single ``llama_decode`` call that
carries the next token of every generating sequence plus prompt chunks of
sequences still reading their prompt, so prefill is batched too and a new
request starts the moment a slot frees up (continuous batching). A shared
system-prompt prefix is evaluated once into its own sequence and copied into
each slot with ``llama_memory_seq_cp``.

This module imports ``llama_cpp`` and must only be imported in the child process.
"""

from __future__ import annotations

import ctypes
import os
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import llama_cpp as ll

from core.engine.errors import ModelLoadError
from core.engine.generation import GenerationResult
from core.engine.sequence import Sequence

TokenSink = Callable[[str, str], None]
_TWIN_LEAD = 32  # a twin that has generated more tokens than this is not copied
# A prompt is copied from a twin when it fills at least 1/_COPY_SHARE of a sequence's
# context. An estimate, not a measurement: a 2,048-cell stream of Gemma 3 270M or SmolLM2 is
# 20-50 MB, a few milliseconds of copying, about what evaluating 10-30 prompt tokens costs on
# two cores; a KV cache shared by all sequences (kv_unified) copies nothing.
_COPY_SHARE = 64


@dataclass
class DecoderSettings:
    """How the context is built; sent from the parent as a dict."""

    model_path: str
    n_parallel: int = 8
    n_ctx_per_seq: int = 2048
    n_gpu_layers: int = -1
    lora_path: str | None = None
    lora_scale: float = 1.0
    system_prefix: str | None = None
    n_threads: int = 0
    n_batch: int = 512
    kv_unified: bool = False
    repack: bool = True
    flash_attention: int = -1  # llama.cpp's LLAMA_FLASH_ATTN_TYPE: -1 auto, 0 off, 1 on
    whole_vocabulary: bool = False  # sample as llama_sampler_sample does, for comparison
    share_prompts: bool = True  # samples of one prompt copy its evaluation (see start)


def available_cpus() -> int:
    """CPUs this process may run on (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class BatchDecoder:
    """Owns the model, the context and the slots; ``step`` advances every sequence by one decode."""

    def __init__(self, settings: DecoderSettings) -> None:
        self.settings = settings
        name = Path(settings.model_path).name
        ll.llama_backend_init()
        model_params = ll.llama_model_default_params()
        gpu = ll.llama_supports_gpu_offload()
        layers = settings.n_gpu_layers
        model_params.n_gpu_layers = (999 if layers < 0 else layers) if gpu else 0
        # Repacked weights feed llama.cpp's interleaved CPU kernels (faster); an option
        # so that their effect on batched-versus-single output can be measured.
        model_params.use_extra_bufts = settings.repack
        self.model = ll.llama_model_load_from_file(settings.model_path.encode(), model_params)
        if not self.model:
            raise ModelLoadError(f"llama.cpp could not load {name}")
        self.vocab = ll.llama_model_get_vocab(self.model)
        self.n_vocab = ll.llama_vocab_n_tokens(self.vocab)
        self.add_bos = bool(ll.llama_vocab_get_add_bos(self.vocab))
        self.bos = ll.llama_vocab_bos(self.vocab)

        n = settings.n_parallel
        self.prefix_tokens: list[int] = []
        if settings.system_prefix:
            self.prefix_tokens = self.tokenize(settings.system_prefix, special=True)
        self.prefix_seq = n if self.prefix_tokens else -1
        n_seq = n + (1 if self.prefix_tokens else 0)
        ctx_params = ll.llama_context_default_params()
        # Beyond its training context a model's positions are out of distribution.
        per_seq = min(settings.n_ctx_per_seq, ll.llama_model_n_ctx_train(self.model))
        if settings.kv_unified:
            ctx_params.n_ctx = per_seq * n + len(self.prefix_tokens)
        else:
            ctx_params.n_ctx = per_seq * n_seq
        ctx_params.n_seq_max = n_seq
        ctx_params.n_batch = max(settings.n_batch, n)
        ctx_params.n_ubatch = max(settings.n_batch, n)
        # At most one logits row per sequence per decode: without this the output
        # buffer is sized for n_batch rows (512 x 262k floats = 512 MiB for Gemma 3).
        ctx_params.n_outputs_max = n_seq
        threads = settings.n_threads or available_cpus()
        self.threads = threads
        ctx_params.n_threads = threads
        ctx_params.n_threads_batch = threads
        ctx_params.kv_unified = settings.kv_unified
        ctx_params.flash_attn_type = settings.flash_attention
        ctx_params.no_perf = False
        self.ctx = ll.llama_init_from_model(self.model, ctx_params)
        if not self.ctx:
            raise ModelLoadError(
                f"llama.cpp could not make a context of {ctx_params.n_ctx:,} tokens for {name} "
                "(try fewer parallel sequences or a shorter context)"
            )
        self.n_batch = ctx_params.n_batch
        self.memory = ll.llama_get_memory(self.ctx)
        self.n_ctx_per_seq = per_seq
        self.adapter = None
        if settings.lora_path:
            self._load_adapter(settings.lora_path, settings.lora_scale)
        self.batch = ll.llama_batch_init(self.n_batch, 0, 1)
        self.free_slots: deque[int] = deque(range(n))
        self.active: dict[int, Sequence] = {}
        self.decode_seconds = 0.0
        self.sample_seconds = 0.0
        self.decode_calls = 0
        self.shared_prompt_tokens = 0  # prompt tokens copied from a twin instead of evaluated
        # Copying a twin's evaluation pays for models whose every layer attends to the whole
        # context (SmolLM2: 35-40 % less CPU for 6 samples of ~85-token prompts), not for
        # those with sliding-window layers, whose second KV cache is copied too (Gemma 3:
        # 50-80 % more CPU for the same work); measured on 2 cores, tests/benchmarks/
        # bench_server.py and the README.
        self.copies_prompts = settings.share_prompts and ll.llama_model_n_swa(self.model) == 0
        if self.prefix_tokens:
            self._evaluate_prefix()

    def _load_adapter(self, path: str, scale: float) -> None:
        adapter = ll.llama_adapter_lora_init(self.model, path.encode())
        if not adapter:
            raise ModelLoadError(
                f"llama.cpp could not load the adapter {Path(path).name} over "
                f"{Path(self.settings.model_path).name} (is it made for this model?)"
            )
        adapters = (ll.llama_adapter_lora_p_ctypes * 1)(adapter)
        scales = (ctypes.c_float * 1)(scale)
        if ll.llama_set_adapters_lora(self.ctx, adapters, 1, scales) != 0:
            raise ModelLoadError(f"llama.cpp could not apply the adapter {Path(path).name}")
        self.adapter = adapter

    def tokenize(self, text: str, *, special: bool) -> list[int]:
        """Tokens of ``text``; ``special`` adds BOS when the model wants one (a prompt's start)."""
        data = text.encode("utf-8")
        capacity = len(data) + 16
        buffer = (ll.llama_token * capacity)()
        count = ll.llama_tokenize(self.vocab, data, len(data), buffer, capacity, special, True)
        if count < 0:
            capacity = -count
            buffer = (ll.llama_token * capacity)()
            count = ll.llama_tokenize(self.vocab, data, len(data), buffer, capacity, special, True)
        tokens = list(buffer[:count])
        # A template that writes its own BOS would otherwise get a second one.
        if len(tokens) > 1 and tokens[0] == tokens[1] == self.bos and self.add_bos:
            tokens.pop(0)
        return tokens

    def piece(self, token: int, buffer: ctypes.Array[ctypes.c_char]) -> bytes:
        """The bytes of one token (special tokens spelled out, so stop strings can see them)."""
        n = ll.llama_token_to_piece(self.vocab, token, buffer, len(buffer), 0, True)
        if n < 0:
            bigger = ctypes.create_string_buffer(-n)
            n = ll.llama_token_to_piece(self.vocab, token, bigger, -n, 0, True)
            return bigger.raw[:n]
        return buffer.raw[:n]

    def is_eog(self, token: int) -> bool:
        return bool(ll.llama_vocab_is_eog(self.vocab, token))

    def _evaluate_prefix(self) -> None:
        """Evaluate the shared system prefix once, into its own sequence."""
        tokens = self.prefix_tokens
        for start in range(0, len(tokens), self.n_batch):
            chunk = tokens[start : start + self.n_batch]
            self.batch.n_tokens = 0
            for offset, token in enumerate(chunk):
                self._add(token, start + offset, self.prefix_seq, False)
            self._decode()

    def _add(self, token: int, pos: int, seq: int, logits: bool) -> int:
        batch = self.batch
        i = batch.n_tokens
        batch.token[i] = token
        batch.pos[i] = pos
        batch.n_seq_id[i] = 1
        batch.seq_id[i][0] = seq
        batch.logits[i] = logits
        batch.n_tokens = i + 1
        return i

    def _decode(self) -> None:
        started = time.perf_counter()
        status = ll.llama_decode(self.ctx, self.batch)
        self.decode_seconds += time.perf_counter() - started
        self.decode_calls += 1
        if status != 0:
            raise RuntimeError(f"llama_decode returned {status}")

    @property
    def has_free_slot(self) -> bool:
        return bool(self.free_slots)

    @property
    def busy(self) -> bool:
        return bool(self.active)

    def start(self, request: dict[str, Any]) -> GenerationResult | None:
        """Put a request into a free slot; returns a result at once if it cannot run."""
        slot = self.free_slots.popleft()
        prompt = request["prompt"]
        prefix = self.settings.system_prefix
        try:
            if self.prefix_tokens and prefix and prompt.startswith(prefix):
                tokens = self.prefix_tokens + self.tokenize(prompt[len(prefix) :], special=False)
                reused = len(self.prefix_tokens)
                if reused >= len(tokens):  # nothing after the prefix: no token left to sample from
                    tokens, reused = self.tokenize(prompt, special=True), 0
            else:
                tokens = self.tokenize(prompt, special=True)
                reused = 0
            seq = Sequence(self, slot, request, tokens, reused)
        except ValueError as error:  # a bad sampler setting or grammar, or a prompt too long
            self.free_slots.appendleft(slot)
            return GenerationResult(request["key"], "", 0, 0, "error", 0.0, None, str(error))
        if reused:
            ll.llama_memory_seq_cp(self.memory, self.prefix_seq, slot, -1, -1)
        if self.copies_prompts:
            seq.twin = self._twin_of(seq)
        self.active[slot] = seq
        return None

    def _twin_of(self, seq: Sequence) -> Sequence | None:
        """An active sequence with the same prompt whose evaluation ``seq`` can copy.

        The seed method asks for several samples of each instruction, and they arrive one
        after the other: the first evaluates the prompt, the others copy its KV cells
        (``llama_memory_seq_cp``) instead of evaluating the same tokens again. A twin that
        has already written many tokens of its own is passed over: the copy would carry
        them, and a sliding-window layer may have dropped the prompt's early positions.
        """
        saved = len(seq.tokens) - 1 - seq.n_read
        # Each sequence has its own KV stream unless kv_unified, and a copy between streams
        # copies the whole stream: worth it only for a prompt that fills enough of it.
        if saved < 1 or (not self.settings.kv_unified and saved * _COPY_SHARE < self.n_ctx_per_seq):
            return None
        for other in self.active.values():
            if other.twin is None and other.tokens == seq.tokens and len(other.generated) <= _TWIN_LEAD:
                return other
        return None

    def _copy_twins(self) -> None:
        """Give every waiting sequence its twin's prompt once the twin has evaluated it."""
        for seq in self.active.values():
            twin = seq.twin
            if twin is None:
                continue
            if self.active.get(twin.slot) is not twin:  # the twin finished first
                seq.twin = None
                continue
            last = len(seq.tokens) - 1
            if twin.n_read < last:
                continue
            # Every cell of the twin, then all but the prompt: the last prompt token is
            # evaluated again, so this sequence gets logits of its own to sample from.
            ll.llama_memory_seq_cp(self.memory, twin.slot, seq.slot, -1, -1)
            ll.llama_memory_seq_rm(self.memory, seq.slot, last, -1)
            self.shared_prompt_tokens += last - seq.n_read
            seq.n_read = seq.pos = last
            seq.twin = None

    def step(self, on_tokens: TokenSink | None) -> list[GenerationResult]:
        """One decode over every active sequence; returns the sequences that finished."""
        self._copy_twins()
        self.batch.n_tokens = 0
        outputs: list[tuple[int, Sequence]] = []
        for seq in self.active.values():
            if seq.prefilled:
                outputs.append((self._add(seq.last_token, seq.pos, seq.slot, True), seq))
                seq.pos += 1
        room = self.n_batch - self.batch.n_tokens
        for seq in self.active.values():
            if room <= 0:
                break
            if not seq.prefilled and seq.twin is None:
                chunk = seq.prompt_chunk(room)
                for n, token in enumerate(chunk):
                    last = seq.n_read + n + 1 == len(seq.tokens)
                    index = self._add(token, seq.pos, seq.slot, last)
                    seq.pos += 1
                    if last:
                        outputs.append((index, seq))
                seq.n_read += len(chunk)
                room -= len(chunk)
        if self.batch.n_tokens == 0:
            return []
        self._decode()
        started = time.perf_counter()
        finished: list[GenerationResult] = []
        for index, seq in outputs:
            result = seq.accept(seq.sample(index), on_tokens)
            if result is not None:
                finished.append(result)
                self.release(seq.slot)
        self.sample_seconds += time.perf_counter() - started
        return finished

    def release(self, slot: int) -> None:
        """Forget a sequence and give its slot back (its KV cells are freed)."""
        seq = self.active.pop(slot)
        seq.close()
        ll.llama_memory_seq_rm(self.memory, slot, -1, -1)
        self.free_slots.append(slot)

    def drop_all(self) -> None:
        """Cancel: drop every sequence in flight."""
        for slot in list(self.active):
            self.release(slot)

    def close(self) -> None:
        self.drop_all()
        ll.llama_batch_free(self.batch)
        if self.ctx:
            ll.llama_free(self.ctx)
            self.ctx = None
        if self.model:
            ll.llama_model_free(self.model)
            self.model = None
