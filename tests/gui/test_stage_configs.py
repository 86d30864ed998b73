"""The window's forms and the command line build equal typed configs for the same settings
(translate, train, the Compare page's answers and judge, curate), with the same defaults,
so a job started in one is the job the other resumes."""

from __future__ import annotations

from typing import Any

from app.stages.compare.arena_runs import AnswersBox, JudgeBox
from app.stages.curate.curate_controls import CurateControls
from app.stages.train.train_form import TrainForm
from app.stages.translate.translate_form import TranslateForm
from core.cli import build_parser
from core.cli.arena import arena_configs
from core.cli.foundation import curate_config
from core.cli.training import train_config
from core.cli.translation import translate_config

SMOL, GEMMA = "SmolLM2-135M-Instruct", "gemma-3-270m"


def _args(*argv: str) -> Any:
    return build_parser().parse_args(list(argv))


def test_the_translate_form_builds_the_command_lines_config(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = TranslateForm()
    qtbot.addWidget(form)
    form.set_languages([("es", "Spanish", "español"), ("sw", "Swahili", "Kiswahili")])
    form.set_sources({"en": 3, "fr": 1})
    form.set_models([{"name": GEMMA, "kind": "gguf"}])
    shown = translate_config(_args("translate", "p", "--model", GEMMA, "--to", "sw"))
    assert form.translate_config() == shown  # the defaults: every source, all originals
    form.target.setCurrentIndex(form.target.findData("es"))
    form.source.setCurrentIndex(form.source.findData("en"))
    form.limit.setValue(2)
    form.max_tokens.setValue(64)
    form.temperature.setValue(0.2)
    form.back_translate.setChecked(True)
    cli = translate_config(_args("translate", "p", "--model", GEMMA, "--to", "es", "--from",
                                 "en", "--limit", "2", "--max-tokens", "64", "--temperature",
                                 "0.2", "--back-translate"))
    assert form.translate_config() == cli and form.config() == cli.to_json()
    form.set_config(cli.to_json())
    assert form.translate_config() == cli


def test_the_train_form_builds_the_command_lines_config(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = TrainForm()
    qtbot.addWidget(form)
    form.set_models([{"name": SMOL, "kind": "gguf", "has_chat_template": True,
                      "architecture": "llama"}])
    form.name.setText("tuned")
    form.languages.setText("sw, en")
    form.min_score.setValue(8)
    # The form shows the quick preset's values; the command line gives them as flags.
    cli = train_config(_args(
        "train", "p", "--base", SMOL, "--name", "tuned", "--preset", "quick", "--max-steps",
        "60", "--lr", "5e-4", "--lora-r", "16", "--lora-alpha", "32", "--batch-size", "4",
        "--grad-accum", "1", "--max-seq-len", "384", "--seed", "3407", "--min-score", "8",
        "--languages", "sw,en", "--eval-fraction", "0.1"))
    assert form.train_config() == cli and form.config() == cli.to_json()


def test_the_compare_forms_build_the_command_lines_configs(qtbot) -> None:  # type: ignore[no-untyped-def]
    answers_box, judge_box = AnswersBox(), JudgeBox()
    qtbot.addWidget(answers_box)
    qtbot.addWidget(judge_box)
    judge_box.fill([{"name": "judge", "kind": "remote"}])
    answers, judge = arena_configs(
        _args("arena", "p", "--models", f"{SMOL},{GEMMA}", "--judge", "judge"), "SET")
    assert answers_box.answers_config("SET", [SMOL, GEMMA]) == answers
    assert judge_box.judge_config("SET", [SMOL, GEMMA], answers.parallel) == judge
    answers_box.seed.setValue(5)
    answers_box.temperature.setValue(0.3)
    judge_box.grades.setChecked(False)
    answers, judge = arena_configs(
        _args("arena", "p", "--models", f"{SMOL},{GEMMA}", "--judge", "judge", "--seed", "5",
              "--temperature", "0.3", "--no-grades"), "SET")
    assert answers_box.config("SET", [SMOL, GEMMA]) == answers.to_json()
    assert judge_box.config("SET", [SMOL, GEMMA], answers.parallel) == judge.to_json()


def test_the_curate_controls_build_the_command_lines_config(qtbot) -> None:  # type: ignore[no-untyped-def]
    controls = CurateControls()
    qtbot.addWidget(controls)
    controls.dedup.setChecked(True)
    controls.near_dup.setChecked(True)
    controls.languages.setText("sw, en")
    cli = curate_config(_args("curate", "p", "--dedup", "--near-dup", "--languages", "sw,en"))
    assert controls.curate_config() == cli and controls.config() == cli.to_json()
    lift = curate_config(_args("curate", "p", "--clear", "pii"))
    assert controls.lift_config("pii") == lift.to_json()
