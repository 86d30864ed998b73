"""Glossary terms: how a community wants certain words translated, every time.

A glossary is a two-column CSV (source term, target term), optionally with a header row.
Terms are stored per language pair in the project; the ones that occur in an instruction
are put into its translation prompt, longest first.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.curator import current_curator
from core.errors import ImportFileError
from core.store.ids import new_id, now
from core.store.project import Project

MAX_TERMS_IN_PROMPT = 20
_HEADER_WORDS = {"source", "source term", "source_term", "term", "from", "original"}
# Scripts written without spaces between words, where a term is matched anywhere.
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


@dataclass(frozen=True)
class GlossaryTerm:
    source_term: str
    target_term: str


def read_csv(path: Path | str) -> list[GlossaryTerm]:
    """Read a two-column glossary; a bad line raises ``ImportFileError`` naming it."""
    path = Path(path)
    try:
        content = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ImportFileError(path, None, "the glossary file does not exist.") from None
    except UnicodeDecodeError as e:
        line = content_line(path.read_bytes(), e.start)
        raise ImportFileError(path, line, "the glossary is not UTF-8 text.") from None
    first = content.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(content.splitlines(keepends=True), delimiter=delimiter, strict=True)
    terms: list[GlossaryTerm] = []
    try:
        for row in reader:
            line = reader.line_num
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) != 2:
                raise ImportFileError(
                    path,
                    line,
                    f"expected two columns (source term, target term) but found {len(row)}.",
                )
            source, target = row[0].strip(), row[1].strip()
            if not terms and source.lower() in _HEADER_WORDS:
                continue
            if not source or not target:
                which = "source" if not source else "target"
                raise ImportFileError(path, line, f"the {which} term is empty.")
            terms.append(GlossaryTerm(source, target))
    except csv.Error as e:
        raise ImportFileError(path, reader.line_num, f"not valid CSV: {e}.") from None
    if not terms:
        raise ImportFileError(path, None, "the glossary has no terms.")
    return terms


def content_line(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def save_terms(project: Project, terms: list[GlossaryTerm], source: str | None, target: str) -> int:
    """Add or update the pair's terms (a term already there gets the new translation)."""
    curator, stamp = current_curator(), now()
    with project.write() as conn:
        for term in terms:
            conn.execute(
                "DELETE FROM glossary_terms WHERE source_language IS ? AND target_language = ? "
                "AND source_term = ?",
                [source, target, term.source_term],
            )
            conn.execute(
                "INSERT INTO glossary_terms(id, source_language, target_language, source_term, "
                "target_term, created_by, created_at) VALUES (?,?,?,?,?,?,?)",
                [new_id(), source, target, term.source_term, term.target_term, curator, stamp],
            )
    return len(terms)


def import_csv(project: Project, path: Path | str, source: str | None, target: str) -> int:
    """Read a glossary file and store its terms for the pair; returns how many."""
    return save_terms(project, read_csv(path), source, target)


def terms(project: Project, source: str | None, target: str) -> list[GlossaryTerm]:
    """The pair's terms, plus terms stored for the target with no source language."""
    rows = project.conn.execute(
        "SELECT source_term, target_term FROM glossary_terms WHERE target_language = ? "
        "AND (source_language IS ? OR source_language IS NULL) ORDER BY source_term",
        [target, source],
    )
    return [GlossaryTerm(s, t) for s, t in rows]


def remove_term(project: Project, source: str | None, target: str, source_term: str) -> None:
    with project.write() as conn:
        conn.execute(
            "DELETE FROM glossary_terms WHERE source_language IS ? AND target_language = ? "
            "AND source_term = ?",
            [source, target, source_term],
        )


def terms_in(text: str, glossary: list[GlossaryTerm]) -> list[GlossaryTerm]:
    """The terms that occur in ``text`` as whole words (ignoring case), longest first."""
    found = [t for t in glossary if _pattern(t.source_term).search(text)]
    found.sort(key=lambda t: -len(t.source_term))
    return found[:MAX_TERMS_IN_PROMPT]


@lru_cache(maxsize=4096)
def _pattern(term: str) -> re.Pattern[str]:
    escaped = re.escape(term)
    if any(_unspaced(ch) for ch in term):
        return re.compile(escaped, re.IGNORECASE)
    return re.compile(rf"(?<!\w){escaped}(?!\w)", re.IGNORECASE)


def _unspaced(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(_UNSPACED)
