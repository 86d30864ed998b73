"""Tokenizer fit, the measures and the verdict: counting words and characters, and deciding
when a model is a poor fit for a language (``core.fit`` runs the check).

Measures, per model and language:

- **tokens per word**: words are runs of text between spaces (and the Ethiopic wordspace
  ``፡``) that hold a letter or digit;
- **tokens per character**: characters are Unicode code points other than whitespace;
- **byte-fallback share**: the share of tokens that are pieces of a character rather than
  whole characters: SentencePiece byte tokens (``<0xNN>``) and, in byte-level BPE
  vocabularies, tokens whose bytes are not valid UTF-8 on their own (see
  ``Vocabulary.is_byte_fallback``).

**Cost relative to English** (``cost_vs_english``) estimates how many more tokens the model
needs than for the same text in English. For scripts written with spaces it is the tokens
per word ratio (words carry roughly comparable meaning across languages; languages with long
words such as Swahili or Amharic come out 20-40% higher than parallel text shows). Chinese,
Japanese, Thai, Lao, Khmer, Myanmar and Tibetan are written without spaces between words, so
there it is the tokens per character ratio divided by how many English characters one
character of the script stands for in parallel text (``SCRIPT_DENSITY``: about 3 for Chinese,
measured at 2.8 on the parallel instructions in the tests, 2 for Japanese, 1 for the
alphabets). Without that correction every model would look poor for Chinese, whose one
character says what several English letters say.

**Poor fit** when the cost is at least ``POOR_FIT_RATIO`` (2.0) times English, or when at
least ``POOR_FIT_BYTE_SHARE`` (half) of the tokens are byte pieces. At twice the tokens only
half as much text fits in the context window and every instruction costs twice the training
and generation time; languages a tokenizer was built for stay well under that (Gemma 3:
Hindi 1.1, Chinese 0.8), while scripts a vocabulary does not cover land far above it
(SmolLM2: Hindi 4.5, Amharic 10; Petrov et al. 2023, "Language Model Tokenizers Introduce
Unfairness Between Languages", describe the same gap). A vocabulary that spells most of a
language in byte pieces has no entries for its characters, whatever the ratio says.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

POOR_FIT_RATIO = 2.0
POOR_FIT_BYTE_SHARE = 0.5
SCRIPT_DENSITY = {
    "Hani": 3.0,
    "Hans": 3.0,
    "Hant": 3.0,
    "Jpan": 2.0,
    "Hira": 2.0,
    "Kana": 2.0,
    "Thai": 1.0,
    "Laoo": 1.0,
    "Khmr": 1.0,
    "Mymr": 1.0,
    "Tibt": 1.0,
}

_WORD = re.compile(r"[^\s\u1361]+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Counts:
    """What tokenizing one sample gave (this is what the cache keeps)."""

    instructions: int
    words: int
    characters: int
    tokens: int
    byte_tokens: int
    vocabulary: str


@dataclass(frozen=True)
class LanguageFit:
    language: str
    script: str | None
    spaced: bool  # written with spaces between words
    instructions: int
    words: int
    characters: int
    tokens: int
    byte_tokens: int
    tokens_per_word: float | None
    tokens_per_character: float
    byte_share: float
    per_character_vs_english: float
    per_word_vs_english: float | None
    cost_vs_english: float  # what the verdict is decided on (see the module docstring)
    poor_fit: bool
    reason: str | None


def words_in(text: str) -> int:
    return sum(1 for w in _WORD.findall(text) if _LETTER_OR_DIGIT.search(w))


def characters_in(text: str) -> int:
    return len(text) - len(_SPACE.findall(text))


def measure(vocabulary: Any, texts: list[str]) -> Counts:
    """Tokenize ``texts`` one by one with ``vocabulary`` (a ``Vocabulary``)."""
    tokens = byte_tokens = 0
    for text in texts:
        counted = vocabulary.count(text)
        tokens += counted.tokens
        byte_tokens += counted.byte_tokens
    return Counts(
        instructions=len(texts),
        words=sum(words_in(t) for t in texts),
        characters=sum(characters_in(t) for t in texts),
        tokens=tokens,
        byte_tokens=byte_tokens,
        vocabulary=vocabulary.kind,
    )


def rates(c: Counts) -> dict[str, Any]:
    return {
        **asdict(c),
        "tokens_per_word": c.tokens / c.words if c.words else None,
        "tokens_per_character": c.tokens / c.characters if c.characters else 0.0,
        "byte_share": c.byte_tokens / c.tokens if c.tokens else 0.0,
    }


def verdict(language: str, script: str | None, c: Counts, english: Counts) -> LanguageFit:
    r, e = rates(c), rates(english)
    spaced = script not in SCRIPT_DENSITY
    if not spaced:  # "words" of a text without spaces are whole phrases: not a measure
        r["tokens_per_word"] = None
    per_char = r["tokens_per_character"] / e["tokens_per_character"]
    per_word = (
        r["tokens_per_word"] / e["tokens_per_word"]
        if r["tokens_per_word"] and e["tokens_per_word"]
        else None
    )
    if per_word is not None:
        cost = per_word
        basis = f"needs {cost:.1f}× as many tokens per word as English"
    else:
        cost = per_char / SCRIPT_DENSITY.get(script or "", 1.0)
        basis = (
            f"needs about {cost:.1f}× as many tokens as English for the same text "
            f"(from tokens per character; {script} is written without spaces)"
        )
    reasons = []
    if cost >= POOR_FIT_RATIO:
        reasons.append(basis)
    if r["byte_share"] >= POOR_FIT_BYTE_SHARE:
        reasons.append(f"{r['byte_share']:.0%} of its tokens are byte pieces")
    return LanguageFit(
        language=language,
        script=script,
        spaced=spaced,
        instructions=c.instructions,
        words=c.words,
        characters=c.characters,
        tokens=c.tokens,
        byte_tokens=c.byte_tokens,
        tokens_per_word=r["tokens_per_word"],
        tokens_per_character=r["tokens_per_character"],
        byte_share=r["byte_share"],
        per_character_vs_english=per_char,
        per_word_vs_english=per_word,
        cost_vs_english=cost,
        poor_fit=bool(reasons),
        reason="; ".join(reasons) or None,
    )
