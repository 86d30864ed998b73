"""The Tokenizer fit section of the Models page: the chart, a verdict line, and Refresh.

Opening a project reads only the cached measurements (fast, read-only); the missing ones are
measured in the background the first time the Models page is shown, and again whenever
Refresh is pressed (what is cached is not measured twice: ``core.fit``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.shell import ops
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.models.fit_chart import MEASURES, FitChart, measure_title


def read_fit(path: Path, compute: bool) -> Worker:
    """The ``FitReport`` of the project at ``path``; with ``compute`` missing results are
    measured."""
    if compute:  # measuring stores its results
        return ops.write(path, "core.fit:report", compute=True, name="tokenizer fit",
                         reports=True)
    return ops.read(path, "core.fit:report", compute=False, name="tokenizer fit",
                    reports=True)


class FitSection(QWidget):
    """Shows a ``FitReport`` as a chart; ``fit_shown`` fires after each redraw."""

    fit_shown = Signal(dict)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: dict[str, Any] | None = None
        self._reader: Worker | None = None
        self._measuring: Worker | None = None

        heading = QLabel(self.tr("<b>Tokenizer fit</b>"), self)
        heading.setToolTip(
            self.tr(
                "How many tokens each model needs for each language of the project, compared "
                "with English, on up to 500 of the project's own instructions per language."
            )
        )
        self.measure = QComboBox(self)
        self.measure.setObjectName("fit-measure")
        for key in MEASURES:
            self.measure.addItem(measure_title(key), key)
        self.measure.currentIndexChanged.connect(self._measure_chosen)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Measure the languages and models not measured yet"))
        self.refresh_button.clicked.connect(self.measure_now)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.measure)
        top.addWidget(self.refresh_button)
        top.addWidget(self.status, 1)
        self.chart: FitChart = FitChart(self)
        self.chart.setAccessibleName(self.tr("Tokenizer fit per model and language"))
        self.verdict = QLabel(self)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)  # model names are not markup
        self.verdict.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.verdict)

    def _measure_chosen(self, _index: int) -> None:
        self.chart.set_measure(str(self.measure.currentData()))

    # -- following the page ------------------------------------------------------------------

    def project_opened(self) -> None:
        """Show what is cached; nothing is measured until the page is looked at."""
        self.show_report(None)
        path = self.session.path
        if path is None:
            return
        worker = read_fit(path, compute=False)
        self._reader = worker
        worker.succeeded.connect(self._cached_read)
        self.session.run(worker)

    def shown(self) -> None:
        if self.report is not None and self.report["missing"]:
            self.measure_now()

    def _cached_read(self, found: Any) -> None:
        if self.sender() is not self._reader:  # an older read that finished late
            return
        report = found.to_json()
        self.show_report(report)
        if report["missing"] and self.isVisible():
            self.measure_now()

    def measure_now(self) -> Worker | None:
        """Measure what is missing in the background (Refresh)."""
        path = self.session.path
        if path is None or self._measuring is not None:
            return self._measuring
        worker = read_fit(path, compute=True)
        self._measuring = worker
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Measuring…"))
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(lambda report: self.show_report(report.to_json()))
        worker.failed.connect(lambda _s: self.status.setText(""))
        worker.finished.connect(self._measured)
        self.session.run(worker)
        return worker

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.status.setText(
            self.tr("Measuring {what} ({done} of {total})…").format(
                what=message, done=done + 1, total=total
            )
        )

    def _measured(self) -> None:
        self._measuring = None
        self.refresh_button.setEnabled(True)
        self.status.setText("")

    # -- drawing -------------------------------------------------------------------------------

    def show_report(self, report: dict[str, Any] | None) -> None:
        self.report = report
        empty = None
        if report is not None and not report["languages"]:
            empty = self.tr("No included instructions with a language yet")
        elif report is not None and report["missing"]:
            empty = self.tr("Not measured yet: press Refresh")
        self.chart.set_report(report, empty)
        self.verdict.setText(self._verdict_text(report) if report else "")
        if report is not None:
            self.fit_shown.emit(report)

    def _verdict_text(self, report: dict[str, Any]) -> str:
        parts = []
        for model in report["models"]:
            if model["skipped"]:
                parts.append(
                    self.tr("{model}: not measured ({why}).").format(
                        model=model["model"], why=model["skipped"]
                    )
                )
                continue
            poor = [f["language"] for f in model["languages"] if f["poor_fit"]]
            if poor:
                parts.append(
                    self.tr("{model} is a poor fit for {languages}.").format(
                        model=model["model"], languages=", ".join(poor)
                    )
                )
        if report["reference"]["source"] == "shipped" and report["languages"]:
            parts.append(
                self.tr(
                    "English reference: Handloom's own 60 English instructions "
                    "(the project has too few in English)."
                )
            )
        if any(f["poor_fit"] for m in report["models"] for f in m["languages"]):
            parts.append(self.tr("Hover a bar for its numbers and the reason."))
        if report["missing"]:
            parts.append(self.tr("{n} measurements are missing.").format(n=report["missing"]))
        return " ".join(parts)
