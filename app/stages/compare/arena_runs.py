"""The Compare page's two jobs: answering the set with the chosen models (the same settings
for all) and asking an LLM judge about the answers (both orders, plus 1–10 grades)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.shell.job_progress import ProgressLine
from app.widgets.form_fields import spin_box
from app.widgets.model_choice import fill_models
from core.compare.config import ASKED_CONCURRENCY, ArenaAnswersConfig, ArenaJudgeConfig

ANSWERS = ArenaAnswersConfig()  # the command line's defaults
JUDGE = ArenaJudgeConfig()


class _JobBox(QGroupBox):
    """A job's start and Cancel buttons, its progress bar and its line (``line`` draws
    both while the job runs), then its last message."""

    start_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, title: str, start: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.start_button = QPushButton(start, self)
        self.start_button.clicked.connect(self.start_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.progress = QProgressBar(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.line = ProgressLine(self.progress, self.message)
        # The bar's and two lines' room is kept while idle, so starting a job moves nothing
        # below it (the next box's fields stay under the pointer).
        keep = self.progress.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(keep)
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.form = QFormLayout(self)

    def finish_form(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        self.form.addRow(buttons)
        holder = QWidget(self)  # a form drops a hidden row's room; a box layout keeps it
        room = QVBoxLayout(holder)
        room.setContentsMargins(0, 0, 0, 0)
        room.addWidget(self.progress)
        self.form.addRow(holder)
        self.form.addRow(self.message)
        self.set_running(False)

    def set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)


class AnswersBox(_JobBox):
    """Generation settings shared by every model, and Generate answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.setTitle(self.tr("Answers"))
        self.start_button.setText(self.tr("Generate answers"))
        self.max_tokens = spin_box(1, 32_768, ANSWERS.max_tokens, self)
        self.temperature = QDoubleSpinBox(self)
        self.temperature.setRange(0.0, 5.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(ANSWERS.temperature)
        self.seed = spin_box(-1, 2**31 - 2, -1, self)
        self.seed.setSpecialValueText(self.tr("random"))
        self.parallel = spin_box(1, 64, ANSWERS.parallel, self)
        self.form.addRow(self.tr("Max tokens"), self.max_tokens)
        self.form.addRow(self.tr("Temperature"), self.temperature)
        self.form.addRow(self.tr("Seed"), self.seed)
        self.form.addRow(self.tr("Parallel"), self.parallel)
        self.finish_form()

    def config(self, eval_set: str, models: list[str]) -> dict[str, Any]:
        """The ``arena_answers`` job's config as stored; see ``answers_config``."""
        return self.answers_config(eval_set, models).to_json()

    def answers_config(self, eval_set: str, models: list[str]) -> ArenaAnswersConfig:
        """The job's typed config, the one ``handloom arena`` builds from its flags."""
        return ArenaAnswersConfig(
            eval_set=eval_set, models=tuple(models), max_tokens=self.max_tokens.value(),
            temperature=round(self.temperature.value(), 2),
            seed=None if self.seed.value() < 0 else self.seed.value(),
            parallel=self.parallel.value(), concurrency=ASKED_CONCURRENCY)


class JudgeBox(_JobBox):
    """The judge model and Run the judge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.setTitle(self.tr("LLM judge"))
        self.start_button.setText(self.tr("Run the judge"))
        self.model = QComboBox(self)
        self.grades = QCheckBox(self.tr("Also grade each answer 1–10"), self)
        self.grades.setChecked(True)
        self.max_tokens = spin_box(20, 4096, JUDGE.max_tokens, self)
        self.form.addRow(self.tr("Judge model"), self.model)
        self.form.addRow(self.tr("Max tokens"), self.max_tokens)
        self.form.addRow(self.grades)
        note = QLabel(self.tr("Each pair is asked in both orders; contradictory verdicts count "
                              "as ties."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish_form()

    def fill(self, models: list[dict[str, Any]]) -> None:
        fill_models(self.model, models)

    def config(self, eval_set: str, models: list[str], parallel: int) -> dict[str, Any]:
        """The ``arena_judge`` job's config as stored; see ``judge_config``."""
        return self.judge_config(eval_set, models, parallel).to_json()

    def judge_config(self, eval_set: str, models: list[str], parallel: int) -> ArenaJudgeConfig:
        """The job's typed config, the one ``handloom arena --judge`` builds from its flags."""
        return ArenaJudgeConfig(
            eval_set=eval_set, judge=self.model.currentData(), models=tuple(models),
            max_tokens=self.max_tokens.value(), grades=self.grades.isChecked(),
            parallel=parallel, concurrency=ASKED_CONCURRENCY)
