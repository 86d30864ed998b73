"""The names of the reasons an instruction can be excluded for.

A module of its own, importing nothing, so the window can list the reasons without
loading the curate filters and their numeric libraries.
"""

from __future__ import annotations

REASONS = (
    "duplicate",
    "near_duplicate",
    "template",
    "pii",
    "moderation",
    "length",
    "language",
    "script",
    "regex",
)
