"""A project at a glance: the seed method's funnel of counts, its jobs and the next step.

The funnel counts instructions imported → included → translated → answered → judged →
selected → with a second turn → training rows, read straight from the project. The next
step names the page (and the command) that moves the project along: resume what stopped,
else the first stage with nothing in it yet. ``handloom overview`` prints it; the window's
Overview page draws it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core import jobs
from core.stages import STAGES
from core.store.project import Project

FUNNEL = ("imported", "included", "translated", "answered", "judged", "selected",
          "second_turn", "training_rows")
FUNNEL_LABELS = {"imported": "imported", "included": "included", "translated": "translated",
                 "answered": "answered", "judged": "judged", "selected": "selected",
                 "second_turn": "with a second turn", "training_rows": "training rows"}
# The page that shows each stage of the funnel, and each job kind.
FUNNEL_PAGES = {"imported": "import", "included": "curate", "translated": "translate",
                "answered": "generate", "judged": "judge", "selected": "judge",
                "second_turn": "judge", "training_rows": "train"}
JOB_PAGES = {job.kind: stage.key for stage in STAGES for job in stage.jobs}


@dataclass(frozen=True)
class NextStep:
    """What to do next: ``action`` (a key the window words itself), the ``page`` to open,
    and the sentence and command the command line prints."""

    action: str
    page: str
    sentence: str
    command: str

    def to_json(self) -> dict[str, Any]:
        return {"action": self.action, "page": self.page, "sentence": self.sentence,
                "command": self.command}


@dataclass(frozen=True)
class Overview:
    counts: dict[str, int]
    running: list[jobs.JobRecord]
    stopped: list[jobs.JobRecord]  # failed, cancelled or interrupted, not redone since
    next_step: NextStep
    recipe: dict[str, Any] | None  # the newest recipe: preset, state, stages
    changes: dict[str, Any] | None = None  # what the newest fine-tune changed, if measured

    def to_json(self) -> dict[str, Any]:
        return {"counts": self.counts, "changes": self.changes,
                "running": [_job(j) for j in self.running],
                "stopped": [_job(j) for j in self.stopped],
                "next_step": self.next_step.to_json(), "recipe": self.recipe}


def _job(job: jobs.JobRecord) -> dict[str, Any]:
    return {"id": job.id, "kind": job.kind, "state": job.state, "done": job.done,
            "total": job.total, "error": job.error, "page": JOB_PAGES.get(job.kind, "import")}


def _n(project: Project, sql: str) -> int:
    return int(project.scalar(sql) or 0)


def funnel(project: Project) -> dict[str, int]:
    """The count at each stage of the funnel, in ``FUNNEL`` order."""
    judged = ("SELECT count(DISTINCT r.instruction_id) FROM responses r JOIN instructions i "
              "ON i.id = r.instruction_id WHERE i.status = 'included' AND EXISTS (SELECT 1 "
              "FROM judgements j WHERE j.response_id = r.id AND j.followup_id IS NULL "
              "AND j.score >= 0)")
    newest_training = ("SELECT id FROM trainings WHERE state = 'done' "
                       "ORDER BY created_at DESC, rowid DESC LIMIT 1")
    return {
        "imported": _n(project, "SELECT count(*) FROM instructions WHERE parent_id IS NULL"),
        "included": _n(project, "SELECT count(*) FROM instructions WHERE parent_id IS NULL "
                                "AND status = 'included'"),
        "translated": _n(project, "SELECT count(*) FROM instructions WHERE parent_id IS NOT "
                                  "NULL AND status = 'included'"),
        "answered": _n(project, "SELECT count(DISTINCT r.instruction_id) FROM responses r "
                                "JOIN instructions i ON i.id = r.instruction_id "
                                "WHERE i.status = 'included'"),
        "judged": _n(project, judged),
        "selected": _n(project, "SELECT count(*) FROM responses WHERE selected = 1"),
        "second_turn": _n(project, "SELECT count(*) FROM followups f JOIN responses r ON "
                                   "r.id = f.response_id WHERE f.kept = 1 AND r.selected = 1"),
        "training_rows": _n(project, "SELECT count(*) FROM train_rows WHERE training_id = "
                                     f"({newest_training})"),
    }


def stopped_jobs(project: Project) -> list[jobs.JobRecord]:
    """Jobs that failed, were cancelled or interrupted, and were not run again to the end."""
    everything = jobs.list_jobs(project)
    stopped = []
    for i, job in enumerate(everything):
        if not job.resumable:
            continue
        redone = any(later.kind == job.kind and later.config == job.config
                     and later.state == "done" for later in everything[i + 1:])
        if not redone:
            stopped.append(job)
    return stopped


def next_step(project: Project, counts: dict[str, int], running: list[jobs.JobRecord],
              stopped: list[jobs.JobRecord]) -> NextStep:
    """The one thing to do next, as a person who knows the seed method would say it."""
    if running:
        job = running[-1]
        return NextStep("watch", JOB_PAGES.get(job.kind, "import"),
                        f"A {job.kind} job is running; watch it or wait for it to finish.",
                        "handloom jobs PROJECT")
    if stopped:
        job = stopped[-1]
        return NextStep("resume", JOB_PAGES.get(job.kind, "import"),
                        f"A {job.kind} job stopped before the end; resume it.",
                        "handloom resume PROJECT")
    curated = project.scalar("SELECT 1 FROM jobs WHERE kind = 'curate' AND state = 'done' "
                             "LIMIT 1")
    trained = project.scalar("SELECT tuned_model_id FROM trainings WHERE state = 'done' "
                             "ORDER BY created_at DESC LIMIT 1")
    compared = trained and project.scalar(
        "SELECT 1 FROM arena_votes WHERE model_a = ? OR model_b = ? LIMIT 1", [trained, trained])
    if counts["imported"] == 0:
        return NextStep("import", "import", "Import the instructions people wrote.",
                        "handloom import PROJECT FILE")
    if not curated or counts["included"] == 0:
        return NextStep("curate", "curate", "Filter out duplicates, templated prompts and "
                        "personal data.", "handloom curate PROJECT --dedup --templates "
                        "--pii exclude")
    if counts["answered"] == 0:
        return NextStep("generate", "generate", "Answer the included instructions with an "
                        "open-weight model.", "handloom generate PROJECT --model NAME")
    if counts["judged"] < counts["answered"]:
        return NextStep("judge", "judge", "Have a judge model score the answers 0–10.",
                        "handloom judge PROJECT --model NAME")
    if counts["selected"] == 0:
        return NextStep("select", "judge", "Keep the best answer to each instruction.",
                        "handloom select PROJECT --best-of")
    if not trained:
        return NextStep("train", "train", "Fine-tune a model on the selected pairs.",
                        "handloom train PROJECT --base MODEL --name NAME")
    if not compared:
        return NextStep("compare", "compare", "Compare the tuned model with others.",
                        "handloom arena PROJECT --models TUNED,BASE --judge MODEL")
    return NextStep("publish", "publish", "Publish the dataset and the model.",
                    "handloom export PROJECT OUT_DIR")


# The first steps a new project takes, in order: the step (the core.stages key of its page)
# and the rows whose first one means the step has been taken.
FIRST_STEPS = (
    ("import", "instructions"),
    ("curate", "jobs WHERE kind = 'curate' AND state = 'done'"),
    ("models", "models"),
    ("generate", "responses"),
    ("judge", "judgements"),
)


def first_step_left(project: Project) -> str | None:
    """The first of ``FIRST_STEPS`` not yet taken in ``project`` (None once responses are
    judged or reviewed): the window's hint above its pages."""
    if project.scalar("SELECT 1 FROM reviews LIMIT 1"):
        return None
    for step, rows in FIRST_STEPS:
        if not project.scalar(f"SELECT 1 FROM {rows} LIMIT 1"):  # noqa: S608 (our names)
            return step
    return None


