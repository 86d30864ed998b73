"""The Translate page's settings, turned into the "translate" job's config.

The form builds the job's typed config (``core.translate.config.TranslateConfig``, whose
defaults it shows), the one ``handloom translate`` builds from its flags, so a job started
from the command line and one started here with the same settings are the same job and
resume each other.
Languages are shown as "sw — Swahili (Kiswahili)": the code, the English name and the
language's own name; any other code can be typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QWidget,
)

from app.shell.numbers import number
from app.widgets.form_fields import select_data, spin_box
from app.widgets.model_choice import ModelChoice
from core.translate.config import TranslateConfig

DEFAULTS = TranslateConfig()  # the command line's defaults
DEFAULT_TARGET = "sw"


def language_label(code: str, english: str, own: str) -> str:
    """ "sw — Swahili (Kiswahili)"; the own name only when it differs."""
    return f"{code} — {english}" + (f" ({own})" if own and own != english else "")


class TranslateForm(QGroupBox):
    """Emits ``changed`` when a setting that changes what is pending moves, and
    ``pair_changed`` when the language pair (and so the prompt and glossary) changes."""

    changed = Signal()
    pair_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.names: dict[str, tuple[str, str]] = {}  # code -> (English, own)
        self.source_counts: dict[str, int] = {}
        self.model = ModelChoice(self)
        self.target = QComboBox(self)
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target.setMinimumContentsLength(22)
        self.target.setToolTip(self.tr("The language to translate into; type a code or a name"))
        self.target.addItem(DEFAULT_TARGET, DEFAULT_TARGET)
        self.source = QComboBox(self)
        self.source.setMinimumContentsLength(22)
        self.source.addItem(self.tr("every language but the target"), None)
        self.limit = spin_box(0, 100_000_000, 0, self, separators=True)
        self.limit.setSpecialValueText(self.tr("all"))
        self.limit.setToolTip(self.tr("Only the first N originals"))
        self.parallel = spin_box(1, 64, DEFAULTS.parallel, self, separators=True)
        self.parallel.setToolTip(self.tr("Sequences decoded together by llama.cpp"))
        self.max_tokens = spin_box(1, 32_768, DEFAULTS.max_tokens, self, separators=True)
        self.temperature = QDoubleSpinBox(self)
        self.temperature.setRange(0.0, 5.0)
        self.temperature.setSingleStep(0.05)
        self.temperature.setValue(DEFAULTS.temperature)
        self.back_translate = QCheckBox(self.tr("Translate back and score (chrF)"), self)
        self.back_translate.setToolTip(
            self.tr("Translate each translation back into its source language and compare it with the original: a rough quality estimate, at twice the time")
        )

        form = QFormLayout(self)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Into"), self.target)
        form.addRow(self.tr("From"), self.source)
        form.addRow(self.tr("Instructions"), self.limit)
        form.addRow(self.tr("Parallel"), self.parallel)
        form.addRow(self.tr("Max tokens"), self.max_tokens)
        form.addRow(self.tr("Temperature"), self.temperature)
        form.addRow(self.back_translate)

        self.model.currentIndexChanged.connect(self.changed)
        self.target.currentIndexChanged.connect(self._pair_moved)
        self.target.lineEdit().editingFinished.connect(self._target_typed)
        self.source.currentIndexChanged.connect(self._pair_moved)
        self.limit.valueChanged.connect(self.changed)
        self.back_translate.toggled.connect(self.changed)

    # -- filling -----------------------------------------------------------------------

    def set_models(self, models: list[dict[str, Any]]) -> None:
        """The models that can translate (GGUF and server models), keeping the choice."""
        # a multilingual model by default: Gemma, if it is there
        self.model.set_models(models, prefer=lambda m: "gemma" in m["name"])
        self.changed.emit()

    def set_languages(self, choices: list[tuple[str, str, str]]) -> None:
        """Every language to translate into, as (code, English name, own name)."""
        current = self.target_code() or DEFAULT_TARGET
        self.names = {code: (english, own) for code, english, own in choices}
        self.target.blockSignals(True)
        self.target.clear()
        for code, english, own in choices:
            self.target.addItem(language_label(code, english, own), code)
        self._select_target(current)
        self.target.blockSignals(False)
        self._fill_sources()

    def set_sources(self, counts: dict[str, int]) -> None:
        """The languages of the included originals, with how many there are of each."""
        self.source_counts = counts
        self._fill_sources()

    def _fill_sources(self) -> None:
        current = self.source.currentData()
        self.source.blockSignals(True)
        while self.source.count() > 1:
            self.source.removeItem(1)
        for code, n in self.source_counts.items():
            english, own = self.names.get(code, (code, ""))
            self.source.addItem(f"{language_label(code, english, own)} · {number(n)}", code)
        select_data(self.source, current)
        self.source.blockSignals(False)

    def _select_target(self, code: str | None) -> None:
        if not code:
            return
        found = self.target.findData(code)
        if found < 0:
            english, own = self.names.get(code, (code, ""))
            self.target.addItem(
                language_label(code, english, own) if english != code else code, code
            )
            found = self.target.count() - 1
        self.target.setCurrentIndex(found)

    def _target_typed(self) -> None:
        """A typed code or name ("am", "Amharic", "ትግርኛ") selects that language."""
        from core.languages import normalise_language

        text = self.target.currentText().split("—", 1)[0].strip()
        code = normalise_language(text) if text else None
        if code and code != self.target.currentData():
            self._select_target(code)
        elif self.target.currentData() is not None:
            self.target.setEditText(self.target.itemText(self.target.currentIndex()))

    def _pair_moved(self) -> None:
        self.pair_changed.emit()
        self.changed.emit()

    # -- reading -----------------------------------------------------------------------

    def target_code(self) -> str | None:
        data = self.target.currentData()
        return str(data) if data else None

    def source_code(self) -> str | None:
        data = self.source.currentData()
        return str(data) if data else None

    def prompt_source(self) -> str | None:
        """The source of the pair whose prompt is shown: the chosen source language, else
        the most common language of the originals other than the target."""
        if self.source_code():
            return self.source_code()
        target = self.target_code()
        return next((c for c in self.source_counts if c != target), None)

    def config(self) -> dict[str, Any]:
        """The job's config as stored; see ``translate_config``."""
        return self.translate_config().to_json()

    def translate_config(self) -> TranslateConfig:
        """The job's typed config, the one ``handloom translate`` builds from its flags."""
        model = self.model.chosen()
        return TranslateConfig(
            model=model["name"] if model else None,
            target=self.target_code(),
            source=self.source_code(),
            limit=self.limit.value() or None,
            parallel=self.parallel.value(),
            max_tokens=self.max_tokens.value(),
            temperature=round(self.temperature.value(), 2),
            back_translate=self.back_translate.isChecked(),
        )

    def set_config(self, config: dict[str, Any]) -> None:
        """Show a recorded job's settings (to resume it)."""
        values = TranslateConfig.from_json(config)
        self.model.choose(values.model)
        self._select_target(values.target)
        select_data(self.source, values.source)
        self.limit.setValue(int(values.limit or 0))
        self.parallel.setValue(int(values.parallel or DEFAULTS.parallel))
        self.max_tokens.setValue(int(values.max_tokens or DEFAULTS.max_tokens))
        self.temperature.setValue(float(values.temperature))
        self.back_translate.setChecked(bool(values.back_translate))
