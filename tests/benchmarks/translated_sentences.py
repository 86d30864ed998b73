"""Real multilingual text that none of us wrote: the translated messages of the programs
installed on this machine (``/usr/share/locale/*/LC_MESSAGES/*.mo``, written by the
translation teams of GNU, GNOME, KDE, Debian… for about a hundred languages).

Mostly short interface sentences, the hard case for language identification. Only
messages of three words and 20 characters or more are kept, with format placeholders,
markup and keyboard accelerators removed; the catalogues of language, country and
currency names (iso-codes), keyboard layouts and time zones are left out (names, not
sentences). English comes from the same catalogues' source strings (``msgid``). Nothing
is downloaded.

**Split by catalogue, not by sentence.** Handloom's own n-gram model
(``core.curate.ngram_model``, built by ``tools/build_language_model.py``) learns from
these catalogues too, and sentences of one catalogue share words, so the benchmark and
the model never read the same catalogue:

- per language, the catalogues are grouped by program (``gtk20`` and
  ``gtk20-properties`` are one, so are binutils' ``bfd``, ``ld``, ``gas``…) and the
  smallest programs, in that order, are *held out* until they hold at least
  ``HELD_OUT_AT_LEAST`` sentences; the benchmark reads only those (``halves``);
- the model trains on the other programs' sentences (``training_sentences``), less any
  sentence that also appears, in any language, among the held-out ones.

A language with a single program (Kashubian, Turkmen, Old English here) is held out
whole: the model never learns it. The held-out sentences of each language are shuffled
with a fixed seed and cut in two halves that share no sentence: ``REPORT`` (15 per
language; what the benchmark reports) and ``TUNING`` (up to 60; the per-language
thresholds of ``core.curate.neighbours`` were chosen on it).
"""

from __future__ import annotations

import gettext
import random
import re
from collections import defaultdict
from pathlib import Path

from core.languages import normalise_language

LOCALE = Path("/usr/share/locale")
REPORT_PER_LANGUAGE = 15
TUNING_PER_LANGUAGE = 60
HELD_OUT_AT_LEAST = 50  # a full report half and most of a tuning one
SEED = 21

_NAME_CATALOGUES = re.compile(r"^(iso_|iso-codes|xkeyboard|tzdata|libc)")
_PLACEHOLDER = re.compile(
    r"%[-+ #0]*\d*(?:\.\d+)?[sdiufgxXcpl]|%\(\w+\)[sd]|\{[^}]*\}|\$\{?\w+\}?|<[^>]+>|&\w+;"
)
# Catalogues of one program (one translation team, shared words) count as one.
_PROGRAMS = {
    "gtk20-properties": "gtk20", "gtk30-properties": "gtk30", "gtk40-properties": "gtk40",
    "libapt-pkg6.0": "apt", "python-apt": "apt", "apt-utils": "apt",
    "bfd": "binutils", "ld": "binutils", "gold": "binutils", "gas": "binutils",
    "gprof": "binutils", "opcodes": "binutils", "gprofng": "binutils",
    "gettext-runtime": "gettext", "gettext-tools": "gettext", "wget-gnulib": "wget",
}

Rows = list[tuple[str, str]]  # (language code, sentence)
Programs = dict[str, dict[str, set[str]]]  # language code -> program -> sentences


def _clean(message: str) -> str | None:
    text = _PLACEHOLDER.sub(" ", message.replace("_", "").replace("&", "").replace("\\n", " "))
    text = " ".join(text.split())
    return text if len(text) >= 20 and len(text.split()) >= 3 else None


def program_of(catalogue: str) -> str:
    """The program a catalogue (a .mo file's name) translates."""
    return _PROGRAMS.get(catalogue, catalogue)


def programs(locale: Path = LOCALE) -> Programs:
    """{language code: {program: sentences}} from every .mo file under ``locale``."""
    found: Programs = defaultdict(lambda: defaultdict(set))
    for folder in sorted(locale.iterdir()) if locale.is_dir() else []:
        code = normalise_language(folder.name)
        if not code or code == "en":  # en_GB and friends: English is read from the msgids
            continue
        for mo in sorted((folder / "LC_MESSAGES").glob("*.mo")):
            if _NAME_CATALOGUES.match(mo.stem):
                continue
            try:
                with mo.open("rb") as f:
                    catalog = gettext.GNUTranslations(f)._catalog  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 (gettext raises anything on an odd header)
                continue
            program = program_of(mo.stem)
            for source, translated in catalog.items():
                if isinstance(source, tuple):  # a plural form: (msgid, n)
                    source = source[0]
                if not source or not isinstance(translated, str) or translated == source:
                    continue
                for language, raw in ((code, translated), ("en", source)):
                    text = _clean(raw)
                    if text is not None:
                        found[language][program].add(text)
    return found


def held_out(found: Programs) -> dict[str, set[str]]:
    """Per language, the sentences of its smallest programs, at least ``HELD_OUT_AT_LEAST``
    of them (all of a language's sentences when it has no more)."""
    kept: dict[str, set[str]] = {}
    for code, by_program in found.items():
        sentences: set[str] = set()
        for program in sorted(by_program, key=lambda p: (len(by_program[p]), p)):
            if len(sentences) >= HELD_OUT_AT_LEAST:
                break
            sentences |= by_program[program]
        kept[code] = sentences
    return kept


def training_sentences(locale: Path = LOCALE) -> dict[str, list[str]]:
    """Per language, the sentences of the programs the benchmark does not read, less every
    sentence held out in any language (sorted, so a build is repeatable)."""
    found = programs(locale)
    benchmark = held_out(found)
    everywhere = set().union(*benchmark.values()) if benchmark else set()
    return {
        code: sorted(set().union(*by_program.values()) - everywhere)
        for code, by_program in sorted(found.items())
    }


def halves(locale: Path = LOCALE) -> tuple[Rows, Rows]:
    """(report, tuning) rows, from the held-out programs only, for every language with at
    least ``HELD_OUT_AT_LEAST`` held-out sentences."""
    report: Rows = []
    tuning: Rows = []
    for code, sentences in sorted(held_out(programs(locale)).items()):
        texts = sorted(sentences)
        if len(texts) < HELD_OUT_AT_LEAST:
            continue
        random.Random(f"{SEED}-{code}").shuffle(texts)
        report += [(code, t) for t in texts[:REPORT_PER_LANGUAGE]]
        tuning += [(code, t) for t in texts[REPORT_PER_LANGUAGE:REPORT_PER_LANGUAGE + TUNING_PER_LANGUAGE]]
    return report, tuning
