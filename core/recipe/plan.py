"""What a recipe would do, without doing it (``handloom recipe --dry-run``).

Each stage with the count it expects in and out and, where this project has run a job of
the same kind before, the time it should take at that measured speed. A stage the recipe
already finished shows its recorded counts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from core.recipe import stages as stage_plan
from core.recipe.run import find
from core.recipe.settings import RecipeSettings
from core.store.project import Project

# The unit each job's result counts, to measure seconds per unit from finished jobs.
UNITS = {"translate": "written", "generate": "written", "judge": "judged",
         "followup": "followups", "train": "steps"}


@dataclass(frozen=True)
class PlannedStage:
    stage: str
    kind: str | None
    state: str  # "done" (recorded), "to do", or the state a killed run left
    count_in: int | None
    count_out: int | None
    units: int | None  # the work it will do, in its job's units
    seconds: float | None  # None: no speed measured yet on this project

    def to_json(self) -> dict[str, Any]:
        return {"stage": self.stage, "kind": self.kind, "state": self.state,
                "count_in": self.count_in, "count_out": self.count_out, "units": self.units,
                "seconds": None if self.seconds is None else round(self.seconds)}


def measured_speeds(project: Project) -> dict[str, float]:
    """Seconds per unit of work of each job kind, over the project's finished jobs."""
    totals: dict[str, tuple[float, int]] = {}
    for row in project.query("SELECT kind, result, started_at, finished_at FROM jobs "
                             "WHERE state = 'done' AND started_at IS NOT NULL"):
        unit = UNITS.get(row["kind"])
        if unit is None or not row["result"]:
            continue
        done = int(json.loads(row["result"]).get(unit) or 0)
        if done <= 0:
            continue
        seconds = (datetime.fromisoformat(row["finished_at"])
                   - datetime.fromisoformat(row["started_at"])).total_seconds()
        spent, units = totals.get(row["kind"], (0.0, 0))
        totals[row["kind"]] = (spent + max(seconds, 0.0), units + done)
    return {kind: spent / units for kind, (spent, units) in totals.items() if units}


def _n(project: Project, sql: str, params: list[Any] | None = None) -> int:
    return int(project.scalar(sql, params or []) or 0)


def plan(project: Project, settings: RecipeSettings) -> list[PlannedStage]:
    """The recipe's stages with expected counts; nothing is written to the project."""
    recorded = find(project, settings)
    done = {s.stage: s for s in recorded.stages} if recorded else {}
    planned = ([stage_plan.Stage(s.stage, s.kind, s.config) for s in recorded.stages]
               if recorded else _stages_read_only(project, settings))
    speeds = measured_speeds(project)
    language = stage_plan.answered_language(settings)
    originals = _n(project, "SELECT count(*) FROM instructions WHERE parent_id IS NULL")
    included = _n(project, "SELECT count(*) FROM instructions WHERE parent_id IS NULL "
                           "AND status = 'included'")
    if language and not settings.target_language:
        included = _n(project, "SELECT count(*) FROM instructions WHERE status = 'included' "
                               "AND language = ?", [language])
    answered = min(included, settings.limit) if settings.limit else included
    samples = settings.generate.samples
    expected: dict[str, tuple[int | None, int | None, int | None]] = {
        "import": (len(settings.files), None, None),
        "curate": (originals, included, None),
        "translate": (answered, answered, answered),
        "generate": (answered, answered * samples, answered * samples),
        "judge": (answered * samples, answered * samples, answered * samples),
        "select": (answered, answered, None),
        "second_turn": (answered, None, answered),
        "train": (answered, answered, settings.train.max_steps),
        "report": (None, None, None),
    }
    result = []
    for stage in planned:
        count_in, count_out, units = expected[stage.name]
        record = done.get(stage.name)
        state = record.state if record else "to do"
        if state == "pending":
            state = "to do"
        if record is not None and record.state == "done":
            count_in, count_out, units = record.count_in, record.count_out, 0
        speed = speeds.get(stage.kind or "")
        seconds = units * speed if units is not None and speed is not None else None
        result.append(PlannedStage(stage.name, stage.kind, state, count_in, count_out, units,
                                   seconds))
    return result


def _stages_read_only(project: Project, settings: RecipeSettings) -> list[stage_plan.Stage]:
    """The stages, without storing the default rubric in a project that has none yet."""
    if not project.scalar("SELECT 1 FROM rubrics LIMIT 1"):
        with project.write() as conn:
            conn.execute("SAVEPOINT dry_run")
            try:
                return stage_plan.build(project, settings)
            finally:
                conn.execute("ROLLBACK TO dry_run")
                conn.execute("RELEASE dry_run")
    return stage_plan.build(project, settings)
