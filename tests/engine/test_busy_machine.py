"""The model process sees other programs' CPU use, and the job says the CPUs are shared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from core.engine.busy import (
    DEFAULT,
    INTERVAL_SECONDS,
    PASSIVE,
    OtherPrograms,
    Sharing,
    choose_wait_policy,
    start_mark,
    wait_policy,
)
from core.generate.backends import sharing_note


def test_a_busy_program_beside_the_model_process_is_seen() -> None:
    watch = OtherPrograms(cpus=1, threads=1)
    burner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(INTERVAL_SECONDS + 0.5)
        found = watch.check()
    finally:
        burner.kill()
        burner.wait()
    assert found is not None and found.shared, found
    assert watch.check() is None  # nothing new within the interval


def test_between_findings_a_step_reads_only_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    # check() runs after every decoding step; reading CPU times from /proc costs about a
    # millisecond, a tenth of a single sequence's step on two cores.
    watch = OtherPrograms(cpus=1, threads=1)
    readings = []
    monkeypatch.setattr(watch, "_now", lambda: readings.append(1) or (time.monotonic(), 0.0, 0.0))
    for _ in range(1000):
        assert watch.check() is None
    assert readings == []


def test_the_progress_line_says_the_cpus_are_shared() -> None:
    assert sharing_note(None) == ""
    assert sharing_note(Sharing(0.2, 2, 2)) == ""
    assert sharing_note(Sharing(1.5, 2, 2)) == " (the CPUs are shared: other programs use 1.5 of 2)"


def test_threads_spin_only_when_the_cores_are_the_models_alone() -> None:
    # Two cores, two threads: spin briefly on an idle machine, sleep once others use 0.6 of a CPU.
    assert wait_policy(0.1, cpus=2, threads=2, other_model_jobs=False) == DEFAULT
    assert wait_policy(0.7, cpus=2, threads=2, other_model_jobs=False) == PASSIVE
    # A model using one of four cores may spin beside a busy program on another.
    assert wait_policy(1.5, cpus=4, threads=1, other_model_jobs=False) == DEFAULT
    assert wait_policy(3.7, cpus=4, threads=1, other_model_jobs=False) == PASSIVE
    # When the person lets several model jobs run at once, none of them spins.
    assert wait_policy(0.0, cpus=2, threads=2, other_model_jobs=True) == PASSIVE


def test_a_busy_machine_at_the_model_start_makes_its_threads_sleep(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # As the engine does it: the parent takes the mark, a new process measures from there.
    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    cpus = len(os.sched_getaffinity(0))
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(cpus)]
    try:
        time.sleep(0.5)
        child = subprocess.run(
            [sys.executable, "-c",
             "import json, os, sys; from core.engine.busy import choose_wait_policy; "
             "print(json.dumps([*choose_wait_policy(json.loads(sys.argv[1]), 0, False), "
             "os.environ['OMP_WAIT_POLICY']]))", json.dumps(start_mark())],
            capture_output=True, text=True, check=True)
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    policy, why, environment = json.loads(child.stdout)
    assert (policy, environment) == (PASSIVE, PASSIVE), why
    assert why.startswith("other programs used"), why


def test_the_persons_own_wait_policy_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_WAIT_POLICY", "active")
    assert choose_wait_policy(start_mark(), 0, other_model_jobs=True) == (
        "ACTIVE", "set in the environment")


def test_the_model_process_says_how_its_threads_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.engine import bundled
    from core.engine.process import LocalEngine

    monkeypatch.setenv("OMP_WAIT_POLICY", "PASSIVE")
    with LocalEngine(bundled.locate("smollm2"), n_parallel=1, n_ctx_per_seq=64) as engine:
        assert (engine.wait_policy, engine.wait_policy_reason) == (PASSIVE, "set in the environment")
        assert "OpenMP wait policy PASSIVE" in engine.log_path.read_text()
