"""Language identification on real translated sentences, against the previous identifier.

The text is the translated interface messages of the programs installed on this machine
(see ``translated_sentences``): about a hundred languages written by translators, none
by us, read offline. Handloom's own n-gram model is trained on the same machine's
catalogues, so the split is **by program, not by sentence**: the benchmark reads only
each language's held-out programs, which the model never saw (``tools/
build_language_model.py`` trains on the rest). Printed for the report half (15 sentences
per language) and, apart, for the tuning half the per-language thresholds and the
model's corrections were chosen on:

- accuracy overall (the stored code, sure or not, is the right one);
- precision of the confident labels (goal: 97 %) and the share marked uncertain;
- the languages most often missed;
- the misses of each language, for today's identifier;
- for the previous identifier (CLD2 + lid.176 without a second opinion, every label
  presented as sure), the cascade without Handloom's n-gram model ("no n-gram"),
  today's identifier ("new": the model asked, a batch at a time, about the texts CLD2
  only guesses at) and with the model also asked about CLD2's weak sure answers
  ("thorough", ``HANDLOOM_LANGUAGE_THOROUGH=1``);
- rows/s of each, on these sentences and on an import-like mix (four English rows in
  five);
- the same with heliport's optional second opinion (``HANDLOOM_HELIPORT=1``), when
  heliport is installed (the test extras install it).

Run with ``make bench`` or ``pytest -m benchmark -s tests/benchmarks/bench_language_id.py``.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence

import pytest

from core.curate import language
from core.curate.neighbours import LanguageGuess
from tests.benchmarks.translated_sentences import Rows, halves

MIN_LANGUAGES = 60
Identify = Callable[[Sequence[str]], list[LanguageGuess]]


def previous_identifier() -> Identify:
    """Handloom's identifier before the uncertain mark: CLD2 decides, lid.176 only names
    languages CLD2 lacks (at 0.9); every answer is presented as sure."""
    models = language._load_models()

    def one(text: str) -> LanguageGuess:
        head = language._utf8_head(text)
        try:
            reliable, letters, details = models.cld2.detect(head, isPlainText=True)
        except models.cld2.error:
            head = language._UNSAFE_FOR_CLD2.sub(" ", head.decode("utf-8", "ignore")).encode()
            try:
                reliable, letters, details = models.cld2.detect(head, isPlainText=True)
            except models.cld2.error:
                return LanguageGuess(None, 0.0, True)
        if letters == 0:
            return LanguageGuess(None, 0.0, True)
        if reliable and (code := models.cld2_codes.get(details[0][1])) is not None:
            return LanguageGuess(code, details[0][2] / 100, True)
        _, letters, details = models.cld2.detect(head, isPlainText=True, bestEffort=True)
        guess = models.cld2_codes.get(details[0][1]) if letters else None
        fasttext, probability = language._fasttext_predict(models, head.decode("utf-8", "ignore"))
        if fasttext and fasttext not in models.cld2_languages and probability >= 0.9:
            return LanguageGuess(fasttext, probability, True)
        return LanguageGuess(guess, details[0][2] / 200, True)

    return lambda texts: [one(t) for t in texts]


def current_identifier(
    heliport: bool = False, ngram: bool = True, thorough: bool = False,
) -> Identify:
    """Today's identifier; with ``heliport`` its optional second opinion is switched on,
    without ``ngram`` Handloom's n-gram model is left out, with ``thorough`` it is asked
    about more texts (``HANDLOOM_LANGUAGE_THOROUGH=1``)."""
    models = language._load_models()
    assert models.ngram is not None, models.ngram_problem
    if heliport:
        import heliport as module

        models = dataclasses.replace(models, heliport=module.Identifier())
    if not ngram:
        models = dataclasses.replace(models, ngram=None)
    models = dataclasses.replace(models, thorough=thorough)
    identifier = language.LanguageIdentifier()
    identifier._models = models
    return identifier.guesses


def measure(name: str, identify: Identify, rows: Rows) -> dict[str, float]:
    texts = [t for _, t in rows]
    identify(texts[:20])  # models loaded
    began = time.perf_counter()
    guesses = identify(texts)
    seconds = time.perf_counter() - began
    right = [code == g.code for (code, _), g in zip(rows, guesses, strict=True)]
    sure = [ok for ok, g in zip(right, guesses, strict=True) if g.sure]
    missed = Counter(
        f"{code}→{g.code}" for (code, _), g, ok in zip(rows, guesses, right, strict=True) if not ok
    )
    result = {
        "accuracy": sum(right) / len(rows),
        "precision": sum(sure) / max(len(sure), 1),
        "uncertain": 1 - len(sure) / len(rows),
        "rows_per_s": len(rows) / seconds,
    }
    print(
        f"  {name:10} accuracy {result['accuracy']:6.1%}   confident precision "
        f"{result['precision']:6.1%}   uncertain {result['uncertain']:5.1%}   "
        f"{result['rows_per_s']:>9,.0f} rows/s"
    )
    print("            most missed: " + ", ".join(f"{k} {v}" for k, v in missed.most_common(12)))
    if name in ("new", "thorough"):
        by_language: dict[str, Counter[str]] = {}
        for (code, _), g, ok in zip(rows, guesses, right, strict=True):
            if not ok:
                by_language.setdefault(code, Counter())[f"{g.code}{'' if g.sure else '?'}"] += 1
        print("            misses by language (? = marked uncertain): " + "; ".join(
            f"{code} {sum(c.values())} ({', '.join(f'{k} {v}' for k, v in c.most_common(3))})"
            for code, c in sorted(by_language.items(), key=lambda item: -sum(item[1].values()))
        ))
    return result


def import_mix(rows: Rows, size: int = 20_000) -> list[str]:
    """An import-like mix: four English sentences in five, the rest any language."""
    rng = random.Random(7)
    english = [t for code, t in rows if code == "en"]
    other = [t for code, t in rows if code != "en"]
    return [rng.choice(english if rng.random() < 0.8 else other) for _ in range(size)]


def rates(identifiers: dict[str, Identify], texts: list[str], rounds: int = 3) -> dict[str, float]:
    """Rows per second of this process's processor time, the best of ``rounds`` runs taken
    in turns (the machine is shared: processor time, not the clock, and turns spread what
    load remains over all of them alike)."""
    best = dict.fromkeys(identifiers, float("inf"))
    for _ in range(rounds):
        for name, identify in identifiers.items():
            began = time.process_time()
            identify(texts)
            best[name] = min(best[name], time.process_time() - began)
    return {name: len(texts) / seconds for name, seconds in best.items()}


@pytest.mark.benchmark
def test_language_id_on_translated_sentences() -> None:
    report, tuning = halves()
    languages = {code for code, _ in report}
    if len(languages) < MIN_LANGUAGES:
        pytest.skip(f"only {len(languages)} languages of translated messages on this machine")
    identifiers = {
        "previous": previous_identifier(),
        "no n-gram": current_identifier(ngram=False),
        "new": current_identifier(),
        "thorough": current_identifier(thorough=True),
    }
    if importlib.util.find_spec("heliport") is not None:
        identifiers["+heliport"] = current_identifier(heliport=True)
    for half, rows in (("Report half", report), ("Tuning half", tuning)):
        note = " (the thresholds were chosen on it)" if rows is tuning else ""
        print(f"\n{half}: {len(rows):,} sentences in {len(languages)} languages{note}")
        results = {name: measure(name, identify, rows) for name, identify in identifiers.items()}
        if rows is report:
            reported = results
    # heliport's tables (130 MB) push the others out of the processor's caches: timed apart.
    fast = {k: v for k, v in identifiers.items() if k != "+heliport"}
    for name, texts in (("Report half", [t for _, t in report]),
                        ("Import-like mix (80 % English)", import_mix(tuning + report))):
        speed = rates(fast, texts, rounds=5)
        if "+heliport" in identifiers:
            speed["+heliport"] = rates({"h": identifiers["+heliport"]}, texts)["h"]
        print(f"{name}, {len(texts):,} rows, rows/s: " + ", ".join(
            f"{k} {v:,.0f} ({v / speed['previous']:.2f}×)" for k, v in speed.items()))
    assert reported["new"]["precision"] > reported["previous"]["precision"]
    assert reported["new"]["accuracy"] > reported["no n-gram"]["accuracy"]
