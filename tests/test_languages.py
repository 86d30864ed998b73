"""Language codes: every way sources label a language meets one stored code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import HandloomError
from core.languages import (
    UnknownLanguageError,
    language_choices,
    language_names,
    normalise_language,
)


@pytest.mark.parametrize(
    ("label", "code"),
    [
        # ISO 639-1 stays as it is, whatever its case or spacing.
        ("sw", "sw"),
        ("EN", "en"),
        (" yo ", "yo"),
        # ISO 639-3, including individual languages of a macrolanguage.
        ("swh", "sw"),
        ("swa", "sw"),
        ("amh", "am"),
        ("yor", "yo"),
        ("hau", "ha"),
        ("quy", "qu"),
        ("quz", "qu"),
        ("que", "qu"),
        ("arb", "ar"),
        ("arz", "ar"),
        ("cmn", "zh"),
        ("pes", "fa"),
        ("zsm", "ms"),
        ("ind", "id"),
        # ISO 639-2/B bibliographic codes and deprecated ISO 639-1 codes.
        ("fre", "fr"),
        ("ger", "de"),
        ("chi", "zh"),
        ("iw", "he"),
        ("in", "id"),
        # BCP-47 tags and POSIX locales lose their script and region.
        ("pt-BR", "pt"),
        ("zh-Hant", "zh"),
        ("zh-Hans-CN", "zh"),
        ("sr-Latn", "sr"),
        ("en_US.UTF-8", "en"),
        # English names as LMSYS-Chat-1M and Aya write them.
        ("Japanese", "ja"),
        ("Portuguese", "pt"),
        ("Swahili", "sw"),
        ("Standard Arabic", "ar"),
        ("Simplified Chinese", "zh"),
        ("Traditional Chinese", "zh"),
        ("Moroccan Arabic", "ar"),
        ("Yoruba", "yo"),
        ("Quechua", "qu"),
        ("Tigrinya", "ti"),
        ("japanese", "ja"),
        # Names in the language itself.
        ("Kiswahili", "sw"),
        ("አማርኛ", "am"),
        ("日本語", "ja"),
        ("español", "es"),
        # Language-identifier labels (fastText, GlotLID, OpenLID, NLLB).
        ("__label__swh", "sw"),
        ("__label__en", "en"),
        ("swh_Latn", "sw"),
        ("yor_Latn", "yo"),
        ("amh_Ethi", "am"),
        ("quy_Latn", "qu"),
        ("zho_Hans", "zh"),
        # Handloom's two overrides of CLDR, so people and identifiers agree.
        ("fil", "tl"),
        ("Filipino", "tl"),
        ("tl", "tl"),
        ("nb", "no"),
        ("Norwegian Bokmål", "no"),
        ("nn", "nn"),
    ],
)
def test_labels_normalise_to_one_code(label: str, code: str) -> None:
    assert normalise_language(label) == code


@pytest.mark.parametrize(
    "label",
    [
        "",
        "   ",
        "xx",
        "zzz",
        "und",
        "mul",
        "zxx",
        "qaa",
        "x-klingon",
        "??",
        "123",
        "Unknown",
        "not a language at all",
    ],
)
def test_labels_that_name_no_language_give_none(label: str) -> None:
    assert normalise_language(label) is None


@given(st.text(max_size=40))
def test_normalising_any_text_never_raises(label: str) -> None:
    code = normalise_language(label)
    assert code is None or (2 <= len(code) <= 3 and code.isalpha() and code.islower())


@given(st.sampled_from(["sw", "swh", "Swahili", "Kiswahili", "__label__swh", "swh_Latn"]))
def test_normalising_a_code_again_changes_nothing(label: str) -> None:
    code = normalise_language(label)
    assert code is not None
    assert normalise_language(code) == code


def test_repeated_labels_are_served_from_the_cache() -> None:
    normalise_language("Standard Arabic")
    before = normalise_language.cache_info().hits
    for _ in range(1000):
        normalise_language("Standard Arabic")
    assert normalise_language.cache_info().hits - before == 1000


@pytest.mark.parametrize(
    ("code", "english", "own"),
    [
        ("sw", "Swahili", "Kiswahili"),
        ("am", "Amharic", "አማርኛ"),
        ("yo", "Yoruba", "Èdè Yorùbá"),
        ("qu", "Quechua", "Runasimi"),
        ("ti", "Tigrinya", "ትግርኛ"),
        ("ja", "Japanese", "日本語"),
        ("tl", "Tagalog", "Tagalog"),
        ("swh", "Swahili", "Kiswahili"),
    ],
)
def test_language_names_are_english_and_the_languages_own(
    code: str, english: str, own: str
) -> None:
    assert language_names(code) == (english, own)


def test_names_of_an_unknown_code_raise_a_plain_sentence() -> None:
    with pytest.raises(UnknownLanguageError) as raised:
        language_names("xx")
    assert isinstance(raised.value, HandloomError)
    assert "xx" in str(raised.value)


def test_language_choices_list_each_language_once_with_both_names() -> None:
    choices = language_choices(("luo", "swh"))
    codes = [code for code, _, _ in choices]
    assert len(codes) == len(set(codes)) > 150
    assert ("sw", "Swahili", "Kiswahili") in choices and ("am", "Amharic", "አማርኛ") in choices
    assert "luo" in codes and "swh" not in codes and "nb" not in codes  # stored codes only
    assert all(normalise_language(code) == code for code in codes)
    names = [english.casefold() for _, english, _ in choices]
    assert names == sorted(names)
