"""tidy: the one form every imported instruction is stored in."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from core.ingest.text import tidy


def test_short_line_is_stripped_and_inner_spaces_collapse() -> None:
    assert tidy("  What is  the capital of\tPeru?  ") == "What is the capital of Peru?"


def test_windows_and_old_mac_line_endings_become_newlines() -> None:
    assert tidy("First line\r\nSecond line\rThird") == "First line\nSecond line\nThird"


def test_runs_of_blank_lines_become_one_blank_line() -> None:
    text = "Summarise this:\n\n\n\n   \nThe meeting ran long.\n\n\nThanks"
    assert tidy(text) == "Summarise this:\n\nThe meeting ran long.\n\nThanks"


def test_trailing_spaces_on_each_line_go() -> None:
    assert tidy("Line one   \nLine two\t\n") == "Line one\nLine two"


def test_indentation_of_code_is_kept() -> None:
    text = "Why does this fail?\n\ndef f(x):\n    if x:\n        return  1\n\treturn 0"
    assert tidy(text) == "Why does this fail?\n\ndef f(x):\n    if x:\n        return 1\n\treturn 0"


def test_decomposed_accents_are_composed() -> None:
    decomposed = "Traduza: cafe\u0301 com pa\u0303o"
    assert tidy(decomposed) == "Traduza: café com pão"
    assert tidy(decomposed) == tidy("Traduza: café com pão")


def test_blank_text_becomes_empty() -> None:
    assert tidy(" \t\r\n \n") == ""


_texts = st.text(
    alphabet=st.sampled_from(list("ab é\u0301\t\r\n東 ")) | st.characters(), max_size=60
)


@settings(deadline=None)
@given(_texts)
def test_tidy_is_idempotent(text: str) -> None:
    once = tidy(text)
    assert tidy(once) == once


@settings(deadline=None)
@given(_texts)
def test_tidy_leaves_nfc_without_carriage_returns_or_extra_blank_lines(text: str) -> None:
    result = tidy(text)
    assert unicodedata.is_normalized("NFC", result)
    assert "\r" not in result
    assert "\n\n\n" not in result
    assert all(line == line.rstrip(" \t") for line in result.split("\n"))
    assert result == result.strip()
