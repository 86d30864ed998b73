"""The Generate page's settings: model and decoding parameters, turned into the "generate"
job's config (the same keys and defaults as ``handloom generate``, so that a job started
from the command line and one started here with the same settings are the same job)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.shell.numbers import number
from app.widgets.form_fields import select_data, spin_box
from app.widgets.model_choice import ModelChoice
from core.generate.config import GenerateConfig

DEFAULTS = GenerateConfig()  # the command line's defaults
# Requests each server takes at once, as the form suggests it (the command line leaves it to
# each server's own unless asked).
SUGGESTED_CONCURRENCY = 4


def _real(low: float, high: float, step: float, value: float, parent: QWidget) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(2)
    spin.setValue(value)
    return spin


class GenerateForm(QGroupBox):
    """Emits ``changed`` whenever a setting that changes what is pending moves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.model = ModelChoice(self)
        self.model.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.samples = spin_box(1, 64, DEFAULTS.samples, self, separators=True)
        self.samples.setToolTip(self.tr("Responses per instruction (the seed method keeps the best of 6)"))
        self.parallel = spin_box(1, 64, DEFAULTS.parallel, self, separators=True)
        self.parallel.setToolTip(self.tr("Sequences decoded together by llama.cpp"))
        self.concurrency = spin_box(1, 256, SUGGESTED_CONCURRENCY, self, separators=True)
        self.concurrency.setToolTip(self.tr("Requests in flight to the server"))
        self.api_key_env = QLineEdit(self)
        self.api_key_env.setPlaceholderText(self.tr("variable holding the API key, if any"))
        self.max_tokens = spin_box(1, 32_768, DEFAULTS.max_tokens, self, separators=True)
        self.temperature = _real(0.0, 5.0, 0.05, DEFAULTS.temperature, self)
        self.top_p = _real(0.01, 1.0, 0.05, DEFAULTS.top_p, self)
        self.seed = spin_box(-1, 2_147_483_647, -1, self)  # an identifier: no digit groups
        self.seed.setSpecialValueText(self.tr("random"))
        self.seed.setToolTip(self.tr("A fixed seed makes the responses reproducible"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("every language"), None)
        self.limit = spin_box(0, 100_000_000, 0, self, separators=True)
        self.limit.setSpecialValueText(self.tr("all"))
        self.limit.setToolTip(self.tr("Only the first N included instructions"))
        self.system = QPlainTextEdit(self)
        self.system.setPlaceholderText(self.tr("A system prompt for every request (optional)"))
        self.system.setFixedHeight(self.fontMetrics().height() * 4 + 12)

        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Model"), self.model)
        self.form.addRow(self.tr("Responses each"), self.samples)
        self.form.addRow(self.tr("Parallel"), self.parallel)
        self.form.addRow(self.tr("Concurrency"), self.concurrency)
        self.form.addRow(self.tr("API key from"), self.api_key_env)
        self.form.addRow(self.tr("Max tokens"), self.max_tokens)
        self.form.addRow(self.tr("Temperature"), self.temperature)
        self.form.addRow(self.tr("Top-p"), self.top_p)
        self.form.addRow(self.tr("Seed"), self.seed)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Instructions"), self.limit)
        self.form.addRow(QLabel(self.tr("System prompt"), self))
        self.form.addRow(self.system)

        self.model.currentIndexChanged.connect(self._model_changed)
        for spin in (self.samples, self.max_tokens, self.seed, self.limit):
            spin.valueChanged.connect(self.changed)
        for real in (self.temperature, self.top_p):
            real.valueChanged.connect(self.changed)
        self.language.currentIndexChanged.connect(self.changed)
        self.system.textChanged.connect(self.changed)
        self._model_changed()

    def set_models(self, models: list[dict[str, Any]]) -> None:
        """Fill the model choice (GGUF and server models), keeping the current one."""
        self.model.set_models(models)
        self._model_changed()

    def set_languages(self, counts: dict[str, int]) -> None:
        current = self.language.currentData()
        self.language.blockSignals(True)
        while self.language.count() > 1:
            self.language.removeItem(1)
        for code, n in counts.items():
            self.language.addItem(f"{code} ({number(n)})", code)
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.blockSignals(False)

    def _model_changed(self) -> None:
        remote = (self.model.chosen() or {}).get("kind") == "remote"
        for widget, shown in (
            (self.parallel, not remote),
            (self.concurrency, remote),
            (self.api_key_env, remote),
        ):
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        self.changed.emit()

    def config(self) -> dict[str, Any]:
        """The job's config as stored; see ``generate_config``."""
        return self.generate_config().to_json()

    def generate_config(self) -> GenerateConfig:
        """The job's typed config, the one ``handloom generate`` builds from its flags."""
        model = self.model.chosen()
        return GenerateConfig(
            model=model["name"] if model else None,
            samples=self.samples.value(),
            parallel=self.parallel.value(),
            max_tokens=self.max_tokens.value(),
            temperature=round(self.temperature.value(), 2),
            top_p=round(self.top_p.value(), 2),
            seed=self.seed.value() if self.seed.value() >= 0 else None,
            system=self.system.toPlainText().strip() or None,
            language=self.language.currentData(),
            limit=self.limit.value() or None,
            api_key_env=self.api_key_env.text().strip() or None,
            concurrency=self.concurrency.value(),
        )

    def set_config(self, config: dict[str, Any]) -> None:
        """Show a recorded job's settings (to resume it, or to start again like it)."""
        values = GenerateConfig.from_json(config)
        self.model.choose(values.model)
        self.samples.setValue(values.samples)
        self.parallel.setValue(values.parallel or DEFAULTS.parallel)
        self.max_tokens.setValue(values.max_tokens)
        self.temperature.setValue(float(values.temperature))
        self.top_p.setValue(float(values.top_p))
        self.seed.setValue(-1 if values.seed is None else values.seed)
        self.system.setPlainText(values.system or "")
        select_data(self.language, values.language)
        self.limit.setValue(values.limit or 0)
        self.api_key_env.setText(values.api_key_env or "")
        concurrency = values.concurrency
        if isinstance(concurrency, tuple):
            concurrency = concurrency[0] if concurrency else None
        self.concurrency.setValue(concurrency or SUGGESTED_CONCURRENCY)
