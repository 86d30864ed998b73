"""The training subprocess: ``python -m core.train.runner CONFIG.json``.

Prints one JSON object per line on stdout (see core.train.events) and nothing else there.
SIGINT or SIGTERM asks for a clean stop: the run finishes its current step, saves a checkpoint
and prints ``cancelled``; a second signal ends it at once. Exit status: 0 done, 1 error,
130 cancelled. A run started again with ``"resume": true`` continues from its last checkpoint.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import traceback
from types import FrameType

from core.errors import HandloomError
from core.train.config import TrainingConfig
from core.train.events import EventWriter

EXIT_DONE, EXIT_ERROR, EXIT_CANCELLED = 0, 1, 130


def install_stop_handlers(stop: threading.Event) -> None:
    """First SIGINT/SIGTERM requests a checkpointed stop; a second one exits immediately."""

    def handle(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            os._exit(EXIT_CANCELLED)
        stop.set()

    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGTERM, handle)


def main(argv: list[str] | None = None) -> int:
    """Run the config named on the command line and report through JSON lines."""
    argv = sys.argv[1:] if argv is None else argv
    # Nothing may download at run time: the Hugging Face libraries read these on import.
    for name in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE"):
        os.environ.setdefault(name, "1")
    events = EventWriter.claim_stdout()
    stop = threading.Event()
    install_stop_handlers(stop)
    if len(argv) != 1:
        events.emit("error", message="Usage: python -m core.train.runner CONFIG.json")
        return EXIT_ERROR
    try:
        config = TrainingConfig.load(argv[0]).validate()
        from core.train.fine_tune import run

        finished = run(config, events, stop)
    except HandloomError as error:
        events.emit("error", message=str(error))
        return EXIT_ERROR
    except MemoryError:
        events.emit("error", message="Training ran out of memory; lower the batch size or length.")
        return EXIT_ERROR
    except Exception as error:  # a bug: keep the traceback on stderr, one sentence on stdout
        traceback.print_exc()
        events.emit("error", message=f"Training failed: {type(error).__name__}: {error}".strip())
        return EXIT_ERROR
    return EXIT_DONE if finished else EXIT_CANCELLED


if __name__ == "__main__":
    sys.exit(main())
