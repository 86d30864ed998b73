"""Import + exact dedup + language id of 1,000,000 JSONL instructions vs a raw insert.

The strongest simple alternative is ``sqlite_utils``' ``insert_all`` of the same rows into
a plain table in the same run. The issue's target: Handloom's import (reading, mapping,
normalising, language and script identification, duplicate keys, full-text index,
provenance) reaches at least a third of that raw insert rate.

A third line stores the rows in a project the way the import does (UUIDv7 keys, full-text
index, secondary indexes built at the end) with no labelling, to show how much of the gap is
keeping the rows rather than the language work.

Run with ``make bench`` (or ``pytest -m benchmark -s tests/benchmarks/bench_import.py``);
``HANDLOOM_BENCH_ROWS`` makes it smaller for a quick look.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import orjson
import pytest
import sqlite_utils

from core import jobs
from core.store.project import Project

ROWS = int(os.environ.get("HANDLOOM_BENCH_ROWS", "1000000"))

SEEDS = {
    "en": ["How do I {} my {} before the rains come?", "Write a short note about {} and {}."],
    "es": ["¿Cómo puedo {} mi {} antes de la lluvia?", "Escribe una nota corta sobre {} y {}."],
    "sw": ["Ninawezaje {} {} yangu kabla ya mvua?", "Andika barua fupi kuhusu {} na {}."],
    "fr": ["Comment puis-je {} mon {} avant la pluie ?", "Écris une courte note sur {} et {}."],
    "ja": [
        "雨の前に{}を{}するにはどうすればいいですか？",
        "{}と{}について短いメモを書いてください。",
    ],
}
WORDS = [
    "garden",
    "bicycle",
    "roof",
    "goats",
    "phone",
    "bread",
    "maize",
    "school",
    "river",
    "radio",
]


def _write_corpus(path: Path, rows: int) -> None:
    rng = random.Random(7)
    langs = list(SEEDS)
    with path.open("wb") as f:
        for i in range(rows):
            lang = langs[i % len(langs)]
            template = rng.choice(SEEDS[lang])
            text = template.format(rng.choice(WORDS), rng.choice(WORDS)) + f" ({i % 50_000})"
            f.write(orjson.dumps({"instruction": text}) + b"\n")


def _store_only(corpus: Path, path: Path) -> float:
    """Seconds to parse the file and store its rows in a project, with no labelling at all.

    Everything a project needs to hold the rows, done the way the import does it (the same
    bulk insert with its full-text index, the secondary indexes set aside and built at the
    end), but no language, script or duplicate key: those columns stay empty. It shows how
    much of the gap to the one-column insert is storing the row the project keeps.
    """
    from core.ingest.job import _COLUMNS
    from core.store import indexes
    from core.store.fulltext import bulk_insert
    from core.store.ids import new_id, now

    started = time.perf_counter()
    project = Project.create(path)
    with project.write() as conn:
        conn.execute(
            "INSERT INTO sources(id, name, location, format, state, created_by, created_at) "
            "VALUES ('source', 'instructions.jsonl', 'instructions.jsonl', 'jsonl', "
            "'importing', 'bench', ?)", [now()],
        )
        indexes.set_aside(conn)
    stamp = now()

    def store(batch: list[tuple[object, ...]]) -> None:
        with project.write() as conn:
            bulk_insert(conn, _COLUMNS, batch)

    with corpus.open("rb") as f:
        batch = []
        for line, raw in enumerate(f, 1):
            text = orjson.loads(raw)["instruction"]
            batch.append((new_id(), text, None, None, None, None, None, "source", line, None,
                          "CC0-1.0", None, None, None, None, "included", "bench", stamp, 0,
                          None))
            if len(batch) == 10_000:
                store(batch)
                batch = []
        store(batch)
    indexes.restore(project)
    project.close()
    return time.perf_counter() - started


@pytest.mark.benchmark
def test_import_rate_against_raw_insert(tmp_path: Path) -> None:
    corpus = tmp_path / "instructions.jsonl"
    _write_corpus(corpus, ROWS)

    # The alternative: parse the same file and insert_all the rows into a plain table.
    started = time.perf_counter()
    raw = sqlite_utils.Database(tmp_path / "raw.db")
    raw.conn.execute("PRAGMA journal_mode = WAL")
    with corpus.open("rb") as f:
        raw["instructions"].insert_all((orjson.loads(line) for line in f), batch_size=10_000)
    raw_seconds = time.perf_counter() - started
    assert raw["instructions"].count == ROWS

    floor_seconds = _store_only(corpus, tmp_path / "stored.handloom")

    project = Project.create(tmp_path / "bench.handloom")
    started = time.perf_counter()
    record = jobs.start(
        project,
        "import",
        {
            "files": [str(corpus)],
            "format": None,
            "columns": {},
            "language": None,
            "licence": "CC0-1.0",
            "skip_bad_rows": False,
            "again": False,
        },
    )
    import_seconds = time.perf_counter() - started
    jobs.start(project, "curate", {"dedup": True})
    total_seconds = time.perf_counter() - started
    assert record.result["imported"] == ROWS
    assert (
        project.scalar("SELECT count(*) FROM instructions WHERE language IS NOT NULL") > ROWS * 0.9
    )
    duplicates = project.scalar("SELECT count(*) FROM exclusions WHERE reason = 'duplicate'")
    project.close()

    raw_rate = ROWS / raw_seconds
    ours = ROWS / total_seconds
    print()
    print(f"rows                               {ROWS:>12,}")
    print(f"sqlite_utils insert_all            {raw_rate:>12,.0f} rows/s  ({raw_seconds:.1f} s)")
    print(
        f"handloom import                    {ROWS / import_seconds:>12,.0f} rows/s  ({import_seconds:.1f} s)"
    )
    print(f"handloom import + dedup + lang id  {ours:>12,.0f} rows/s  ({total_seconds:.1f} s)")
    print(
        f"storing alone (no labelling)       {ROWS / floor_seconds:>12,.0f} rows/s  "
        f"({floor_seconds:.1f} s; ratio {raw_seconds / floor_seconds:.2f})"
    )
    print(f"duplicates marked                  {duplicates:>12,}")
    print(f"ratio (handloom / raw insert)      {ours / raw_rate:>12.2f}   target >= 0.33")
    print(f"cores this process may use        {len(os.sched_getaffinity(0)):>12}")
    print(f"labelling processes                {record.result['files'][0]['labelling_processes']:>12}")
    print("where the import process's time goes (seconds; labelling processes run beside it):")
    for stage, spent in record.result["files"][0]["seconds"].items():
        print(f"  {stage:32} {spent:>8.1f}  ({spent / import_seconds:.0%})")
