"""A page's live count shows only the newest answer: a count overtaken by a change is dropped."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QWidget

from app.shell.worker import Worker
from app.stages.base import Recount


def test_an_overtaken_count_is_dropped(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    shown: list[object] = []
    release = threading.Event()

    def slow(progress: Any, cancel: Any) -> str:
        release.wait(60)
        return "old"

    recount = Recount(page, lambda: None)
    first = Worker(slow)
    first_ended: list[bool] = []
    first.finished.connect(lambda: first_ended.append(True))
    recount.run(first, shown.append, shown.append)
    # Generous waits: the workers share the window's thread pool with whatever earlier tests
    # left running, on a machine that may be busy.
    second = Worker(lambda progress, cancel: "new")
    with qtbot.waitSignal(second.finished, timeout=60_000):
        recount.run(second, shown.append, shown.append)
    release.set()
    qtbot.waitUntil(lambda: bool(first_ended), timeout=60_000)
    assert shown == ["new"]

    failing = Worker(lambda progress, cancel: (_ for _ in ()).throw(OSError("disk gone")))
    with qtbot.waitSignal(failing.finished, timeout=60_000):
        recount.run(failing, shown.append, shown.append)
    assert len(shown) == 2 and "disk gone" in str(shown[1])


def test_changes_are_counted_once_typing_settles(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[int] = []
    recount = Recount(page, lambda: calls.append(1), delay_ms=50)
    for _ in range(5):
        recount.soon()
    qtbot.wait(200)
    assert calls == [1]
    recount.soon()
    recount.stop()
    qtbot.wait(100)
    assert calls == [1]
