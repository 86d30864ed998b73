"""The automatic checks on crafted model outputs: what is cleaned, what is flagged."""

from __future__ import annotations

import pytest

from core.curate.language import LanguageIdentifier
from core.translate.checks import FLAGS, check, clean

SOURCE = "Summarise the main causes of soil erosion on small farms."
SPANISH = "Resume las principales causas de la erosión del suelo en las granjas pequeñas."


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


def run(
    output: str,
    identifier: LanguageIdentifier,
    source: str = SOURCE,
    target: str = "es",
    **kw: object,
) -> tuple[str, dict[str, str]]:
    result = check(
        output, source, source_language="en", target_language=target, identifier=identifier, **kw
    )  # type: ignore[arg-type]
    assert set(result.flags) <= set(FLAGS)
    return result.text, result.flags


def test_a_good_translation_has_no_flags(identifier: LanguageIdentifier) -> None:
    assert run(f" {SPANISH}\n", identifier) == (SPANISH, {})


@pytest.mark.parametrize(
    "prefix",
    [
        "Here is the translation:",
        "Here's the Spanish translation of the text:",
        "Sure! Here is the translation:",
        "Translation:",
        "Spanish translation:",
        "Spanish:",
        "Español:",
    ],
)
def test_chatter_before_the_translation_is_removed_and_flagged(
    prefix: str, identifier: LanguageIdentifier
) -> None:
    text, flags = run(f"{prefix}\n{SPANISH}", identifier)
    assert text == SPANISH
    assert set(flags) == {"chatter"} and prefix.split()[0].rstrip("!:") in flags["chatter"]


def test_leftover_chat_template_tokens_are_cut_and_flagged(identifier: LanguageIdentifier) -> None:
    text, flags = run(f"{SPANISH}<|im_end|>\n<|im_start|>user\nThanks!", identifier)
    assert text == SPANISH and "<|im_end|>" in flags["template_tokens"]
    text, flags = run(f"<start_of_turn>model\n{SPANISH}<end_of_turn>", identifier)
    assert text == SPANISH and "<start_of_turn>" in flags["template_tokens"]


def test_a_next_few_shot_example_is_cut(identifier: LanguageIdentifier) -> None:
    text, flags = run(f"{SPANISH}\nEnglish: Where is the bus?\nSpanish: ¿Dónde", identifier)
    assert text == SPANISH and "English: Where is the bus?" in flags["chatter"]


def test_quotes_around_the_whole_output_are_removed() -> None:
    assert clean(f"“{SPANISH}”", SOURCE, source_language="en", target_language="es").text == SPANISH
    quoted = '"Hello there"'
    assert clean('"Hola"', quoted, source_language="en", target_language="es").text == '"Hola"'


def test_an_untranslated_copy_of_the_source_is_flagged(identifier: LanguageIdentifier) -> None:
    _, flags = run(SOURCE, identifier)
    assert "copy_of_source" in flags and "wrong_language" in flags


def test_output_in_another_language_is_flagged(identifier: LanguageIdentifier) -> None:
    french = "Résume les principales causes de l'érosion des sols dans les petites exploitations."
    _, flags = run(french, identifier)
    assert flags["wrong_language"].startswith("looks like fr")
    assert "copy_of_source" not in flags


def test_short_outputs_are_not_judged_by_language(identifier: LanguageIdentifier) -> None:
    # "Yes." -> "Ja." would be read as German or anything else; it must not be flagged.
    assert run("Ja.", identifier, source="Yes.", target="sw") == ("Ja.", {})


def test_implausible_lengths_are_flagged_but_dense_scripts_are_expected_short(
    identifier: LanguageIdentifier,
) -> None:
    _, flags = run("Resume.", identifier)
    assert "length_ratio" in flags
    rambling = " ".join([SPANISH] * 4)
    assert "length_ratio" in run(rambling, identifier)[1]
    chinese = "总结小农场土壤侵蚀的主要原因。"
    assert run(chinese, identifier, target="zh")[1] == {}


def test_extra_paragraphs_after_a_one_paragraph_source_are_cut(
    identifier: LanguageIdentifier,
) -> None:
    text, flags = run(f"{SPANISH}\n\nEspero que esto te ayude con tu tarea.", identifier)
    assert text == SPANISH and flags["extra_text"].startswith("Espero")


def test_truncation_empty_output_and_repeated_examples(identifier: LanguageIdentifier) -> None:
    assert "truncated" in run(SPANISH, identifier, finish_reason="length")[1]
    text, flags = run("Translation: <|im_end|>", identifier)
    assert text == "" and "empty" in flags
    template = (
        "English: Write a short poem about the rain.\nSpanish: Escribe un poema corto "
        "sobre la lluvia.\n\nEnglish: {text}\nSpanish:"
    )
    _, flags = run("Escribe un poema corto sobre la lluvia.", identifier, prompt_template=template)
    assert "copy_of_example" in flags
