"""The training subprocess's progress protocol: one JSON object per line on stdout.

Events, in order: ``start`` (backend, device, dtype, rows, total_steps, resumed_from), ``status``
(message: what slow preparation is under way), ``step``
(step, total_steps, loss, learning_rate, tokens_per_second, seconds_left, tokens seen so far),
``eval`` (step,
eval_loss), ``checkpoint`` (step, path), then exactly one of ``done`` (adapter_dir, gguf_adapter,
...), ``cancelled`` (step, checkpoint) or ``error`` (message: one plain sentence).

Libraries print banners and progress bars to stdout, so the runner moves the real stdout to a
private descriptor and points descriptor 1 at stderr: only these lines reach the reader.
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
from typing import IO, Any

EVENTS = ("start", "status", "step", "eval", "checkpoint", "done", "cancelled", "error")


class EventWriter:
    """Writes protocol lines to a stream that nothing else prints to."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    @classmethod
    def claim_stdout(cls) -> EventWriter:
        """Take stdout for the protocol and send everything else printed there to stderr."""
        sys.stdout.flush()
        private = os.dup(1)
        os.dup2(2, 1)
        sys.stdout = sys.stderr
        return cls(os.fdopen(private, "w", encoding="utf-8", buffering=1))

    def emit(self, event: str, **values: Any) -> None:
        """Write one event line and flush it, so the reader sees progress as it happens."""
        record = {"event": event, **{k: _plain(v) for k, v in values.items()}}
        line = json.dumps(record, ensure_ascii=False, allow_nan=False)
        with self._lock:
            self._stream.write(line + "\n")
            self._stream.flush()


def _plain(value: Any) -> Any:
    """JSON-safe values: NaN and infinity become null, numpy and torch scalars become floats."""
    if hasattr(value, "item") and callable(value.item):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def parse_event(line: str) -> dict[str, Any] | None:
    """Read one protocol line; anything that is not an event object gives None."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if isinstance(record, dict) and record.get("event") in EVENTS:
        return record
    return None
