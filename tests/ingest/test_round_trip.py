"""Whatever a standard writer produces, the readers give back, with the right line numbers."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.ingest.formats import read_rows
from core.ingest.textfile import CHUNK_BYTES

_cell = st.text(
    alphabet=st.sampled_from(list("ab ,;\t\"\n'éø東🙂"))
    | st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]),
    max_size=30,
)
_table = st.lists(st.tuples(_cell, _cell), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_table, st.sampled_from([",", "\t"]), st.sampled_from(["\n", "\r\n"]))
def test_csv_written_by_the_csv_module_reads_back(
    table: list[tuple[str, str]], delimiter: str, newline: str
) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(["prompt", "note"])
    starts = []
    for prompt, note in table:
        starts.append(buffer.getvalue().count("\n") + 1)
        writer.writerow([prompt, note])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("p.tsv" if delimiter == "\t" else "p.csv")
        path.write_bytes(buffer.getvalue().encode("utf-8", errors="surrogatepass"))
        rows = list(read_rows(path))
    expected = [
        (line, {"prompt": prompt, "note": note})
        for line, (prompt, note) in zip(starts, table, strict=True)
    ]
    assert [(r.line, r.fields) for r in rows] == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["prompt", "id", "x"]), _cell), max_size=10))
def test_json_lines_and_arrays_read_back(records: list[dict[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        lines_path = Path(folder) / "p.jsonl"
        lines_path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n ")
        array_path = Path(folder) / "p.json"
        array_path.write_text(json.dumps(records, indent=1, ensure_ascii=False))
        from_lines = [(r.line, r.fields) for r in read_rows(lines_path)] if records else []
        from_array = [(r.line, r.fields) for r in read_rows(array_path)]
    assert from_lines == [(i + 1, r) for i, r in enumerate(records)]
    assert from_array == [(i + 1, r) for i, r in enumerate(records)]


def test_large_jsonl_reads_back_across_chunk_boundaries(tmp_path: Path) -> None:
    records = [{"id": i, "prompt": f"Question {i}: " + "é東a" * (i % 700)} for i in range(4000)]
    path = tmp_path / "large.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records))
    assert path.stat().st_size > 3 * CHUNK_BYTES
    rows = list(read_rows(path))
    assert [(r.line, r.fields) for r in rows] == [(i + 1, r) for i, r in enumerate(records)]


def test_large_csv_with_multiline_fields_across_chunk_boundaries(tmp_path: Path) -> None:
    table = [[str(i), "Line one\nline two, with a comma\n" * (i % 40), "note"] for i in range(6000)]
    chunks = ["id,prompt,note\r\n"]
    starts = []
    line = 2
    for record in table:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, lineterminator="\r\n").writerow(record)
        starts.append(line)
        line += buffer.getvalue().count("\n")
        chunks.append(buffer.getvalue())
    path = tmp_path / "large.csv"
    path.write_text("".join(chunks), newline="")
    assert path.stat().st_size > 2 * CHUNK_BYTES
    rows = list(read_rows(path))
    assert [r.line for r in rows] == starts
    assert [list(r.fields.values()) for r in rows] == table
