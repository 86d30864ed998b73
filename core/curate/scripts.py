"""Writing systems: which Unicode script a text is mostly written in.

The script is stored beside the language because it answers questions the
language cannot: Serbian in Latin or Cyrillic, Hausa in Latin or Ajami (Arabic),
Punjabi in Gurmukhi or Shahmukhi, a Yoruba instruction that lost its tone marks
(still ``Latn``) or a romanised Hindi one (``Latn``, not ``Deva``).

``script_of`` returns an ISO 15924 code, counting letters only: digits,
punctuation, spaces, emoji and combining marks (Unicode's Common and Inherited
scripts) are ignored, so "ẹ̀" counts once as Latin. East Asian writing is named
the way CLDR names the script a language is written in:

- Han with any kana is ``Jpan`` (Japanese mixes Han, hiragana and katakana in
  almost every sentence); kana alone is ``Jpan`` too;
- Hangul, with or without Han, is ``Kore``;
- Han alone is ``Hani`` (simplified and traditional Chinese are one script).

Speed matters because import calls this once per row. The Unicode Script
property (from ``unicodedataplus``, which follows the current Unicode version)
is compiled once into a table of one character per code point, and from it one
regular expression per script that finds a letter of any *other* script. Most
texts are in one script, so one C-speed search settles them; only mixed texts
are counted letter by letter (``str.translate`` over the table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import unicodedataplus

# Scripts that do not tell which writing system a text is in.
_IGNORED_SCRIPTS = frozenset({"Common", "Inherited", "Unknown"})
_IGNORED = "\0"

# Scripts that merge into one East Asian writing system before choosing.
_HAN, _HIRAGANA, _KATAKANA, _HANGUL = "Hani", "Hira", "Kana", "Hang"
_EAST_ASIAN = frozenset({_HAN, _HIRAGANA, _KATAKANA, _HANGUL})
_EAST_ASIAN_GROUP = "east-asian"

# Plain ASCII text (most English) is settled without the table.
_ASCII_LETTER = re.compile("[A-Za-z]")


@dataclass(frozen=True)
class _ScriptTable:
    """The Script property of every code point, in forms that C code can search."""

    marks: str  # one character per code point; its ordinal indexes ``codes``
    codes: tuple[str, ...]  # ISO 15924 codes; codes[0] is unused (ignored scripts)
    runs: tuple[tuple[int, int, str], ...]  # (first, last, mark) for each run of one mark


def script_of(text: str) -> str | None:
    """Return the ISO 15924 code of the script most letters of ``text`` are in, or None.

    None means the text has no letters at all (empty, digits, punctuation, emoji).
    """
    if text.isascii():
        return "Latn" if _ASCII_LETTER.search(text) else None
    table = _script_table()
    first = _first_letter().search(text)
    if first is None:
        return None
    code = table.codes[ord(table.marks[ord(first.group())])]
    group = _EAST_ASIAN_GROUP if code in _EAST_ASIAN else code
    if _other_script_letter(group).search(text, first.end()) is None:
        if group == _EAST_ASIAN_GROUP:
            return _east_asian_name(text)
        return code
    return _count_scripts(text, table)


def script_codes() -> frozenset[str]:
    """Every ISO 15924 code ``script_of`` can return."""
    codes = set(_script_table().codes[1:]) - _EAST_ASIAN
    return frozenset(codes | {"Jpan", "Kore", _HAN})


def _count_scripts(text: str, table: _ScriptTable) -> str:
    """Count letters per script for a mixed text and name the dominant writing system."""
    letters = text.translate(table.marks).replace(_IGNORED, "")
    # dict.fromkeys keeps first-seen order, so ties go to the script seen first.
    counts = {table.codes[ord(mark)]: letters.count(mark) for mark in dict.fromkeys(letters)}
    east_asian = {code: n for code, n in counts.items() if code in _EAST_ASIAN}
    others = {code: n for code, n in counts.items() if code not in _EAST_ASIAN}
    if east_asian and sum(east_asian.values()) >= max(others.values(), default=0):
        hangul = east_asian.get(_HANGUL, 0)
        kana = east_asian.get(_HIRAGANA, 0) + east_asian.get(_KATAKANA, 0)
        if hangul and hangul >= kana:
            return "Kore"
        return "Jpan" if kana else _HAN
    return max(others, key=others.__getitem__)


def _east_asian_name(text: str) -> str:
    """Name a text written only in Han, kana and Hangul."""
    has_hangul = _letters_of(frozenset({_HANGUL})).search(text) is not None
    has_kana = _letters_of(frozenset({_HIRAGANA, _KATAKANA})).search(text) is not None
    if has_hangul and has_kana:
        return _count_scripts(text, _script_table())
    if has_hangul:
        return "Kore"
    return "Jpan" if has_kana else _HAN


@lru_cache(maxsize=1)
def _script_table() -> _ScriptTable:
    """Read the Script property of all 1,114,112 code points once (about a third of a second)."""
    aliases = unicodedataplus.property_value_aliases["script"]
    index: dict[str, str] = {}
    codes = [""]
    marks = []
    for code_point in range(0x110000):
        name = unicodedataplus.script(chr(code_point))
        if name in _IGNORED_SCRIPTS:
            marks.append(_IGNORED)
            continue
        mark = index.get(name)
        if mark is None:
            mark = index[name] = chr(len(codes))
            codes.append(aliases[name][0])
        marks.append(mark)
    text = "".join(marks)
    runs = tuple(
        (run.start(), run.end() - 1, run.group()[0]) for run in re.finditer(r"(.)\1*", text, re.S)
    )
    return _ScriptTable(marks=text, codes=tuple(codes), runs=runs)


def _character_class(marks: frozenset[str]) -> str:
    """A regex character-class body covering the code points whose mark is in ``marks``."""
    parts = []
    for first, last, mark in _script_table().runs:
        if mark in marks:
            low = re.escape(chr(first))
            parts.append(low if first == last else f"{low}-{re.escape(chr(last))}")
    return "".join(parts)


def _marks_for(codes: frozenset[str]) -> frozenset[str]:
    """The table marks of the given ISO 15924 codes."""
    table = _script_table()
    return frozenset(chr(i) for i, code in enumerate(table.codes) if i and code in codes)


@lru_cache(maxsize=1)
def _first_letter() -> re.Pattern[str]:
    """Finds the first character that belongs to a script (not Common or Inherited)."""
    return re.compile(f"[^{_character_class(frozenset({_IGNORED}))}]")


@lru_cache(maxsize=256)
def _other_script_letter(group: str) -> re.Pattern[str]:
    """Finds a letter of any script outside ``group`` (a code, or all of East Asia)."""
    codes = _EAST_ASIAN if group == _EAST_ASIAN_GROUP else frozenset({group})
    allowed = _marks_for(codes) | {_IGNORED}
    return re.compile(f"[^{_character_class(allowed)}]")


@lru_cache(maxsize=4)
def _letters_of(codes: frozenset[str]) -> re.Pattern[str]:
    """Finds a letter of one of the given scripts."""
    return re.compile(f"[{_character_class(_marks_for(codes))}]")
