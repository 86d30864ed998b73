"""The top-k candidates of one logits row, found without sorting the whole vocabulary.

``llama_sampler_sample`` copies every logit of the vocabulary into a candidate array and the
chain's top-k step then selects from all of it: for Gemma 3 (262,144 tokens) that is a 3 MiB
copy and a partial sort over 262k entries for every token of every sequence, about as long
as the model's own decoding step takes per sequence on two cores. When a sampler chain
begins with top-k (every chain Handloom builds without a grammar does), only the k largest
logits can ever be sampled, so they are all the chain needs: this module finds exactly
those k with a few vectorised passes (the row's maximum, the tokens within a margin of it,
then a selection among those few) and hands llama.cpp's own chain a k-entry array. The
chain then does what it would have done with the whole vocabulary (same top-k set, same
later steps, same random numbers), so the samples are the same.

This module imports ``llama_cpp`` and runs in the model process only.
"""

from __future__ import annotations

import ctypes
from typing import Any

import llama_cpp as ll
import numpy as np

# Below this many tokens llama.cpp's own copy-and-select is as quick as these NumPy passes
# (measured on two busy cores, per sampled token: Gemma 3's 262k vocabulary 3.8-4.4 ms the
# plain way, 0.7-0.9 ms here; SmolLM2's 49k 0.22-0.24 ms the plain way, 0.29-0.33 ms here).
WORTH_IT_FROM_VOCABULARY = 100_000
_TOKEN_DATA = np.dtype([("id", "<i4"), ("logit", "<f4"), ("p", "<f4")], align=True)
_FIRST_MARGIN = 8.0  # logits within this of the row's maximum are looked at first
_PLENTY = 16_384  # more candidates than this: narrow the margin for the next token


class TopCandidates:
    """Reusable buffers for one sequence: the k best tokens of a row, as llama.cpp's array."""

    def __init__(self, k: int) -> None:
        if ctypes.sizeof(ll.llama_token_data) != _TOKEN_DATA.itemsize:
            raise RuntimeError("llama_token_data changed layout; candidates cannot be passed")
        self.k = k
        self.buffer = np.zeros(k, dtype=_TOKEN_DATA)
        self.array = ll.llama_token_data_array(
            data=self.buffer.ctypes.data_as(ctypes.POINTER(ll.llama_token_data)),
            size=k, selected=-1, sorted=False,
        )
        self.margin = _FIRST_MARGIN

    def select(self, row: np.ndarray[Any, Any]) -> Any:
        """Fill the array with the ``k`` largest logits of ``row``; returns a pointer to it."""
        k = self.k
        if k >= row.shape[0]:
            ids = np.arange(row.shape[0], dtype=np.int32)
        else:
            top = float(row.max())
            while True:
                ids = np.flatnonzero(row >= top - self.margin)
                if ids.shape[0] >= k:
                    break
                if self.margin > 1e30:  # NaNs or infinities: every token is a candidate
                    ids = np.arange(row.shape[0], dtype=np.int32)
                    break
                self.margin *= 2.0  # too few: widen
            if ids.shape[0] > _PLENTY:
                self.margin *= 0.5
            if ids.shape[0] > k:
                ids = ids[np.argpartition(row[ids], ids.shape[0] - k)[-k:]]
        n = ids.shape[0]
        buffer = self.buffer
        buffer["id"][:n] = ids
        buffer["logit"][:n] = row[ids]
        buffer["p"][:n] = 0.0
        self.array.size = n
        self.array.selected = -1
        self.array.sorted = False
        return ctypes.byref(self.array)

    def chosen(self) -> int:
        """The token the chain selected from the array."""
        return int(self.buffer["id"][self.array.selected])


def logits_row(ctx: Any, index: int, n_vocab: int) -> np.ndarray[Any, Any]:
    """The logits of batch position ``index`` as a NumPy view (no copy)."""
    pointer = ll.llama_get_logits_ith(ctx, index)
    return np.ctypeslib.as_array(pointer, shape=(n_vocab,))
