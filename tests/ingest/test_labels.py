"""Labelling in worker processes gives exactly the labels labelling in-process gives."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from core import jobs
from core.ingest import labels
from core.ingest.labels import Labeller, label
from core.store.project import Project
from tests.conftest import write_jsonl

TEXTS = [
    "How do I keep goats healthy in the dry season?",
    "Ẹ jọ̀ọ́, báwo ni mo ṣe lè se ẹ̀wà?",
    "Ninawezaje kupanda mahindi kabla ya mvua?",
    "ቡና እንዴት ይፈላል?",
    "雨の前に屋根を直すにはどうすればいいですか？",
    "Imaynatataq papata tarpuna?",
    "12345",
    "",
]


def test_a_worker_labels_like_this_process() -> None:
    here = label(TEXTS, list(range(len(TEXTS))))
    labeller = Labeller(0, workers=1)
    try:
        futures = [labeller.submit(TEXTS, list(range(len(TEXTS)))) for _ in range(3)]
        assert labeller.workers == 1 and labeller.depth == 2
        for future in futures:
            assert labeller.result(future, TEXTS, list(range(len(TEXTS)))) == here
    finally:
        labeller.close()
    assert here.languages[3][0] == "am" and here.scripts[3] == "Ethi"
    assert here.scripts[4] == "Jpan" and here.scripts[6] is None


def test_a_dead_worker_means_labelling_here(caplog: pytest.LogCaptureFixture) -> None:
    labeller = Labeller(0, workers=1)
    try:
        first = labeller.submit(TEXTS, [0, 1])
        labeller.result(first, TEXTS, [0, 1])  # the worker is up
        pool = labeller._pool
        assert pool is not None
        for pid in list(pool._processes):  # type: ignore[attr-defined]
            os.kill(pid, signal.SIGKILL)
        second = labeller.submit(TEXTS, [0, 1])
        assert labeller.result(second, TEXTS, [0, 1]) == label(TEXTS, [0, 1])
        assert labeller.depth == 0 and labeller.workers == 0
        third = labeller.submit(TEXTS, [])  # now labelled in this process
        assert third.done() and third.result().keys == label(TEXTS, []).keys
    finally:
        labeller.close()
    assert "labelling the rest of the import here" in caplog.text


def test_small_imports_label_here_and_big_ones_in_workers() -> None:
    assert Labeller(10).workers == 0
    big = Labeller(labels.PARALLEL_MIN_ROWS)
    try:
        assert big.workers == labels.spare_cores()
    finally:
        big.close()


def test_an_import_labelled_in_workers_stores_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [{"instruction": f"{TEXTS[i % len(TEXTS)]} ({i})"} for i in range(2500)]
    source = write_jsonl(tmp_path / "mixed.jsonl", rows)

    def imported(name: str) -> list[tuple[object, ...]]:
        project = Project.create(tmp_path / name)
        jobs.start(project, "import", {
            "files": [str(source)], "format": None, "columns": {}, "language": None,
            "licence": None, "skip_bad_rows": False, "again": False,
        })
        stored = project.conn.execute(
            "SELECT source_line, text, language, language_confidence, script, dup_key "
            "FROM instructions ORDER BY source_line"
        ).fetchall()
        result = jobs.list_jobs(project)[0].result
        project.close()
        assert result is not None
        return [*stored, ("processes", result["files"][0]["labelling_processes"])]

    here = imported("here.handloom")
    monkeypatch.setattr(labels, "PARALLEL_MIN_ROWS", 100)
    monkeypatch.setattr(labels, "spare_cores", lambda: 1)
    monkeypatch.setattr("core.ingest.job.BATCH", 300)
    in_workers = imported("workers.handloom")
    assert here[-1] == ("processes", 0) and in_workers[-1] == ("processes", 1)
    assert len(here) == 2501 and here[:-1] == in_workers[:-1]


def test_a_worker_does_not_outlive_a_killed_import(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    import psutil

    script = (
        "import sys, time\n"
        "from core.ingest.labels import Labeller\n"
        "labeller = Labeller(0, workers=1)\n"
        "labeller.result(labeller.submit(['warm'], [0]), ['warm'], [0])\n"
        "print(' '.join(str(p) for p in labeller._pool._processes), flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[2])
    assert parent.stdout is not None
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert workers and all(psutil.pid_exists(p) for p in workers)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(
        psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE
        for p in workers
    ):
        time.sleep(0.1)
    assert not any(
        psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE
        for p in workers
    )


def test_an_import_of_unknown_length_starts_workers_once_it_is_big(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(labels, "PARALLEL_MIN_ROWS", 20)
    monkeypatch.setattr(labels, "spare_cores", lambda: 1)
    labeller = Labeller(0)  # a JSON array: no estimate
    try:
        first = labeller.submit(TEXTS, [])
        assert first.done() and labeller.workers == 0  # 8 rows: labelled here
        labeller.submit(TEXTS, [])
        later = labeller.submit(TEXTS, [0])  # 24 rows seen: workers from now on
        assert labeller.workers == 1 and labeller.depth == 2
        assert labeller.result(later, TEXTS, [0]) == label(TEXTS, [0])
    finally:
        labeller.close()


def test_no_worker_can_start_means_labelling_here(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures.process as futures_process

    def refuse(*args: object, **kwargs: object) -> None:
        raise NotImplementedError("no semaphores in this sandbox")

    monkeypatch.setattr(futures_process, "_check_system_limits", refuse)
    labeller = Labeller(0, workers=1)
    try:
        assert labeller.workers == 0
        assert labeller.result(labeller.submit(TEXTS, [0]), TEXTS, [0]) == label(TEXTS, [0])
    finally:
        labeller.close()


def test_a_worker_that_cannot_be_spawned_means_labelling_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from multiprocessing import context

    def refuse(*args: object, **kwargs: object) -> None:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(context.SpawnProcess, "_Popen", staticmethod(refuse))
    labeller = Labeller(0, workers=1)
    try:
        future = labeller.submit(TEXTS, [1])
        assert labeller.result(future, TEXTS, [1]) == label(TEXTS, [1])
        assert labeller.workers == 0
    finally:
        labeller.close()


def test_cancel_is_not_held_up_by_a_stuck_worker() -> None:
    import threading
    import time
    from concurrent.futures import Future

    from core.errors import JobCancelled

    labeller = Labeller(0, workers=0)
    stuck: Future[labels.Labels] = Future()  # a worker that never answers
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(JobCancelled):
        labeller.result(stuck, TEXTS, [], cancel)
    assert time.monotonic() - started < 3


def test_a_container_quota_limits_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cpu_max = tmp_path / "cpu.max"
    monkeypatch.setattr(labels, "CGROUP_CPU_MAX", cpu_max)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    cpu_max.write_text("max 100000\n")
    assert labels.spare_cores() == 4  # 8 cores, at most 4 workers
    cpu_max.write_text("150000 100000\n")
    assert labels.spare_cores() == 1  # 1.5 cores allowed: 2, one of them the import's
    cpu_max.write_text("50000 100000\n")
    assert labels.spare_cores() == 0
    cpu_max.unlink()
    assert labels.spare_cores() == 4
