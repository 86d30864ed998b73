"""A window that cannot open says why: one sentence on stderr and exit status 1.

Qt aborts (status 134) when it has no display or when its xcb platform plugin lacks a
library, with the reason only in the log. These run the real ``handloom`` command without
a display, against a display that does not answer, and under a real X server (Xvfb) in a
mount namespace where one XCB helper library is replaced by an empty file, as on a minimal
desktop without it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.shell.display_check import HELPERS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux")

ROOT = Path(__file__).resolve().parents[1]
HANDLOOM = [sys.executable, "-m", "app"]  # the `handloom` command (app.launcher)
REQUIRE_X = os.environ.get("HANDLOOM_REQUIRE_EMULATOR") == "1"  # CI installs Xvfb too


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HANDLOOM_DATA_DIR=str(tmp_path / "data"),
               HANDLOOM_CONFIG_DIR=str(tmp_path / "config"), **extra)
    return env


def _sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "handloom --help" in lines[0]
    return lines[0]


def test_no_display_is_said_in_one_sentence(tmp_path: Path) -> None:
    result = subprocess.run(HANDLOOM, cwd=tmp_path, env=_env(tmp_path), capture_output=True,
                            text=True, timeout=120)
    assert "there is no display (DISPLAY is not set)" in _sentence(result)


def test_a_display_that_does_not_answer_is_said(tmp_path: Path) -> None:
    result = subprocess.run(HANDLOOM, cwd=tmp_path, env=_env(tmp_path, DISPLAY=":87"),
                            capture_output=True, text=True, timeout=120)
    assert "the display :87 does not answer" in _sentence(result)


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        if REQUIRE_X:
            pytest.fail("Xvfb is not installed (Debian's xvfb); .ci/run installs it")
        pytest.skip("Xvfb is not installed")
    display = f":{90 + os.getpid() % 9}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
    for _ in range(100):
        if socket.exists():
            break
        time.sleep(0.1)
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


def _can_hide_files() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-rm", "true"], capture_output=True).returncode == 0


def hidden(libraries: list[str], command: list[str]) -> list[str]:
    """``command`` in a mount namespace where each library's file reads as empty."""
    from ctypes.util import find_library

    mounts = []
    for soname in libraries:
        name = soname.removeprefix("lib").split(".so")[0]
        found = find_library(name)
        paths = [Path(d) / (found or soname) for d in ("/usr/lib/x86_64-linux-gnu",
                                                     "/usr/lib64", "/usr/lib")]
        real = next((p.resolve() for p in paths if p.exists()), None)
        if real is not None:
            mounts.append(f"mount --bind /dev/null {real}")
    script = " && ".join(mounts + ['exec "$@"'])
    return ["unshare", "-rm", "sh", "-c", script, "sh", *command]


def test_a_missing_xcb_library_is_named_with_the_packages_to_install(
        tmp_path: Path, xvfb: str) -> None:
    if not _can_hide_files():
        pytest.skip("unshare -rm is not allowed here")
    missing = "libxcb-icccm.so.4"
    assert missing in HELPERS
    result = subprocess.run(hidden([missing], HANDLOOM), cwd=tmp_path,
                            env=_env(tmp_path, DISPLAY=xvfb), capture_output=True, text=True,
                            timeout=120)
    sentence = _sentence(result)
    assert f"needs {missing}" in sentence
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in sentence
    assert "sudo dnf install" in sentence and "xcb-util-wm" in sentence


@pytest.mark.slow  # starts an X server
def test_the_window_opens_under_a_real_x_server(tmp_path: Path, xvfb: str) -> None:
    """The check lets a working desktop through: the window opens and paints."""
    shot = tmp_path / "window.png"
    result = subprocess.run(HANDLOOM, cwd=tmp_path, env=_env(
        tmp_path, DISPLAY=xvfb, HANDLOOM_SCREENSHOT=str(shot), HANDLOOM_USER="Tester"),
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
