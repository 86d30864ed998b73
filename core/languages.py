"""Language codes: one spelling per language, whatever the source wrote.

Instructions arrive labelled in many ways: ISO 639-1 (``sw``), ISO 639-3 (``swh``),
ISO 639-2/B (``fre``), BCP-47 tags (``pt-BR``), English names as LMSYS-Chat and
Aya give them (``Portuguese``, ``Standard Arabic``), names in the language itself
(``Kiswahili``) and language-identifier labels (``__label__swh``, ``swh_Latn``).
Handloom stores one code per language so that filters, counts and dataset cards
agree: ISO 639-1 where the language has one, else ISO 639-3.

Rules beyond plain lookup, so that a model's label and a person's label meet:

- Script and region are dropped (``zh-Hant`` -> ``zh``, ``sr-Latn`` -> ``sr``);
  the script is stored separately (see ``core.curate.scripts``).
- An individual language that belongs to a macrolanguage with a code of its own is
  stored as the macrolanguage (``swh`` -> ``sw``, ``quy`` -> ``qu``, ``arb`` ->
  ``ar``, ``cmn`` -> ``zh``), following the IANA registry. A member that has its
  own two-letter code keeps it (``id`` stays ``id``, ``nn`` stays ``nn``).
- Two CLDR spellings are overridden so that a person's label and an identifier's
  label agree: Filipino (``fil``) is stored as Tagalog (``tl``), the ISO 639-1
  code identifiers emit for it, and Norwegian Bokmål (``nb``), nine in ten
  written Norwegian texts, as Norwegian (``no``), which CLD2 and fastText emit.
- Serbo-Croatian as one language (``sh``, ``hbs``) is stored as ``sh``, not as
  Serbian (langcodes' reading of the deprecated ``sh``): a text labelled so may be
  Croatian, Bosnian or Serbian. ``hr``, ``bs``, ``sr`` and Montenegrin (``cnr``)
  keep their own codes.

What folding loses is kept as the *variant* (``language_variant``): the member of a
macrolanguage (Kurdish ``kmr``/``ckb``/``sdh`` -> ``ku``; ``nb`` -> ``no``; ``yue``
-> ``zh``) or the script a tag names (``zh-Hant``, ``zh-TW`` -> ``Hant``; ``sr-Latn``
-> ``Latn``). An identifier's answer gets its variant from the text's script where
the script decides it (Kurdish in Arabic letters is Sorani, in Latin letters
Kurmanji).
- "Undetermined", "multiple", "no linguistic content" and private-use codes are
  not languages: they normalise to ``None``.

The tables come from ``langcodes`` and ``language_data`` (IANA subtag registry
and CLDR names), not from hand-written lists. Lookups are cached because import
normalises one label per row.
"""

from __future__ import annotations

from functools import lru_cache

from langcodes import Language, LanguageTagError
from langcodes import find as find_language_by_name
from langcodes.data_dicts import LANGUAGE_ALPHA3, MACROLANGUAGES

from core.errors import HandloomError

# Codes that are valid BCP-47 but say "no particular language".
_NOT_A_LANGUAGE = frozenset({"und", "mul", "mis", "zxx"})

# Where Handloom stores another code than CLDR would (see the module docstring).
_PREFERRED = {"fil": "tl", "nb": "no", "hbs": "sh"}

# Members that are the macrolanguage's usual written form: no variant worth keeping.
_PLAIN_MEMBERS = frozenset({"cmn", "arb", "swh", "pes", "zsm", "ekk", "lvs", "khk", "uzn"})

# Chinese regions that write in traditional or simplified characters.
_HAN_SCRIPT_OF_REGION = {"TW": "Hant", "HK": "Hant", "MO": "Hant", "CN": "Hans", "SG": "Hans"}

_SCRIPT_OF_MODIFIER = {"latin": "Latn", "cyrillic": "Cyrl"}

# Where the script alone tells a macrolanguage's member apart.
_MEMBER_OF_SCRIPT = {("ku", "Latn"): "kmr", ("ku", "Arab"): "ckb"}


class UnknownLanguageError(HandloomError):
    """A code or name that no language table knows."""

    def __init__(self, value: str) -> None:
        self.value = value
        super().__init__(f"“{value}” is not a language code or language name Handloom knows.")


@lru_cache(maxsize=16384)
def normalise_language(value: str) -> str | None:
    """Return Handloom's code for a language code, tag, label or name, or None if unknown.

    Cached: the same few hundred labels repeat across a million imported rows.
    """
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        return None
    code = _from_code(text)
    if code is None:
        code = _from_name(text)
    return code


