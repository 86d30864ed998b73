"""Near-duplicates: instructions whose text overlaps almost entirely with an earlier one.

Similarity is the Jaccard index of the sets of **character 5-grams** of the normalised
text (the same normalisation as exact duplicates: NFKC, case, whitespace). Character
n-grams need no word splitter, so Chinese, Japanese and Thai, which are written without
spaces, are compared exactly like English; five characters are long enough that
unrelated texts share few n-grams, and short enough that one changed word changes only a
handful of them. Word shingles would miss every near-duplicate in those scripts.

The Jaccard index is estimated with 128-slot MinHash sketches built by ``rensa``
(R-MinHash, in Rust) from 5-gram hashes computed in numpy. On 100k instructions this
takes 2.5 s of CPU against 52 s for ``datasketch`` (MinHash + MinHashLSH) and about ten
times longer for a MinHash written in numpy; about 25 s and 0.55 GB per million rows.
Candidate pairs come from locality-sensitive hashing over bands of the sketch, tuned to
rather over-propose than miss; every candidate is then checked against the threshold
with the sketch estimate.

Greedy, in input order: a row is a near-duplicate when it is similar enough to a row
that was *kept*; the first row of every family is kept. A row similar only to a dropped
row is kept, so every kept row is unlike all kept rows before it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import numpy as np
import rensa

from core.curate.dedup import normalise_text
from core.errors import JobCancelled

NUM_PERM = 128
SHINGLE = 5
_SEED = 42
_BATCH_ROWS = 10_000
_BATCH_CHARS = 4_000_000  # bounds memory when some instructions are very long
_CHECK_EVERY = 4096
# Sketch slots are kept as their low 8 bits ("b-bit MinHash"): an unrelated slot then
# matches by chance once in 256 times, which ``_similarities`` corrects for. Estimates stay
# as accurate (the error is the 128-slot sampling error, about 0.035 at 0.8) and the
# sketches of a million rows take 128 MB instead of 512.
_CHANCE = 1.0 / 256.0

_MUL = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)


@lru_cache(maxsize=32)
def lsh_shape(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """Return (bands, rows per band) that rarely miss pairs at or above ``threshold``.

    Minimises 0.1 × false-candidate area + 0.9 × missed-pair area under the LSH
    S-curve (as datasketch does with equal weights): candidates are verified anyway,
    so a wasted check is cheaper than a missed near-duplicate.
    """
    s = np.linspace(0.0, 1.0, 1001)
    ds = s[1] - s[0]
    below = s < threshold
    best: tuple[float, int, int] = (np.inf, 1, num_perm)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            p = 1.0 - (1.0 - s**rows) ** bands
            false_pos = p[below].sum() * ds
            missed = (1.0 - p[~below]).sum() * ds
            error = 0.1 * false_pos + 0.9 * missed
            if error < best[0]:
                best = (error, bands, rows)
    return best[1], best[2]


def _shingle_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Hash every character 5-gram of every text: (flat uint64 hashes, row offsets).

    Texts shorter than five characters are padded, so they form one 5-gram of themselves.
    """
    padded = [t if len(t) >= SHINGLE else t + "\0" * (SHINGLE - len(t)) for t in texts]
    lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
    points = np.frombuffer("".join(padded).encode("utf-32-le", "surrogatepass"), np.uint32)
    count = points.size - SHINGLE + 1
    h = points[:count].astype(np.uint64)
    for j in range(1, SHINGLE):
        h = h * _MUL + points[j : count + j]
    h ^= h >> _S33  # MurmurHash3's finaliser spreads the polynomial's bits
    h *= _MIX1
    h ^= h >> _S33
    h *= _MIX2
    h ^= h >> _S33
    # Drop the 5-grams that straddle two texts: the last four starts of every text but the last.
    ends = np.cumsum(lengths)
    keep = np.ones(count, dtype=bool)
    keep[(ends[:-1, None] - np.arange(1, SHINGLE)).ravel()] = False
    offsets = np.concatenate(([0], np.cumsum(lengths - SHINGLE + 1))).astype(np.uint64)
    return h[keep], offsets


