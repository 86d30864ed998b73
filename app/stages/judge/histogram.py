"""Score histograms drawn with QPainter (QtCharts is not in PySide6-Essentials): one chart
of the 0-10 scores, and a grid of small charts, one per language or model. Bars below the
threshold are grey, so moving the threshold shows what would be dropped."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from app.shell import theme
from app.shell.numbers import fill, number


class ScoreHistogram(QWidget):
    """Eleven bars (scores 0-10) with their counts, a title and a threshold."""

    MIN_HEIGHT = 150  # the bars, the scores under them and the title, whole

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.counts: list[int] = [0] * 11
        self.threshold = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title or self.tr("Scores from 0 to 10"))

    def set_counts(self, counts: list[int], title: str | None = None) -> None:
        self.counts = list(counts) + [0] * (11 - len(counts))
        if title is not None:
            self.title = title
            self.setAccessibleName(title or self.tr("Scores from 0 to 10"))
        described = (f"{score}: {number(n)}" for score, n in enumerate(self.counts) if n)
        self.setAccessibleDescription(self.tr("Responses per score: ") + "; ".join(described))
        self.update()

    def set_threshold(self, threshold: int) -> None:
        self.threshold = threshold
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 150)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.MIN_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        text = self.palette().text().color()
        painter.setPen(text)
        total = sum(self.counts)
        painter.drawText(
            QRectF(0, 0, self.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{self.title}  ({number(total)})" if self.title else fill(self.tr("{0:,} judged"), total),
        )
        top, bottom = line * 2 + 2, self.height() - line - 4
        if not total:
            theme.draw_empty_message(
                painter, self, self.tr("No scores yet"), QRectF(0, top, self.width(), bottom - top)
            )
            painter.setPen(text)
        room = max(1, bottom - top)
        width = self.width() / 11
        largest = max(self.counts) or 1
        kept, dropped = theme.accent(self.palette()), theme.muted(self.palette())
        for score, count in enumerate(self.counts):
            x = score * width
            height = round(room * count / largest)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(kept if score >= self.threshold else dropped)
            if count:
                painter.drawRoundedRect(
                    QRectF(x + 2, bottom - max(height, 2), width - 4, max(height, 2)), 2, 2
                )
            painter.setPen(text)
            if count:
                painter.drawText(
                    QRectF(x, bottom - height - line, width, line),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{number(count)}",
                )
            painter.drawText(
                QRectF(x, bottom + 2, width, line), Qt.AlignmentFlag.AlignCenter, number(score)
            )
        painter.setPen(self.palette().mid().color())
        painter.drawLine(0, bottom, self.width(), bottom)


class HistogramGrid(QWidget):
    """Small histograms side by side, one per group (language or model)."""

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        column.addLayout(self.grid)
        column.addStretch(1)  # charts stay at the top, at their own height
        self.charts: list[ScoreHistogram] = []
        self.threshold = 0

    def set_groups(self, groups: list[tuple[str, list[int]]]) -> None:
        """(title, counts 0-10) per chart, in the order shown."""
        while len(self.charts) > len(groups):
            chart = self.charts.pop()
            chart.hide()
            chart.deleteLater()
        while len(self.charts) < len(groups):
            chart = ScoreHistogram(parent=self)
            i = len(self.charts)
            self.grid.addWidget(chart, i // self.COLUMNS, i % self.COLUMNS)
            self.charts.append(chart)
        for chart, (title, counts) in zip(self.charts, groups, strict=True):
            chart.set_counts(counts, title)
            chart.set_threshold(self.threshold)

    def set_threshold(self, threshold: int) -> None:
        self.threshold = threshold
        for chart in self.charts:
            chart.set_threshold(threshold)
