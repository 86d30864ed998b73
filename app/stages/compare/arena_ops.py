"""Background work for the Compare page: what the page lists, new evaluation sets, the
leaderboard (its bootstrap takes a moment), and the answers and judge jobs.

Votes themselves are single-row writes on the window's connection, like review actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.shell import ops
from app.shell.worker import Worker


def overview(path: Path) -> Worker:
    """Evaluation sets, models, the project's languages and answers per set and model."""
    return ops.read(path, "core.compare.choices:compare_overview", name="compare overview")


def make_eval_set(path: Path, spec: dict[str, Any]) -> Worker:
    """A new evaluation set: ``spec`` has ``kind`` ("held_out", "subset" or "prompts"),
    ``name``, and ``size``, ``language``, ``search`` or ``file``; the result is the set."""
    return ops.write(path, "core.compare.eval_sets:from_spec", spec, name="evaluation set")


def leaderboard(path: Path, eval_set: str | None, source: str, rounds: int = 1000) -> Worker:
    """The set's leaderboard counting ``source``'s votes (people, judge or all)."""
    return ops.read(path, "core.compare.leaderboard:leaderboard", eval_set, source,
                    rounds=rounds, name="leaderboard")


def answers(path: Path, config: dict[str, Any]) -> Worker:
    """The resumable ``arena_answers`` job (the same config continues a stopped one)."""
    return ops.start_or_resume(path, "arena_answers", config)


def judge(path: Path, config: dict[str, Any]) -> Worker:
    """The resumable ``arena_judge`` job: pairwise verdicts in both orders and 1–10 grades."""
    return ops.start_or_resume(path, "arena_judge", config)
