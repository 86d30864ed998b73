"""The Train page's settings: preset, base model, name, hyperparameters and data filters,
turned into the ``train`` job's typed config (``core.train.job_config.TrainConfig``, the one
``handloom train`` builds); the hyperparameters shown are the chosen preset's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import HandloomError
from core.train.config import TrainingConfig
from core.train.hf_folder import has_chat_template, is_folder, read_config
from core.train.job_config import TrainConfig
from core.train.presets import PRESETS

QUICK = "Quick try (CPU, minutes)"
FOLDER = "\x00folder"  # the base picker's "Hugging Face folder…" entry


def _spin(low: int, high: int, parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setGroupSeparatorShown(True)
    return spin


def _real(low: float, high: float, step: float, decimals: int, parent: QWidget) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    return spin


TYPICAL_NAME = "SmolLM2-135M-Instruct-tuned"  # a tuned model's name as Train proposes it


class TrainForm(QWidget):
    """``changed`` fires when anything moves; ``data_changed`` when the row count may change."""

    changed = Signal()
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: list[dict[str, Any]] = []
        self.folder: str | None = None  # a Hugging Face model folder chosen as the base
        self._last_base = -1
        self.preset = QComboBox(self)
        labels = {"Quick try (CPU, minutes)": self.tr("Quick try (CPU, minutes)"),
                  "Consumer GPU (8 GB)": self.tr("Consumer GPU (8 GB)")}
        for name in PRESETS:
            self.preset.addItem(labels.get(name, name), name)
        self.base = QComboBox(self)
        self.base.setMinimumContentsLength(16)
        self.base.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template = QComboBox(self)
        self.template.addItem(self.tr("Gemma turns (<start_of_turn>)"), "gemma")
        self.template.addItem(self.tr("ChatML (<|im_start|>)"), "chatml")
        self.template.addItem(self.tr("### Instruction / ### Response"), "plain")
        self.template.setToolTip(self.tr("This base has no chat template; the tuned model "
                                         "will answer in the one chosen here"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("name of the tuned model"))
        # Room for a usual tuned name whole (the bundled base's), in the window's own font.
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(TYPICAL_NAME) + 16)
        self.name.textChanged.connect(self.name.setToolTip)  # the whole name, however long

        self.max_steps = _spin(0, 1_000_000, self)
        self.max_steps.setSpecialValueText(self.tr("by epochs"))
        self.epochs = _real(0.1, 100.0, 0.5, 1, self)
        self.learning_rate = _real(0.000001, 0.1, 0.00005, 6, self)
        self.lora_r = _spin(1, 512, self)
        self.lora_alpha = _spin(1, 1024, self)
        self.batch_size = _spin(1, 512, self)
        self.grad_accum = _spin(1, 512, self)
        self.max_seq_len = _spin(16, 131_072, self)
        self.seed = _spin(0, 2_147_483_647, self)
        self.seed.setValue(TrainingConfig.seed)
        self.seed.setGroupSeparatorShown(False)  # an identifier, not a quantity
        self.merged = QComboBox(self)
        self.merged.addItem(self.tr("adapter only"), None)
        for value in ("f16", "q8_0", "q4_k_m"):
            self.merged.addItem(self.tr("merged GGUF, {0}").format(value.upper()), value)

        self.min_score = _real(-1.0, 10.0, 1.0, 1, self)
        self.min_score.setSpecialValueText(self.tr("any"))
        self.min_score.setValue(-1.0)
        self.reviewed_only = QCheckBox(self.tr("Only pairs a person accepted"), self)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("every language (or e.g. sw,en)"))
        self.eval_fraction = _real(0.0, 0.5, 0.05, 2, self)

        model = QGroupBox(self.tr("Model"), self)
        form = QFormLayout(model)
        form.addRow(self.tr("Preset"), self.preset)
        form.addRow(self.tr("Base model"), self.base)
        form.addRow(self.tr("Chat template"), self.template)
        form.addRow(self.tr("Tuned model name"), self.name)
        self.model_form = form
        settings = QGroupBox(self.tr("Hyperparameters"), self)
        form = QFormLayout(settings)
        form.addRow(self.tr("Steps"), self.max_steps)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("Learning rate"), self.learning_rate)
        form.addRow(self.tr("LoRA rank"), self.lora_r)
        form.addRow(self.tr("LoRA alpha"), self.lora_alpha)
        form.addRow(self.tr("Batch size"), self.batch_size)
        form.addRow(self.tr("Gradient accumulation"), self.grad_accum)
        form.addRow(self.tr("Max length (tokens)"), self.max_seq_len)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Export"), self.merged)
        data = QGroupBox(self.tr("Data"), self)
        form = QFormLayout(data)
        form.addRow(self.tr("Judge score at least"), self.min_score)
        form.addRow(self.reviewed_only)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Held out"), self.eval_fraction)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for box in (model, settings, data):
            column.addWidget(box)

        self.apply_preset(QUICK)
        self.preset.currentIndexChanged.connect(lambda _: self.apply_preset(self.preset_name()))
        self.base.currentIndexChanged.connect(self._base_changed)
        for spin in (self.max_steps, self.lora_r, self.lora_alpha, self.batch_size,
                     self.grad_accum, self.max_seq_len, self.seed):
            spin.valueChanged.connect(self.changed)
        for real in (self.epochs, self.learning_rate):
            real.valueChanged.connect(self.changed)
        for signal in (self.min_score.valueChanged, self.reviewed_only.toggled,
                       self.languages.textChanged, self.eval_fraction.valueChanged):
            signal.connect(self.data_changed)
            signal.connect(self.changed)
        self.name.textChanged.connect(self.changed)
        self._base_changed()

    def preset_name(self) -> str:
        return str(self.preset.currentData())

    def apply_preset(self, name: str) -> None:
        """Fill the hyperparameters from a preset (the data filters stay)."""
        values = PRESETS[name]
        index = self.preset.findData(name)
        if index != self.preset.currentIndex():
            self.preset.setCurrentIndex(index)
        self.max_steps.setValue(int(values["max_steps"]))
        self.epochs.setValue(float(values["epochs"]))
        self.learning_rate.setValue(float(values["learning_rate"]))
        self.lora_r.setValue(int(values["lora_r"]))
        self.lora_alpha.setValue(int(values["lora_alpha"]))
        self.batch_size.setValue(int(values["batch_size"]))
        self.grad_accum.setValue(int(values["grad_accum"]))
        self.max_seq_len.setValue(int(values["max_seq_len"]))
        self.eval_fraction.setValue(float(values["eval_fraction"]))

    def set_models(self, models: list[dict[str, Any]]) -> None:
        """Offer the registered GGUF files (and a chosen folder) as bases, keeping the choice."""
        current = self.base.currentData()
        self.models = [m for m in models if m["kind"] == "gguf"]
        self.base.blockSignals(True)
        self.base.clear()
        for m in self.models:
            self.base.addItem(m["name"], m["name"])
        if self.folder:
            self.base.addItem(Path(self.folder).name, self.folder)
            self.base.setItemData(self.base.count() - 1, self.folder, Qt.ItemDataRole.ToolTipRole)
        self.base.addItem(self.tr("Hugging Face folder…"), FOLDER)
        found = self.base.findData(current) if current != FOLDER else -1
        # never the folder entry itself: choosing it opens the folder dialog
        self.base.setCurrentIndex(found if found >= 0 else (0 if self.base.count() > 1 else -1))
        self._last_base = self.base.currentIndex()
        self.base.blockSignals(False)
        self._base_changed()

    def use_folder(self, folder: str) -> bool:
        """Choose a Hugging Face model folder (config.json, safetensors, tokenizer) as the base."""
        try:
            if not is_folder(folder) or not read_config(folder):
                return False
        except HandloomError:  # an unreadable config.json
            return False
        self.folder = str(Path(folder).resolve())
        self.set_models(self.models)
        self.base.setCurrentIndex(self.base.findData(self.folder))
        return True

    def _pick_folder(self) -> None:
        """The "Hugging Face folder…" entry: ask for the folder, or go back to the last base."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a Hugging Face model folder (with config.json)"))
        if folder and self.use_folder(folder):
            return
        self.base.blockSignals(True)
        self.base.setCurrentIndex(self._last_base)
        self.base.blockSignals(False)
        self._base_changed()

    def chosen_base(self) -> dict[str, Any] | None:
        index = self.base.currentIndex()
        return self.models[index] if 0 <= index < len(self.models) else None

    def _base_changed(self) -> None:
        """Offer the template choice only for a base without a chat template."""
        if self.base.currentData() == FOLDER:
            self._pick_folder()
            return
        self._last_base = self.base.currentIndex()
        base = self.chosen_base()
        if base is None and self.folder and self.base.currentData() == self.folder:
            try:  # a folder: its own tokenizer files say whether it has a template
                model_type = read_config(self.folder).get("model_type")
                base = {"has_chat_template": has_chat_template(self.folder),
                        "architecture": model_type}
            except HandloomError:
                base = None  # gone since it was chosen; the job will say so
        needs = base is not None and not base.get("has_chat_template")
        self.template.setVisible(needs)
        label = self.model_form.labelForField(self.template)
        if label is not None:
            label.setVisible(needs)
        if needs and base is not None:
            arch = str(base.get("architecture") or "")
            self.template.setCurrentIndex(self.template.findData(
                "gemma" if arch.startswith("gemma") else "chatml"))
        self.changed.emit()

    def filters(self) -> dict[str, Any]:
        """The data filters, as the job and the live count read them."""
        languages = [c.strip() for c in self.languages.text().replace(" ", ",").split(",")
                     if c.strip()]
        score = self.min_score.value()
        return {
            "min_score": score if score >= 0 else None,
            "reviewed_only": self.reviewed_only.isChecked(),
            "languages": languages,
            "eval_fraction": round(self.eval_fraction.value(), 2),
        }

    def config(self) -> dict[str, Any]:
        """The ``train`` job's config as stored; see ``train_config``."""
        return self.train_config().to_json()

    def train_config(self) -> TrainConfig:
        """The job's typed config, the one ``handloom train`` builds from its flags."""
        base = self.chosen_base()
        steps = self.max_steps.value()
        filters = self.filters()
        return TrainConfig(
            name=self.name.text().strip(),
            base=base["name"] if base else (
                self.folder if self.base.currentData() == self.folder else None),
            preset=self.preset_name(),
            epochs=None if steps else round(self.epochs.value(), 2),
            max_steps=steps or None,
            learning_rate=float(f"{self.learning_rate.value():.6g}"),
            lora_r=self.lora_r.value(),
            lora_alpha=self.lora_alpha.value(),
            batch_size=self.batch_size.value(),
            grad_accum=self.grad_accum.value(),
            max_seq_len=self.max_seq_len.value(),
            seed=self.seed.value(),
            min_score=filters["min_score"],
            reviewed_only=filters["reviewed_only"],
            languages=tuple(filters["languages"]),
            eval_fraction=filters["eval_fraction"],
            chat_template=self.template.currentData() if self.template.isVisibleTo(self)
            else None,
            export_merged=self.merged.currentData(),
        )
