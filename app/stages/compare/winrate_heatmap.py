"""The win-rate matrix as a heatmap: how often the row's model beat the column's (QPainter)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.shell import theme
from app.shell.numbers import fill, number, percent


def colour(rate: float | None, palette: QPalette | None = None) -> QColor:
    """Orange for 0, the palette's base for 0.5, blue for 1 (a scale colour-blind readers
    can tell apart, unlike red and green); no colour without votes."""
    if rate is None:
        return QColor(0, 0, 0, 0)
    return theme.diverging(palette or QGuiApplication.palette(), rate)


class WinRateHeatmap(QWidget):
    """Rows and columns are the models (best first); a cell shows the row model's win rate
    against the column model, ties counting half, and the votes behind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: list[str] = []
        self.rates: list[list[float | None]] = []
        self.votes: list[list[int]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_matrix(self, matrix: dict[str, Any]) -> None:
        """``matrix`` as the leaderboard gives it: models, win_rate and votes."""
        self.models = list(matrix.get("models", []))
        self.rates = matrix.get("win_rate", [])
        self.votes = matrix.get("votes", [])
        self.updateGeometry()
        self.update()

    def cell(self) -> int:
        """A cell's side: room for a percentage over a vote count in the window's font."""
        metrics = self.fontMetrics()
        return max(4 * metrics.lineSpacing(), metrics.horizontalAdvance("100%") + metrics.height())

    def header(self) -> int:
        return self.fontMetrics().lineSpacing() + 6

    def _label_width(self) -> int:
        widest = max((self.fontMetrics().horizontalAdvance(self._row_label(n))
                      for n in range(len(self.models))), default=0)
        return min(widest + 12, 220)

    def _row_label(self, n: int) -> str:
        """Rows carry the names with a number; the columns, too narrow for names, the number."""
        return f"{number(n + 1)}  {self.models[n]}"

    def sizeHint(self) -> QSize:  # noqa: N802
        k, side = max(1, len(self.models)), self.cell()
        return QSize(self._label_width() + k * side + 4, self.header() + k * side + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        side, top, left = self.cell(), self.header(), self._label_width()
        i, j = int((y - top) // side), int((x - left) // side)
        if y >= top and x >= left and 0 <= i < len(self.models) and 0 <= j < len(self.models):
            return i, j
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        text = self.palette().text().color()
        if not self.models:
            theme.draw_empty_message(
                painter, self, QCoreApplication.translate("WinRateHeatmap", "No votes yet"))
            return
        label = self._label_width()
        metrics = self.fontMetrics()
        side, top = self.cell(), self.header()
        for j in range(len(self.models)):
            painter.setPen(text)
            painter.drawText(QRect(label + j * side, 0, side, top), Qt.AlignmentFlag.AlignCenter,
                             number(j + 1))
        for i in range(len(self.models)):
            y = top + i * side
            painter.setPen(text)
            painter.drawText(QRect(0, y, label - 6, side),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(self._row_label(i), Qt.TextElideMode.ElideMiddle,
                                                label - 6))
            for j in range(len(self.models)):
                cell = QRect(label + j * side, y, side - 2, side - 2)
                rate = self.rates[i][j] if i != j else None
                background = colour(rate, self.palette())
                painter.fillRect(cell, background)
                painter.setPen(theme.ink_on(background) if rate is not None else text)
                shown = "—" if i == j else ("·" if rate is None else
                                            f"{percent(rate)}\n({number(self.votes[i][j])})")
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, shown)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        found = self.cell_at(event.position().x(), event.position().y())
        if found is None or found[0] == found[1]:
            QToolTip.hideText()
            return
        i, j = found
        rate = self.rates[i][j]
        votes = self.votes[i][j]  # a plain name: PySide6 6.11's lupdate skips self.votes[i][j]
        tip = (QCoreApplication.translate("WinRateHeatmap", "{0} and {1} have no votes yet")
               .format(self.models[i], self.models[j]) if rate is None else
               fill(QCoreApplication.translate(
                   "WinRateHeatmap", "{0} beat {1} in {2:.0f}% of %Ln vote(s) (ties count half)",
                   None, votes), self.models[i], self.models[j], 100 * rate))
        QToolTip.showText(event.globalPosition().toPoint(), tip, self)
