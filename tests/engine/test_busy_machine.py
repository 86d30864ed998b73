"""The model process sees other programs' CPU use, and the job says the CPUs are shared."""

from __future__ import annotations

import subprocess
import sys
import time

from core.engine.busy import INTERVAL_SECONDS, OtherPrograms, Sharing
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


def test_the_progress_line_says_the_cpus_are_shared() -> None:
    assert sharing_note(None) == ""
    assert sharing_note(Sharing(0.2, 2, 2)) == ""
    assert sharing_note(Sharing(1.5, 2, 2)) == " (the CPUs are shared: other programs use 1.5 of 2)"
