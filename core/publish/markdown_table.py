"""Markdown tables for the dataset and model cards.

Cells hold names from other people's files and models (a source called ``a|b.csv``, a model
called ``my|model``): a ``|`` is escaped and a line break becomes a space, so a name can
never split a cell or end a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def cell(value: Any) -> str:
    """``value`` as the text of one table cell."""
    return " ".join(str(value).splitlines()).replace("|", "\\|")


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A GitHub-flavoured Markdown table, as the Hub renders cards."""
    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
