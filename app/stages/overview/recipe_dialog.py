"""Choosing a recipe to run from the Overview: a preset, the target language when the preset
translates, the teacher, judge and student models, and the plan it would follow (the dry
run of ``handloom recipe``: each stage with its counts in and out and its time at the speeds
measured on this project), read again in the background whenever a choice changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shell.job_progress import duration_text
from app.shell.numbers import number
from app.stages.base import Recount
from app.stages.overview.recipe_run import plan_recipe, preset_words, settings_for, stage_words
from app.widgets.dialog_buttons import dialog_buttons

ROLES = ("teacher", "judge", "student")


class RecipeDialog(QDialog):
    """Pick a recipe and see its plan; ``settings`` is what Run starts once accepted."""

    planned = Signal()  # the plan shown is the one for the current choices

    def __init__(self, path: Path, models: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from core.recipe.settings import PRESETS

        self.path = path
        self.settings: Any = None
        self.stages: list[Any] = []
        self.setWindowTitle(self.tr("Run the seed method"))
        form = QFormLayout()
        self.preset = QComboBox(self)
        for name in ("quick", "seed", "seed-translated"):
            self.preset.addItem(preset_words(name), name)
        form.addRow(self.tr("Recipe:"), self.preset)
        self.target = QLineEdit(self)
        self.target.setToolTip(self.tr("The language to translate the instructions into: a "
                                       "code such as ja or sw, or its name"))
        self.target_label = QLabel(self.tr("Translate into:"), self)
        form.addRow(self.target_label, self.target)
        self.models: dict[str, QComboBox] = {}
        labels = {"teacher": self.tr("Teacher (writes the answers):"),
                  "judge": self.tr("Judge (scores them 0–10):"),
                  "student": self.tr("Student (fine-tuned):")}
        for role in ROLES:
            box = QComboBox(self)
            for name in models:
                box.addItem(name, name)
            self.models[role] = box
            form.addRow(labels[role], box)
        self.presets = PRESETS

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("In"), self.tr("Out"),
                                              self.tr("Time")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for figures in (1, 2, 3):
            header.setSectionResizeMode(figures, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("The recipe's plan"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons, self.run_button = dialog_buttons(self, self.tr("Run"))
        self.run_button.setEnabled(False)

        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.table, 1)
        column.addWidget(self.summary)
        column.addWidget(self.buttons)
        self.resize(640, 520)

        self.recount = Recount(self, self.read_plan)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.target.textChanged.connect(self._changed)
        for box in self.models.values():
            box.currentIndexChanged.connect(self._changed)
        self._preset_chosen()

    # -- the choices ----------------------------------------------------------------------

    def preset_name(self) -> str:
        return str(self.preset.currentData())

    def _preset_chosen(self) -> None:
        """Fill the form with the preset's own values; the target language only where it
        translates."""
        chosen = self.presets[self.preset_name()]
        translates = chosen.target_language is not None
        self.target.blockSignals(True)
        self.target.setText(chosen.target_language or "")
        self.target.blockSignals(False)
        self.target.setVisible(translates)
        self.target_label.setVisible(translates)
        for role, box in self.models.items():
            box.blockSignals(True)
            index = box.findData(getattr(chosen, role))
            if index >= 0:
                box.setCurrentIndex(index)
            box.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Working out the plan…"))
        self.recount.soon()

    def chosen_settings(self) -> Any:
        """The settings of the form's choices (a ``RecipeError`` when they cannot run)."""
        models = {role: str(box.currentData()) for role, box in self.models.items()
                  if box.currentData()}
        target = self.target.text().strip() if self.target.isVisibleTo(self) else None
        return settings_for(self.preset_name(), target, models)

    # -- the plan -----------------------------------------------------------------------

    def read_plan(self) -> None:
        from core.errors import HandloomError

        try:
            settings = self.chosen_settings()
        except HandloomError as e:
            self._refused(str(e))
            return
        self.recount.run(plan_recipe(self.path, settings),
                         lambda stages: self._draw(settings, stages), self._refused)

    def _refused(self, sentence: str) -> None:
        self.settings = None
        self.stages = []
        self.table.setRowCount(0)
        self.summary.setText(sentence)
        self.run_button.setEnabled(False)
        self.planned.emit()

    def _draw(self, settings: Any, stages: list[Any]) -> None:
        self.settings, self.stages = settings, stages
        self.table.setRowCount(len(stages))
        for row, stage in enumerate(stages):
            time = (self.tr("done") if stage.state == "done" else
                    "?" if stage.seconds is None else duration_text(stage.seconds))
            cells = [stage_words(stage.stage),
                     "?" if stage.count_in is None else number(stage.count_in),
                     "?" if stage.count_out is None else number(stage.count_out), time]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        to_do = [s for s in stages if s.state != "done"]
        if to_do and all(s.seconds is not None for s in to_do):
            total = sum(s.seconds for s in to_do)
            self.summary.setText(self.tr("In all {0}, at the speeds measured on this "
                                         "project.").format(duration_text(total)))
        else:
            self.summary.setText(self.tr("Times come from jobs this project has finished; a "
                                         "stage without one has no estimate yet (“?”)."))
        self.run_button.setEnabled(True)
        self.planned.emit()
