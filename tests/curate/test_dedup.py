"""Exact duplicates after normalisation of case, whitespace, Unicode form and final punctuation."""

from __future__ import annotations

import random
import string
import time

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from core.curate.dedup import duplicate_key, find_duplicates, normalise_text


def test_same_instruction_typed_differently_shares_a_key() -> None:
    same = [
        "What is DNA?",
        "what is dna",
        "  WHAT   is\tDNA ?\n",
        "What is DNA.",
        "What is DNA!!!",
        "Ｗｈａｔ ｉｓ ＤＮＡ？",  # full-width, as typed with a CJK input method
        "What\u00a0is DNA?",  # no-break space
        "What is\u200b DNA?",  # zero-width space
    ]
    assert len({duplicate_key(t) for t in same}) == 1


def test_different_instructions_have_different_keys() -> None:
    different = [
        "What is DNA?",
        "What is RNA?",
        "What is DNA? Explain.",
        "Why is DNA?",
        "f(x)",
        "f(x",  # brackets are not sentence punctuation
        "???",
        "",
        "1",
        "10",
    ]
    keys = [duplicate_key(t) for t in different]
    assert len(set(keys)) == len(different)


def test_non_latin_writing_normalises() -> None:
    assert duplicate_key("ما هو الحمض النووي؟") == duplicate_key("ما هو الحمض النووي")
    assert duplicate_key("यह क्या है।") == duplicate_key("यह क्या है")
    assert duplicate_key("什么是DNA？") == duplicate_key("什么是dna")
    assert duplicate_key("Straße") == duplicate_key("STRASSE")  # casefold, not lower
    # composed and decomposed é are one letter
    assert duplicate_key("caf\u00e9") == duplicate_key("cafe\u0301")
    # the zero-width non-joiner changes Persian spelling, so it is kept
    assert duplicate_key("می\u200cخواهم") != duplicate_key("میخواهم")


def test_key_is_short_stable_hex() -> None:
    key = duplicate_key("Tell me a joke")
    assert len(key) == 32 and all(c in string.hexdigits for c in key)
    assert key == duplicate_key("tell me a joke.")
    # stable across runs and machines: BLAKE2b of the normalised UTF-8 text
    import hashlib

    assert key == hashlib.blake2b(b"tell me a joke", digest_size=16).hexdigest()


def test_lone_surrogates_do_not_crash() -> None:
    broken = "bad \ud800 text"
    assert duplicate_key(broken) == duplicate_key("BAD \ud800 TEXT")


def test_find_duplicates_keeps_the_first_in_input_order() -> None:
    rows = [
        ("a", "Hello there"),
        ("b", "Something else"),
        ("c", "hello   THERE."),
        ("d", "something else"),
        ("e", "Hello there!"),
        ("f", "Unique"),
    ]
    assert list(find_duplicates(rows)) == [("c", "a"), ("d", "b"), ("e", "a")]


def test_find_duplicates_streams_from_a_generator() -> None:
    rows = ((f"id{i}", f"Question number {i % 3}") for i in range(9))
    pairs = list(find_duplicates(rows))
    assert pairs[:3] == [("id3", "id0"), ("id4", "id1"), ("id5", "id2")]
    assert len(pairs) == 6


@given(st.text(max_size=200))
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert duplicate_key(once) == duplicate_key(text)


@given(st.text(max_size=100), st.sampled_from([" ", "  ", "\n", "\t"]))
def test_case_and_outer_space_never_matter(text: str, space: str) -> None:
    # Upper-casing some letters loses which letter it was (Turkish dotless "ı" becomes "I",
    # whose lower case is "i"): those are other words, not the same text in capitals.
    assume(text.upper().lower() == text.lower())
    assert duplicate_key(space + text.upper() + space) == duplicate_key(text.lower())


@pytest.mark.slow  # a throughput check on a large generated input
def test_speed_sanity_prints_rate() -> None:
    rng = random.Random(3)
    words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 9))) for _ in range(5000)]
    texts = [" ".join(rng.choices(words, k=rng.randint(5, 60))) + "?" for _ in range(100_000)]
    texts[::10] = ["请解释" + t for t in texts[::10]]
    start = time.perf_counter()
    keys = [duplicate_key(t) for t in texts]
    elapsed = time.perf_counter() - start
    print(f"\nduplicate_key: {elapsed / len(texts) * 1e6:.2f} µs/row, ~{elapsed * 10:.1f} s per 1M")
    assert len(set(keys)) == len(set(map(normalise_text, texts)))
