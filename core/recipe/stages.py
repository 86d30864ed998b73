"""A recipe's stages: which job each runs with which config, and what each counts.

The configs are the same ones ``handloom curate``, ``generate``, ``judge``… write, so a
stage runs the existing job with its resume guarantees; they are worked out once, when a
recipe is first recorded, and stored with it, so that running the recipe again resumes
exactly the jobs it started.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from core.recipe.settings import RecipeError, RecipeSettings
from core.store import registry
from core.store.project import Project

# The stages in the order the seed method runs them.
STAGE_NAMES = ("import", "curate", "translate", "generate", "judge", "select", "second_turn",
               "train", "report")
JOB_KIND = {"import": "import", "curate": "curate", "translate": "translate",
            "generate": "generate", "judge": "judge", "select": None,
            "second_turn": "followup", "train": "train", "report": None}


@dataclass(frozen=True)
class Stage:
    """One stage of a recipe: its name, the job kind it runs (None: a quick step done in
    one transaction) and that job's config."""

    name: str
    kind: str | None
    config: dict[str, Any]


def settings_key(settings: RecipeSettings) -> str:
    """The settings as canonical JSON: equal settings, equal text."""
    return json.dumps(settings.to_json(), sort_keys=True, ensure_ascii=False)


def training_name(settings: RecipeSettings) -> str:
    """The tuned model's name: the one chosen, else the preset and a hash of the settings
    (a changed recipe trains a new model instead of colliding with the earlier one)."""
    if settings.train.name:
        return settings.train.name
    digest = hashlib.blake2b(settings_key(settings).encode(), digest_size=3).hexdigest()
    return f"{settings.preset}-{digest}"


def answered_language(settings: RecipeSettings) -> str | None:
    return settings.target_language or settings.language


def build(project: Project, settings: RecipeSettings) -> list[Stage]:
    """The stages of ``settings`` with their job configs; refuses unknown models now."""
    from core.curate.config import CurateConfig
    from core.ingest.config import import_config
    from core.judge import rubric
    from core.judge.config import FollowupConfig
    from core.languages import normalise_language
    from core.translate.config import TranslateConfig

    models = [settings.teacher, settings.judge]
    if settings.train.enabled:
        models.append(settings.student)
    for name in models:
        registry.get(project, name)  # a sentence naming the registered models, before any work
    target = None
    if settings.target_language:
        target = normalise_language(settings.target_language)
        if not target:
            raise RecipeError(
                f"'{settings.target_language}' is not a language code Handloom recognises.")
    language = target or (normalise_language(settings.language) if settings.language else None)
    rubric_id = rubric.current(project).id
    stages: list[Stage] = []
    if settings.files:
        stages.append(Stage("import", "import", import_config(list(settings.files))))
    c = settings.curate
    # The keys recipes have always stored (without "exclude_uncertain", which counts as off).
    stages.append(Stage("curate", "curate", {
        "dedup": c.dedup, "near_dup": None, "min_chars": c.min_chars, "max_chars": c.max_chars,
        "languages": [], "scripts": [], "regex": None, "pii": c.pii, "templates": c.templates,
        "template_min_group": CurateConfig.template_min_group, "clear": []}))
    if target:
        t = settings.translate
        stages.append(Stage("translate", "translate", TranslateConfig(
            model=settings.teacher, target=target, limit=settings.limit, parallel=t.parallel,
            max_tokens=t.max_tokens, temperature=t.temperature).to_json()))
    g = settings.generate
    stages.append(Stage("generate", "generate", {
        "model": settings.teacher, "samples": g.samples, "parallel": g.parallel,
        "max_tokens": g.max_tokens, "temperature": g.temperature, "top_p": g.top_p,
        "seed": g.seed, "system": None, "language": language, "limit": settings.limit}))
    j = settings.judging
    stages.append(Stage("judge", "judge", {
        "model": settings.judge, "rubric": rubric_id, "parallel": j.parallel,
        "context": j.context, "only_unjudged": False, "max_tokens": j.max_tokens,
        "temperature": 0.0, "seed": None, "retry_failed": False, "flags": True}))
    stages.append(Stage("select", None, {
        "min_score": settings.select.min_score,
        "exclude_flags": list(settings.select.exclude_flags), "judge": settings.judge}))
    s = settings.second_turn
    if s.enabled:
        stages.append(Stage("second_turn", "followup", FollowupConfig(
            model=settings.teacher, judge=settings.judge, rubric=rubric_id,
            min_score=s.min_score, parallel=s.parallel, context=j.context,
            max_tokens=s.max_tokens, judge_max_tokens=s.judge_max_tokens,
            temperature=g.temperature, seed=g.seed).to_json()))
    tr = settings.train
    if tr.enabled:
        from core.train.job import preset_name
        from core.train.job_config import TrainConfig

        stages.append(Stage("train", "train", TrainConfig(
            name=training_name(settings), base=settings.student,
            preset=preset_name(tr.preset), epochs=tr.epochs, max_steps=tr.max_steps,
            learning_rate=tr.learning_rate, lora_r=tr.lora_r, lora_alpha=tr.lora_alpha,
            batch_size=tr.batch_size, max_seq_len=tr.max_seq_len, seed=tr.seed,
            languages=(language,) if language else (), eval_fraction=tr.eval_fraction,
        ).to_json()))
        if settings.report.enabled:
            stages.append(Stage("report", None, {
                "training": training_name(settings), "judge": settings.judge,
                "max_tokens": settings.report.max_tokens}))
    return stages


