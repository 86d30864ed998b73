"""A full disk during import and generation: the person reads "the disk is full", what was
committed before stays intact, and the same job finishes once space is freed.

Two ways to fill the disk: SQLite's ``max_page_count`` on the job's own connection (works
everywhere, through the real job functions), and a real 1-4 MB tmpfs mounted in a user
namespace (``unshare -rm``, no root needed where the kernel allows it) under the real
``handloom`` command, where the operating system itself answers "no space left".
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path

import pytest

from core import jobs
from core.errors import DiskFullError
from core.ingest.config import import_config
from core.projects import new_project
from core.store.project import Project, copy_project
from tests.conftest import on_one_core, write_jsonl
from tests.questions import QUESTIONS as ALL_QUESTIONS
from tests.reliability import harness
from tests.reliability.conftest import scale

TITLE = "A full disk (page limit or a small filesystem), then space freed"
COLUMNS = ["stage", "disk", "stopped at", "sentence shown", "committed kept", "integrity",
           "after freeing", "lost", "duplicated"]
MODEL = "SmolLM2-135M-Instruct"
NO_LIMIT = 1_073_741_823  # SQLite's largest page count
QUESTIONS = ALL_QUESTIONS[:6]


def _many(folder: Path, count: int) -> Path:
    return write_jsonl(
        folder / "many.jsonl",
        [{"instruction": f"Instruction {n}: how do I keep goat number {n} healthy in the dry "
                         f"season near the river?", "language": "en"} for n in range(count)],
    )


def _instruction_keys(project: Project) -> Counter[Hashable]:
    return Counter(
        (r["source_line"], r["text"])
        for r in project.query("SELECT source_line, text FROM instructions")
    )


def _response_keys(project: Project) -> Counter[Hashable]:
    return Counter(
        (r["instruction_id"], r["sample_index"])
        for r in project.query("SELECT instruction_id, sample_index FROM responses")
    )


def _fill_and_free(
    project: Project,
    kind: str,
    config: dict[str, object],
    keys: Callable[[Project], Counter[Hashable]],
    expected: Counter[Hashable],
    headroom_pages: int,
) -> tuple[list[object], int, int]:
    """Run the job with ``headroom_pages`` pages left, then with no limit; returns the
    table row (without stage and disk) and the rows committed when the disk filled."""
    pages = int(project.scalar("PRAGMA page_count"))
    project.conn.execute(f"PRAGMA max_page_count = {pages + headroom_pages}")
    with pytest.raises(DiskFullError) as stopped:
        jobs.start_or_resume(project, kind, config)
    sentence = str(stopped.value)
    assert sentence.startswith(f"The disk holding {project.path.name} is full.")
    assert "free some space and resume" in sentence
    committed = keys(project)
    ok = project.integrity_ok()
    record = jobs.list_jobs(project)[-1]
    # The job is left resumable, with the sentence, and its committed rows are kept.
    assert record.kind == kind and record.state == "failed", record
    assert record.error == sentence

    project.conn.execute(f"PRAGMA max_page_count = {NO_LIMIT}")  # space freed
    finished = jobs.start_or_resume(project, kind, config)
    final = keys(project)
    lost, duplicated = harness.compare(expected, final)
    kept = not (committed - final)
    row: list[object] = [f"{sum(committed.values())} of {sum(expected.values())}", "yes", kept,
                         "ok" if ok and project.integrity_ok() else "FAILED", finished.state,
                         lost, duplicated]
    assert ok and project.integrity_ok()
    assert kept, "rows committed before the disk filled were lost"
    assert finished.state == "done" and finished.id == record.id  # the same job resumed
    assert (lost, duplicated) == (0, 0)
    return row, sum(committed.values()), len(jobs.list_jobs(project))


def test_import_on_a_full_disk(
    tmp_path: Path, reliability_table: Callable[[str, list[str], list[object]], None]
) -> None:
    source = _many(tmp_path, scale(40_000, 100_000))
    config = import_config([str(source)], licence="CC0-1.0")
    reference = Project.create(tmp_path / "reference.handloom")
    start_pages = int(reference.scalar("PRAGMA page_count"))
    jobs.start(reference, "import", config)
    expected = _instruction_keys(reference)
    grown = int(reference.scalar("PRAGMA page_count")) - start_pages
    reference.close()

    project = Project.create(tmp_path / "full.handloom")
    # Room for about half the file: the disk fills in the middle of a 10,000-row commit.
    row, committed, job_count = _fill_and_free(
        project, "import", config, _instruction_keys, expected, grown // 2
    )
    assert 0 < committed < sum(expected.values())
    assert committed % 10_000 == 0  # whole commits only
    assert project.scalar("SELECT count(*) FROM sources") == 1
    assert job_count == 1
    project.close()
    reliability_table(TITLE, COLUMNS, ["import", "page limit", *row])


def test_a_job_whose_end_could_not_be_recorded_can_be_resumed_in_the_same_window(
    tmp_path: Path,
) -> None:
    """On a really full disk even recording "failed" can fail, leaving the job "running"
    with the window's own process as its owner. The window lives on; once space is freed,
    Resume must offer that job (not start a second import that duplicates its rows)."""
    source = _many(tmp_path, 25_000)
    config = import_config([str(source)], licence="CC0-1.0")
    project = Project.create(tmp_path / "stuck.handloom")
    job_id = jobs.create(project, "import", config)
    pages = int(project.scalar("PRAGMA page_count"))
    project.conn.execute(f"PRAGMA max_page_count = {pages + 2000}")  # room for one 10,000-row commit
    with pytest.raises(DiskFullError):
        jobs.run(project, job_id)
    committed = int(project.scalar("SELECT count(*) FROM instructions"))
    assert 0 < committed < 25_000
    # What a failed final update leaves behind: the job still "running", owned by us.
    with project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'running', error = NULL WHERE id = ?", [job_id])
    project.conn.execute(f"PRAGMA max_page_count = {NO_LIMIT}")
    resumable = jobs.find_resumable(project, "import", config)
    assert resumable is not None and resumable.id == job_id
    assert resumable.state == "interrupted"
    finished = jobs.start_or_resume(project, "import", config)
    assert finished.id == job_id and finished.state == "done"
    assert project.scalar("SELECT count(*) FROM instructions") == 25_000
    assert project.scalar("SELECT count(DISTINCT source_line) FROM instructions") == 25_000
    assert [j.state for j in jobs.list_jobs(project)] == ["done"]
    project.close()


@pytest.fixture(scope="module")
def questions(tmp_path_factory: pytest.TempPathFactory, _shared_models: Path) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("full-disk-questions")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HANDLOOM_CONFIG_DIR", str(folder / "config"))
        mp.setenv("HANDLOOM_DATA_DIR", str(folder / "data"))
        mp.setenv("HANDLOOM_MODELS_DIR", str(_shared_models))
        project = new_project(folder / "questions.handloom")
        f = write_jsonl(folder / "q.jsonl", [{"instruction": q, "language": "en"} for q in QUESTIONS])
        jobs.start(project, "import", import_config([str(f)], licence="CC0-1.0"))
        project.close()
        yield folder / "questions.handloom"


def test_generation_on_a_full_disk(
    questions: Path, tmp_path: Path,
    reliability_table: Callable[[str, list[str], list[object]], None],
) -> None:
    with on_one_core():
        config = {"model": MODEL, "samples": 2, "max_tokens": 48, "temperature": 0.7,
                  "seed": 3, "parallel": 4}
        copy_project(questions, tmp_path / "reference.handloom")
        reference = Project.open(tmp_path / "reference.handloom")
        start_pages = int(reference.scalar("PRAGMA page_count"))
        jobs.start(reference, "generate", config)
        expected = _response_keys(reference)
        grown = int(reference.scalar("PRAGMA page_count")) - start_pages
        reference.close()
        assert grown >= 2, "the responses fit in the pages the project already had"

        copy_project(questions, tmp_path / "full.handloom")
        project = Project.open(tmp_path / "full.handloom")
        row, committed, _ = _fill_and_free(
            project, "generate", config, _response_keys, expected, grown // 2
        )
        assert committed < sum(expected.values())
        project.close()
    reliability_table(TITLE, COLUMNS, ["generate", "page limit", *row])


# -- a real small filesystem ---------------------------------------------------------------

_DRIVER = r'''
import json, os, shutil, sqlite3, subprocess, sys
mount, project, source, size = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", mount], check=True)
target = os.path.join(mount, os.path.basename(project))
shutil.copy(project, target)
def cli(*args):
    done = subprocess.run([sys.executable, "-m", "core.cli", *args],
                          capture_output=True, text=True)
    return done.returncode, done.stderr.strip()
def state():
    c = sqlite3.connect(target)
    try:
        return {
            "integrity": c.execute("PRAGMA integrity_check").fetchone()[0],
            "instructions": c.execute("SELECT count(*) FROM instructions").fetchone()[0],
            "recorded": c.execute("SELECT coalesce(sum(rows_imported), 0) FROM sources")
                .fetchone()[0],
            "jobs": [list(r) for r in c.execute("SELECT kind, state FROM jobs")],
        }
    finally:
        c.close()
# Fill the rest of the small disk with one file, as other programs would.
filler = os.path.join(mount, "filler")
with open(filler, "wb") as f:
    try:
        while True:
            f.write(b"\0" * 65536)
            f.flush()
    except OSError:
        pass
os.truncate(filler, max(0, os.path.getsize(filler) - int(sys.argv[5])))
report = {}
report["full"] = cli("import", target, source, "--licence", "CC0-1.0")
report["after_full"] = state()
os.remove(filler)  # space freed
report["again"] = cli("import", target, source, "--licence", "CC0-1.0")
report["after_again"] = state()
print(json.dumps(report))
'''


def _namespaces_work() -> bool:
    if not shutil.which("unshare"):
        return False
    try:
        done = subprocess.run(["unshare", "-rm", "true"], capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@pytest.mark.skipif(not _namespaces_work(), reason="no unprivileged mount namespaces here")
def test_import_on_a_small_full_filesystem(
    tmp_path: Path, reliability_table: Callable[[str, list[str], list[object]], None]
) -> None:
    count = scale(20_000, 40_000)
    source = _many(tmp_path, count)
    Project.create(tmp_path / "small.handloom").close()
    mount = tmp_path / "disk"
    mount.mkdir()
    driver = tmp_path / "driver.py"
    driver.write_text(_DRIVER, encoding="utf-8")
    # A 48 MB disk with 8 MB left: 20,000 rows take about 11 MB plus a 5 MB WAL, so the
    # disk fills part-way through, and the whole disk is enough once the filler is gone.
    done = subprocess.run(
        ["unshare", "-rm", sys.executable, str(driver), str(mount),
         str(tmp_path / "small.handloom"), str(source), "48m", str(8 * 1024 * 1024)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    code, said = report["full"]
    full, again = report["after_full"], report["after_again"]
    assert code == 1, said
    assert said.startswith("handloom: The disk holding small.handloom is full."), said
    assert "Traceback" not in said
    assert full["integrity"] == "ok" and again["integrity"] == "ok"
    assert full["instructions"] == full["recorded"]  # whole commits only, as recorded
    assert 0 < full["instructions"] < count  # the first commit fitted and was kept
    assert report["again"][0] == 0, report["again"][1]
    assert again["instructions"] == count and again["recorded"] == count
    assert again["jobs"] == [["import", "done"]]
    reliability_table(TITLE, COLUMNS, [
        "import (CLI)", "48 MB tmpfs", f"{full['instructions']} of {count}", "yes",
        full["instructions"] <= again["instructions"], "ok", "done",
        count - again["instructions"], 0,
    ])
