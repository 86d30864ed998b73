"""The one list of stages: every registry derives from it and every name it holds resolves."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from core import jobs, stages
from core.cli import build_parser
from core.recipe.overview import FUNNEL_PAGES, JOB_PAGES


def test_job_kinds_and_their_pages_come_from_the_stages() -> None:
    kinds = [job.kind for job in stages.JOBS]
    assert len(kinds) == len(set(kinds))
    assert jobs.JOB_KINDS == {job.kind: job.run for job in stages.JOBS}
    assert JOB_PAGES == {job.kind: stages.stage_of(job.kind).key for job in stages.JOBS}
    assert JOB_PAGES["batch_read"] == "generate" and JOB_PAGES["arena_judge"] == "compare"
    keys = [stage.key for stage in stages.STAGES]
    assert len(keys) == len(set(keys)) and set(FUNNEL_PAGES.values()) <= set(keys)


def test_every_job_function_and_config_class_resolves() -> None:
    for job in stages.JOBS:
        run = stages.load(job.run)
        assert list(inspect.signature(run).parameters) == ["project", "config", "progress",
                                                           "cancel"], job.kind  # fmt: skip
        assert jobs.job_function(job.kind) is run
        if job.config is not None:
            config = stages.load(job.config)
            assert inspect.isclass(config) and hasattr(config, "from_json"), job.kind


def test_the_command_line_adds_every_stages_commands() -> None:
    commands = set(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    for job in stages.JOBS:
        if job.kind in ("import", "curate", "generate", "judge", "translate", "train"):
            assert job.kind in commands
    assert {"arena", "merge", "overview", "review", "restore"} <= commands
    assert stages.cli_modules()[0] == "core.cli.foundation"
    assert len(stages.cli_modules()) == len(set(stages.cli_modules()))


def test_an_unknown_stage_or_kind_is_named_in_a_sentence() -> None:
    for call in (lambda: stages.stage("weaving"), lambda: stages.job_kind("weaving")):
        try:
            call()
        except Exception as e:  # noqa: BLE001
            assert "weaving" in str(e) and str(e).endswith(".")
        else:
            raise AssertionError("no error")


def test_every_job_name_is_marked_for_the_windows_translations() -> None:
    """Each JobKind's English name is written as QT_TRANSLATE_NOOP("JobsPanel", "…") in
    core/stages.py, the mark pyside6-lupdate finds there (tools/i18n_tool.py reads the file),
    so a new job kind reaches every interface language without a second list."""
    tree = ast.parse(Path(inspect.getfile(stages)).read_text(encoding="utf-8"))
    marked = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "JobKind":
            name = node.args[2] if len(node.args) > 2 else next(
                k.value for k in node.keywords if k.arg == "name")
            assert isinstance(name, ast.Call) and getattr(name.func, "id", None) == \
                "QT_TRANSLATE_NOOP", ast.unparse(node)
            context, text = (ast.literal_eval(a) for a in name.args)
            assert context == "JobsPanel", ast.unparse(node)
            marked.append(text)
    assert marked == [job.name for job in stages.JOBS]
    assert stages.QT_TRANSLATE_NOOP("JobsPanel", "Import") == "Import"
