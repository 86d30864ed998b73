"""The Compare page's leaderboard: strengths with 95% intervals, Elo, votes, win rates, the
win-rate heatmap, per language, whose votes count, the judge's agreement with people, and
Export CSV."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shell.numbers import fill, number, percent
from app.stages.compare.strength_chart import StrengthChart, bars_from
from app.stages.compare.winrate_heatmap import WinRateHeatmap
from app.widgets.record_table import record_table

ALL_LANGUAGES = ""


def _language_label(code: str) -> str:
    try:
        from app.widgets.instruction_model import language_label

        return language_label(code)
    except Exception:
        return code


class ArenaBoard(QWidget):
    """Shows one leaderboard result; the language choice picks a breakdown of the same result
    (no new read), the source choice asks the page for a new one."""

    source_changed = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dict[str, Any] = {}
        self.source = QComboBox(self)
        self.source.addItem(self.tr("People's votes"), "people")
        self.source.addItem(self.tr("The judge's votes"), "judge")
        self.source.addItem(self.tr("All votes"), "all")
        self.source.currentIndexChanged.connect(self.source_changed)
        self.language = QComboBox(self)
        self.language.currentIndexChanged.connect(self._draw)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.clicked.connect(self.export_requested)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.chart = StrengthChart(self)
        self.chart.setAccessibleName(self.tr("Strength of each model"))
        self.table = record_table(self, [
            self.tr("Model"), self.tr("Strength [95% interval]"), self.tr("Elo"),
            self.tr("Votes"), self.tr("Won / lost / tie / both bad"), self.tr("Win rate"),
            self.tr("Judge's grade")], self.tr("Leaderboard"), select_rows=False)
        self.heatmap = WinRateHeatmap(self)
        self.heatmap.setAccessibleName(self.tr("How often each model beats each other"))
        self.judge_note = QLabel(self)
        self.judge_note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Count"), self))
        top.addWidget(self.source)
        top.addWidget(QLabel(self.tr("Language"), self))
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.export_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.summary)
        column.addWidget(self.chart)
        column.addWidget(self.table)
        heat_row = QHBoxLayout()
        heat_row.addWidget(self.heatmap)
        heat_row.addWidget(self.judge_note, 1)
        column.addWidget(QLabel(self.tr("Win rate of the row's model against the column's"),
                                self))
        column.addLayout(heat_row)
        column.addStretch(1)
        self.show_result({})

    def current_source(self) -> str:
        return str(self.source.currentData())

    def current_language(self) -> str:
        return str(self.language.currentData() or ALL_LANGUAGES)

    def shown_board(self) -> dict[str, Any]:
        """The part of the result on screen: every vote, or one language's."""
        language = self.current_language()
        if language and language in self.result.get("by_language", {}):
            return dict(self.result["by_language"][language])
        return self.result

    def show_result(self, result: dict[str, Any]) -> None:
        self.result = result
        keep = self.current_language()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("All languages"), ALL_LANGUAGES)
        for code, sub in (result.get("by_language") or {}).items():
            self.language.addItem(self.tr("{0} ({1} votes)").format(
                _language_label(code), sub["votes"]), code)
        self.language.setCurrentIndex(max(0, self.language.findData(keep)))
        self.language.blockSignals(False)
        self.export_button.setEnabled(bool(result.get("models")))
        self._draw()

    def _draw(self) -> None:
        board = self.shown_board()
        rows = board.get("models", [])
        if not self.result:
            self.summary.setText("")
        elif not board.get("votes"):
            self.summary.setText(self.tr("No votes yet: vote on some answers or run the judge."))
        else:
            self.summary.setText(fill(self.tr(
                "{0} comparisons. Strength is a Bradley–Terry log-strength (0 is average; a "
                "model 1.0 above another wins about 73% of the time); the whiskers are 95% "
                "bootstrap intervals, given from {1} votes for a model on."),
                board.get("votes", 0), self.result.get("interval_min_votes", 5)))
        self.chart.set_bars(bars_from(rows))
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            win = "–" if row["win_rate"] is None else percent(row["win_rate"])
            grade = row.get("grade")
            outcomes = (row["wins"], row["losses"], row["ties"], row["both_bad"])
            cells = [row["model"], self._strength_text(row),
                     "–" if row["elo"] is None else number(row["elo"], 0), number(row["votes"]),
                     " / ".join(number(k) for k in outcomes), win,
                     "–" if grade is None else f"{number(grade, 1)} ({number(row.get('grades', 0))})"]
            for column, value in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(value))
        self._fit_table()
        self.heatmap.set_matrix(board.get("matrix") or {})
        self.judge_note.setText(self._judge_text())

    def _fit_table(self) -> None:
        """Make the table exactly as wide and tall as its columns and rows: every row and
        every header in full, with no scroll bar of its own (the leaderboard's pane scrolls
        when the window is narrower than the table)."""
        table = self.table
        header = table.horizontalHeader()
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        width = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                    for c in range(table.columnCount()))
        rows = table.rowCount()
        height = header.sizeHint().height() + sum(
            max(table.rowHeight(n), table.sizeHintForRow(n)) for n in range(rows))
        table.setMinimumWidth(width + 2 * table.frameWidth() + 2)
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new font (the script fonts arrive after the first paint) or style changes the
        rows' size: fit the table again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_table()

    def _strength_text(self, row: dict[str, Any]) -> str:
        if row["strength"] is None:
            return self.tr("– (no votes)")
        if row["ci_low"] is None or row["ci_high"] is None:
            return fill(self.tr("{0:+.2f} (too few votes)"), row["strength"])
        return fill("{0:+.2f} [{1:+.2f}, {2:+.2f}]", row["strength"], row["ci_low"], row["ci_high"])

    def _judge_text(self) -> str:
        lines = []
        consistency = self.result.get("consistency") or {}
        if consistency.get("both_orders"):
            lines.append(fill(self.tr(
                "The judge contradicted itself on {0} of {1} pairs asked in both orders "
                "(counted as ties)."), consistency["inconsistent"], consistency["both_orders"]))
        for judge, agreed in (self.result.get("agreement") or {}).items():
            kappa = "–" if agreed["kappa"] is None else number(agreed["kappa"], 2)
            lines.append(fill(self.tr(
                "{0} agrees with people on {1}% of {2} votes (Cohen's kappa {3})."),
                judge, fill("{0:g}", agreed["percent_agreement"]), agreed["votes"], kappa))
        return "\n".join(lines)
