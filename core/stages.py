"""The one list of Handloom's stages, in the order the window shows them.

A stage is a page of the window and, for most, one or more kinds of durable job. Each job
kind names its job function and its typed config class as "module:name" strings, so
heavy modules load only when a job runs. Everything that lists stages derives from here:
``core.jobs.JOB_KINDS``, the page a job belongs to, the window's pages, its keyboard
shortcuts and the jobs panel's names (translated: lupdate reads them here), and the command
line's parsers. Adding a stage means adding one record here (and writing the modules it
names).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Protocol, cast

from core.errors import HandloomError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` as it is: the mark by which pyside6-lupdate, reading this file beside the
    window's sources (``tools/i18n_tool.py``), puts ``text`` into the interface's catalogues
    under ``context``. It finds the call by its name alone, so core marks its words without
    importing Qt; the window translates them with ``QCoreApplication.translate``."""
    return text


class StageConfig(Protocol):
    """A job's typed config: frozen, read from and written to the ``jobs`` table as JSON."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StageConfig: ...

    def to_json(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class JobKind:
    """One kind of durable job: the ``kind`` stored in the ``jobs`` table, the job function
    ("module:function"), its name in English (marked for translation in the "JobsPanel"
    context, so the window has it in every interface language), and its typed config class
    ("module:Class") when it has one."""

    kind: str
    run: str
    name: str
    config: str | None = None


@dataclass(frozen=True)
class Stage:
    """One stage: its ``key`` (the page's name in core, e.g. in the overview's next step),
    the page's title in English (marked for translation in the "Page" context: the window
    shows ``QCoreApplication.translate("Page", title)``), its jobs, and the ``core.cli``
    module whose ``add_parsers`` adds its commands (several stages may share one)."""

    key: str
    title: str
    jobs: tuple[JobKind, ...] = ()
    cli: str | None = None


STAGES: tuple[Stage, ...] = (
    Stage("overview", QT_TRANSLATE_NOOP("Page", "Overview"), cli="core.cli.recipes"),
    Stage(
        "import",
        QT_TRANSLATE_NOOP("Page", "Import"),
        (
            JobKind(
                "import",
                "core.ingest.job:run",
                QT_TRANSLATE_NOOP("JobsPanel", "Import"),
                "core.ingest.config:ImportConfig",
            ),
        ),
        cli="core.cli.foundation",
    ),
    Stage(
        "curate",
        QT_TRANSLATE_NOOP("Page", "Curate"),
        (
            JobKind(
                "curate",
                "core.curate.job:run",
                QT_TRANSLATE_NOOP("JobsPanel", "Curation"),
                "core.curate.config:CurateConfig",
            ),
        ),
        cli="core.cli.foundation",
    ),
    Stage(
        "models",
        QT_TRANSLATE_NOOP("Page", "Models"),
        (JobKind("fit", "core.fit:run", QT_TRANSLATE_NOOP("JobsPanel", "Tokenizer fit")),),
        cli="core.cli.generation",
    ),
    Stage(
        "translate",
        QT_TRANSLATE_NOOP("Page", "Translate"),
        (
            JobKind(
                "translate",
                "core.translate.job:run",
                QT_TRANSLATE_NOOP("JobsPanel", "Translation"),
                "core.translate.config:TranslateConfig",
            ),
        ),
        cli="core.cli.translation",
    ),
    Stage(
        "generate",
        QT_TRANSLATE_NOOP("Page", "Generate"),
        (
            JobKind(
                "generate",
                "core.generate.job:run",
                QT_TRANSLATE_NOOP("JobsPanel", "Generation"),
                "core.generate.config:GenerateConfig",
            ),
            JobKind(
                "batch_write",
                "core.batch_files.job:write",
                QT_TRANSLATE_NOOP("JobsPanel", "Writing a batch file"),
                "core.batch_files.config:BatchWriteConfig",
            ),
            JobKind(
                "batch_read",
                "core.batch_files.job:read",
                QT_TRANSLATE_NOOP("JobsPanel", "Reading a batch file"),
                "core.batch_files.config:BatchReadConfig",
            ),
        ),
        cli="core.cli.generation",
    ),
    Stage(
        "judge",
        QT_TRANSLATE_NOOP("Page", "Judge"),
        (
            JobKind(
                "judge",
                "core.judge.job:run",
                QT_TRANSLATE_NOOP("JobsPanel", "Judging"),
                "core.judge.config:JudgeConfig",
            ),
            JobKind("flag", "core.judge.flags:run", QT_TRANSLATE_NOOP("JobsPanel", "Flagging")),
            JobKind(
                "followup",
                "core.judge.followup:run",
                QT_TRANSLATE_NOOP("JobsPanel", "Follow-up questions"),
                "core.judge.config:FollowupConfig",
            ),
        ),
        cli="core.cli.judging",
    ),
    Stage("review", QT_TRANSLATE_NOOP("Page", "Review"), cli="core.cli.translation"),
    Stage(
        "train",
        QT_TRANSLATE_NOOP("Page", "Train"),
        (
            JobKind(
                "train",
                "core.train.job:run",
                QT_TRANSLATE_NOOP("JobsPanel", "Training"),
                "core.train.job_config:TrainConfig",
            ),
            JobKind(
                "train_export",
                "core.train.run_export:export",
                QT_TRANSLATE_NOOP("JobsPanel", "Exporting a training run"),
                "core.train.job_config:TrainExportConfig",
            ),
        ),
        cli="core.cli.training",
    ),
    Stage(
        "compare",
        QT_TRANSLATE_NOOP("Page", "Compare"),
        (
            JobKind(
                "arena_answers",
                "core.compare.answers:run",
                QT_TRANSLATE_NOOP("JobsPanel", "Comparison answers"),
                "core.compare.config:ArenaAnswersConfig",
            ),
            JobKind(
                "arena_judge",
                "core.compare.judge:run",
                QT_TRANSLATE_NOOP("JobsPanel", "Comparison judging"),
                "core.compare.config:ArenaJudgeConfig",
            ),
        ),
        cli="core.cli.arena",
    ),
    Stage("publish", QT_TRANSLATE_NOOP("Page", "Publish"), cli="core.cli.publishing"),
)

JOBS: tuple[JobKind, ...] = tuple(job for stage in STAGES for job in stage.jobs)

# Commands that belong to no one stage: projects and jobs (init, list, jobs, resume) come
# first, recovering a damaged project last.
CLI_SHELL_FIRST = "core.cli.foundation"
CLI_SHELL_LAST = ("core.cli.recovery",)


def stage(key: str) -> Stage:
    """The stage called ``key``."""
    for candidate in STAGES:
        if candidate.key == key:
            return candidate
    raise HandloomError(f"Handloom has no stage called '{key}'.")


def job_kind(kind: str) -> JobKind:
    """The record of job kind ``kind``."""
    for job in JOBS:
        if job.kind == kind:
            return job
    raise HandloomError(f"Handloom does not know a job of kind '{kind}'.")


def stage_of(kind: str) -> Stage:
    """The stage whose page shows jobs of ``kind``."""
    for candidate in STAGES:
        if any(job.kind == kind for job in candidate.jobs):
            return candidate
    raise HandloomError(f"Handloom does not know a job of kind '{kind}'.")


def load(target: str) -> object:
    """Import the object a "module:name" string names."""
    module_name, name = target.split(":")
    return getattr(importlib.import_module(module_name), name)


def config_class(kind: str) -> type[StageConfig] | None:
    """The typed config class of job kind ``kind``, if it has one."""
    target = next((job.config for job in JOBS if job.kind == kind), None)
    return cast("type[StageConfig]", load(target)) if target else None


def same_config(kind: str, first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether two stored configs of a ``kind`` job ask for the same work: compared as typed
    configs where the kind has one (a key one lacks counts as its default), else as dicts."""
    config = config_class(kind)
    if config is None:
        return first == second
    return config.from_json(first) == config.from_json(second)


def cli_modules() -> list[str]:
    """The ``core.cli`` modules that add the command line's parsers, each once, in order."""
    names = [CLI_SHELL_FIRST, *(s.cli for s in STAGES if s.cli), *CLI_SHELL_LAST]
    return list(dict.fromkeys(names))
