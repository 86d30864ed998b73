"""Refresh the translation sources: ``python -m tools.i18n_tool`` (``make translations-update``).

Runs pyside6-lupdate over every ``app/**/*.py`` (and ``core/stages.py``, for the job names
it marks) into ``resources/i18n/handloom_xx.ts`` for each interface language. Existing
translations are kept; a new string arrives untranslated (the report then names it) and a
string no longer in the code is dropped.
``--compile`` also writes the ``.qm`` files (what ``make translations`` does).

To translate what is missing without Qt Linguist: ``--todo xx`` prints a JSON object of
the untranslated strings (each mapped to "", a plural string ``%Ln row(s)`` to a list with
one "" per plural form of the language, in Qt's order), and ``--fill xx FILE.json`` writes
the translations from such an object, filled in, into ``handloom_xx.ts`` (a translation
whose placeholders differ from its source's is refused and named). ``handloom_en.ts``
holds only the plural strings, for English's "1 row" and "2 rows".
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from app.shell.i18n import SOURCE_LANGUAGE, TRANSLATED, compile_translations, i18n_dir, ts_path

ROOT = Path(__file__).resolve().parent.parent


# core's files whose words the window shows: each job kind's name (core.stages.JobKind),
# marked with core's own QT_TRANSLATE_NOOP.
CORE_SOURCES = ("core/stages.py",)


def sources(root: Path = ROOT) -> list[Path]:
    """Every Python file with words the window translates: the window's, then core's few,
    in a stable order."""
    window = sorted(p for p in (root / "app").rglob("*.py") if "__pycache__" not in p.parts)
    return window + [root / name for name in CORE_SOURCES]


def lupdate() -> str:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(here) if here.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate is not installed (it comes with PySide6).")
    return found


def extract(targets: list[Path], root: Path = ROOT, plurals_only: bool = False) -> None:
    """Update each ``.ts`` in ``targets`` with the strings now in the sources (only the
    plural ones for English, whose catalogue holds just their forms)."""
    files = [str(p.relative_to(root)) for p in sources(root)]
    command = [lupdate(), "-silent", "-no-obsolete", "-locations", "none", *files, "-ts"]
    if plurals_only:
        command[1:1] = ["-source-language", "en", "-target-language", "en"]
    kept = {target: _plural_translations(target) for target in targets}
    subprocess.run([*command, *map(str, targets)], check=True, cwd=root,
                   capture_output=True, text=True, timeout=600)
    for target in targets:
        _keep_plurals(target, kept[target], plurals_only)


_CONTEXT = re.compile(r"(<context>\s*<name>(.*?)</name>)(.*?)(</context>)", re.S)
_MESSAGE = re.compile(r"<message[^>]*>.*?</message>", re.S)
_TRANSLATION = re.compile(r"<translation[^>]*/>|<translation[^>]*>.*?</translation>", re.S)
_COUNT = re.compile(r"%L?n")


def _plural_translations(path: Path) -> dict[tuple[str, str], str]:
    """Each plural message's (context, source) and its translation element, as stored."""
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in _CONTEXT.finditer(path.read_text(encoding="utf-8")):
        for message in _MESSAGE.finditer(context.group(3)):
            block = message.group(0)
            source = re.search(r"<source>(.*?)</source>", block, re.S)
            translation = _TRANSLATION.search(block)
            if 'numerus="yes"' in block.split(">", 1)[0] and source and translation:
                found[(context.group(2), source.group(1))] = translation.group(0)
    return found


