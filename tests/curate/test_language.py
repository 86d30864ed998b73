"""Language identification on short everyday sentences, offline."""

from __future__ import annotations

import socket
from collections import defaultdict
from pathlib import Path

import pytest

from core.curate.language import MAX_BYTES, LanguageIdentifier
from core.languages import normalise_language

FIXTURES = Path(__file__).parents[1] / "data" / "langid"
LOW_RESOURCE = ("yo", "qu", "sw", "am")


def read_sentences(*names: str) -> list[tuple[str, str]]:
    """(expected code, sentence) pairs from the TSV fixtures in tests/data/langid."""
    rows = []
    for name in names:
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                code, text = line.split("\t", 1)
                rows.append((code, text))
    return rows


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


def accuracy_by_language(
    identifier: LanguageIdentifier, rows: list[tuple[str, str]]
) -> dict[str, float]:
    results = identifier.identify([text for _, text in rows])
    right: dict[str, list[bool]] = defaultdict(list)
    for (code, _), (found, _) in zip(rows, results, strict=True):
        right[code].append(found == code)
    return {code: sum(marks) / len(marks) for code, marks in right.items()}


def test_low_resource_everyday_sentences_are_named_right(identifier: LanguageIdentifier) -> None:
    accuracy = accuracy_by_language(identifier, read_sentences("everyday.tsv", "holdout.tsv"))
    for code in LOW_RESOURCE + ("ti",):
        assert accuracy[code] == 1.0, code


def test_most_of_every_fixture_language_is_named_right(identifier: LanguageIdentifier) -> None:
    accuracy = accuracy_by_language(identifier, read_sentences("everyday.tsv", "holdout.tsv"))
    assert sum(accuracy.values()) / len(accuracy) >= 0.93
    assert min(accuracy.values()) >= 0.5


def test_sentences_written_after_the_choice_are_named_right(
    identifier: LanguageIdentifier,
) -> None:
    rows = read_sentences("holdout.tsv")
    found = [code for code, _ in identifier.identify([text for _, text in rows])]
    right = sum(a == b for a, b in zip(found, [code for code, _ in rows], strict=True))
    assert right / len(rows) >= 0.95


def test_yoruba_in_decomposed_unicode_is_still_yoruba(identifier: LanguageIdentifier) -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Ẹ kú àárọ̀, ṣé ẹ sùn dáadáa? Ọmọ mi ń ṣàìsàn.")
    assert identifier.identify([text])[0][0] == "yo"


def test_results_are_normalised_codes_with_a_confidence(identifier: LanguageIdentifier) -> None:
    rows = read_sentences("everyday.tsv")
    for code, confidence in identifier.identify([text for _, text in rows]):
        assert code is not None and normalise_language(code) == code
        assert 0.0 < confidence <= 1.0


def test_a_long_sure_text_is_more_confident_than_a_short_guess(
    identifier: LanguageIdentifier,
) -> None:
    long_text = "Ninataka kununua mkate na maziwa. Mtoto wangu ana homa, nifanye nini leo?"
    (long_code, long_confidence), (short_code, short_confidence) = identifier.identify(
        [long_text, "Habari?"]
    )
    assert long_code == "sw"
    assert long_confidence > short_confidence


def test_multi_line_text_is_identified(identifier: LanguageIdentifier) -> None:
    text = "Niandikie barua fupi\nkwa mwalimu wa mtoto wangu.\r\nAsante sana."
    short = "Habari\nza asubuhi?"
    assert [code for code, _ in identifier.identify([text, short])] == ["sw", "sw"]


@pytest.mark.parametrize("text", ["", "   ", "12345", "?!", "😀🎉", "\n\n"])
def test_text_without_language_gives_none(identifier: LanguageIdentifier, text: str) -> None:
    assert identifier.identify([text]) == [(None, 0.0)]


def test_awkward_characters_do_not_crash(identifier: LanguageIdentifier) -> None:
    texts = [
        "\ud800 Where is the market?",  # a lone surrogate, as broken JSON can produce
        "Where is\x00 the market?\x7f\x85",  # control characters CLD2 calls invalid UTF-8
        "\ufffe\uffff Where is the market?",
        "x" * 100_000,
    ]
    results = identifier.identify(texts)
    assert [code for code, _ in results[:3]] == ["en", "en", "en"]


def test_a_long_text_is_judged_by_its_beginning(identifier: LanguageIdentifier) -> None:
    swahili = "Ninataka kununua mkate na maziwa, na mtoto wangu ana homa. "
    english = "Here is a long document in English that was pasted after the request. " * 200
    assert len(swahili.encode()) <= MAX_BYTES
    assert identifier.identify([swahili + english])[0][0] == "sw"


def test_languages_only_fasttext_knows_are_named_when_cld2_is_unsure(
    identifier: LanguageIdentifier,
) -> None:
    # Low German: not one of CLD2's languages, but one of lid.176's.
    assert identifier.identify(["Wie geiht di dat? Ik snack Platt."])[0][0] == "nds"


def test_supports_at_least_170_languages(identifier: LanguageIdentifier) -> None:
    languages = identifier.supported_languages()
    assert len(languages) >= 170
    assert {"yo", "qu", "sw", "am", "ti", "ha", "ig", "zu", "so", "rw", "ln", "wo"} <= languages
    assert all(normalise_language(code) == code for code in languages)


def test_identifies_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("language identification tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    fresh = LanguageIdentifier()
    assert fresh.identify(["Báwo ni o ṣe wà?"])[0][0] == "yo"


def test_models_load_once_and_are_shared_by_every_identifier() -> None:
    first, second = LanguageIdentifier(), LanguageIdentifier()
    first.identify(["Where is the market?"])
    second.identify(["Soko liko wapi?"])
    assert first._load() is second._load()