@lru_cache(maxsize=1024)
def language_names(code: str) -> tuple[str, str]:
    """Return (English name, name in the language itself) for a code or name.

    Used for menus and dataset cards, where a community should see its own name
    for its language ("Kiswahili", "አማርኛ") beside the English one.
    """
    normal = normalise_language(code)
    if normal is None:
        raise UnknownLanguageError(code)
    language = Language.get(normal, normalize=False)
    return language.display_name(), language.autonym()


def language_choices(extra: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """(code, English name, own name) for every language with a two-letter code, plus the
    codes in ``extra`` (a project's own languages), ordered by English name.

    For menus where a person picks a language: each appears once, under the code Handloom
    stores (so "nb" appears as "no" and "iw" not at all). Takes a third of a second the
    first time (the name tables are loaded), so the window asks for it in the background.
    """
    codes: dict[str, None] = {}
    for value in (*(c for c in LANGUAGE_ALPHA3 if len(c) == 2), *extra):
        code = normalise_language(value)
        if code is not None:
            codes[code] = None
    choices = [(code, *language_names(code)) for code in codes]
    return sorted(choices, key=lambda c: (c[1].casefold(), c[0]))


@lru_cache(maxsize=4096)
def language_variant(value: str, script: str | None = None) -> str | None:
    """What folding ``value`` into Handloom's code drops and a community would miss.

    The member of a macrolanguage (``kmr``, ``ckb``, ``nb``, ``yue``) or the script a tag
    names (``zh-Hant``, ``sr-Latn``, ``zh-TW`` -> ``Hant``); None when nothing is lost.
    ``script`` (ISO 15924, from the text) decides where a bare macrolanguage code leaves
    it open: Kurdish in Latin letters is Kurmanji, in Arabic letters Sorani.
    """
    text = value.strip() if isinstance(value, str) else ""
    code = normalise_language(text) if text else None
    if code is None:
        return None
    modifier = text.partition("@")[2].lower()
    if modifier in _SCRIPT_OF_MODIFIER:  # POSIX locales: sr@latin, uz@cyrillic
        return _SCRIPT_OF_MODIFIER[modifier]
    if code == "sh":  # the whole of Serbo-Croatian: nothing narrower to keep
        return None
    language = _parse_tag(text)
    if language is not None and language.language:
        bare = language.language.lower()
        if language.script:
            return str(language.script)
        if code == "zh" and language.territory in _HAN_SCRIPT_OF_REGION:
            return _HAN_SCRIPT_OF_REGION[language.territory]
        if bare == "nb" or (len(bare) == 3 and bare != code and bare not in _PLAIN_MEMBERS):
            return bare
    return script_variant(code, script)


def script_variant(code: str | None, script: str | None) -> str | None:
    """The member a code's script tells (``ku`` in Arabic letters is ``ckb``), or None.

    A dictionary lookup: the import asks it for every identified row."""
    return _MEMBER_OF_SCRIPT.get((code, script)) if code and script else None


def _parse_tag(text: str) -> Language | None:
    """``text`` as a BCP-47 tag (also POSIX locales and fastText labels), or None."""
    tag = text.removeprefix("__label__")
    tag = tag.split(".", 1)[0].split("@", 1)[0].replace("_", "-")
    if not tag or not tag.isascii():
        return None
    try:
        language = Language.get(tag)
    except (LanguageTagError, ValueError):
        return None
    return language if language.is_valid() else None


def _from_code(text: str) -> str | None:
    """Read ``text`` as a language code or tag (BCP-47, POSIX locale, fastText label)."""
    tag = text.removeprefix("__label__").split(".", 1)[0].split("@", 1)[0].replace("_", "-")
    if tag.lower() in ("sh", "hbs"):  # langcodes reads the deprecated "sh" as Serbian
        return "sh"
    language = _parse_tag(text)
    return None if language is None else _fold(language.language)


def _from_name(text: str) -> str | None:
    """Read ``text`` as a language name in English or in the language itself."""
    if "\x00" in text:  # never in a name; with a character past U+FFFF it crashes marisa-trie
        return None
    try:
        language = find_language_by_name(text)
    except (LookupError, LanguageTagError, ValueError):
        return None
    return _fold(language.language)


def _fold(code: str | None) -> str | None:
    """Apply Handloom's storage rules to a bare language subtag."""
    if code is None:
        return None
    code = code.lower()
    if (
        not (2 <= len(code) <= 3 and code.isalpha())
        or code in _NOT_A_LANGUAGE
        or _is_private_use(code)
    ):
        return None
    if len(code) == 3:
        code = MACROLANGUAGES.get(code, code)
    return _PREFERRED.get(code, code)


def _is_private_use(code: str) -> bool:
    """True for the ISO 639 private-use range qaa-qtz, which means nothing shared."""
    return len(code) == 3 and code[0] == "q" and "a" <= code[1] <= "t"