def _keep_plurals(path: Path, kept: dict[tuple[str, str], str], only: bool = False) -> None:
    """Mark every message with a count (%n, %Ln) as plural again, with its stored forms.

    PySide6 6.11's lupdate sees the count of ``self.tr(text, None, n)`` but not of
    ``QCoreApplication.translate(context, text, None, n)``, and writes such a message as a
    singular one with its first form; at run time Qt then has no forms to choose from (and
    its ``-pluralonly`` leaves such messages out). ``only`` drops every other message."""
    text = path.read_text(encoding="utf-8")
    forms = max((b.count("<numerusform") for b in kept.values()), default=1) or 1
    empty = ('<translation type="unfinished">' + "<numerusform></numerusform>" * forms
             + "</translation>")

    def context(match: re.Match[str]) -> str:
        name = match.group(2)

        def message(found: re.Match[str]) -> str:
            block = found.group(0)
            head = block.split(">", 1)[0]
            source = re.search(r"<source>(.*?)</source>", block, re.S)
            if 'numerus="yes"' in head:
                return block
            if not source or not _COUNT.search(source.group(1)):
                return "" if only else block
            translation = kept.get((name, source.group(1)), empty)
            block = block.replace("<message", '<message numerus="yes"', 1)
            return _TRANSLATION.sub(lambda _: translation, block, count=1)

        messages = _MESSAGE.sub(message, match.group(3))
        if only and "<message" not in messages:
            return ""
        return match.group(1) + messages + match.group(4)

    text = _CONTEXT.sub(context, text)
    if only:  # no blank lines where messages and contexts were dropped
        text = re.sub(r"\n\s*\n", "\n", text)
    path.write_text(text, encoding="utf-8")


def todo(code: str) -> dict[str, str | list[str]]:
    """The untranslated strings of ``code``'s ``.ts``, each mapped to "" (a plural message
    to a list with one "" per form of the language, to fill in order)."""
    from tools.i18n_report import plural_forms, read_ts

    plurals = plural_forms(ts_path(code))
    missing: dict[str, str | list[str]] = {}
    for _, source, tr in read_ts(ts_path(code)):
        if tr is None:
            missing[source] = [f or "" for f in plurals[source]] if source in plurals else ""
    return missing


def fill(code: str, translations: dict[str, Any]) -> tuple[int, list[str]]:
    """Write ``translations`` (source → text, or → its plural forms in order) into
    ``code``'s ``.ts``; (written, refused)."""
    from tools.i18n_report import placeholders

    def kept(source: str, text: str | list[str]) -> bool:
        forms = text if isinstance(text, list) else [text]
        return all(placeholders(source) == placeholders(f) for f in forms)

    refused = [s for s, t in translations.items() if t and not kept(s, t)]
    usable = {s: t for s, t in translations.items()
              if t and s not in refused and (not isinstance(t, list) or all(t))}
    path = ts_path(code)
    written = 0

    def escape(text: str) -> str:
        return html.escape(text, quote=True).replace("&#x27;", "&apos;")

    def one(message: re.Match[str]) -> str:
        nonlocal written
        block = message.group(0)
        found = re.search(r"<source>(.*?)</source>", block, re.S)
        source = html.unescape(found.group(1)) if found else ""
        if source not in usable:
            return block
        written += 1
        text = usable[source]
        element = "<translation>" + (
            "".join(f"<numerusform>{escape(f)}</numerusform>" for f in text)
            if isinstance(text, list) else escape(text)) + "</translation>"
        return re.sub(r"<translation[^>]*/>|<translation[^>]*>.*?</translation>",
                      lambda _: element, block, count=1, flags=re.S)

    text = re.sub(r"<message[^>]*>.*?</message>", one, path.read_text(encoding="utf-8"), flags=re.S)
    path.write_text(text, encoding="utf-8")
    return written, refused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n_tool", description=__doc__)
    parser.add_argument("--compile", action="store_true", help="also compile the .qm files")
    parser.add_argument("--todo", metavar="CODE", help="print CODE's untranslated strings")
    parser.add_argument("--fill", nargs=2, metavar=("CODE", "FILE"),
                        help="write the translations of a JSON object into CODE's .ts")
    args = parser.parse_args(argv)
    if args.todo:
        print(json.dumps(todo(args.todo), ensure_ascii=False, indent=1))
        return 0
    if args.fill:
        code, file = args.fill
        written, refused = fill(code, json.loads(Path(file).read_text(encoding="utf-8")))
        print(f"{written} messages translated in {ts_path(code).name}")
        for source in refused:
            print(f"refused (placeholders differ): {source!r}")
        return 1 if refused else 0
    i18n_dir().mkdir(parents=True, exist_ok=True)
    targets = [ts_path(code) for code in TRANSLATED]
    extract(targets)
    extract([ts_path(SOURCE_LANGUAGE)], plurals_only=True)
    for target in [*targets, ts_path(SOURCE_LANGUAGE)]:
        print(f"updated {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    if args.compile:
        for qm in compile_translations():
            print(f"compiled {qm.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
