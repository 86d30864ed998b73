"""The ``handloom`` command: the window, or the headless command line.

With no argument, or with one ``.handloom`` file (a double-click), it opens the window;
with a subcommand it runs ``core.cli``, which never imports the window (``core`` never
imports ``app``). ``python -m app`` does the same.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def opens_window(argv: Sequence[str]) -> bool:
    """Whether these arguments ask for the window rather than a command."""
    return not argv or (len(argv) == 1 and argv[0].endswith(".handloom"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if opens_window(argv):
        from app.shell.main import main as open_window

        return open_window(argv)
    from core.cli import main as command_line

    return command_line(argv)


if __name__ == "__main__":
    sys.exit(main())
