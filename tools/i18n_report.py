"""How much of the interface is translated: ``python -m tools.i18n_report``.

The strings are taken fresh from the sources (pyside6-lupdate into a temporary copy of
each ``.ts``), so a string added to ``app/`` and not yet translated counts as missing even
before ``python -m tools.i18n_tool`` has refreshed the files. Prints one row per language
and exits non-zero if any language is below 100 % (``--missing`` names the strings; a
translation whose placeholders differ from its source's counts as missing).
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from app.shell.i18n import LANGUAGES, TRANSLATED, ts_path

# "{0}", "{0:,}", "{text}", Qt's "%1", QProgressBar's "%v %m %p", and one "&" accelerator
# (an "&&" is a literal ampersand). A plural's count "%n"/"%Ln" is not counted: a language
# may say "one" for it ("صف واحد") instead of writing the number.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%(?:\d+|v|m|p)|&&|&(?=\S)")


def placeholders(text: str) -> list[str]:
    """The placeholders and accelerator marks of ``text``, sorted (order may change)."""
    return sorted(m for m in _PLACEHOLDER.findall(text) if m != "&&" and not m.endswith("n"))


@dataclass
class Coverage:
    """One language's state: strings in the sources, translated ones, and the rest."""

    code: str
    total: int = 0
    translated: int = 0
    missing: list[tuple[str, str]] = field(default_factory=list)  # (context, source)
    broken: list[tuple[str, str, str]] = field(default_factory=list)  # placeholders differ

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def read_ts(path: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None if unfinished) for each current message; a
    plural message (``%n``) gives one row per form of the language (Arabic has six)."""
    rows: list[tuple[str, str, str | None]] = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") in ("obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            unfinished = node is None or node.get("type") == "unfinished"
            if message.get("numerus") == "yes":
                forms = [f.text for f in node.iter("numerusform")] if node is not None else []
                rows += [(name, source, None if unfinished or not f else f)
                         for f in forms or [None]]
                continue
            finished = not unfinished and node is not None and node.text
            rows.append((name, source, node.text if finished and node is not None else None))
    return rows


def plural_forms(path: Path) -> dict[str, list[str | None]]:
    """Each plural message's source and its forms (None where a form is still empty)."""
    forms: dict[str, list[str | None]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        node = message.find("translation")
        if message.get("numerus") != "yes" or node is None:
            continue
        source = message.findtext("source") or ""
        forms[source] = [f.text or None for f in node.iter("numerusform")]
    return forms


def coverage(code: str, fresh: bool = True) -> Coverage:
    """How much of ``code`` is translated; ``fresh`` re-extracts the strings first."""
    from tools.i18n_tool import extract

    path = ts_path(code)
    result = Coverage(code)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        if path.exists():
            shutil.copyfile(path, copy)
        if fresh or not path.exists():
            extract([copy])
        for context, source, translation in read_ts(copy):
            result.total += 1
            if translation is None:
                result.missing.append((context, source))
            elif placeholders(source) != placeholders(translation):
                result.broken.append((context, source, translation))
            else:
                result.translated += 1
    return result


def report(codes: tuple[str, ...] = TRANSLATED, fresh: bool = True) -> list[Coverage]:
    return [coverage(code, fresh) for code in codes]


def table(results: list[Coverage]) -> str:
    lines = [f"{'language':<22} {'translated':>10} {'total':>6} {'percent':>8}"]
    for r in results:
        name = f"{r.code} {LANGUAGES.get(r.code, '')}"
        lines.append(f"{name:<22} {r.translated:>10} {r.total:>6} {r.percent:>7.1f}%")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n_report", description=__doc__)
    parser.add_argument("languages", nargs="*", help="codes to report (default: all)")
    parser.add_argument("--missing", action="store_true", help="list untranslated strings")
    parser.add_argument("--stored", action="store_true",
                        help="count the .ts files as they are, without extracting afresh")
    args = parser.parse_args(argv)
    codes = tuple(args.languages) or TRANSLATED
    results = report(codes, fresh=not args.stored)
    print(table(results))
    if args.missing:
        for r in results:
            for context, source in r.missing:
                print(f"{r.code}\tmissing\t{context}\t{html.escape(source)!r}")
            for context, source, translation in r.broken:
                print(f"{r.code}\tplaceholders\t{context}\t{source!r} -> {translation!r}")
    return 0 if all(r.percent >= 100.0 for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
