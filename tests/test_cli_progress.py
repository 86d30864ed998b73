"""The command line's progress: rate and time left at a terminal, nothing in scripts, clean
``--json``. The real ``handloom import`` runs on a pseudo-terminal, as a person would see it."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from core.cli.common import TerminalProgress

ROOT = Path(__file__).resolve().parents[1]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_shows_count_rate_time_left_and_the_whole_message(
        monkeypatch: pytest.MonkeyPatch) -> None:
    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", Terminal())
    monkeypatch.setenv("COLUMNS", "160")
    progress = TerminalProgress(enabled=True)
    message = "Step 30 of 60 · loss 2.314 · 171 tokens/s · 0:12 left"
    for step in range(1, 31):
        progress(step, 60, message)
        time.sleep(0.012)
    progress.close()
    redraws = [line for line in err.getvalue().split("\r") if line.strip()]
    last = redraws[-1]  # the bar is cleared after this
    assert re.match(r"\d\d/60 +\d\d%\|[#\d]+ +\| \[00:00<00:00, +\d+(\.\d+)?/s\] ", last), last
    assert last.rstrip().endswith(message)  # the job's whole message, not its first 40 characters
    assert all(line.rstrip().endswith(message) for line in redraws)


def test_a_new_phase_starts_a_new_bar_and_a_resumed_job_its_rate_afresh(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", Terminal())
    monkeypatch.setattr(sys, "stdout", Terminal())
    progress = TerminalProgress(enabled=True)
    progress(5_000, 10_000, "Importing")  # a resumed import: half was done before
    first = progress._bar
    assert first.n == 5_000 and first.initial == 5_000  # the rate counts only from here
    progress(6_000, 10_000, "Importing")
    assert progress._bar is first and first.n == 6_000
    progress(0, 0, "Building the indexes")  # a phase of unknown length
    assert progress._bar is not first and progress._bar.total is None
    progress.close()


@pytest.mark.parametrize("stdout_is_terminal, json_output", [(False, False), (True, True)])
def test_nothing_is_drawn_for_scripts_or_json(monkeypatch: pytest.MonkeyPatch,
                                              stdout_is_terminal: bool,
                                              json_output: bool) -> None:
    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", Terminal() if stdout_is_terminal else io.StringIO())
    progress = TerminalProgress(enabled=not json_output)
    for n in range(10):
        progress(n, 10, "Working")
    progress.close()
    assert err.getvalue() == ""


def _run_on_a_terminal(args: list[str], env: dict[str, str], size: tuple[int, int]) -> str:
    """Run ``handloom ARGS`` with stdout and stderr on a pseudo-terminal of ``size`` (columns,
    rows; some terminals say 0 × 0); all it printed."""
    main, side = pty.openpty()
    fcntl.ioctl(side, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    code = "import sys; from core.cli import main; sys.exit(main(sys.argv[1:]))"
    process = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                               stdin=subprocess.DEVNULL, stdout=side, stderr=side)
    os.close(side)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([main], [], [], 120)
        if not ready:
            process.kill()
            raise AssertionError("handloom printed nothing for two minutes")
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert process.wait(timeout=60) == 0, b"".join(chunks).decode(errors="replace")
    return b"".join(chunks).decode("utf-8", errors="replace")


@pytest.mark.slow
def test_a_real_import_at_a_terminal_shows_its_progress_and_json_stays_clean(
        tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    with rows.open("w") as out:
        for n in range(60_000):
            out.write(json.dumps({"instruction": f"Explain step {n} of the weaving plan."}) + "\n")
    env = {**os.environ, "HANDLOOM_USER": "Tester",
           "HANDLOOM_DATA_DIR": str(tmp_path / "data"),
           "HANDLOOM_CONFIG_DIR": str(tmp_path / "config")}
    project = str(tmp_path / "p.handloom")
    subprocess.run([sys.executable, "-c", "from core.cli import main; main(['init', '"
                    + project + "'])"], cwd=ROOT, env=env, check=True, capture_output=True)
    for size in [(150, 40), (0, 0)]:  # a terminal that does not say its size gets 80 × 24
        shown = _run_on_a_terminal(["import", project, str(rows), "--language", "en",
                                    "--again"], env, size)
        bars = [part for part in shown.split("\r") if "Importing rows" in part]
        assert bars, shown
        assert any(re.search(r"/60\.0k\s+\d+%.*<\d\d:\d\d, +[\d.]+k?/s\] Importing", b)
                   for b in bars), bars
        assert "rows.jsonl: 60,000 instructions (jsonl)" in shown

    shown = _run_on_a_terminal(["import", project, str(rows), "--again", "--json"], env,
                               (150, 40))
    assert json.loads(shown)["imported"] == 60_000  # nothing but the JSON on the terminal
