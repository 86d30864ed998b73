"""The Train page's list of past runs: name, base, state, backend, steps and losses, the
chosen run's files, and "Try it"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shell.i18n import code_label
from app.shell.numbers import number
from app.stages.base import row_of
from app.widgets.record_table import record_table


def loss_text(value: float | None) -> str:
    return "—" if value is None else number(value, 3)


class TrainingRuns(QGroupBox):
    """``chosen`` fires when the selected run changes; ``try_it`` when "Try it" is pressed."""

    chosen = Signal()
    try_it = Signal(str)  # the tuned model's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Runs"))
        self.runs: list[dict[str, Any]] = []
        self.table = record_table(self, [
            self.tr("Name"), self.tr("Base"), self.tr("State"), self.tr("Backend"),
            self.tr("Steps"), self.tr("Loss"), self.tr("Held-out loss")],
            stretch=0, fit_contents=False)
        # State, backend, steps and losses as wide as their header or figures, no wider: the
        # seven columns fit the pane in Swahili and Arabic without a scroll bar.
        for column in range(2, 7):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.try_button = QPushButton(self.tr("Try it"), self)
        self.try_button.setToolTip(self.tr("Generate with the chosen tuned model"))
        self.try_button.clicked.connect(self._try)
        self.outputs = QLabel(self)
        self.outputs.setWordWrap(True)
        self.outputs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        row = row_of(self.outputs, self.try_button)
        column.addLayout(row)
        self.try_button.setEnabled(False)

    def show_runs(self, runs: list[dict[str, Any]], wanted: str | None = None) -> None:
        """List ``runs`` (newest first), selecting ``wanted``, else the one chosen before."""
        wanted = wanted or (self.chosen_run() or {}).get("id")
        self.runs = runs
        self.table.blockSignals(True)
        self.table.setRowCount(len(runs))
        for i, r in enumerate(runs):
            steps = f"{number(r['steps'])}" + (f" / {number(r['total_steps'])}" if r["total_steps"] else "")
            values = [r["name"], r["base"], code_label(r["state"]), r["backend"] or "", steps,
                      loss_text(r["last_loss"]), loss_text(r["eval_loss"])]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        rows = [i for i, r in enumerate(runs) if r["id"] == wanted]
        self.table.blockSignals(False)
        if runs:
            self.table.selectRow(rows[0] if rows else 0)
        self._selection_changed()

    def chosen_run(self) -> dict[str, Any] | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        index = rows[0].row() if rows else -1
        return self.runs[index] if 0 <= index < len(self.runs) else None

    def enable_try(self, allowed: bool) -> None:
        """Offer "Try it" for a finished run with a registered model, when ``allowed``."""
        run = self.chosen_run()
        self.try_button.setEnabled(allowed and bool(run and run.get("model")))

    def _selection_changed(self) -> None:
        run = self.chosen_run()
        if run is None:
            self.outputs.clear()
        else:
            files = [f for f in (run.get("gguf_adapter"), run.get("merged_gguf")) if f]
            self.outputs.setText(self.tr("Files: {0}").format(
                ", ".join(files) if files else run.get("output_dir") or ""))
        self.enable_try(True)
        self.chosen.emit()

    def _try(self) -> None:
        run = self.chosen_run()
        if run is not None and run.get("model"):
            self.try_it.emit(run["model"])
