"""Build big projects fast by inserting rows directly (the FTS trigger fills the index).

Used by the lazy-model test (50k rows) and the Curate page benchmark (a million rows).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from core.curate.dedup import duplicate_key
from core.store.ids import new_id, now
from core.store.project import Project

# Short, realistic instructions per language: (code, script, templates).
SAMPLES: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "en",
        "Latn",
        (
            "How do I cook {w} for {n} people?",
            "Write a short poem about {w}.",
            "Explain why {w} matters to farmers in region {n}.",
        ),
    ),
    ("sw", "Latn", ("Eleza jinsi ya kupika {w} kwa watu {n}.", "Andika shairi fupi kuhusu {w}.")),
    ("yo", "Latn", ("Báwo ni mo ṣe lè se {w} fún ènìyàn {n}?",)),
    ("ar", "Arab", ("كيف أطبخ {w} لـ {n} أشخاص؟", "اكتب قصيدة قصيرة عن {w}.")),
    ("he", "Hebr", ("איך מבשלים {w} עבור {n} אנשים?",)),
    ("am", "Ethi", ("{w} እንዴት ይዘጋጃል? ለ{n} ሰዎች",)),
    ("hi", "Deva", ("{n} लोगों के लिए {w} कैसे बनाएं?",)),
    ("es", "Latn", ("¿Cómo cocino {w} para {n} personas?", "Escribe un poema corto sobre {w}.")),
    ("fr", "Latn", ("Comment préparer {w} pour {n} personnes ?",)),
    ("zh", "Hans", ("如何为{n}个人做{w}？",)),
]
WORDS = (
    "rice",
    "ugali",
    "cassava",
    "injera",
    "couscous",
    "beans",
    "maize",
    "plantain",
    "lentils",
    "sorghum",
    "millet",
    "yam",
    "okra",
    "teff",
    "peanuts",
    "coffee",
)

_INSERT = (
    "INSERT INTO instructions(id, text, language, language_origin, script, source_id, "
    "source_line, status, created_by, created_at, dup_key) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)


def fill_project(path: Path, count: int) -> Path:
    """Create a project at ``path`` holding ``count`` instructions in ten languages.

    The full-text index is built once at the end ('rebuild') rather than by the insert
    trigger row by row, which is about fifteen times slower; the trigger is then restored.
    """
    project = Project.create(path)
    conn = project.conn
    # A bulk build wants a big page cache (ids and duplicate keys are random) and no fsyncs.
    conn.execute("PRAGMA cache_size = -1000000")
    conn.execute("PRAGMA synchronous = OFF")
    trigger = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'instructions_fts_insert'"
    ).fetchone()[0]
    stamp = now()
    source_id = new_id()
    with project.write():
        conn.execute("DROP TRIGGER instructions_fts_insert")
        conn.execute(
            "INSERT INTO sources(id, name, location, format, state, rows_imported, created_by, "
            "created_at) VALUES (?, 'bulk.jsonl', ?, 'jsonl', 'done', ?, 'bench', ?)",
            [source_id, str(path.with_suffix(".jsonl")), count, stamp],
        )
    templates = [(code, script, t) for code, script, ts in SAMPLES for t in ts]
    cycle = itertools.cycle(templates)
    batch: list[tuple[object, ...]] = []
    for line in range(1, count + 1):
        code, script, template = next(cycle)
        text = template.format(w=WORDS[line % len(WORDS)], n=line)
        row = (new_id(), text, code, "source", script, source_id, line, "included", "bench")
        batch.append((*row, stamp, duplicate_key(text)))
        if len(batch) >= 100_000 or line == count:
            with project.write():
                conn.executemany(_INSERT, batch)
            batch = []
    with project.write():
        conn.execute("INSERT INTO instructions_fts(instructions_fts) VALUES ('rebuild')")
        conn.execute(trigger)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()
    return path


def project_with(path: Path, texts: list[tuple[str, str | None, str | None]]) -> Path:
    """Create a project at ``path`` holding ``(text, language, script)`` rows, in order."""
    project = Project.create(path)
    stamp = now()
    source_id = new_id()
    with project.write() as conn:
        conn.execute(
            "INSERT INTO sources(id, name, location, format, state, rows_imported, created_by, "
            "created_at) VALUES (?, 'hand-made.jsonl', ?, 'jsonl', 'done', ?, 'tests', ?)",
            [source_id, str(path.with_suffix(".jsonl")), len(texts), stamp],
        )
        conn.executemany(
            _INSERT,
            [
                (
                    new_id(),
                    text,
                    language,
                    "source",
                    script,
                    source_id,
                    i,
                    "included",
                    "tests",
                    stamp,
                    duplicate_key(text),
                )
                for i, (text, language, script) in enumerate(texts, start=1)
            ],
        )
    project.close()
    return path
