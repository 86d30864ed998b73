"""Background work for the Compare page: what the page lists, new evaluation sets, the
leaderboard (its bootstrap takes a moment), and the answers and judge jobs.

Votes themselves are single-row writes on the window's connection, like review actions.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.shell import ops
from app.shell.worker import Progress, Worker


def overview(path: Path) -> Worker:
    """Evaluation sets, models, the project's languages and answers per set and model."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.compare import eval_sets
        from core.compare.answers import answered_per_set
        from core.store import registry
        from core.store.instructions import language_codes
        from core.store.project import Project

        with Project.open(path, read_only=True) as project:
            return {
                "sets": [s.to_json() for s in eval_sets.list_sets(project)],
                "models": [m.to_json() for m in registry.list_models(project)],
                "languages": language_codes(project),
                "answered": answered_per_set(project),
            }

    return Worker(work, name="compare overview")


def make_eval_set(path: Path, spec: dict[str, Any]) -> Worker:
    """A new evaluation set: ``spec`` has ``kind`` ("held_out", "subset" or "prompts"),
    ``name``, and ``size``, ``language``, ``search`` or ``file``; the result is the set."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.compare import eval_sets
        from core.store.instructions import Filters
        from core.store.project import Project

        with Project.open(path) as project:
            kind, name, language = spec["kind"], spec["name"], spec.get("language") or None
            if kind == "held_out":
                made = eval_sets.held_out(project, name, size=spec.get("size"),
                                          language=language)
            elif kind == "subset":
                made = eval_sets.subset(project, name, limit=spec.get("size"), filters=Filters(
                    status="included", language=language, search=spec.get("search") or None))
            else:
                made = eval_sets.from_file(project, name, spec["file"], language=language)
            return made.to_json()

    return Worker(work, name="evaluation set")


def leaderboard(path: Path, eval_set: str | None, source: str, rounds: int = 1000) -> Worker:
    """The set's leaderboard counting ``source``'s votes (people, judge or all)."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.compare import leaderboard as board
        from core.store.project import Project

        with Project.open(path, read_only=True) as project:
            return board.leaderboard(project, eval_set, source, rounds=rounds)

    return Worker(work, name="leaderboard")


def answers(path: Path, config: dict[str, Any]) -> Worker:
    """The resumable ``arena_answers`` job (the same config continues a stopped one)."""
    return ops.start_or_resume(path, "arena_answers", config)


def judge(path: Path, config: dict[str, Any]) -> Worker:
    """The resumable ``arena_judge`` job: pairwise verdicts in both orders and 1–10 grades."""
    return ops.start_or_resume(path, "arena_judge", config)
