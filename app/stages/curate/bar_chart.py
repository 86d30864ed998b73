"""A small horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.shell import theme
from app.shell.numbers import number

OTHER = "other"


def top_with_other(counts: dict[str, int], top: int = 15) -> list[tuple[str, int]]:
    """The ``top`` largest entries, then everything else summed as ``other``."""
    ordered = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    head, tail = ordered[:top], ordered[top:]
    if tail:
        head.append((OTHER, sum(v for _, v in tail)))
    return head


class BarChart(QWidget):
    """Labelled horizontal bars with counts; clicking a bar emits its key."""

    clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.bars: list[tuple[str, int]] = []
        self.tooltips: dict[str, str] = {}
        self.color: QColor | None = None  # None: the palette's accent (follows the theme)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[tuple[str, int]], tooltips: dict[str, str] | None = None) -> None:
        self.bars = bars
        self.tooltips = tooltips or {}
        # What a screen reader says about the chart: its bars and their counts.
        self.setAccessibleDescription("; ".join(f"{key}: {number(value)}" for key, value in bars))
        self.updateGeometry()
        self.update()

    def rows(self) -> tuple[int, int]:
        """A bar's height and the gap between bars, from the font."""
        line = self.fontMetrics().height()
        return line + 4, max(2, line // 4)

    def sizeHint(self) -> QSize:  # noqa: N802
        height, gap = self.rows()
        return QSize(240, max(1, len(self.bars)) * (height + gap) + gap)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(160, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(k) for k, _ in self.bars), default=0) + 8

    def _count_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(f"{number(v)}") for _, v in self.bars), default=0) + 8

    def placed(self, rect: QRect) -> QRect:
        """``rect``, laid out from the left (labels, then bars growing right, then counts),
        mirrored in a right-to-left window: labels on the right, bars growing left."""
        if not self.isRightToLeft():
            return rect
        return QRect(self.width() - rect.x() - rect.width(), rect.y(), rect.width(),
                     rect.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.bars:
            theme.draw_empty_message(painter, self, self.tr("No instructions yet"))
            return
        label_w, count_w = self._label_width(), self._count_width()
        room = max(10, self.width() - label_w - count_w - 4)
        largest = max(v for _, v in self.bars) or 1
        text = self.palette().text().color()
        bar, other = self.color or theme.accent(self.palette()), theme.muted(self.palette())
        bar_height, gap = self.rows()
        for i, (key, value) in enumerate(self.bars):
            y = gap + i * (bar_height + gap)
            painter.setPen(text)
            painter.drawText(  # the alignments are toward the bar; Qt mirrors them too
                self.placed(QRect(0, y, label_w - 6, bar_height)),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                key,
            )
            width = max(2, round(room * value / largest))
            color = other if key == OTHER else bar
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(self.placed(QRect(label_w, y + 2, width, bar_height - 4)),
                                    3, 3)
            painter.setPen(text)
            painter.drawText(
                self.placed(QRect(label_w + width + 4, y, count_w, bar_height)),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{number(value)}",
            )

    def _bar_at(self, y: int) -> str | None:
        bar_height, gap = self.rows()
        i = (y - gap) // (bar_height + gap)
        return self.bars[i][0] if 0 <= i < len(self.bars) else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        key = self._bar_at(int(event.position().y()))
        tip = self.tooltips.get(key, key) if key else ""
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        key = self._bar_at(int(event.position().y()))
        if key and key != OTHER:
            self.clicked.emit(key)
