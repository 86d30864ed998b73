"""The curate controls: which filters to apply, turned into the "curate" job's config.

Each filter owns one exclusion reason; running it again with another setting replaces that
reason's exclusions, and "Lift" clears a reason entirely, so nothing here is destructive.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.shell.i18n import code_label
from app.shell.job_progress import ProgressLine
from app.stages.base import row_of
from core.curate.config import NEAR_DUP_THRESHOLD, CurateConfig
from core.curate.reasons import REASONS


def split_codes(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class CurateControls(QGroupBox):
    """Emits ``run_requested(config)``; shows the running job's progress and a Cancel."""

    run_requested = Signal(dict)
    cancel_requested = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Filters"))
        form = QFormLayout()
        self.dedup = QCheckBox(self.tr("Exact duplicates"))
        self.dedup.setToolTip(self.tr("Exclude repeats of an earlier instruction, keeping the first"))
        self.near_dup = QCheckBox(self.tr("Near duplicates ≥"))
        self.near_dup.setToolTip(self.tr("Exclude instructions this similar to an earlier one (0.5–1)"))
        self.near_threshold = QDoubleSpinBox()
        self.near_threshold.setAccessibleName(self.tr("Near-duplicate similarity"))
        self.near_threshold.setRange(0.5, 1.0)
        self.near_threshold.setSingleStep(0.05)
        self.near_threshold.setValue(NEAR_DUP_THRESHOLD)
        self.templates = QCheckBox(self.tr("Templates, groups ≥"))
        self.templates.setToolTip(
            self.tr("Exclude prompts filled into the same template this many times or more")
        )
        self.template_group = QSpinBox()
        self.template_group.setAccessibleName(self.tr("Smallest template group"))
        self.template_group.setRange(2, 100_000)
        self.template_group.setValue(CurateConfig.template_min_group)
        self.min_chars = self._chars_spin()
        self.max_chars = self._chars_spin()
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("keep only, e.g. sw, yo, en"))
        self.exclude_uncertain = QCheckBox(self.tr("Also exclude uncertain language labels (xx?)"))
        self.exclude_uncertain.setToolTip(
            self.tr("Exclude rows whose language the identifiers were not sure of; "
                    "a language set by a person is always sure")
        )
        self.scripts = QLineEdit()
        self.scripts.setPlaceholderText(self.tr("keep only, e.g. Latn, Ethi"))
        self.pii = QComboBox()
        self.pii.addItem(self.tr("Keep"), None)
        self.pii.addItem(self.tr("Exclude"), "exclude")
        self.pii.addItem(self.tr("Redact"), "redact")
        self.regex = QLineEdit()
        self.regex.setPlaceholderText(self.tr("exclude matches, e.g. (?i)password"))

        # Rows a little closer than the style's default: with the uncertain-labels box the
        # column's Apply button fell below 800 pixels in Arabic.
        form.setVerticalSpacing(min(form.verticalSpacing(), 4) if form.verticalSpacing() >= 0 else 4)
        form.addRow(self.dedup)
        form.addRow(self._pair(self.near_dup, self.near_threshold))
        form.addRow(self._pair(self.templates, self.template_group))
        form.addRow(self.tr("Fewest characters"), self.min_chars)
        form.addRow(self.tr("Most characters"), self.max_chars)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.exclude_uncertain)
        form.addRow(self.tr("Scripts"), self.scripts)
        form.addRow(self.tr("Personal data"), self.pii)
        form.addRow(self.tr("Pattern"), self.regex)

        self.run_button = QPushButton(self.tr("Apply filters"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(lambda: self.run_requested.emit(self.config()))
        self.lift_reason = QComboBox()
        for reason in REASONS:  # shown in the interface language, run by its code
            self.lift_reason.addItem(code_label(reason), reason)
        self.lift_button = QPushButton(self.tr("Include again"))
        self.lift_button.setToolTip(self.tr("Include again everything excluded for the chosen reason"))
        self.lift_button.clicked.connect(
            lambda: self.run_requested.emit(self.lift_config(str(self.lift_reason.currentData())))
        )
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.line = ProgressLine(self.progress)  # the step, its count, rate and time left
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_requested)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.run_button)
        lift = QHBoxLayout()
        lift.addWidget(QLabel(self.tr("Excluded as")))
        lift.addWidget(self.lift_reason, 1)
        lift.addWidget(self.lift_button)
        layout.addLayout(lift)
        running = row_of(self.progress, self.cancel_button)
        layout.addLayout(running)

    @staticmethod
    def _chars_spin() -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 1_000_000)
        spin.setSpecialValueText(QCoreApplication.translate("CurateControls", "no limit"))
        return spin

    @staticmethod
    def _pair(check: QCheckBox, spin: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(check)
        row.addWidget(spin)
        row.addStretch(1)
        spin.setEnabled(False)
        check.toggled.connect(spin.setEnabled)
        return box

    def config(self) -> dict[str, Any]:
        """The curate job's config for what is ticked and filled in, as stored; see
        ``curate_config``."""
        return self.curate_config().to_json()

    def curate_config(self) -> CurateConfig:
        """The job's typed config, the one ``handloom curate`` builds from its flags."""
        return CurateConfig(
            dedup=self.dedup.isChecked(),
            near_dup=self.near_threshold.value() if self.near_dup.isChecked() else None,
            min_chars=self.min_chars.value() or None,
            max_chars=self.max_chars.value() or None,
            languages=tuple(split_codes(self.languages.text())),
            exclude_uncertain=self.exclude_uncertain.isChecked(),
            scripts=tuple(split_codes(self.scripts.text())),
            regex=self.regex.text().strip() or None,
            pii=self.pii.currentData(),
            templates=self.templates.isChecked(),
            template_min_group=self.template_group.value(),
        )

    @staticmethod
    def lift_config(reason: str) -> dict[str, Any]:
        return CurateConfig.lift(reason).to_json()

    def set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.lift_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)

