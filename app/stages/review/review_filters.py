"""The review queue's filters as one row of controls: kind, language, status, source, flag,
score range, verdict, model and "translations only", turned into ``QueueFilters``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from app.shell.i18n import code_label
from app.widgets.form_fields import select_data

NO_SCORE = -1.0  # the spin boxes' "no bound" value, shown as "—"
_VERDICTS = [
    (QT_TRANSLATE_NOOP("ReviewFilters", "any verdict"), None),
    (QT_TRANSLATE_NOOP("ReviewFilters", "not reviewed yet"), "unreviewed"),
    (QT_TRANSLATE_NOOP("ReviewFilters", "reviewed"), "reviewed"),
    (QT_TRANSLATE_NOOP("ReviewFilters", "accepted"), "accept"),
    (QT_TRANSLATE_NOOP("ReviewFilters", "rejected"), "reject"),
]
_STATUSES = [(QT_TRANSLATE_NOOP("ReviewFilters", "any status"), None), (QT_TRANSLATE_NOOP("ReviewFilters", "included"), QT_TRANSLATE_NOOP("ReviewFilters", "included")), (QT_TRANSLATE_NOOP("ReviewFilters", "excluded"), QT_TRANSLATE_NOOP("ReviewFilters", "excluded"))]


def _combo(parent: QWidget, items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox(parent)
    for text, data in items:
        combo.addItem(QCoreApplication.translate("ReviewFilters", text), data)
    return combo


def _score(parent: QWidget, tip: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(NO_SCORE, 100.0)
    spin.setDecimals(1)
    spin.setSingleStep(1.0)
    spin.setSpecialValueText("—")
    spin.setValue(NO_SCORE)
    spin.setToolTip(tip)
    return spin


class ReviewFilters(QWidget):
    """Emits ``changed`` when the person changes a filter (not when ``set_filters`` runs)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = _combo(self, [(self.tr("Instructions"), "instruction"), (self.tr("Responses"), "response")])
        self.language = _combo(self, [(self.tr("any language"), None)])
        self.status = _combo(self, _STATUSES)
        self.source = _combo(self, [(self.tr("any source"), None)])
        self.flag = _combo(self, [(self.tr("any flags"), None), (self.tr("flagged"), "any"), (self.tr("not flagged"), "none")])
        self.verdict = _combo(self, _VERDICTS)
        self.model = _combo(self, [(self.tr("any model"), None)])
        tip = self.tr("Translations: chrF of the back-translation (0–100); responses: the judge's score")
        self.min_score = _score(self, tip)
        self.max_score = _score(self, tip)
        self.translations_only = QCheckBox(self.tr("Translations only"), self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # the mode switch says what it switches: "Reviewing: Instructions / Responses"
        mode = QWidget(self)
        mode_row = QHBoxLayout(mode)
        mode_row.setContentsMargins(0, 0, 0, 0)
        self.kind_label = QLabel(self.tr("Reviewing"), mode)
        self.kind_label.setBuddy(self.kind)
        self.kind.setAccessibleName(self.tr("Reviewing"))
        mode_row.addWidget(self.kind_label)
        mode_row.addWidget(self.kind, 1)
        first = (mode, self.language, self.status, self.source, self.verdict)
        for column, widget in enumerate(first):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.flag, 1, 0)
        grid.addWidget(self.model, 1, 1)
        grid.addWidget(QLabel(self.tr("Score from"), self), 1, 2)
        grid.addWidget(self.min_score, 1, 3)
        grid.addWidget(self.max_score, 1, 4)
        grid.addWidget(self.translations_only, 1, 5)
        for combo in (
            self.kind,
            self.language,
            self.status,
            self.source,
            self.flag,
            self.verdict,
            self.model,
        ):
            combo.currentIndexChanged.connect(self.changed)
        for spin in (self.min_score, self.max_score):
            spin.valueChanged.connect(self.changed)
        self.translations_only.toggled.connect(self.changed)

    def set_choices(self, choices: dict[str, Any]) -> None:
        """Fill the choices read from the project: languages, sources, flags and models."""
        self.blockSignals(True)
        self._refill(self.language, self.tr("any language"), choices.get("languages", []))
        self._refill(self.source, self.tr("any source"), choices.get("sources", []))
        self._refill(self.model, self.tr("any model"), choices.get("models", []))
        flags = [(self.tr("flag: {0}").format(code_label(f)), f) for f in choices.get("flags", [])]
        self._refill(self.flag, self.tr("any flags"),
                     [(self.tr("flagged"), "any"), (self.tr("not flagged"), "none"), *flags])
        self.blockSignals(False)

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[Any]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for item in items:
            text, data = item if isinstance(item, tuple) else (str(item), item)
            combo.addItem(text, data)
        select_data(combo, current)
        combo.blockSignals(False)

    def values(self) -> dict[str, Any]:
        """The ``QueueFilters`` fields the controls say."""
        low, high = self.min_score.value(), self.max_score.value()
        return {
            "kind": self.kind.currentData(),
            "language": self.language.currentData(),
            "status": self.status.currentData(),
            "source": self.source.currentData(),
            "flag": self.flag.currentData(),
            "min_score": None if low <= NO_SCORE else low,
            "max_score": None if high <= NO_SCORE else high,
            "verdict": self.verdict.currentData(),
            "translations_only": self.translations_only.isChecked(),
            "model": self.model.currentData(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        """Show saved filters (a reviewer's queue as they left it)."""
        self.blockSignals(True)
        for name in ("kind", "language", "status", "source", "flag", "verdict", "model"):
            combo: QComboBox = getattr(self, name)
            combo.blockSignals(True)
            select_data(combo, values.get(name))
            combo.blockSignals(False)
        for name in ("min_score", "max_score"):
            spin: QDoubleSpinBox = getattr(self, name)
            spin.blockSignals(True)
            value = values.get(name)
            spin.setValue(NO_SCORE if value is None else float(value))
            spin.blockSignals(False)
        self.translations_only.blockSignals(True)
        self.translations_only.setChecked(bool(values.get("translations_only")))
        self.translations_only.blockSignals(False)
        self.blockSignals(False)
