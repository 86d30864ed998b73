"""Real multilingual text that none of us wrote: the translated messages of the programs
installed on this machine (``/usr/share/locale/*/LC_MESSAGES/*.mo``, written by the
translation teams of GNU, GNOME, KDE, Debian… for about a hundred languages).

Mostly short interface sentences, the hard case for language identification. Each
language's messages are shuffled with a fixed seed and cut in two halves that share no
sentence: ``TUNING`` (60 per language; the per-language thresholds of
``core.curate.neighbours`` were chosen on it) and ``REPORT`` (15 per language; what the
benchmark reports). English comes from the same catalogues' source strings (``msgid``).

Only messages of three words and 20 characters or more are kept, with format
placeholders, markup and keyboard accelerators removed; the catalogues of language,
country and currency names (iso-codes), keyboard layouts and time zones are left out
(names, not sentences). Nothing is downloaded.
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
SEED = 21

_NAME_CATALOGUES = re.compile(r"^(iso_|iso-codes|xkeyboard|tzdata|libc)")
_PLACEHOLDER = re.compile(
    r"%[-+ #0]*\d*(?:\.\d+)?[sdiufgxXcpl]|%\(\w+\)[sd]|\{[^}]*\}|\$\{?\w+\}?|<[^>]+>|&\w+;"
)

Rows = list[tuple[str, str]]  # (language code, sentence)


def _clean(message: str) -> str | None:
    text = _PLACEHOLDER.sub(" ", message.replace("_", "").replace("&", "").replace("\\n", " "))
    text = " ".join(text.split())
    return text if len(text) >= 20 and len(text.split()) >= 3 else None


def messages(locale: Path = LOCALE) -> dict[str, dict[str, str]]:
    """{language code: {sentence: catalogue}} from every .mo file under ``locale``."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
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
            for source, translated in catalog.items():
                if isinstance(source, tuple):  # a plural form: (msgid, n)
                    source = source[0]
                if not source or not isinstance(translated, str) or translated == source:
                    continue
                for language, raw in ((code, translated), ("en", source)):
                    text = _clean(raw)
                    if text is not None:
                        found[language].setdefault(text, mo.stem)
    return found


def halves(locale: Path = LOCALE) -> tuple[Rows, Rows]:
    """(report, tuning) rows for every language with enough messages for both halves."""
    report: Rows = []
    tuning: Rows = []
    need = REPORT_PER_LANGUAGE + TUNING_PER_LANGUAGE
    for code, sentences in sorted(messages(locale).items()):
        texts = sorted(sentences)
        if len(texts) < need // 1.5:  # at least 50: a full report half and most of a tuning one
            continue
        random.Random(f"{SEED}-{code}").shuffle(texts)
        report += [(code, t) for t in texts[:REPORT_PER_LANGUAGE]]
        tuning += [(code, t) for t in texts[REPORT_PER_LANGUAGE:need]]
    return report, tuning
