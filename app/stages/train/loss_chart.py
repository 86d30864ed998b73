"""A live loss curve drawn with QPainter: training loss per step and held-out loss per
evaluation, over the run's total steps (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.shell import theme
from app.shell.numbers import number

TRAIN_SERIES, EVAL_SERIES = 0, 1  # theme.series: the palette's accent, then orange
# Steps run left to right in every language: the axis figures keep their sides in Arabic.
FIXED = Qt.AlignmentFlag.AlignAbsolute


class LossChart(QWidget):
    """Two series over steps; ``add_loss``/``add_eval`` append a point and repaint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.train_points: list[tuple[int, float]] = []
        self.eval_points: list[tuple[int, float]] = []
        self.total_steps = 0
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(480, 260)

    def clear(self) -> None:
        self.train_points, self.eval_points, self.total_steps = [], [], 0
        self.update()

    def set_total(self, steps: int) -> None:
        self.total_steps = max(int(steps), 0)
        self.update()

    def add_loss(self, step: int, loss: float | None) -> None:
        if loss is not None and math.isfinite(loss):
            self.train_points = [p for p in self.train_points if p[0] < step] + [(step, loss)]
            self.update()

    def add_eval(self, step: int, loss: float | None) -> None:
        if loss is not None and math.isfinite(loss):
            self.eval_points = [p for p in self.eval_points if p[0] < step] + [(step, loss)]
            self.update()

    def kept_state(self) -> tuple[list[tuple[int, float]], list[tuple[int, float]], int]:
        """The curve so far, for the window rebuilt in another language (``page_state``)."""
        return (list(self.train_points), list(self.eval_points), self.total_steps)

    def restore_state(self, state: tuple[list[tuple[int, float]], list[tuple[int, float]], int]
                      ) -> None:
        """Show the curve the old window showed, if it had one."""
        train, held_out, total = state
        if train or held_out:
            self.train_points, self.eval_points = list(train), list(held_out)
            self.set_total(total)

    def set_points(self, rows: list[dict[str, Any]]) -> None:
        """Show a run's recorded metrics (``step``, ``loss``, ``eval_loss`` per row)."""
        self.train_points = [(int(r["step"] or 0), float(r["loss"])) for r in rows
                             if r.get("loss") is not None]
        self.eval_points = [(int(r["step"] or 0), float(r["eval_loss"])) for r in rows
                            if r.get("eval_loss") is not None]
        self.update()

    # -- drawing ----------------------------------------------------------------------

    def _ranges(self) -> tuple[float, float, float]:
        points = self.train_points + self.eval_points
        last = max([self.total_steps, *(s for s, _ in points), 1])
        values = [v for _, v in points]
        low, high = min(values), max(values)
        if high - low < 1e-6:
            low, high = low - 0.5, high + 0.5
        pad = (high - low) * 0.08
        return float(last), max(0.0, low - pad), high + pad

    def colours(self) -> tuple[QColor, QColor]:
        """The training and held-out series' colours, from the chart's palette."""
        palette = self.palette()
        return theme.series(palette, TRAIN_SERIES), theme.series(palette, EVAL_SERIES)

    def margins(self) -> tuple[int, int, int, int]:
        """Left, top, right, bottom room for the axis figures and the legend, from the font
        (so 150 % and a large font keep the figures inside the chart)."""
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        left = metrics.horizontalAdvance(number(88.88, 2)) + line // 2 + 4
        return left, line + line // 2, line, line + line // 2 + 4

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, right, bottom = self.margins()
        line = self.fontMetrics().lineSpacing()
        plot = QRectF(left, top, max(10, self.width() - left - right),
                      max(10, self.height() - top - bottom))
        text = self.palette().text().color()
        faint = self.palette().mid().color()
        painter.setPen(QPen(faint, 1))
        painter.drawRect(plot)
        if not self.train_points and not self.eval_points:
            theme.draw_empty_message(
                painter, self, self.tr("The loss curve appears here while a run trains."), plot)
            return
        last, low, high = self._ranges()

        def at(step: float, value: float) -> QPointF:
            x = plot.left() + plot.width() * step / last
            y = plot.bottom() - plot.height() * (value - low) / (high - low)
            return QPointF(x, y)

        painter.setPen(text)
        for i in range(5):  # horizontal grid lines with their loss values
            value = low + (high - low) * i / 4
            y = at(0, value).y()
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - line / 2, left - 6, line),
                             FIXED | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             number(value, 2))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), line),
                         FIXED | Qt.AlignmentFlag.AlignRight, self.tr("step {0}").format(number(int(last))))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), line),
                         FIXED | Qt.AlignmentFlag.AlignLeft, number(0))
        train_colour, eval_colour = self.colours()
        for points, colour in ((self.train_points, train_colour), (self.eval_points, eval_colour)):
            if not points:
                continue
            path = QPainterPath(at(*points[0]))
            for step, value in points[1:]:
                path.lineTo(at(step, value))
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            for step, value in points[-1:] if len(points) > 40 else points:
                painter.drawEllipse(at(step, value), 2.5, 2.5)
        self._legend(painter, plot)

    def _legend(self, painter: QPainter, plot: QRectF) -> None:
        x = plot.left()
        metrics = self.fontMetrics()
        middle = plot.top() / 2
        train_colour, eval_colour = self.colours()
        for label, colour, points in (
            (self.tr("training loss"), train_colour, self.train_points),
            (self.tr("held-out loss"), eval_colour, self.eval_points),
        ):
            latest = f" {number(points[-1][1], 3)}" if points else ""
            painter.setPen(QPen(colour, 3))
            painter.drawLine(QPointF(x, middle), QPointF(x + metrics.height(), middle))
            painter.setPen(self.palette().text().color())
            caption = label + latest
            x += metrics.height() + 4
            painter.drawText(QPointF(x, middle + (metrics.ascent() - metrics.descent()) / 2),
                             caption)
            x += metrics.horizontalAdvance(caption) + 2 * metrics.height()
