"""Templated instructions: many rows that are one sentence with a few words swapped.

Logs of chat services hold scripted traffic such as "Write an article about the
production of 2-chloro-5-methylpyridine in the chemical industry" thousands of times
over, one chemical at a time. The seed method drops such families. A row's *skeleton*
is its text with the parts that vary masked as ``{}``:

- quoted text and code spans ("…", “…”, «…», 「…」, '…', `…`, ```…```);
- every word that contains a digit (numbers, "2-chloro-5-methylpyridine", "1500-2000");
- capitalised words and acronyms that do not start a sentence (names, places,
  companies, brands), except "I"; words with a capital inside ("iPhone", "MySQL");
- words built from chemical parts ("methylpyridine", "ethanol", "chloride", "acid").

Then case and punctuation are dropped and runs of masks become one ``{}``. In scripts
without letter case (Chinese, Arabic, Thai...) only numbers, quotes and capitalised
words in a cased script (a Latin brand in Arabic text) are masked, so their families are
found when they vary in those.

A family counts as templated when at least ``min_group`` rows share a skeleton that has
at least one mask and at least ``min_literal_words`` fixed words (in scripts written
without spaces, two Chinese or Japanese characters or four Thai ones count as a word).
The fixed-word minimum is the guard against everyday questions: "What is the capital of
France?" / "...of Kenya?" share the 5-word skeleton "what is the capital of {}", and
people asking it are not a script, so it does not count; the chemical article template
has 11 fixed words. The price: a short template ("Tell me a joke about {}") is missed,
and a long fixed frame around a varying quoted passage ("Summarise the following text
in three sentences: '…'") is a family when it repeats ``min_group`` times.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from itertools import chain

MIN_LITERAL_WORDS = 8
SLOT = "{}"
_MASK = "\ue000"  # a private-use character: never in real text, never a word character


def _class_of(test: Callable[[str], bool]) -> str:
    """A regex character class body for every BMP character that passes ``test``."""
    chars = [chr(c) for c in range(0x10000) if test(chr(c))]
    runs: list[str] = []
    start = prev = ord(chars[0])
    for code in [*map(ord, chars[1:]), sys.maxunicode + 2]:
        if code != prev + 1:
            last = "-" + re.escape(chr(prev)) if prev > start else ""
            runs.append(re.escape(chr(start)) + last)
            start = code
        prev = code
    return "".join(runs)


_MARKS = _class_of(lambda ch: unicodedata.category(ch).startswith("M"))  # Thai, Hindi vowels
_QUOTED = re.compile(
    r"```.*?```|\"[^\"]{1,2000}\"|“[^”]{1,2000}”|«[^»]{1,2000}»|„[^“”]{1,2000}[“”]"
    r"|「[^」]{1,2000}」|『[^』]{1,2000}』|`[^`\n]{1,300}`|(?<!\w)'[^'\n]{1,300}'(?!\w)",
    re.DOTALL,
)
_QUOTE_MARKS = ('"', "“", "«", "„", "「", "『", "`", " '")
# Scripts written without spaces between words. A Chinese or Japanese word is about two
# characters; a Thai, Lao, Burmese or Khmer word about four (vowel signs included).
_HAN_KANA = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_SOUTHEAST_ASIAN = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_UNSPACED_CHARS = _HAN_KANA + _SOUTHEAST_ASIAN
_UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]")
_HAN_KANA_CHAR = re.compile(f"[{_HAN_KANA}]")
# Inside a run of an unspaced script, a stretch with a digit ends at the script's letters.
_DIGIT_STRETCH = re.compile(rf"[^{_UNSPACED_CHARS}]*?\d[^{_UNSPACED_CHARS}]*")
_DIGIT = re.compile(r"\d")
_CHEMICAL = re.compile(
    r"\b[a-z]{0,30}(?:meth|eth|prop|but|pent|hex|hept|oct|phen|benz|chlor|brom|fluor|iod|amin"
    r"|amid|hydr|ox|nitr|sulf|sulph|pyr|carb|acet|cycl|azol|azin|thi|sil)[a-z]{0,30}"
    r"(?:yl|ine|ide|ate|ite|ane|ene|yne|ol|one|ole)s?\b"
    r"|\b(?:acid|ester|salt|anhydride|hydrate|monohydrate|dihydrate|hydrochloride|sodium"
    r"|potassium|calcium|magnesium|lithium|barium|ammonium|aluminium|aluminum|titanium"
    r"|chromium|cadmium|selenium|zirconium|strontium|palladium|platinum|rhodium)s?\b"
)
_NOT_WORD = re.compile(rf"[^\w{_MARKS}{_MASK}]+")
_MASK_RUN = re.compile(rf"{_MASK}(?: {_MASK})+")
_EDGE = "\"'`«»“”‘’„「」『』()[]{}<>.,;:!?¿¡…*_~/\\|-–—、。，！？：；（）"
_CLOSERS = "\"'`»”’」』)]}*_"
_SENTENCE_END = tuple(".!?:;。！？")
_LITERAL, _NAME, _MASKED = 0, 1, 2


def _plain(word: str) -> str:
    """Lower-case ``word`` and turn its punctuation into spaces ("Don't," -> "don t")."""
    return _NOT_WORD.sub(" ", word.casefold()).strip()


def _word(word: str) -> tuple[int, str, bool]:
    """Classify one space-separated word: (kind, plain form, whether it ends a sentence)."""
    ends = word.rstrip(_CLOSERS).endswith(_SENTENCE_END)
    if _UNSPACED.search(word):  # a run of Chinese, Thai...: mask its numbers, keep the rest
        return _LITERAL, _plain(_DIGIT_STRETCH.sub(_MASK, word)), ends
    if _DIGIT.search(word):
        return _MASKED, _MASK, ends
    core = word.strip(_EDGE)
    if not core:
        return _LITERAL, _plain(word), ends
    inner_capital = any(a.islower() and b.isupper() for a, b in zip(core, core[1:], strict=False))
    if inner_capital:  # iPhone, MySQL, McDonald
        return _MASKED, _MASK, ends
    if core[0].isupper() and core != "I" and not core.startswith(("I'", "I’")):
        return _NAME, _plain(word), ends
    if _CHEMICAL.search(core.lower()):
        return _MASKED, _MASK, ends
    return _LITERAL, _plain(word), ends


class _WordCache(dict[str, tuple[int, str, bool]]):
    """Classifications of words seen so far: words repeat across a corpus, so most rows cost
    one dictionary look-up per word, done in C by ``map``."""

    def __missing__(self, word: str) -> tuple[int, str, bool]:
        if len(self) >= 1 << 18:  # bound the memory on corpora with many unique words
            self.clear()
        self[word] = kind = _word(word)
        return kind


_WORDS = _WordCache()
_START = (_LITERAL, "", True)


def skeleton(text: str) -> str:
    """``text`` with its varying parts masked as ``{}``, lower-cased, without punctuation."""
    if any(map(text.__contains__, _QUOTE_MARKS)) or text.startswith("'"):
        text = _QUOTED.sub(f" {_MASK} ", text)
    words = list(map(_WORDS.__getitem__, text.split()))
    # A name-like word is masked unless it starts a sentence (the word before ends one).
    parts = [
        _MASK if kind == _MASKED or (kind == _NAME and not before[2]) else plain
        for (kind, plain, _), before in zip(words, chain((_START,), words), strict=False)
    ]
    return _MASK_RUN.sub(_MASK, " ".join(filter(None, parts))).replace(_MASK, SLOT)


def literal_words(skeleton_text: str) -> float:
    """How many fixed words a skeleton has, estimating words in scripts written without spaces."""
    spaced = sum(1 for w in skeleton_text.split() if w != SLOT and not _UNSPACED.match(w))
    unspaced = len(_UNSPACED.findall(skeleton_text))
    han_kana = len(_HAN_KANA_CHAR.findall(skeleton_text))
    return spaced + han_kana / 2 + (unspaced - han_kana) / 4


def _can_be_template(skeleton_text: str, min_literal_words: int) -> bool:
    """A skeleton with something masked and enough fixed words to be a script, not a question."""
    return SLOT in skeleton_text and literal_words(skeleton_text) >= min_literal_words


def find_templated(
    rows: Iterable[tuple[str, str]],
    min_group: int = 5,
    min_literal_words: int = MIN_LITERAL_WORDS,
) -> dict[str, str]:
    """Map the id of every row in a templated family to the family's skeleton.

    Rows are ``(id, text)``; a family is ``min_group`` or more rows with one skeleton
    that has a mask and ``min_literal_words`` fixed words (see the module docstring).
    Every member is reported, the first one included: the method drops the family.
    """
    if min_group < 2:
        raise ValueError(f"min_group must be at least 2, not {min_group}")
    first: dict[int, str] = {}
    groups: dict[int, list[str]] = {}
    skeletons: dict[int, str] = {}
    for row_id, text in rows:
        sk = skeleton(text)
        key = hash(sk)
        if key in groups:
            groups[key].append(row_id)
        elif key in first:
            if _can_be_template(sk, min_literal_words):
                groups[key] = [first.pop(key), row_id]
                skeletons[key] = sk
        elif SLOT in sk:
            first[key] = row_id
    return {
        row_id: skeletons[key]
        for key, members in groups.items()
        if len(members) >= min_group
        for row_id in members
    }
