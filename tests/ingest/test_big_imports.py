"""The paths a big import takes: indexes set aside and built again, the cycle collector paused."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from core import jobs
from core.errors import DiskFullError, HandloomError
from core.ingest import job as import_job
from core.store import indexes
from core.store.project import Project
from tests.conftest import write_jsonl

SECONDARY = [
    "instructions_dup_key",
    "instructions_language",
    "instructions_parent",
    "instructions_source",
    "instructions_status",
    "instructions_uncertain",
]


def _index_names(project: Project) -> list[str]:
    rows = project.query(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'instructions' "
        "AND sql IS NOT NULL ORDER BY name"
    )
    return [r["name"] for r in rows]


def _config(*files: Path) -> dict[str, object]:
    return {
        "files": [str(f) for f in files], "format": None, "columns": {}, "language": None,
        "licence": "CC0-1.0", "skip_bad_rows": False, "again": False,
    }


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make a few hundred rows count as a big import, in batches of 100."""
    monkeypatch.setattr(indexes, "MIN_ROWS", 200)
    monkeypatch.setattr(import_job, "BATCH", 100)


def _rows(n: int, start: int = 0) -> list[dict[str, str]]:
    words = ["river", "bread", "school", "radio", "maize", "goats", "roof"]
    return [
        {"instruction": f"How do I mend the {words[i % 7]} before market day number {i}?"}
        for i in range(start, start + n)
    ]


def test_big_import_sets_indexes_aside_and_builds_them_again(
    project: Project, tmp_path: Path, small_batches: None
) -> None:
    seen: list[list[str]] = []
    source = write_jsonl(tmp_path / "big.jsonl", _rows(450) + _rows(50))  # 50 duplicates

    def progress(done: int, total: int, message: str) -> None:
        seen.append(_index_names(project))

    record = jobs.start(project, "import", _config(source), progress)
    assert record.state == "done" and record.result["imported"] == 500
    # While rows were going in, only the primary key's index was there.
    assert any(names == [] for names in seen)
    assert _index_names(project) == SECONDARY
    assert indexes.pending(project.conn) == []
    assert project.scalar("PRAGMA integrity_check") == "ok"
    # Everything the indexes serve answers as before.
    plan = " ".join(
        str(r) for r in project.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM instructions WHERE dup_key = ?", ["x"]
        )
    )
    assert "instructions_dup_key" in plan
    jobs.start(project, "curate", {"dedup": True})
    assert project.scalar("SELECT count(*) FROM exclusions WHERE reason = 'duplicate'") == 50
    hits = project.scalar(
        "SELECT count(*) FROM instructions_fts WHERE instructions_fts MATCH 'maize'"
    )
    assert hits == project.scalar("SELECT count(*) FROM instructions WHERE text LIKE '%maize%'")


def test_small_import_into_a_big_project_keeps_its_indexes(
    project: Project, tmp_path: Path, small_batches: None
) -> None:
    jobs.start(project, "import", _config(write_jsonl(tmp_path / "a.jsonl", _rows(400))))
    dropped: list[bool] = []

    def progress(done: int, total: int, message: str) -> None:
        dropped.append(_index_names(project) != SECONDARY)

    jobs.start(project, "import", _config(write_jsonl(tmp_path / "b.jsonl", _rows(250, 1000))),
               progress)
    assert not any(dropped)  # 250 new rows into 400: cheaper to update the indexes
    assert _index_names(project) == SECONDARY


def test_a_killed_import_leaves_a_record_that_curate_and_resume_build(
    project: Project, tmp_path: Path, small_batches: None
) -> None:
    source = write_jsonl(tmp_path / "big.jsonl", _rows(400))
    # What a killed import leaves: indexes dropped, their definitions in settings.
    with project.write() as conn:
        assert indexes.set_aside(conn) == SECONDARY
    assert _index_names(project) == []
    assert indexes.pending(project.conn) == SECONDARY
    reopened = Project.open(project.path)
    assert indexes.pending(reopened.conn) == SECONDARY  # the record survives the process
    jobs.start(reopened, "import", _config(source))
    assert _index_names(reopened) == SECONDARY and indexes.pending(reopened.conn) == []

    with reopened.write() as conn:
        indexes.set_aside(conn)
    jobs.start(reopened, "curate", {"dedup": True})
    assert _index_names(reopened) == SECONDARY
    reopened.close()


def test_cancel_mid_import_keeps_rows_and_builds_indexes(
    project: Project, tmp_path: Path, small_batches: None
) -> None:
    source = write_jsonl(tmp_path / "big.jsonl", _rows(1000))
    cancel = threading.Event()

    def progress(done: int, total: int, message: str) -> None:
        if done >= 300:
            cancel.set()

    record = jobs.start(project, "import", _config(source), progress, cancel)
    assert record.state == "cancelled"
    kept = project.scalar("SELECT count(*) FROM instructions")
    assert 300 <= kept < 1000
    assert _index_names(project) == SECONDARY
    resumed = jobs.run(project, record.id)
    assert resumed.state == "done"
    assert project.scalar("SELECT count(*) FROM instructions") == 1000
    assert project.scalar("SELECT count(DISTINCT source_line) FROM instructions") == 1000


