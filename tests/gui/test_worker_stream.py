"""The worker passes streamed text to the window in few batches and loses none of it."""

from __future__ import annotations

import threading
from typing import Any

from app.shell.worker import Worker


class _Collector:
    def __init__(self) -> None:
        self.batches: list[dict[str, str]] = []
        self.text: dict[str, str] = {}

    def take(self, batch: dict[str, str]) -> None:
        self.batches.append(batch)
        for key, text in batch.items():
            self.text[key] = self.text.get(key, "") + text


def _chatty(progress: Any, cancel: threading.Event) -> str:
    for i in range(2000):
        progress.stream("a", "x")
        progress.stream("b", str(i % 10))
    progress(1, 1, "done")
    return "ok"


def test_streamed_text_arrives_whole_in_a_few_batches(qtbot) -> None:
    worker = Worker(_chatty, stream=True)
    collector = _Collector()
    worker.streamed.connect(collector.take)
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        worker.start()
    assert collector.text == {"a": "x" * 2000, "b": "".join(str(i % 10) for i in range(2000))}
    assert 1 <= len(collector.batches) < 200  # joined, not one signal per piece


def _has_stream(progress: Any, cancel: threading.Event) -> bool:
    return hasattr(progress, "stream")


def test_a_worker_that_does_not_stream_offers_no_stream(qtbot) -> None:
    for stream in (False, True):
        worker = Worker(_has_stream, stream=stream)
        with qtbot.waitSignal(worker.succeeded, timeout=10_000) as done:
            worker.start()
        assert done.args == [stream]  # so core jobs do not ask the engine to stream
