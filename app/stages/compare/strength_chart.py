"""Bradley–Terry strengths as horizontal bars from 0 with 95% interval whiskers (QPainter)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.shell import theme
from app.shell.numbers import fill

POSITIVE_SERIES, NEGATIVE_SERIES = 0, 1  # theme.series: the accent, then orange


@dataclass(frozen=True)
class StrengthBar:
    """One model's row; ``low``/``high`` are None with too few votes for an interval and
    ``strength`` is None without any vote."""

    model: str
    strength: float | None
    low: float | None
    high: float | None
    votes: int


def bars_from(rows: list[dict]) -> list[StrengthBar]:  # type: ignore[type-arg]
    """The leaderboard's model rows (best first) as bars."""
    return [StrengthBar(r["model"], r["strength"], r["ci_low"], r["ci_high"], r["votes"])
            for r in rows]


class StrengthChart(QWidget):
    """One row per model: the name, a bar from 0 to its strength, a whisker over its 95%
    interval, and the figures with the number of votes behind them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[StrengthBar] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[StrengthBar]) -> None:
        self.bars = bars
        self.updateGeometry()
        self.update()

    def rows(self) -> tuple[int, int, int]:
        """A row's height, the room above the rows and the room for the axis under them,
        from the font."""
        line = self.fontMetrics().lineSpacing()
        return line + line // 2 + 4, line // 3, line + 4

    def sizeHint(self) -> QSize:  # noqa: N802
        row, top, axis = self.rows()
        return QSize(360, top + max(1, len(self.bars)) * row + axis)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.sizeHint().height())

    def span(self) -> tuple[float, float]:
        """The axis range: every interval and 0, with a margin."""
        values = [v for b in self.bars for v in (b.low, b.high, b.strength) if v is not None]
        low, high = min([0.0, *values]), max([0.0, *values])
        pad = max(0.1, (high - low) * 0.08)
        return low - pad, high + pad

    def _columns(self) -> tuple[int, int]:
        metrics = self.fontMetrics()
        label = max((metrics.horizontalAdvance(b.model) for b in self.bars), default=0) + 10
        figures = max((metrics.horizontalAdvance(self._figures(b)) for b in self.bars),
                      default=0) + 10
        return min(label, self.width() // 3), figures

    @staticmethod
    def _figures(bar: StrengthBar) -> str:
        if bar.strength is None:
            return QCoreApplication.translate("StrengthChart", "no votes")
        if bar.low is None or bar.high is None:
            text = QCoreApplication.translate(
                "StrengthChart", "{0:+.2f} · too few votes for an interval ({1})")
            return fill(text, bar.strength, bar.votes)
        votes = bar.votes  # a plain name: PySide6 6.11's lupdate skips a count like bar.votes
        text = QCoreApplication.translate(
            "StrengthChart", "{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln vote(s)", None, votes)
        return fill(text, bar.strength, bar.low, bar.high)

    def x_of(self, value: float) -> float:
        """Where ``value`` falls on the plot (used by the painter and the tests)."""
        label, figures = self._columns()
        left, right = label, max(label + 20, self.width() - figures)
        low, high = self.span()
        return left + (value - low) / (high - low) * (right - left)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        if not self.bars:
            theme.draw_empty_message(
                painter, self, QCoreApplication.translate("StrengthChart", "No votes yet"))
            return
        label, figures = self._columns()
        row, top, axis = self.rows()
        zero = self.x_of(0.0)
        bottom = top + len(self.bars) * row
        grid = QColor(text)
        grid.setAlpha(90)
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(zero, top), QPointF(zero, bottom))
        for n, bar in enumerate(self.bars):
            y = top + n * row
            painter.setPen(text)
            painter.drawText(QRect(0, y, label - 8, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.fontMetrics().elidedText(bar.model, Qt.TextElideMode.ElideMiddle,
                                                           label - 8))
            if bar.strength is not None:
                x = self.x_of(bar.strength)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.series(
                    self.palette(), POSITIVE_SERIES if bar.strength >= 0 else NEGATIVE_SERIES))
                painter.drawRect(QRectF(min(zero, x), y + row / 4, max(1.5, abs(x - zero)), row / 2))
            painter.setPen(QPen(text, 1.5))
            if bar.low is not None and bar.high is not None:  # no whisker from too few votes
                low, high, mid = self.x_of(bar.low), self.x_of(bar.high), y + row / 2
                painter.drawLine(QPointF(low, mid), QPointF(high, mid))
                for end in (low, high):
                    painter.drawLine(QPointF(end, mid - row / 5), QPointF(end, mid + row / 5))
            painter.drawText(QRect(self.width() - figures + 6, y, figures, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self._figures(bar))
        painter.setPen(text)
        low, high = self.span()
        for value in sorted({round(low, 1), 0.0, round(high, 1)}):
            x = self.x_of(value)
            shown = fill("{0:+.1f}", value)
            width = self.fontMetrics().horizontalAdvance(shown) + 8
            painter.drawText(QRectF(x - width / 2, bottom + 2, width, axis - 2),
                             Qt.AlignmentFlag.AlignCenter, shown)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row, top, _ = self.rows()
        n = int((event.position().y() - top) // row)
        if 0 <= n < len(self.bars):
            bar = self.bars[n]
            if bar.low is None or bar.high is None:
                tip = QCoreApplication.translate(
                    "StrengthChart", "{0}: {1} (a 95% interval needs more votes)").format(
                    bar.model, self._figures(bar))
            else:
                votes = bar.votes
                tip = fill(QCoreApplication.translate(
                    "StrengthChart", "{0}: strength {1:+.2f}, 95% interval {2:+.2f} to {3:+.2f}, "
                    "from %Ln vote(s)", None, votes), bar.model, bar.strength, bar.low, bar.high)
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()