def _sketch(texts: list[str], bands: int, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """MinHash sketches of ``texts``: (band keys n × bands uint64, slots n × 128 uint8)."""
    hashes, offsets = _shingle_hashes([normalise_text(t) for t in texts])
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(hashes, offsets, NUM_PERM, _SEED)
    slots = np.array(matrix.to_rows(), dtype=np.uint32).reshape(len(texts), NUM_PERM)
    coef = np.random.default_rng(_SEED).integers(1, 2**63, rows, dtype=np.uint64) | np.uint64(1)
    banded = slots[:, : bands * rows].reshape(len(texts), bands, rows).astype(np.uint64)
    keys = (banded * coef).sum(axis=2, dtype=np.uint64)
    return keys, (slots & 0xFF).astype(np.uint8)


def _similarities(slots: np.ndarray, row: int, candidates: list[int]) -> np.ndarray:
    """Estimated Jaccard similarity of ``row`` to each candidate row, corrected for chance."""
    agree = (slots[candidates] == slots[row]).mean(axis=1)
    similarity: np.ndarray = np.clip((agree - _CHANCE) / (1.0 - _CHANCE), 0.0, 1.0)
    return similarity


def _shared_keys(keys: np.ndarray) -> np.ndarray:
    """Mark band keys that occur more than once in their band; the rest can never match."""
    shared = np.zeros(keys.shape, dtype=bool)
    for band in range(keys.shape[1]):
        _, inverse, counts = np.unique(keys[:, band], return_inverse=True, return_counts=True)
        shared[:, band] = counts[inverse] > 1
    return shared


def find_near_duplicates(
    rows: Iterable[tuple[str, str]],
    threshold: float = 0.8,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[tuple[str, str, float]]:
    """Yield ``(near_duplicate_id, kept_id, estimated_similarity)`` in input order.

    ``rows`` are ``(id, text)`` in the order they should be kept; exact duplicates should
    already be left out (they would come back with similarity 1.0). ``threshold`` is the
    smallest estimated Jaccard similarity of character 5-grams that counts. ``progress``
    receives (rows sketched, total rows), with total 0 when ``rows`` has no length;
    ``cancel`` is checked between batches and raises ``JobCancelled``. All sketches are
    built before the first pair is yielded, since a later row can never change an
    earlier decision but the sketches of all rows are needed to know which bands can.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    total = len(rows) if hasattr(rows, "__len__") else 0  # type: ignore[arg-type]
    bands, band_rows = lsh_shape(round(threshold, 3))
    ids: list[str] = []
    key_parts: list[np.ndarray] = []
    slot_parts: list[np.ndarray] = []

    def flush(texts: list[str]) -> None:
        if cancel is not None and cancel.is_set():
            raise JobCancelled()
        keys, slots = _sketch(texts, bands, band_rows)
        key_parts.append(keys)
        slot_parts.append(slots)
        if progress is not None:
            progress(len(ids), total)

    texts: list[str] = []
    chars = 0
    for row_id, text in rows:
        ids.append(row_id)
        texts.append(text)
        chars += len(text)
        if len(texts) >= _BATCH_ROWS or chars >= _BATCH_CHARS:
            flush(texts)
            texts, chars = [], 0
    if texts:
        flush(texts)
    if not ids:
        return
    keys = np.concatenate(key_parts)
    key_parts.clear()  # free each list of parts once it is copied: a lower peak
    slots = np.concatenate(slot_parts)
    slot_parts.clear()
    yield from _match(ids, keys, slots, threshold, cancel)
    if progress is not None:
        progress(len(ids), total or len(ids))


def _match(
    ids: list[str],
    keys: np.ndarray,
    slots: np.ndarray,
    threshold: float,
    cancel: threading.Event | None,
) -> Iterator[tuple[str, str, float]]:
    """Walk the rows that share a band key with another row, keeping the first of each family."""
    shared = _shared_keys(keys)
    candidates_rows = np.flatnonzero(shared.any(axis=1))
    tables: list[dict[int, list[int]]] = [{} for _ in range(keys.shape[1])]
    for step, row in enumerate(candidates_rows.tolist()):
        if cancel is not None and step % _CHECK_EVERY == 0 and cancel.is_set():
            raise JobCancelled()
        row_keys = keys[row].tolist()
        row_shared = shared[row].tolist()
        found: set[int] = set()
        for band, key in enumerate(row_keys):
            if row_shared[band]:
                found.update(tables[band].get(key, ()))
        if found:
            kept = sorted(found)
            sims = _similarities(slots, row, kept)
            best = int(np.argmax(sims))  # the earliest of the most similar
            if sims[best] >= threshold:
                yield ids[row], ids[kept[best]], round(float(sims[best]), 4)
                continue
        for band, key in enumerate(row_keys):
            if row_shared[band]:
                tables[band].setdefault(key, []).append(row)
