"""The frozen program's entry point: the ``handloom`` command and window in one executable.

A frozen app has no separate Python to start children with, so the same executable plays
three parts: multiprocessing's spawned model process (``freeze_support`` takes over when
multiprocessing started us), the training runner (a hidden first argument that
``core.train.process`` passes instead of ``-m core.train.runner``), and Handloom itself.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    if sys.platform == "darwin":  # Finder may add a process serial number; it is no command
        sys.argv = [a for a in sys.argv if not a.startswith("-psn_")]
    from core.train.process import FROZEN_RUNNER_FLAG

    if len(sys.argv) > 1 and sys.argv[1] == FROZEN_RUNNER_FLAG:
        from core.train.runner import main as run_training

        return run_training(sys.argv[2:])
    from app.launcher import main as handloom

    return handloom()


if __name__ == "__main__":
    sys.exit(main())
