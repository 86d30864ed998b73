"""The simple curation filters: length, pattern, language and script allow-lists."""

from __future__ import annotations

import re

import pytest

from core.curate.rules import (
    InvalidPatternError,
    compile_pattern,
    language_reason,
    length_reason,
    pattern_reason,
    script_reason,
)
from core.errors import HandloomError


def test_length_bounds_give_a_reason_only_outside_them() -> None:
    assert length_reason("Hi", 5, 100) == "shorter than 5 characters"
    assert length_reason("x" * 101, 5, 100) == "longer than 100 characters"
    assert length_reason("Hello", 5, 5) is None
    assert length_reason("   Hi   ", 3, None) == "shorter than 3 characters"  # spaces don't count
    assert length_reason("x" * 10_000, None, None) is None


def test_length_counts_characters_not_bytes() -> None:
    chinese = "请解释一下量子力学"  # 9 characters, 27 bytes in UTF-8
    assert length_reason(chinese, 9, 9) is None
    assert length_reason(chinese, 10, None) == "shorter than 10 characters"


def test_pattern_matches_anywhere_case_insensitively() -> None:
    spam = compile_pattern(r"as an ai language model")
    assert pattern_reason("Well, As An AI Language Model, I cannot", spam) is not None
    assert pattern_reason("Tell me about language models", spam) is None
    assert pattern_reason("CLICK HERE now", "click here") == "matches the pattern 'click here'"
    strict = compile_pattern("Click", ignore_case=False)
    assert pattern_reason("click", strict) is None


def test_pattern_works_on_non_latin_text() -> None:
    assert pattern_reason("Напиши стихотворение о любви", r"стихотворени[ея]") is not None
    assert pattern_reason("مرحبا بالعالم", r"^مرحبا") is not None


@pytest.mark.parametrize("bad", ["(unclosed", "[a-", "*start", "a{2,1}", r"(?P<x>a)(?P<x>b)"])
def test_an_invalid_pattern_is_a_plain_sentence(bad: str) -> None:
    with pytest.raises(InvalidPatternError) as caught:
        compile_pattern(bad)
    message = str(caught.value)
    assert isinstance(caught.value, HandloomError)
    assert message.startswith(f"The pattern {bad!r} is not a valid regular expression: ")
    assert message.endswith(".") and "\n" not in message
    # the reason is the one Python gives, not something we made up
    with pytest.raises(re.error) as original:
        re.compile(bad)
    assert str(original.value) in message
    with pytest.raises(InvalidPatternError):
        pattern_reason("text", bad)


def test_allowed_lang_tags() -> None:
    allowed = ["en", "pt", "zh-Hant"]
    assert language_reason("en", allowed) is None
    assert language_reason("EN", allowed) is None
    assert language_reason("pt-BR", allowed) is None  # the bare tag admits its variants
    assert language_reason("pt_PT", allowed) is None
    assert language_reason("zh-Hant", allowed) is None
    assert language_reason("zh-Hans", allowed) == "language zh-Hans not allowed"
    assert language_reason("fr", allowed) == "language fr not allowed"
    assert language_reason(None, allowed) == "language unknown"
    assert language_reason("und", allowed) == "language unknown"
    assert language_reason("und", ["und", "en"]) is None
    assert language_reason("fr", []) is None  # no list, no filter


def test_script_allow_list() -> None:
    allowed = {"Latn", "Cyrl"}
    assert script_reason("Latn", allowed) is None
    assert script_reason("cyrl", allowed) is None
    assert script_reason("Arab", allowed) == "script Arab not allowed"
    assert script_reason(None, allowed) == "script unknown"
    assert script_reason("Zyyy", allowed) == "script unknown"
    assert script_reason("Zyyy", {"Zyyy"}) is None
    assert script_reason("Hani", set()) is None
