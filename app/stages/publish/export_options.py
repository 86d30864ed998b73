"""What goes into an exported dataset (the option form) and what the preview says about it,
in plain sentences, before anything is written or published."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.shell.i18n import code_label
from app.shell.numbers import number

FORMATS = (
    (QT_TRANSLATE_NOOP("ExportOptions", "Parquet (the Hub's own format)"), "parquet"),
    (QT_TRANSLATE_NOOP("ExportOptions", "JSON Lines"), "jsonl"),
    (QT_TRANSLATE_NOOP("ExportOptions", "Arrow folder (datasets.load_from_disk)"), "arrow"),
)
NO_MINIMUM = -0.5  # the spin box's "Any score"
TYPING_DELAY_MS = 300
CONFLICT_COLOUR = "#9b1c1c"
WARNING_COLOUR = "#7a4d00"


class ExportOptionsForm(QWidget):
    """The export filters; ``changed`` fires (debounced while typing) when any changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.format = QComboBox(self)
        for label, value in FORMATS:
            self.format.addItem(QCoreApplication.translate("ExportOptions", label), value)
        self.selected_only = QCheckBox(self.tr("Only the selected response of each instruction"), self)
        self.reviewed_only = QCheckBox(self.tr("Only responses accepted in review"), self)
        self.min_score = QDoubleSpinBox(self)
        self.min_score.setRange(NO_MINIMUM, 10)
        self.min_score.setSingleStep(0.5)
        self.min_score.setDecimals(1)
        self.min_score.setSpecialValueText(self.tr("Any score"))
        self.min_score.setValue(NO_MINIMUM)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("All languages, or codes such as sw, en"))
        self.test_percent = QSpinBox(self)
        self.test_percent.setRange(0, 50)
        self.test_percent.setValue(5)
        self.test_percent.setSuffix(self.tr(" % of instructions"))
        self.pretty_name = QLineEdit(self)
        self.pretty_name.setPlaceholderText(self.tr("the project's name"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.selected_only)
        form.addRow(self.reviewed_only)
        form.addRow(self.tr("Minimum judge score"), self.min_score)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Test split"), self.test_percent)
        form.addRow(self.tr("Name on the card"), self.pretty_name)

        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_DELAY_MS)
        self.typing.timeout.connect(self.changed)
        self.format.currentIndexChanged.connect(self.changed)
        self.selected_only.toggled.connect(self.changed)
        self.reviewed_only.toggled.connect(self.changed)
        self.min_score.valueChanged.connect(self.typing.start)
        self.test_percent.valueChanged.connect(self.typing.start)
        self.languages.textChanged.connect(self.typing.start)
        self.pretty_name.textChanged.connect(self.typing.start)

    def values(self) -> dict[str, Any]:
        """The options as ``ExportOptions`` keyword arguments."""
        score = self.min_score.value()
        codes = [c for c in re.split(r"[\s,;]+", self.languages.text()) if c]
        return {
            "format": self.format.currentData(),
            "selected_only": self.selected_only.isChecked(),
            "reviewed_only": self.reviewed_only.isChecked(),
            "min_score": None if score <= NO_MINIMUM else score,
            "languages": tuple(codes),
            "test_fraction": self.test_percent.value() / 100,
        }

    def name_on_card(self, default: str) -> str:
        return self.pretty_name.text().strip() or default


def _count(n: int, noun: str) -> str:
    """``n`` rows, instructions or responses, in the plural form the language uses for n."""
    if noun == "row":
        return QCoreApplication.translate("ExportOptions", "%Ln row(s)", None, n)
    if noun == "instruction":
        return QCoreApplication.translate("ExportOptions", "%Ln instruction(s)", None, n)
    return QCoreApplication.translate("ExportOptions", "%Ln response(s)", None, n)


def licence_lines(licence: dict[str, Any]) -> list[str]:
    """The derived licence, where each part comes from, and every problem, as HTML lines."""
    e = html.escape
    if licence["licence"] == "unknown":  # no row says: the window's words, not the code
        first = QCoreApplication.translate("ExportOptions", "<b>Licence:</b> not known")
    elif licence["name"] == licence["licence"]:
        first = QCoreApplication.translate("ExportOptions", "<b>Licence:</b> {0}").format(
            e(licence["name"]))
    else:
        first = QCoreApplication.translate("ExportOptions", "<b>Licence:</b> {0} ({1})").format(
            e(licence["name"]), e(licence["licence"]))
    lines = [first]
    for use in licence["uses"]:
        role = "instructions" if use["role"] == "instructions" else "responses"
        where = ", ".join(use["where"][:3]) + ("…" if len(use["where"]) > 3 else "")
        under = QCoreApplication.translate("ExportOptions", "{0} under {1}").format(
            _count(use["rows"], role[:-1]), e(use["licence"])
        )
        source = QCoreApplication.translate("ExportOptions", " from {0}").format(e(where))
        lines.append("&nbsp;&nbsp;• " + under + (source if where else ""))
    for problem in licence["problems"]:
        if problem["level"] == "conflict":
            lines.append(
                f"<span style='color:{CONFLICT_COLOUR}'>"
                + QCoreApplication.translate("ExportOptions", "<b>Conflict:</b> {0}").format(
                    e(problem["message"])
                )
                + "</span>"
            )
        else:
            lines.append(
                f"<span style='color:{WARNING_COLOUR}'>"
                + QCoreApplication.translate("ExportOptions", "<b>Note:</b> {0}").format(
                    e(problem["message"])
                )
                + "</span>"
            )
    return lines


def describe_preview(preview: dict[str, Any]) -> str:
    """The preview as HTML: rows per split, languages, what each filter left out, licence."""
    e = html.escape
    # Between the items of a list: "، " in Arabic, "、" in Japanese.
    comma = QCoreApplication.translate("ExportOptions", ", ", "between the items of a list")
    counts = {"train": 0, "test": 0, **preview["splits"]}
    splits = comma.join(f"{code_label(split)} {number(n)}"
                       for split, n in sorted(counts.items(), reverse=True))
    lines = [f"<b>{_count(preview['rows'], 'row')}</b>" + (f": {splits}." if splits else ".")]
    if preview["rows"] == 0:
        lines.append(
            QCoreApplication.translate(
                "ExportOptions", "Nothing would be exported: no response passes the options."
            )
        )
    names = preview.get("language_names", {})
    languages = comma.join(
        f"{e(names.get(code, code))} ({e(code)}) {number(n)}" for code, n in preview["languages"].items()
    )
    if languages:
        lines.append(
            QCoreApplication.translate("ExportOptions", "<b>Languages:</b> {0}").format(languages)
        )
    removed = [(reason, n) for reason, n in preview["removed"].items() if n]
    if removed:
        left_out = "; ".join(f"{e(code_label(reason))}: {_count(n, 'response')}"
                             for reason, n in removed)
        lines.append(
            QCoreApplication.translate("ExportOptions", "<b>Left out:</b> {0}").format(left_out)
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "ExportOptions",
                "<b>Left out:</b> nothing; every response to an included instruction.",
            )
        )
    lines += licence_lines(preview["licence"])
    return "<br>".join(lines)


def conflicts_of(preview: dict[str, Any] | None) -> list[str]:
    """The conflict sentences of a preview (none when there is no preview yet)."""
    if not preview:
        return []
    return [p["message"] for p in preview["licence"]["problems"] if p["level"] == "conflict"]
