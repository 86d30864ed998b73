"""The Judge page's controls: the judge run (model, parallel, tokens, which responses), the
rubric editor (Save stores a new version), and the threshold, flags, selection and
follow-up controls. The page runs the jobs; these widgets only ask."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.shell.i18n import code_label
from app.shell.numbers import fill, number
from app.stages.base import row_of
from app.widgets.form_fields import spin_box
from core.judge.config import FollowupConfig, JudgeConfig
from core.judge.settings import MAX_TOKENS, SCORING

DEFAULTS = JudgeConfig()  # the command line's defaults
FOLLOWUP = FollowupConfig()

RULE_FLAGS = ("empty", "truncated", "repetition", "wrong_language", "refusal")  # core's names


class JudgeRun(QGroupBox):
    """The judge job's settings, a Judge and a Cancel button, and its progress."""

    judge_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Judge the responses"), parent)
        self.model = QComboBox(self)
        self.parallel = spin_box(1, 64, DEFAULTS.parallel, self)
        self.max_tokens = spin_box(SCORING.min_tokens, MAX_TOKENS, DEFAULTS.max_tokens, self)
        self.max_tokens.setToolTip(self.tr("Room for the judge's rationale and score"))
        self.only_unjudged = QCheckBox(self.tr("Only responses no judge has scored"), self)
        self.retry_failed = QCheckBox(self.tr("Judge unreadable judgements again"), self)
        self.judge_button = QPushButton(self.tr("Judge"), self)
        self.judge_button.clicked.connect(self.judge_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.progress = QProgressBar(self)  # the page's ProgressLine draws it and the message
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Judge model"), self.model)
        form.addRow(self.tr("Parallel"), self.parallel)
        form.addRow(self.tr("Max tokens"), self.max_tokens)
        form.addRow(self.only_unjudged)
        form.addRow(self.retry_failed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.judge_button)
        buttons.addWidget(self.cancel_button)
        form.addRow(buttons)
        form.addRow(self.progress)
        form.addRow(self.message)
        self.set_running(False)

    def config(self) -> dict[str, Any]:
        """The "judge" job's config without the rubric (the keys of ``handloom judge``); a
        server's own concurrency (the Models page sets it)."""
        return JudgeConfig(
            model=self.model.currentData(),
            parallel=self.parallel.value(),
            only_unjudged=self.only_unjudged.isChecked(),
            max_tokens=self.max_tokens.value(),
            retry_failed=self.retry_failed.isChecked(),
        ).to_json()

    def set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running or self.progress.value() > 0)


class RubricEditor(QGroupBox):
    """The current rubric; Save stores the text as a new version (old ones stay)."""

    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rubric"), parent)
        self.saved_text = ""
        self.text = QPlainTextEdit(self)
        self.text.setMinimumHeight(self.fontMetrics().height() * 10)
        self.text.textChanged.connect(self._edited)
        self.version = QLabel(self)
        self.version.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as a new version"), self)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.current_text()))
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        row = row_of(self.version, self.save_button)
        column.addLayout(row)
        self._edited()

    def show_rubric(self, rubric: dict[str, Any] | None, versions: int) -> None:
        if rubric is None:
            self.saved_text = ""
            self.text.clear()
            self.version.clear()
            return
        self.saved_text = rubric["text"]
        if self.current_text() != rubric["text"]:
            self.text.setPlainText(rubric["text"])
        self.version.setText(
            fill(self.tr("Version {0} of {1}, by {2}"), rubric['version'], versions,
                 rubric['created_by'])
        )
        self._edited()

    def current_text(self) -> str:
        return self.text.toPlainText().strip()

    def _edited(self) -> None:
        self.save_button.setEnabled(
            bool(self.current_text()) and self.current_text() != self.saved_text.strip()
        )


class SelectionControls(QGroupBox):
    """The threshold slider with the pairs it keeps, the flags to exclude, Select best, and
    the follow-up job (a second turn kept at ``min score`` or more)."""

    threshold_changed = Signal(int)
    flags_changed = Signal()
    select_requested = Signal()
    followups_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keep and select"), parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.valueChanged.connect(self.threshold_changed)
        self.remaining = QLabel(self)
        self.remaining.setWordWrap(True)
        self.flags: dict[str, QCheckBox] = {}
        flag_box = QWidget(self)
        # Two columns: the flags' words are short, and a taller script (Arabic) would
        # otherwise push the score chart above into too little height.
        flag_grid = QGridLayout(flag_box)
        flag_grid.setContentsMargins(0, 0, 0, 0)
        flag_grid.setVerticalSpacing(2)
        rows = (len(RULE_FLAGS) + 1) // 2
        for index, name in enumerate(RULE_FLAGS):
            box = QCheckBox(code_label(name), flag_box)
            box.setToolTip(self.tr("Leave out responses with this flag"))
            box.toggled.connect(self.flags_changed)
            self.flags[name] = box
            flag_grid.addWidget(box, index % rows, index // rows)
        flag_grid.setColumnStretch(2, 1)
        self.select_button = QPushButton(self.tr("Select best"), self)
        self.select_button.setToolTip(
            self.tr("For each instruction mark its best response at the threshold or above as selected; a person's accept or reject in review comes first")
        )
        self.select_button.clicked.connect(self.select_requested)
        self.selected = QLabel(self)

        self.writer = QComboBox(self)
        self.min_score = QDoubleSpinBox(self)
        self.min_score.setRange(0, 10)
        self.min_score.setDecimals(1)
        self.min_score.setValue(FOLLOWUP.min_score)
        self.answer_tokens = spin_box(16, 32_768, FOLLOWUP.max_tokens, self)
        self.answer_tokens.setToolTip(self.tr("Longest answer to the follow-up question, in tokens"))
        self.followup_button = QPushButton(self.tr("Write follow-ups"), self)
        self.followup_button.setToolTip(
            self.tr("Add a second turn to every selected pair; keep it when the judge scores it at least the minimum")
        )
        self.followup_button.clicked.connect(self.followups_requested)

        form = QFormLayout(self)
        form.addRow(self.tr("Threshold"), self.slider)
        form.addRow(self.remaining)
        form.addRow(self.tr("Leave out"), flag_box)
        row = QHBoxLayout()
        row.addWidget(self.select_button)
        row.addWidget(self.selected, 1)
        form.addRow(row)
        form.addRow(QLabel(self.tr("<b>Second turn</b>"), self))
        form.addRow(self.tr("Written by"), self.writer)
        self.min_score.setMaximumWidth(self.fontMetrics().horizontalAdvance("10.0") + 48)
        self.answer_tokens.setMaximumWidth(self.min_score.maximumWidth() + 24)
        form.addRow(self.tr("Answer tokens"), self.answer_tokens)
        form.addRow(self.tr("Keep at score"), self.min_score)
        row = QHBoxLayout()
        row.addWidget(self.followup_button)
        row.addStretch(1)
        form.addRow(row)

    def excluded_flags(self) -> list[str]:
        return [name for name, box in self.flags.items() if box.isChecked()]

    def show_flag_counts(self, counts: dict[str, int]) -> None:
        for name, box in self.flags.items():
            box.setText(f"{code_label(name)} ({number(counts.get(name, 0))})")

    def show_remaining(self, thresholds: list[dict[str, Any]], judged: int) -> None:
        t = self.slider.value()
        row = thresholds[t] if t < len(thresholds) else {"pairs": 0, "instructions": 0}
        self.remaining.setText(
            fill(self.tr("At <b>{0}</b> or more: <b>{1:,}</b> pairs remain, for {2:,} instructions ({3:,} judged)."), t, row['pairs'], row['instructions'], judged)
        )
