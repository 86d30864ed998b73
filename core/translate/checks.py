"""Automatic checks on every machine translation, recorded as flags for the reviewer.

First the output is cleaned of what is plainly not translation: chat-template tokens a
model let through, a "Here is the translation:" preamble, quotes around the whole text,
or a next few-shot example. What was removed is flagged. The cleaned text is then
checked: is it in the target language, is it not just the source again, is its length
plausible. Flags are a dict of name -> a short detail; an empty dict means no problem.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from core.curate.language import LanguageIdentifier
from core.languages import language_names

FLAGS = (
    "empty",
    "template_tokens",
    "chatter",
    "extra_text",
    "truncated",
    "wrong_language",
    "copy_of_source",
    "copy_of_example",
    "length_ratio",
)

# Fewer letters than this and language identifiers guess; the language is not checked.
MIN_LETTERS_FOR_LANGUAGE = 20
MIN_LANGUAGE_CONFIDENCE = 0.5
COPY_SIMILARITY = 0.9

# Languages identifiers confuse with each other; one standing for another is no error.
_CLOSE_LANGUAGES = [{"ms", "id"}, {"hr", "sr", "bs", "sh"}, {"no", "nn", "da"}]

# Characters per unit of meaning, relative to English: a Chinese translation of an
# English text is about a third as long. Anything not listed counts as 1.
_DENSITY = {"zh": 0.3, "ja": 0.4, "ko": 0.45, "yue": 0.3}

_TEMPLATE_TOKEN = re.compile(
    r"<\|[A-Za-z0-9_]+\|>|<(?:start|end)_of_turn>|</?s>|<(?:eos|bos|pad|unk)>|\[/?INST\]"
    r"|<</?SYS>>|<\|(?:im_start|im_end)\|>"
)
_ROLE_AFTER_TOKEN = re.compile(r"^(?:assistant|model|user|system)\s*\n", re.IGNORECASE)
_PREFIX = (
    r"^\s*(?:(?:sure|certainly|of course|okay|ok)\s*[!,.]?\s*)?"
    r"(?:(?:here\s*(?:'|’)?s|here\s+is)\s+(?:the|a|my|your)\s+(?:[\w-]+\s+){{0,3}}"
    r"translation(?:\s+(?:of|in|into|to)\b[^:\n]{{0,80}})?\s*[:：]"
    r"|(?:{names})?\s*translat(?:ion|ed text)\s*[:：]"
    r"|(?:{names})\s*[:：])\s*"
)
_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“", "「": "」", "'": "'"}


@dataclass
class CheckedTranslation:
    """The cleaned translation and its flags."""

    text: str
    flags: dict[str, str] = field(default_factory=dict)


def _names(code: str | None) -> list[str]:
    if not code:
        return []
    try:
        english, native = language_names(code)
    except Exception:
        return []
    return [n for n in dict.fromkeys((english, native)) if n]


def clean(
    output: str, source: str, *, source_language: str | None, target_language: str
) -> CheckedTranslation:
    """Remove template tokens, preambles, wrapping quotes and a following example."""
    flags: dict[str, str] = {}
    text = output.strip()
    tokens = _TEMPLATE_TOKEN.findall(text)
    if tokens:
        flags["template_tokens"] = " ".join(dict.fromkeys(tokens))
        first = _TEMPLATE_TOKEN.search(text)
        assert first is not None
        if first.start() == 0:  # a turn opener before the text: drop it and its role word
            text = _ROLE_AFTER_TOKEN.sub("", text[first.end() :].lstrip(" "))
        text = _TEMPLATE_TOKEN.split(text, maxsplit=1)[0].strip()
    names = "|".join(re.escape(n) for n in _names(target_language))
    prefix = re.compile(_PREFIX.format(names=names or "(?!)"), re.IGNORECASE)
    removed = []
    while (match := prefix.match(text)) and match.end() > 0 and match.group().strip():
        removed.append(match.group().strip())
        text = text[match.end() :].strip()
    for label in _names(source_language):
        cut = re.search(rf"\n\s*{re.escape(label)}\s*:", text)
        if cut:
            removed.append(text[cut.start() :].strip()[:60])
            text = text[: cut.start()].strip()
    if removed:
        flags["chatter"] = " | ".join(removed)
    if len(text) > 1 and _QUOTES.get(text[0]) == text[-1] and not _is_quoted(source):
        text = text[1:-1].strip()
    if "\n\n" in text and "\n\n" not in source.strip():
        head, rest = text.split("\n\n", 1)
        flags["extra_text"] = rest.strip()[:80]
        text = head.strip()
    return CheckedTranslation(text, flags)


def _is_quoted(text: str) -> bool:
    text = text.strip()
    return len(text) > 1 and _QUOTES.get(text[0]) == text[-1]


def _letters(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch).startswith("L"))


def _comparable(text: str) -> str:
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def _same_language(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _CLOSE_LANGUAGES)


def length_bounds(
    source_language: str | None, target_language: str, source_chars: int
) -> tuple[float, float]:
    """The plausible range of (translation length / source length) in characters."""
    expected = _DENSITY.get(target_language, 1.0) / _DENSITY.get(source_language or "", 1.0)
    low, high = (0.4, 2.5) if source_chars >= 20 else (0.2, 5.0)  # short texts vary more
    return expected * low, expected * high


def check(
    output: str,
    source: str,
    *,
    source_language: str | None,
    target_language: str,
    identifier: LanguageIdentifier,
    finish_reason: str | None = None,
    prompt_template: str | None = None,
) -> CheckedTranslation:
    """Clean one model output and flag what looks wrong with it.

    ``prompt_template`` is the prompt without the instruction: a small model often repeats
    one of its examples instead of translating, which this catches.
    """
    result = clean(output, source, source_language=source_language, target_language=target_language)
    flags, text = result.flags, result.text
    if finish_reason == "length":
        flags["truncated"] = "the model stopped at the token limit"
    if not text:
        flags["empty"] = "nothing is left once the non-translation text is removed"
        return result
    if _letters(text) >= MIN_LETTERS_FOR_LANGUAGE:
        detected, confidence = identifier.identify([text])[0]
        if (
            detected
            and confidence >= MIN_LANGUAGE_CONFIDENCE
            and not _same_language(detected, target_language)
        ):
            flags["wrong_language"] = f"looks like {detected} ({confidence:.2f})"
    similar = _comparable(text), _comparable(source)
    if (
        _letters(source) >= 3
        and similar[1]
        and SequenceMatcher(None, *similar).ratio() >= COPY_SIMILARITY
        and not _same_language(source_language or "", target_language)
    ):
        flags["copy_of_source"] = "the output is (almost) the source text"
    if (
        prompt_template
        and _letters(text) >= 12
        and _comparable(text) in _comparable(prompt_template.replace("{text}", " "))
    ):
        flags["copy_of_example"] = "the output repeats text from the prompt's examples"
    source_chars = len(source.strip())
    if source_chars:
        ratio = len(text) / source_chars
        low, high = length_bounds(source_language, target_language, source_chars)
        if not low <= ratio <= high:
            flags["length_ratio"] = f"{ratio:.2f} times the source (expected {low:.2f}-{high:.2f})"
    return result
