"""The reliability suite's scale and its printed tables.

``make reliability`` sets ``HANDLOOM_RELIABILITY=full``: 20 kills per stage and thousands
of fuzzed cases per reader. Inside ``make test`` the same tests run at the quick scale, so
every mechanism is exercised on every CI run and the full figures come from
``make reliability``.

Tests add rows to a table with the ``reliability_table`` fixture; the tables are printed at
the end of the run (pytest's terminal summary), so the figures appear even with ``-q``.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

FULL = os.environ.get("HANDLOOM_RELIABILITY", "").lower() == "full"


def scale(quick: int, full: int) -> int:
    """How many kills, cases or rounds to run at the current scale."""
    return full if FULL else quick


_TABLES: dict[str, tuple[list[str], list[list[object]]]] = {}


@pytest.fixture
def reliability_table() -> Callable[[str, list[str], list[object]], None]:
    """``add(title, columns, row)`` appends a row to the named table printed at the end."""

    def add(title: str, columns: list[str], row: list[object]) -> None:
        _, rows = _TABLES.setdefault(title, (columns, []))
        rows.append(row)

    return add


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _TABLES:
        return
    write = terminalreporter.write_line
    terminalreporter.section(f"reliability ({'full' if FULL else 'quick'} scale)")
    for title, (columns, rows) in _TABLES.items():
        cells = [columns] + [[str(c) for c in r] for r in rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
        write("")
        write(title)
        for n, r in enumerate(cells):
            write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
            if n == 0:
                write("  ".join("-" * w for w in widths))
