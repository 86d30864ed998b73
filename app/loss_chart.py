"""A live loss curve drawn with QPainter: training loss per step and held-out loss per
evaluation, over the run's total steps (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app import theme

TRAIN_COLOUR = QColor("#4a7ab5")
EVAL_COLOUR = QColor("#d9822b")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 52, 14, 24, 30


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

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = QRectF(MARGIN_LEFT, MARGIN_TOP, max(10, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
                      max(10, self.height() - MARGIN_TOP - MARGIN_BOTTOM))
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
            painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{value:.2f}")
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 20),
                         Qt.AlignmentFlag.AlignRight, self.tr("step {0}").format(int(last)))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 20),
                         Qt.AlignmentFlag.AlignLeft, "0")
        for points, colour in ((self.train_points, TRAIN_COLOUR), (self.eval_points, EVAL_COLOUR)):
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
        for label, colour, points in (
            (self.tr("training loss"), TRAIN_COLOUR, self.train_points),
            (self.tr("held-out loss"), EVAL_COLOUR, self.eval_points),
        ):
            latest = f" {points[-1][1]:.3f}" if points else ""
            painter.setPen(QPen(colour, 3))
            painter.drawLine(QPointF(x, 12), QPointF(x + 16, 12))
            painter.setPen(self.palette().text().color())
            caption = label + latest
            painter.drawText(QPointF(x + 20, 16), caption)
            x += 40 + self.fontMetrics().horizontalAdvance(caption)
