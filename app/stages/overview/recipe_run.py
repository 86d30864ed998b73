"""The seed method's recipe from the window: its plan and its run, each one call into
``core.recipe`` in a ``Worker`` (the same code ``handloom recipe`` runs; the window only
words it).

``run_recipe`` returns the worker and a ``RecipeStages`` whose ``started`` signal says which
stage the recipe has reached; the worker's own ``progressed`` follows that stage's job. Run
again with the same settings, a recipe continues at the stage where it stopped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from app.shell import ops
from app.shell.worker import Worker

# The recipe's stages (core.recipe.stages.STAGE_NAMES) as the window names them.
STAGE_WORDS = {
    "import": QT_TRANSLATE_NOOP("Recipe", "Import the instructions"),
    "curate": QT_TRANSLATE_NOOP("Recipe", "Filter duplicates, templated prompts and "
                                "personal data"),
    "translate": QT_TRANSLATE_NOOP("Recipe", "Translate the instructions"),
    "generate": QT_TRANSLATE_NOOP("Recipe", "Answer each instruction with the teacher model"),
    "judge": QT_TRANSLATE_NOOP("Recipe", "Score every answer from 0 to 10 with the judge"),
    "select": QT_TRANSLATE_NOOP("Recipe", "Keep the best answer to each instruction"),
    "second_turn": QT_TRANSLATE_NOOP("Recipe", "Add a second turn, kept at a high score"),
    "train": QT_TRANSLATE_NOOP("Recipe", "Fine-tune the student model"),
    "report": QT_TRANSLATE_NOOP("Recipe", "Measure what the fine-tune changed"),
}
PRESET_WORDS = {
    "quick": QT_TRANSLATE_NOOP("Recipe", "Quick look: a few instructions, in minutes"),
    "seed": QT_TRANSLATE_NOOP("Recipe", "The seed method, in English"),
    "seed-translated": QT_TRANSLATE_NOOP("Recipe", "The seed method, translated into another "
                                         "language"),
}


def stage_words(stage: str) -> str:
    """A recipe stage as the interface language names it."""
    words = STAGE_WORDS.get(stage)
    return QCoreApplication.translate("Recipe", str(words)) if words else stage.replace("_", " ")


def preset_words(preset: str) -> str:
    words = PRESET_WORDS.get(preset)
    return QCoreApplication.translate("Recipe", str(words)) if words else preset


class RecipeStages(QObject):
    """Tells the window, on its own thread, that the recipe began a stage."""

    started = Signal(int, int, str)  # position (from 0), number of stages, stage name


def settings_for(preset: str, target_language: str | None = None,
                 models: dict[str, str] | None = None) -> Any:
    """The ``RecipeSettings`` of ``preset`` with the choices of the window's form."""
    from core.recipe.settings import settings_from

    overrides: dict[str, Any] = {"target_language": target_language or None}
    overrides.update(models or {})
    return settings_from(preset, None, overrides)


def plan_recipe(path: Path, settings: Any) -> Worker:
    """A worker whose result is the recipe's plan (``core.recipe.plan``): every stage with
    its counts in and out and its time at the speeds measured on this project."""
    return ops.write(path, "core.recipe.plan:plan", settings, name="recipe plan")


def run_recipe(path: Path, settings: Any) -> tuple[Worker, RecipeStages]:
    """A worker that runs (or continues) the recipe with ``settings`` to its end; its result
    is the ``RecipeRecord``. Cancel stops it after the current unit of work."""
    stages = RecipeStages()
    worker = ops.write(path, "core.recipe.run:run", settings, name="recipe", reports=True,
                       stage_started=stages.started.emit)
    stages.setParent(worker)  # lives as long as the worker
    return worker, stages

