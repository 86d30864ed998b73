"""Importing through the job and the command line: provenance, bad input, resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core import jobs
from core.cli import main
from core.demo import demo_file
from core.errors import HandloomError
from core.store import instructions
from core.store.project import Project
from tests.conftest import write_jsonl

HANDLOOM = [sys.executable, "-m", "core.cli"]


def _import(project: Project, *files: Path, **options: object) -> jobs.JobRecord:
    config = {
        "files": [str(f) for f in files],
        "format": None,
        "columns": {},
        "language": None,
        "licence": None,
        "skip_bad_rows": False,
        "again": False,
    }
    config.update(options)
    return jobs.start(project, "import", config)


def test_demo_file_imports_with_provenance(project: Project) -> None:
    record = _import(project, demo_file(), licence="CC0-1.0")
    assert record.state == "done"
    assert record.result["imported"] == 40
    stats = instructions.stats(project)
    assert stats["instructions"] == 40
    assert stats["by_language"]["en"] == 13
    assert stats["by_language"]["yo"] == 3 and stats["by_language"]["am"] == 2
    assert stats["by_source"] == {"instructions.jsonl": 40}
    row = project.query(
        "SELECT i.*, s.name AS source_name FROM instructions i JOIN sources s ON s.id = i.source_id "
        "WHERE source_line = 27"
    )[0]
    assert row["text"] == "ቡና እንዴት ይፈላል?"
    assert row["language"] == "am" and row["language_origin"] == "source"
    assert row["script"] == "Ethi"
    assert row["licence"] == "CC0-1.0"
    assert row["author"] == "Handloom contributors"
    assert row["source_ref"] == "demo-027"
    assert row["created_by"] == "Test Curator" and row["created_at"]


def test_multiline_csv_keeps_line_numbers_and_original_text(
    project: Project, tmp_path: Path
) -> None:
    f = tmp_path / "prompts.csv"
    f.write_text(
        'prompt,lang\n"First line\nsecond line",en\n"  Café   au lait?  ",fr\n', encoding="utf-8"
    )
    _import(project, f)
    rows = project.query(
        "SELECT text, original_text, source_line, language FROM instructions ORDER BY rowid"
    )
    assert [r["source_line"] for r in rows] == [2, 4]
    assert rows[0]["text"] == "First line\nsecond line"
    assert rows[1]["text"] == "Café au lait?"
    assert rows[1]["original_text"] == "  Café   au lait?  "


def test_unlabelled_rows_get_a_detected_language(project: Project, tmp_path: Path) -> None:
    f = tmp_path / "mixed.txt"
    f.write_text(
        "Where can I buy fresh bread near the station?\n"
        "¿Dónde puedo comprar pan fresco cerca de la estación?\n"
        "Ninaweza kununua mkate mpya wapi karibu na kituo?\n",
        encoding="utf-8",
    )
    _import(project, f)
    rows = project.query("SELECT language, language_origin FROM instructions ORDER BY rowid")
    assert [r["language"] for r in rows] == ["en", "es", "sw"]
    assert {r["language_origin"] for r in rows} == {"detected"}


def test_the_users_language_wins(project: Project, tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "a.jsonl", [{"instruction": "Hello there, how are you?", "language": "en"}]
    )
    _import(project, f, language="swh")
    assert project.scalar("SELECT language FROM instructions") == "sw"


def test_a_broken_file_imports_nothing_and_says_where(project: Project, tmp_path: Path) -> None:
    good = write_jsonl(
        tmp_path / "good.jsonl", [{"instruction": f"Question {i}?"} for i in range(5)]
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"instruction": "fine"}\n{"instruction": "also fine"}\n{"instruction": "trunc\n'
    )
    with pytest.raises(HandloomError, match=r"Line 3 of bad\.jsonl"):
        _import(project, good, bad)
    assert project.scalar("SELECT count(*) FROM instructions") == 5  # the good file stays
    failed = project.query("SELECT state, error FROM sources WHERE name = 'bad.jsonl'")[0]
    assert failed["state"] == "failed" and "Line 3" in failed["error"]
    job = jobs.list_jobs(project)[-1]
    assert job.state == "failed" and "Line 3 of bad.jsonl" in job.error
    assert project.integrity_ok()


def test_skip_bad_rows_reports_the_lines(project: Project, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"instruction": "one"}\n{"instruction": \n{"instruction": "three"}\n[1, 2]\n')
    record = _import(project, bad, skip_bad_rows=True)
    assert record.result["files"][0]["skipped_lines"] == [2, 4]
    assert project.scalar("SELECT count(*) FROM instructions") == 2


def test_importing_the_same_file_twice_is_refused_unless_asked(
    project: Project, tmp_path: Path
) -> None:
    f = write_jsonl(tmp_path / "a.jsonl", [{"instruction": "Is this twice?"}])
    _import(project, f)
    with pytest.raises(HandloomError, match="already imported"):
        _import(project, f)
    _import(project, f, again=True)
    assert project.scalar("SELECT count(*) FROM instructions") == 2


def test_lmsys_flagged_rows_are_excluded_reversibly(project: Project, tmp_path: Path) -> None:
    rows = [
        {
            "conversation_id": "c1",
            "model": "vicuna-13b",
            "conversation": [
                {"role": "user", "content": "How do I bake bread at home?"},
                {"role": "assistant", "content": "Mix flour, water, salt and yeast..."},
            ],
            "turn": 1,
            "language": "English",
            "openai_moderation": [{"flagged": False}, {"flagged": False}],
            "redacted": False,
        },
        {
            "conversation_id": "c2",
            "model": "koala-13b",
            "conversation": [{"role": "user", "content": "Something the moderation flagged"}],
            "turn": 1,
            "language": "English",
            "openai_moderation": [{"flagged": True}],
            "redacted": False,
        },
    ]
    _import(project, write_jsonl(tmp_path / "lmsys.jsonl", rows))
    stats = instructions.stats(project)
    assert stats["excluded_by_reason"] == {"moderation": 1}
    assert stats["included"] == 1
    kept = project.query("SELECT language, provenance FROM instructions WHERE status = 'included'")[
        0
    ]
    assert kept["language"] == "en"
    assert "Mix flour" in kept["provenance"]
    jobs.start(project, "curate", {"clear": ["moderation"]})
    assert instructions.stats(project)["included"] == 2


def test_cli_init_import_stats_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = str(tmp_path / "cli.handloom")
    assert main(["init", p]) == 0
    assert main(["import", p, str(demo_file()), "--licence", "CC0-1.0", "--json"]) == 0
    capsys.readouterr()
    assert main(["stats", p, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert set(stats) >= {
        "instructions",
        "included",
        "by_status",
        "by_language",
        "by_source",
        "excluded_by_reason",
    }
    assert stats["instructions"] == 40
    assert main(["list", p, "--language", "Swahili", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 4
    assert set(listed[0]) >= {"id", "text", "language", "script", "status", "source"}
    assert main(["list", p, "--search", "tomatoes", "--json"]) == 0
    assert [r["text"][:15] for r in json.loads(capsys.readouterr().out)] == ["How do I keep t"]


def test_cli_errors_are_one_sentence_and_non_zero(tmp_path: Path) -> None:
    p = tmp_path / "e.handloom"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    subprocess.run([*HANDLOOM, "init", str(p)], check=True, capture_output=True)
    out = subprocess.run([*HANDLOOM, "import", str(p), str(empty)], capture_output=True, text=True)
    assert out.returncode == 1
    assert out.stderr.startswith("handloom: ") and "empty.csv" in out.stderr
    assert "Traceback" not in out.stderr
    missing = subprocess.run(
        [*HANDLOOM, "stats", str(tmp_path / "nope.handloom")], capture_output=True, text=True
    )
    assert missing.returncode == 1 and "no project file" in missing.stderr


@pytest.mark.slow
def test_a_killed_import_resumes_without_duplicates(tmp_path: Path) -> None:
    p = tmp_path / "kill.handloom"
    rows = 60_000
    big = write_jsonl(
        tmp_path / "big.jsonl",
        [
            {"instruction": f"Everyday question number {i}: how do I fix my bicycle chain?"}
            for i in range(rows)
        ],
    )
    subprocess.run([*HANDLOOM, "init", str(p)], check=True)
    proc = subprocess.Popen([*HANDLOOM, "import", str(p), str(big)])
    deadline = time.monotonic() + 120
    imported = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        probe = Project.open(p, read_only=True)
        imported = probe.scalar("SELECT coalesce(sum(rows_imported), 0) FROM sources") or 0
        probe.close()
        if imported > 0:
            break
    assert proc.poll() is None, "the import finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    project = Project.open(p)
    assert 0 < project.scalar("SELECT count(*) FROM instructions") < rows
    assert [j.state for j in jobs.mark_interrupted(project)] == ["interrupted"]
    project.close()
    done = subprocess.run([*HANDLOOM, "import", str(p), str(big)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    project = Project.open(p)
    assert project.scalar("SELECT count(*) FROM instructions") == rows
    assert project.scalar("SELECT count(DISTINCT source_line) FROM instructions") == rows
    assert project.scalar("SELECT count(*) FROM jobs") == 1
    assert project.integrity_ok()
    project.close()


def test_a_job_recorded_by_a_process_that_died_before_starting_it_can_be_resumed(
    tmp_path: Path,
) -> None:
    p = tmp_path / "queued.handloom"
    source = write_jsonl(tmp_path / "few.jsonl", [{"instruction": "How do I plant cassava?"}])
    subprocess.run([*HANDLOOM, "init", str(p)], check=True)
    # Recorded, then the process ends (as if killed) before the job started.
    script = (
        "import sys; from core import jobs; from core.store.project import Project\n"
        "project = Project.open(sys.argv[1])\n"
        "jobs.create(project, 'import', {'files': [sys.argv[2]], 'format': None, "
        "'columns': {}, 'language': None, 'licence': None, 'skip_bad_rows': False, "
        "'again': False})\n"
    )
    subprocess.run([sys.executable, "-c", script, str(p), str(source)], check=True)
    project = Project.open(p)
    mine = jobs.create(project, "curate", {"dedup": True})  # queued here: about to start
    marked = jobs.mark_interrupted(project)
    assert [(j.kind, j.state) for j in marked] == [("import", "interrupted")]
    assert jobs.get(project, mine).state == "queued"
    assert jobs.run(project, marked[0].id).state == "done"
    assert project.scalar("SELECT count(*) FROM instructions") == 1
    project.close()


def test_a_large_import_is_searchable_and_the_trigger_survives(project: Project, tmp_path: Path) -> None:
    rows = [{"instruction": f"Question {i} about weaving baskets?"} for i in range(300)]
    rows[123] = {"instruction": "How do I dye sisal fibres with natural colours?"}
    _import(project, write_jsonl(tmp_path / "many.jsonl", rows))
    found = instructions.page(project, instructions.Filters(search="sisal"))
    assert [r["source_line"] for r in found] == [124]
    assert instructions.count(project, instructions.Filters(search="baskets")) == 299
    assert project.scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'instructions_fts_insert'"
    ) == 1
    with project.write() as conn:  # a single later insert is still indexed by the trigger
        conn.execute(
            "INSERT INTO instructions(id, text, status, created_by, created_at) "
            "VALUES ('x', 'Where do herons nest?', 'included', 'me', 'now')"
        )
    assert instructions.count(project, instructions.Filters(search="herons")) == 1