def test_a_bad_line_late_in_a_big_file_removes_its_rows_and_keeps_indexes(
    project: Project, tmp_path: Path, small_batches: None
) -> None:
    source = tmp_path / "late.jsonl"
    write_jsonl(source, _rows(600))
    with source.open("a", encoding="utf-8") as f:
        f.write('{"instruction": "cut off\n')
    with pytest.raises(HandloomError, match="Line 601"):
        jobs.start(project, "import", _config(source))
    assert project.scalar("SELECT count(*) FROM instructions") == 0
    assert _index_names(project) == SECONDARY
    assert project.scalar("PRAGMA integrity_check") == "ok"


def test_the_cycle_collector_is_paused_only_while_importing(
    project: Project, tmp_path: Path
) -> None:
    states: list[bool] = []
    source = write_jsonl(tmp_path / "few.jsonl", _rows(20))
    assert gc.isenabled()
    jobs.start(project, "import", _config(source),
               lambda done, total, message: states.append(gc.isenabled()))
    assert states and not any(states)
    assert gc.isenabled()
    # On a worker thread (the window's) the process is shared: nothing is paused.
    states.clear()
    second = write_jsonl(tmp_path / "more.jsonl", _rows(20, start=20))

    def import_beside() -> None:
        with Project.open(project.path) as other:
            jobs.start(other, "import", _config(second),
                       lambda done, total, message: states.append(gc.isenabled()))

    beside = threading.Thread(target=import_beside)
    beside.start()
    beside.join()
    assert states and all(states)
    gc.disable()
    try:
        with import_job.collector_paused(), import_job.collector_paused():
            pass
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def _failing_restore(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(project: Project) -> list[str]:
        raise DiskFullError("The disk holding tales.handloom is full.")

    monkeypatch.setattr(indexes, "restore", refuse)


def test_indexes_that_cannot_be_built_at_the_end_are_built_by_the_next_job(
    project: Project, tmp_path: Path, small_batches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "big.jsonl", _rows(400))
    real_restore = indexes.restore
    _failing_restore(monkeypatch)
    record = jobs.start(project, "import", _config(source))
    assert record.state == "done" and record.result["imported"] == 400
    assert "not rebuilt yet" in record.result["indexes"]
    assert indexes.pending(project.conn) == SECONDARY and _index_names(project) == []

    monkeypatch.setattr(indexes, "restore", real_restore)
    jobs.start(project, "curate", {"min_chars": 5})  # any job but an import builds them
    assert _index_names(project) == SECONDARY and indexes.pending(project.conn) == []


def test_a_cancel_stays_a_cancel_when_the_indexes_cannot_be_built(
    project: Project, tmp_path: Path, small_batches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "big.jsonl", _rows(1000))
    _failing_restore(monkeypatch)
    cancel = threading.Event()
    record = jobs.start(project, "import", _config(source),
                        lambda done, total, message: cancel.set() if done >= 200 else None,
                        cancel)
    assert record.state == "cancelled" and record.resumable


def test_a_bad_line_still_discards_its_file_when_the_indexes_cannot_be_built(
    project: Project, tmp_path: Path, small_batches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "late.jsonl", _rows(600))
    with source.open("a", encoding="utf-8") as f:
        f.write('{"instruction": "cut off\n')
    _failing_restore(monkeypatch)
    with pytest.raises(HandloomError, match="Line 601"):
        jobs.start(project, "import", _config(source))
    assert project.scalar("SELECT count(*) FROM instructions") == 0


def test_lines_skipped_before_a_resume_are_still_reported(
    project: Project, tmp_path: Path, small_batches: None
) -> None:
    source = tmp_path / "gappy.jsonl"
    lines = []
    for i in range(1000):
        # a row of the wrong shape: skipped by the mapping, after the resume point only
        lines.append('{"instruction": {"not": "text"}}' if i % 100 == 7 else
                     f'{{"instruction": "Question {i} about the market?"}}')
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cancel = threading.Event()
    config = dict(_config(source), skip_bad_rows=True)
    record = jobs.start(project, "import", config,
                        lambda done, total, message: cancel.set() if done >= 500 else None,
                        cancel)
    assert record.state == "cancelled"
    done = jobs.run(project, record.id)
    assert done.state == "done"
    assert done.result["files"][0]["skipped_lines"] == [i * 100 + 8 for i in range(10)]
    assert project.scalar("SELECT count(*) FROM instructions") == 990


def test_columns_the_same_in_every_row_are_stored_exactly(project: Project) -> None:
    from core.store.fulltext import bulk_insert

    columns = ("id", "text", "language", "language_confidence", "source_line", "licence",
               "author", "provenance", "created_by", "created_at")
    tricky = "it's \"quoted\" -- ; DROP TABLE instructions; ẹ̀kọ́ 日本 🧵"
    rows = [
        (f"id-{i}", f"text {i}", "yo", 1 if i == 5 else 1.0, 7, tricky, None,
         "nul \x00 inside", "Ada", "2026-11-23T00:00:00Z")
        for i in range(150)
    ]
    with project.write() as conn:
        bulk_insert(conn, columns, rows)
    stored = project.conn.execute(
        f"SELECT {', '.join(columns)}, typeof(language_confidence) FROM instructions ORDER BY rowid"
    ).fetchall()
    assert [r[:-1] for r in stored] == rows
    assert {r[-1] for r in stored} == {"real"}
    assert project.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'instructions'") == 1