def overview(project: Project) -> Overview:
    """The funnel, what runs, what stopped, the next step and the newest recipe."""
    from core.recipe.run import list_recipes

    counts = funnel(project)
    running = jobs.list_jobs(project, ("running", "queued"))
    stopped = stopped_jobs(project)
    recipes = list_recipes(project)
    recipe = recipes[-1].to_json() if recipes else None
    if recipe is not None:
        del recipe["settings"]
    return Overview(counts, running, stopped, next_step(project, counts, running, stopped),
                    recipe, newest_changes(project))


def newest_changes(project: Project) -> dict[str, Any] | None:
    """The newest finished run's report (``handloom trainings report``), in brief."""
    from core.recipe.changes import stored

    training_id = project.scalar("SELECT id FROM trainings WHERE state = 'done' "
                                 "ORDER BY created_at DESC, rowid DESC LIMIT 1")
    data = stored(project, training_id) if training_id else None
    if data is None:
        return None
    preference = data.get("preference") or {}
    return {"training": data["training"], "held_out": data["held_out"],
            "clean_endings_before": data["before"].get("clean_endings"),
            "clean_endings_after": data["after"].get("clean_endings"),
            "preference": preference.get("share"), "low": preference.get("low"),
            "high": preference.get("high"), "warnings": data["warnings"]}
