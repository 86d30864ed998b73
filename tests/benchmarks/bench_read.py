"""Benchmark: reading and mapping a million-line JSON lines file.

Compared in the same run with the floor any reader must pay (splitting the file into lines
and parsing each with orjson, nothing else), and printed as rows per second and a ratio.
Not a timed test: the machine it runs on decides the numbers.
"""

from __future__ import annotations

import time
from itertools import islice
from pathlib import Path

import orjson
import pytest

from core.ingest.formats import read_rows
from core.ingest.mapping import guess_mapping, to_instruction

ROWS = 1_000_000
WORDS = (
    "how do I write explain a short poem about the sea why is sky blue cook rice translate "
    "this into French summarise café naïve 東京 dziękuję habari"
).split()


def _million_line_file(path: Path) -> Path:
    with path.open("wb") as f:
        for i in range(ROWS):
            words = [WORDS[(i * 7 + k * 13) % len(WORDS)] for k in range(4 + i % 11)]
            f.write(orjson.dumps({"id": i, "prompt": " ".join(words), "language": "en"}) + b"\n")
    return path


@pytest.mark.benchmark
@pytest.mark.slow
def test_a_million_jsonl_rows_read_and_mapped(tmp_path: Path) -> None:
    path = _million_line_file(tmp_path / "million.jsonl")

    started = time.perf_counter()
    with path.open("rb") as f:
        floor = sum(1 for line in f if orjson.loads(line))
    floor_seconds = time.perf_counter() - started

    started = time.perf_counter()
    rows = read_rows(path)
    head = list(islice(rows, 50))
    mapping = guess_mapping(head)
    imported = 0
    for row in head:
        imported += to_instruction(row, mapping, path) is not None
    for row in rows:
        imported += to_instruction(row, mapping, path) is not None
    seconds = time.perf_counter() - started

    assert floor == imported == ROWS
    print(
        f"\nread + map: {ROWS / seconds:,.0f} rows/s; orjson.loads per line alone: "
        f"{ROWS / floor_seconds:,.0f} rows/s; ratio {floor_seconds / seconds:.2f}"
    )
