"""The Train page's "What the fine-tune changed": a finished run's stored report
(``core.recipe.changes``) as a small before/after table, the held-out loss first to last, the
judge's preference with its 95% interval and, in plain words, why the figures may mean
little; and "Measure what it changed" with an optional judge, which the page runs.

The controls sit at the top and the progress line keeps its place while hidden, so nothing
moves under the pointer when a report arrives or a measurement starts; the figures scroll
inside the section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.shell.job_progress import ProgressLine
from app.shell.numbers import fill, number, percent
from app.stages.base import scroll_vertically
from app.stages.train.training_runs import loss_text
from core.recipe.changes import MIN_ITEMS

FIGURES = ("answers", "clean_endings", "truncated", "repetition", "mean_tokens")


def finished(run: dict[str, Any] | None) -> bool:
    """A run with a tuned model to compare with its base."""
    return bool(run and run.get("state") == "done" and run.get("model"))


def measured_run(chosen: dict[str, Any] | None, runs: list[dict[str, Any]]
                 ) -> dict[str, Any] | None:
    """The chosen run when it finished, else the newest finished one (``runs`` newest first)."""
    if finished(chosen):
        return chosen
    return next((r for r in runs if finished(r)), None)


def concerns(data: dict[str, Any]) -> tuple[bool, bool]:
    """(too few held-out instructions, the judge is a small model), as ``report`` decided
    them: its warnings name the small judge first, then the small set."""
    few = int(data.get("held_out") or 0) < MIN_ITEMS
    small_judge = bool(data.get("judge")) and len(data.get("warnings") or []) > int(few)
    return few, small_judge


class FineTuneChanges(QGroupBox):
    """``measure`` and ``cancel`` fire when their buttons are pressed; ``shown`` after each
    redraw."""

    measure = Signal()
    cancel = Signal()
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What the fine-tune changed"))
        self.run: dict[str, Any] | None = None
        self.data: dict[str, Any] | None = None

        self.judge = QComboBox(self)
        self.judge.setToolTip(self.tr("A model that compares each pair of answers, in both "
                                      "orders; without one only the answers are measured"))
        self.judge.addItem(self.tr("No judge"), None)
        self.measure_button = QPushButton(self.tr("Measure what it changed"), self)
        self.measure_button.setToolTip(self.tr(
            "The base and the tuned model answer the instructions the run held out (and the "
            "judge compares them); stopped, it continues where it stopped"))
        self.measure_button.clicked.connect(self.measure)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Judge:"), self))
        controls.addWidget(self.judge, 1)
        controls.addWidget(self.measure_button)
        controls.addWidget(self.cancel_button)

        self.bar = QProgressBar(self)
        keep = self.bar.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the figures below stay where they are
        self.bar.setSizePolicy(keep)
        self.bar.hide()
        self.progress = ProgressLine(self.bar)

        figures = QWidget(self)
        column = QVBoxLayout(figures)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = self._label(figures)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.before_title = QLabel("<b>" + self.tr("Before") + "</b>", figures)
        self.after_title = QLabel("<b>" + self.tr("After") + "</b>", figures)
        grid.addWidget(self.before_title, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.after_title, 0, 2, Qt.AlignmentFlag.AlignRight)
        names = {"answers": self.tr("Answers"),
                 "clean_endings": self.tr("End cleanly before the limit"),
                 "truncated": self.tr("Cut off at the limit"),
                 "repetition": self.tr("Repeat themselves"),
                 "mean_tokens": self.tr("Mean length (tokens)")}
        self.cells: dict[tuple[str, str], QLabel] = {}
        self.row_names: list[QLabel] = []
        for row, key in enumerate(FIGURES, start=1):
            name = QLabel(names[key], figures)
            self.row_names.append(name)
            grid.addWidget(name, row, 0)
            for col, side in ((1, "before"), (2, "after")):
                cell = QLabel(figures)
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.cells[(key, side)] = cell
                grid.addWidget(cell, row, col)
        grid.setColumnStretch(3, 1)
        column.addWidget(self.heading)
        column.addLayout(grid)
        self.loss = self._label(figures)
        self.preference = self._label(figures)
        self.warnings = self._label(figures)
        self.warnings.setStyleSheet("color: #9a5b00;")
        for label in (self.loss, self.preference, self.warnings):
            column.addWidget(label)
        column.addStretch(1)
        self._table = [self.before_title, self.after_title, *self.row_names,
                       *self.cells.values()]

        outer = QVBoxLayout(self)
        outer.addLayout(controls)
        outer.addWidget(self.bar)
        outer.addWidget(scroll_vertically(figures, self, 0), 1)
        self.show_report(None, None)

    def _label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- the judges on offer --------------------------------------------------------------

    def set_judges(self, names: list[str]) -> None:
        """Offer the project's models as judges, keeping the one chosen if it is still there."""
        chosen = self.chosen_judge()
        self.judge.blockSignals(True)
        while self.judge.count() > 1:
            self.judge.removeItem(1)
        for name in names:
            self.judge.addItem(name, name)
        index = self.judge.findData(chosen) if chosen else 0
        self.judge.setCurrentIndex(max(index, 0))
        self.judge.blockSignals(False)

    def chosen_judge(self) -> str | None:
        value = self.judge.currentData()
        return str(value) if value else None

    # -- the report -----------------------------------------------------------------------

    def show_report(self, run: dict[str, Any] | None, data: dict[str, Any] | None) -> None:
        """Show ``data`` (a stored report of ``run``), or say why there is none."""
        self.run, self.data = run, data
        for widget in self._table:
            widget.setVisible(data is not None)
        for label in (self.loss, self.preference, self.warnings):
            label.clear()
        if run is None:
            self.heading.setText(self.tr("A finished training run shows here what it changed "
                                         "on the instructions it held out."))
        elif not run.get("eval_rows"):
            self.heading.setText(self.tr("“{0}” held no instructions out, so nothing can show "
                                         "what it changed; train with a held-out fraction.")
                                 .format(run["name"]))
        elif data is None:
            self.heading.setText(self.tr("“{0}” has not been measured yet: press “Measure what "
                                         "it changed”.").format(run["name"]))
        else:
            self._figures(data)
        self.shown.emit()

    def _figures(self, data: dict[str, Any]) -> None:
        held = int(data["held_out"])
        self.heading.setText(fill(self.tr(
            "“{0}” on %Ln held-out instruction(s), {1:,} tokens at most an answer: {2} before, "
            "{3} after.", None, held), data["training"], data["max_tokens"], data["base"],
            data["tuned"]))
        for side in ("before", "after"):
            figures = data[side]
            for key in FIGURES:
                self.cells[(key, side)].setText(_figure(key, figures.get(key)))
        loss = data.get("held_out_loss") or {}
        if loss.get("first") is not None:
            self.loss.setText(fill(self.tr("Held-out loss: {0} at step {1:,}, {2} at step {3:,}."),
                                   loss_text(loss["first"]), loss["first_step"],
                                   loss_text(loss["last"]), loss["last_step"]))
        else:
            self.loss.setText(self.tr("No held-out loss was recorded."))
        self.preference.setText(self._preference(data))
        few, small_judge = concerns(data)
        notes = []
        if small_judge:
            notes.append(self.tr("The judge {0} is a small model: its preferences are weak "
                                 "evidence of what changed.").format(data["judge"]))
        if few:
            notes.append(fill(self.tr("Too few held-out instructions ({0:,}) for the shares or "
                                      "the interval to mean much; {1:,} or more are needed."),
                              held, MIN_ITEMS))
        self.warnings.setText("\n".join(notes))

    def _preference(self, data: dict[str, Any]) -> str:
        p = data.get("preference")
        if p is None:
            return self.tr("No judge compared the answers; choose one to learn which it "
                           "prefers.")
        compared = int(p["comparisons"])
        if not compared:
            return self.tr("The judge gave no verdict on any pair.")
        return fill(self.tr(
            "The judge {0} preferred the tuned model in {1} of %Ln comparison(s), each pair "
            "asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, "
            "tied {6:,}).", None, compared), data["judge"], percent(p["share"]),
            percent(p["low"]), percent(p["high"]), p["wins"], p["losses"], p["ties"])

    # -- measuring ------------------------------------------------------------------------

    def enable(self, idle: bool, measuring: bool) -> None:
        """Measure while no job runs and a finished run with held-out instructions is shown;
        Cancel while this section's measurement runs."""
        possible = finished(self.run) and bool((self.run or {}).get("eval_rows"))
        self.measure_button.setEnabled(idle and possible)
        self.judge.setEnabled(not measuring)
        self.cancel_button.setEnabled(measuring)

    def ended(self) -> None:
        self.bar.hide()


def _figure(key: str, value: Any) -> str:
    if value is None:
        return "—"
    if key == "answers":
        return number(int(value))
    if key == "mean_tokens":
        return number(float(value), 0)
    return percent(float(value))
