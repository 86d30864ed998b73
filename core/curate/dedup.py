"""Exact duplicates: instructions that are the same text once trivial differences are ignored.

Two instructions count as the same when they differ only in:

- Unicode form, including compatibility forms (NFKC): full-width ``？`` and ``?``, the
  ``ﬁ`` ligature and ``fi``, a no-break space and a space. People typing on different
  keyboards and input methods produce these for the same words.
- letter case (``casefold``, so German ``ß`` equals ``ss``);
- whitespace: runs of spaces, tabs and newlines count as one space; ends are trimmed;
- invisible characters that carry no meaning here (zero-width space, byte-order mark,
  word joiner, soft hyphen). Zero-width joiners and non-joiners are kept: they change
  how Persian and Indic text is written;
- sentence-final punctuation at the very end (``. ! ? … ؟ ۔ । ॥ ። ‽``), so that
  "What is DNA?" and "what is dna" are one instruction. Brackets, quotes and other
  marks stay: ``f(x)`` must not equal ``f(x``.

The key is stored per row at import, so it must be cheap (a few µs per
instruction; ASCII text skips the Unicode steps). Change ``KEY_VERSION`` whenever the
rules above change, so that stored keys can be recomputed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator

KEY_VERSION = 1
"""Bump when ``normalise_text`` changes: keys stored with an older version are stale."""

_INVISIBLE = re.compile("[\u200b\ufeff\u2060\u00ad]")
_FINAL_PUNCTUATION = ".!?…؟۔।॥።‽⸮ "


def normalise_text(text: str) -> str:
    """Return ``text`` in the form two duplicates share (see the module docstring)."""
    if text.isascii():
        text = text.lower()
    else:
        # NFKC can produce capitals ("ℌ" -> "H") and casefolding can leave decomposed
        # letters, so normalise again only in that rare case.
        text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text)).casefold()
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    text = " ".join(text.split())
    stripped = text.rstrip(_FINAL_PUNCTUATION)
    # A text made only of punctuation ("???") keeps it, so it does not equal the empty text.
    return stripped if stripped else text


def _digest(text: str) -> bytes:
    """16-byte BLAKE2b digest of the normalised text; lone surrogates are hashed, not refused."""
    data = normalise_text(text).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


def duplicate_key(text: str) -> str:
    """A 32-character hex key that two exact duplicates share, stable across runs and machines."""
    return _digest(text).hex()


def find_duplicates(rows: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Yield ``(duplicate_id, first_id)`` for every row whose text repeats an earlier row's.

    Rows are ``(id, text)`` in the order they should be kept: the first row of each
    group is kept and is never yielded. Output follows input order.
    """
    first_by_digest: dict[bytes, str] = {}
    for row_id, text in rows:
        digest = _digest(text)
        first = first_by_digest.get(digest)
        if first is None:
            first_by_digest[digest] = row_id
        else:
            yield row_id, first
