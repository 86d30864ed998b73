"""Running a recipe: its stages one after another as the existing durable jobs.

The recipe and its stages are recorded in the project (``recipes``, ``recipe_stages``)
before any work. Each stage's job commits every unit of work, so a recipe killed at any
moment is continued by running it again with the same settings: finished stages are
skipped, the stage that was running resumes its own job, and a stage whose job finished
just before the kill takes that job's result instead of running it twice.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core import jobs
from core.curator import current_curator
from core.errors import HandloomError, JobCancelled
from core.recipe import stages as stage_plan
from core.recipe.settings import RecipeSettings
from core.stages import same_config
from core.store.ids import new_id, now
from core.store.project import Project

StageStarted = Callable[[int, int, str], None]  # (position, stages, stage name)


@dataclass(frozen=True)
class StageRecord:
    position: int
    stage: str
    kind: str | None
    config: dict[str, Any]
    state: str  # pending, running, done, failed, cancelled
    job_id: str | None
    count_in: int | None
    count_out: int | None
    result: dict[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        return {"position": self.position, "stage": self.stage, "kind": self.kind,
                "state": self.state, "job_id": self.job_id, "count_in": self.count_in,
                "count_out": self.count_out}


@dataclass(frozen=True)
class RecipeRecord:
    id: str
    preset: str
    settings: dict[str, Any]
    models: list[dict[str, Any]]
    state: str
    created_by: str
    created_at: str
    finished_at: str | None
    stages: list[StageRecord]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "preset": self.preset, "state": self.state,
                "settings": self.settings, "models": self.models,
                "created_by": self.created_by, "created_at": self.created_at,
                "finished_at": self.finished_at, "stages": [s.to_json() for s in self.stages]}


def get(project: Project, recipe_id: str) -> RecipeRecord:
    rows = project.query("SELECT * FROM recipes WHERE id = ?", [recipe_id])
    if not rows:
        raise HandloomError(f"There is no recipe {recipe_id} in {project.path.name}.")
    row = rows[0]
    stages = [StageRecord(r["position"], r["stage"], stage_plan.JOB_KIND[r["stage"]],
                          json.loads(r["config"]), r["state"], r["job_id"], r["count_in"],
                          r["count_out"], json.loads(r["result"]) if r["result"] else None)
              for r in project.query("SELECT * FROM recipe_stages WHERE recipe_id = ? "
                                     "ORDER BY position", [recipe_id])]
    return RecipeRecord(row["id"], row["preset"], json.loads(row["settings"]),
                        json.loads(row["models"]), row["state"], row["created_by"],
                        row["created_at"], row["finished_at"], stages)


def list_recipes(project: Project) -> list[RecipeRecord]:
    """Every recipe run on the project, oldest first."""
    return [get(project, r["id"]) for r in
            project.query("SELECT id FROM recipes ORDER BY created_at, rowid")]


def find(project: Project, settings: RecipeSettings) -> RecipeRecord | None:
    """The recipe recorded with exactly these settings, if any (the newest)."""
    key = stage_plan.settings_key(settings)
    rows = project.query("SELECT id FROM recipes WHERE settings = ? ORDER BY created_at DESC, "
                         "rowid DESC LIMIT 1", [key])
    return get(project, rows[0]["id"]) if rows else None


def record(project: Project, settings: RecipeSettings) -> RecipeRecord:
    """The recipe with these settings: the one recorded earlier, else a new one with its
    stages and their job configs worked out now."""
    earlier = find(project, settings)
    if earlier is not None:
        return earlier
    planned = stage_plan.build(project, settings)
    models = stage_plan.model_facts(project, settings)
    recipe_id = new_id()
    with project.write() as conn:
        conn.execute(
            "INSERT INTO recipes(id, preset, settings, models, state, created_by, created_at) "
            "VALUES (?, ?, ?, ?, 'pending', ?, ?)",
            [recipe_id, settings.preset, stage_plan.settings_key(settings),
             json.dumps(models, ensure_ascii=False), current_curator(), now()])
        conn.executemany(
            "INSERT INTO recipe_stages(recipe_id, position, stage, config, state) "
            "VALUES (?, ?, ?, ?, 'pending')",
            [(recipe_id, i, s.name, json.dumps(s.config, ensure_ascii=False))
             for i, s in enumerate(planned)])
    return get(project, recipe_id)


def _set_stage(project: Project, recipe_id: str, position: int, **values: Any) -> None:
    columns = ", ".join(f"{k} = ?" for k in values)
    with project.write() as conn:
        conn.execute(f"UPDATE recipe_stages SET {columns} WHERE recipe_id = ? AND position = ?",
                     [*values.values(), recipe_id, position])


def _set_recipe(project: Project, recipe_id: str, state: str) -> None:
    with project.write() as conn:
        conn.execute("UPDATE recipes SET state = ?, finished_at = ? WHERE id = ?",
                     [state, now() if state == "done" else None, recipe_id])


def _finished_job(project: Project, kind: str, config: dict[str, Any]) -> jobs.JobRecord | None:
    """A job of ``kind`` with the same config (``core.stages.same_config``) that already
    finished (killed before the recipe could note it): its result stands instead of running
    it again."""
    for job in reversed(jobs.list_jobs(project, ("done",))):
        if job.kind == kind and same_config(kind, job.config, config):
            return job
    return None


def _run_stage(project: Project, recipe_id: str, stage: StageRecord,
               progress: jobs.Progress | None, cancel: threading.Event) -> dict[str, Any]:
    if stage.stage == "report":  # its answers and judge jobs resume like any other
        from core.recipe import changes

        cfg = stage.config
        return changes.report(project, cfg["training"], judge=cfg["judge"],
                              max_tokens=cfg["max_tokens"], progress=progress, cancel=cancel)
    if stage.kind is None:  # best-of selection: one quick transaction, safe to repeat
        from core.judge.select import best_of
        from core.store import registry

        cfg = stage.config
        judge_id = registry.get(project, cfg["judge"]).id if cfg.get("judge") else None
        return best_of(project, min_score=cfg["min_score"], exclude_flags=cfg["exclude_flags"],
                       judge_model_id=judge_id)
    done = _finished_job(project, stage.kind, stage.config)
    if done is not None:
        _set_stage(project, recipe_id, stage.position, job_id=done.id)
        return done.result or {}
    earlier = jobs.find_resumable(project, stage.kind, stage.config)
    job_id = earlier.id if earlier else jobs.create(project, stage.kind, stage.config)
    _set_stage(project, recipe_id, stage.position, job_id=job_id)
    result = jobs.run(project, job_id, progress, cancel)
    if result.state == "cancelled":
        raise JobCancelled()
    return result.result or {}


def run(project: Project, settings: RecipeSettings, *, progress: jobs.Progress | None = None,
        stage_started: StageStarted | None = None,
        cancel: threading.Event | None = None) -> RecipeRecord:
    """Run (or continue) the recipe with ``settings`` to its end; returns its record.

    A stage that fails is recorded as failed and its ``HandloomError`` raised again; a
    cancelled one raises ``JobCancelled``. Either way the same call continues it later.
    """
    cancel = cancel or threading.Event()
    jobs.mark_interrupted(project)
    recipe = record(project, settings)
    if recipe.state != "done":
        _set_recipe(project, recipe.id, "running")
    for stage in recipe.stages:
        if stage.state == "done":
            continue
        if stage_started is not None:
            stage_started(stage.position, len(recipe.stages), stage.stage)
        _set_stage(project, recipe.id, stage.position, state="running",
                   started_at=now())
        try:
            result = _run_stage(project, recipe.id, stage, progress, cancel)
        except JobCancelled:
            _set_stage(project, recipe.id, stage.position, state="cancelled")
            _set_recipe(project, recipe.id, "cancelled")
            raise
        except HandloomError as e:
            _set_stage(project, recipe.id, stage.position, state="failed",
                       result=json.dumps({"error": str(e)}, ensure_ascii=False))
            _set_recipe(project, recipe.id, "failed")
            raise
        planned = stage_plan.Stage(stage.stage, stage.kind, stage.config)
        count_in, count_out = stage_plan.counts(project, planned, result)
        _set_stage(project, recipe.id, stage.position, state="done", count_in=count_in,
                   count_out=count_out, finished_at=now(),
                   result=json.dumps(result, ensure_ascii=False, default=str))
    if recipe.state != "done":
        _set_recipe(project, recipe.id, "done")
    return get(project, recipe.id)


def for_training(project: Project, training_job_id: str | None) -> RecipeRecord | None:
    """The recipe whose train stage ran ``training_job_id``, if a recipe trained it."""
    if not training_job_id:
        return None
    rows = project.query("SELECT recipe_id FROM recipe_stages WHERE job_id = ? LIMIT 1",
                         [training_job_id])
    return get(project, rows[0]["recipe_id"]) if rows else None


def newest_finished(project: Project) -> RecipeRecord | None:
    rows = project.query("SELECT id FROM recipes WHERE state = 'done' "
                         "ORDER BY finished_at DESC, rowid DESC LIMIT 1")
    return get(project, rows[0]["id"]) if rows else None


def unfinished(project: Project) -> RecipeRecord | None:
    """The newest recipe that has not run to its end (stopped, failed, or left running by a
    crash), which running it again continues; None when the newest one finished."""
    rows = project.query("SELECT id, state FROM recipes ORDER BY created_at DESC, rowid DESC "
                         "LIMIT 1")
    return get(project, rows[0]["id"]) if rows and rows[0]["state"] != "done" else None


def settings_of(recipe: RecipeRecord) -> RecipeSettings:
    """The settings ``recipe`` was recorded with: running them again continues it."""
    from core.recipe.settings import with_values

    return with_values(RecipeSettings(), recipe.settings, "stored recipe").validate()
