"""Model jobs take turns on one machine: two real Handloom processes, one model at a time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from core.engine import turns
from core.errors import JobCancelled

pytestmark = pytest.mark.model  # model processes take turns

# One program: open SmolLM2 through the engine, say so, answer one request (4 tokens, its
# end of generation ignored: a sampled answer once ended after 2), then wait for
# a line on stdin before closing. While waiting for its turn it prints what a job shows.
_PROGRAM = textwrap.dedent("""
    import sys
    from core.engine.process import GenerationRequest, LocalEngine

    def waiting(sentence):
        print("WAITING", sentence, flush=True)

    if __name__ == "__main__":
        with LocalEngine(sys.argv[1], n_parallel=1, n_ctx_per_seq=64, n_threads=1,
                         what=sys.argv[2], waiting=waiting) as engine:
            print("LOADED", flush=True)
            [result] = engine.generate([GenerationRequest("a", "Hello", max_tokens=4,
                                                          ignore_eos=True)])
            print("ANSWERED", result.completion_tokens, flush=True)
            sys.stdin.readline()
""")


def _start(model: Path, what: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", _PROGRAM, str(model), what], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])


def _line(process: subprocess.Popen[str], timeout: float = 120) -> str:
    """The next line the program prints (empty if it ended), failing after ``timeout``."""
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    assert found, f"no line within {timeout} s"
    return found[0].strip()


def _end(*processes: subprocess.Popen[str] | None) -> None:
    for process in processes:
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()


def hold_turn_elsewhere(what: str) -> subprocess.Popen[str]:
    """Another program holding this machine's model turn until a line on its stdin."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from core.engine import turns; "
         f"t = turns.take_turn({what!r}); print('HELD', flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2])
    assert _line(holder, 60) == "HELD"
    return holder


def _two_programs(model: Path) -> tuple[subprocess.Popen[str], subprocess.Popen[str], str]:
    """A program that has loaded its model, and a second one; and what the second said."""
    env = dict(os.environ)
    first = _start(model, "handloom generate: SmolLM2", env)
    if _line(first) != "LOADED":
        _end(first)
        pytest.fail("the first program did not load its model")
    second = _start(model, "handloom judge: SmolLM2", env)
    return first, second, _line(second)


def test_second_program_waits_for_the_first_and_says_for_whom(smollm2_path: Path) -> None:
    first, second, said = _two_programs(smollm2_path)
    try:
        assert said.startswith("WAITING Waiting for the other model job to finish")
        assert "handloom generate: SmolLM2" in said
        time.sleep(1.0)  # it keeps waiting while the first holds its model
        assert second.poll() is None
        assert _line(first) == "ANSWERED 4"
        first.stdin.write("\n")  # type: ignore[union-attr]
        first.stdin.flush()  # type: ignore[union-attr]
        assert first.wait(60) == 0
        assert _line(second) == "LOADED"
        assert _line(second) == "ANSWERED 4"
        second.stdin.write("\n")  # type: ignore[union-attr]
        second.stdin.flush()  # type: ignore[union-attr]
        assert second.wait(60) == 0
    finally:
        _end(first, second)


def test_a_killed_program_gives_its_turn_back(smollm2_path: Path) -> None:
    first, second, said = _two_programs(smollm2_path)
    try:
        assert said.startswith("WAITING")
        first.send_signal(signal.SIGKILL)
        first.wait(30)
        assert _line(second) == "LOADED"
    finally:
        _end(first, second)


def test_engines_of_one_program_share_its_turn() -> None:
    first = turns.take_turn("one")
    second = turns.take_turn("two")  # a second model in the same job: no waiting for itself
    assert turns.holding()
    first.release()
    assert turns.holding()
    second.release()
    second.release()  # twice is harmless
    assert not turns.holding()


def test_waiting_can_be_cancelled() -> None:
    holder = hold_turn_elsewhere("handloom translate: SmolLM2")
    try:
        cancel = threading.Event()
        said: list[str] = []

        def wait_and_cancel(sentence: str) -> None:
            said.append(sentence)
            cancel.set()

        with pytest.raises(JobCancelled):
            turns.take_turn("mine", waiting=wait_and_cancel, cancel=cancel)
        assert "handloom translate: SmolLM2" in said[0]
        assert not turns.holding()
    finally:
        _end(holder)


def test_a_data_folder_that_cannot_be_written_does_not_stop_the_work(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")
    monkeypatch.setattr(turns, "_folder", lambda: blocked / "model-turns")
    turn = turns.take_turn("mine")
    assert not turns.holding()
    turn.release()