def model_facts(project: Project, settings: RecipeSettings) -> list[dict[str, Any]]:
    """The recipe's models as they were when it was recorded: role, name, file hash, licence."""
    roles = [("teacher", settings.teacher), ("judge", settings.judge)]
    if settings.train.enabled:
        roles.append(("student", settings.student))
    facts = []
    for role, name in roles:
        m = registry.get(project, name)
        facts.append({"role": role, "name": m.name, "sha256": m.sha256, "licence": m.licence,
                      "kind": m.kind})
    return facts


# -- counts ------------------------------------------------------------------------------


def _n(project: Project, sql: str, params: list[Any] | None = None) -> int:
    return int(project.scalar(sql, params or []) or 0)


def counts(project: Project, stage: Stage, result: dict[str, Any]) -> tuple[int, int]:
    """(count in, count out) of a finished stage, counted in the project (a stage resumed
    after a kill counts what an uninterrupted one would)."""
    cfg = stage.config
    if stage.name == "import":
        return len(cfg["files"]), _n(project, "SELECT count(*) FROM instructions "
                                              "WHERE parent_id IS NULL")
    if stage.name == "curate":
        return (_n(project, "SELECT count(*) FROM instructions WHERE parent_id IS NULL"),
                _n(project, "SELECT count(*) FROM instructions WHERE parent_id IS NULL "
                            "AND status = 'included'"))
    if stage.name == "translate":
        from core.translate.job import count_pending

        model = registry.get(project, cfg["model"])
        pending, wanted = count_pending(project, cfg, model.id)
        return wanted, wanted - pending
    if stage.name == "generate":
        from core.generate.job import count_pending as generate_pending
        from core.generate.settings import GenerationSettings

        model = registry.get(project, cfg["model"])
        settings = GenerationSettings.from_config(cfg)
        pending, wanted = generate_pending(project, model.id, settings, cfg)
        return wanted // settings.samples, wanted - pending
    if stage.name == "judge":
        judge = registry.get(project, cfg["model"])
        return (_n(project, "SELECT count(*) FROM responses r JOIN instructions i ON "
                            "i.id = r.instruction_id WHERE i.status = 'included'"),
                _n(project, "SELECT count(DISTINCT response_id) FROM judgements WHERE "
                            "judge_model_id = ? AND rubric_id = ? AND followup_id IS NULL "
                            "AND score >= 0", [judge.id, cfg["rubric"]]))
    if stage.name == "select":
        return int(result.get("instructions", 0)), int(result.get("selected", 0))
    if stage.name == "second_turn":
        model = registry.get(project, cfg["model"])
        return (_n(project, "SELECT count(*) FROM responses WHERE selected = 1"),
                _n(project, "SELECT count(*) FROM followups f JOIN responses r ON "
                            "r.id = f.response_id WHERE f.model_id = ? AND f.kept = 1 "
                            "AND r.selected = 1", [model.id]))
    if stage.name == "train":
        return (_n(project, "SELECT count(*) FROM responses WHERE selected = 1"),
                int(result.get("train_rows", 0)) + int(result.get("eval_rows", 0)))
    if stage.name == "report":
        return int(result.get("held_out", 0)), int(result.get("after", {}).get("answers", 0))
    raise RecipeError(f"There is no recipe stage called “{stage.name}”.")
