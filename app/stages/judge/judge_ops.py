"""Background work for the Judge page: its overview, the judge job, and single core calls."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.shell import ops
from app.shell.worker import Worker


def overview(path: Path, exclude_flags: list[str]) -> Worker:
    """Models, the current rubric, the score distribution, thresholds, flags, selection
    (writable: the default rubric is stored on first use)."""
    return ops.write(path, "core.judge.choices:judge_overview", exclude_flags,
                     name="judge statistics")


def judge(path: Path, rubric_text: str, config: dict[str, Any]) -> Worker:
    """Store the rubric shown (a new version only if it changed) and judge with it."""
    return ops.write(path, "core.judge.job:judge_with_rubric", rubric_text, config,
                     name="judge job", reports=True)
