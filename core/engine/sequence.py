"""One sequence being answered inside the batch: its sampler chain, its text, its stop rules.

Runs in the model process. Text is decoded incrementally from token bytes (a
multi-byte UTF-8 character may be split across tokens), and text that might be
the start of a stop string is held back until it is known not to be one, so the
stop text itself is never emitted.
"""

from __future__ import annotations

import codecs
import ctypes
import random
import time
from typing import TYPE_CHECKING, Any

import llama_cpp as ll

from core.engine.candidates import WORTH_IT_FROM_VOCABULARY, TopCandidates, logits_row
from core.engine.generation import FinishReason, GenerationResult

if TYPE_CHECKING:
    from core.engine.batch import BatchDecoder, TokenSink


def build_sampler(decoder: BatchDecoder, request: dict[str, Any]) -> tuple[Any, int]:
    """A sampler chain for one sequence, the way llama.cpp's common sampler orders it, and
    the k of its first step when that is top-k (0 when the chain must see every token).

    top-k runs before the repetition penalty because the penalty looks every
    candidate up in a hash map, which is slow over a 262k-token vocabulary.
    """
    params = ll.llama_sampler_chain_default_params()
    params.no_perf = True
    chain = ll.llama_sampler_chain_init(params)
    add = ll.llama_sampler_chain_add
    grammar = request.get("grammar")
    if grammar:
        rule = ll.llama_sampler_init_grammar(decoder.vocab, grammar.encode(), b"root")
        if not rule:
            ll.llama_sampler_free(chain)
            raise ValueError("The grammar is not valid GBNF (llama.cpp could not parse it)")
        add(chain, rule)
    temperature = float(request["temperature"])
    top_k = int(request["top_k"])
    penalty = float(request["repeat_penalty"])
    first_k = 0
    if top_k > 0 or penalty != 1.0:
        k = top_k if top_k > 0 else 40
        add(chain, ll.llama_sampler_init_top_k(k))
        first_k = 0 if grammar else k
    if penalty != 1.0:
        last_n = int(request["repeat_last_n"])
        add(chain, ll.llama_sampler_init_penalties(decoder.n_vocab, last_n, penalty, 0.0, 0.0))
    if temperature <= 0:
        add(chain, ll.llama_sampler_init_greedy())
        return chain, first_k
    add(chain, ll.llama_sampler_init_top_p(float(request["top_p"]), 1))
    add(chain, ll.llama_sampler_init_min_p(float(request["min_p"]), 1))
    add(chain, ll.llama_sampler_init_temp(temperature))
    seed = request.get("seed")
    add(
        chain,
        ll.llama_sampler_init_dist(random.getrandbits(32) if seed is None else seed & 0xFFFFFFFF),
    )
    return chain, first_k


class Sequence:
    """State of one request in one slot, from prompt prefill to its finish."""

    def __init__(
        self,
        decoder: BatchDecoder,
        slot: int,
        request: dict[str, Any],
        tokens: list[int],
        reused: int,
    ) -> None:
        limit = decoder.n_ctx_per_seq
        if len(tokens) >= limit:
            raise ValueError(
                f"The prompt is {len(tokens):,} tokens long but each sequence has room for {limit:,}"
            )
        if request["max_tokens"] < 1:
            raise ValueError("max_tokens must be at least 1")
        self.decoder = decoder
        self.slot = slot
        self.key: str = request["key"]
        self.tokens = tokens
        self.n_read = reused
        self.pos = reused
        self.max_tokens = min(int(request["max_tokens"]), limit - len(tokens))
        self.ignore_eos = bool(request.get("ignore_eos"))
        self.stops: list[str] = [s for s in request.get("stop") or [] if s]
        self.longest_stop = max((len(s) for s in self.stops), default=0)
        self.sampler, first_k = build_sampler(decoder, request)
        # With top-k first, the chain is given the k best tokens instead of a large vocabulary.
        quicker = first_k and decoder.n_vocab >= WORTH_IT_FROM_VOCABULARY
        self.candidates = (
            TopCandidates(first_k) if quicker and not decoder.settings.whole_vocabulary else None
        )
        self.generated: list[int] = []
        self.twin: Sequence | None = None  # the sequence whose prompt this one will copy
        self.last_token = -1
        self.text = ""
        self.emitted = 0
        self.utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.piece_buffer = ctypes.create_string_buffer(64)
        self.started = time.perf_counter()
        self.first_token: float | None = None

    def sample(self, index: int) -> int:
        """Sample this sequence's next token from the logits of batch position ``index``."""
        decoder = self.decoder
        if self.candidates is None:
            return int(ll.llama_sampler_sample(self.sampler, decoder.ctx, index))
        row = logits_row(decoder.ctx, index, decoder.n_vocab)
        ll.llama_sampler_apply(self.sampler, self.candidates.select(row))
        token = self.candidates.chosen()
        ll.llama_sampler_accept(self.sampler, token)
        return token

    @property
    def prefilled(self) -> bool:
        return self.n_read >= len(self.tokens)

    def prompt_chunk(self, room: int) -> list[int]:
        return self.tokens[self.n_read : self.n_read + room]

    def accept(self, token: int, on_tokens: TokenSink | None) -> GenerationResult | None:
        """Take a sampled token; returns the result when the sequence has finished."""
        if self.first_token is None:
            self.first_token = time.perf_counter() - self.started
        self.last_token = token
        if not self.ignore_eos and self.decoder.is_eog(token):
            self.text += self.utf8.decode(b"", final=True)
            return self._finish("stop", on_tokens)
        self.generated.append(token)
        self.text += self.utf8.decode(self.decoder.piece(token, self.piece_buffer))
        if self.stops:
            cut = self._stop_at()
            if cut is not None:
                self.text = self.text[:cut]
                return self._finish("stop", on_tokens)
        if len(self.generated) >= self.max_tokens:
            self.text += self.utf8.decode(b"", final=True)
            return self._finish("length", on_tokens)
        self._emit(len(self.text) - self._held_back(), on_tokens)
        return None

    def _stop_at(self) -> int | None:
        """Where the earliest stop string starts in the not-yet-emitted text, if any."""
        found = [i for s in self.stops if (i := self.text.find(s, self.emitted)) >= 0]
        return min(found) if found else None

    def _held_back(self) -> int:
        """How many trailing characters could still be the start of a stop string."""
        tail = self.text[max(self.emitted, len(self.text) - self.longest_stop + 1) :]
        for start in range(len(tail)):
            suffix = tail[start:]
            if any(s.startswith(suffix) for s in self.stops):
                return len(suffix)
        return 0

    def _emit(self, upto: int, on_tokens: TokenSink | None) -> None:
        if upto > self.emitted:
            if on_tokens is not None:
                on_tokens(self.key, self.text[self.emitted : upto])
            self.emitted = upto

    def _finish(self, reason: FinishReason, on_tokens: TokenSink | None) -> GenerationResult:
        self._emit(len(self.text), on_tokens)
        return GenerationResult(
            key=self.key,
            text=self.text,
            prompt_tokens=len(self.tokens),
            completion_tokens=len(self.generated),
            finish_reason=reason,
            seconds=time.perf_counter() - self.started,
            first_token_seconds=self.first_token,
            tokens=list(self.generated),
        )

    def close(self) -> None:
        if self.sampler is not None:
            ll.llama_sampler_free(self.sampler)
            self.sampler = None
