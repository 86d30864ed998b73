"""The Tokenizer fit chart: grouped bars, one group per language and one bar per model.

A bar's height is how many tokens the model needs for the language relative to English
(by default the estimated cost for the same text, the measure that decides the verdict;
per character or per word on request). A dashed line marks English (1×); a poor fit is drawn
hatched in red with a red outline. Drawn with QPainter (QtCharts is not in
PySide6-Essentials). ``bars`` holds what was last laid out, for tooltips and tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.shell import theme
from app.shell.numbers import fill, number

MEASURES = ("cost_vs_english", "per_character_vs_english", "per_word_vs_english")


def measure_title(measure: str) -> str:
    titles = {
        "per_character_vs_english": QCoreApplication.translate(
            "FitChart", "Tokens per character, relative to English"
        ),
        "per_word_vs_english": QCoreApplication.translate(
            "FitChart", "Tokens per word, relative to English"
        ),
        "cost_vs_english": QCoreApplication.translate(
            "FitChart", "Tokens for the same text, relative to English (decides the verdict)"
        ),
    }
    return titles[measure]


@dataclass(frozen=True)
class Bar:
    language: str
    model: str
    value: float
    poor: bool
    rect: QRectF
    colour: QColor
    tooltip: str


@dataclass(frozen=True)
class LegendEntry:
    """One entry of the legend: its ``mark`` (a swatch, or a dashed ``line`` of zero
    height) and its ``words``, where they are drawn."""

    label: str
    kind: str  # "swatch", "poor" (the hatched swatch) or "line"
    colour: QColor
    mark: QRectF
    words: QRectF


class FitChart(QWidget):
    """Grouped bars of a Tokenizer fit report (``core.fit.FitReport.to_json()``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: dict[str, Any] | None = None
        self.measure = MEASURES[0]
        self.bars: list[Bar] = []
        self.empty_text = self.tr("No measurements yet")
        self.setMouseTracking(True)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 260)

    def set_report(self, report: dict[str, Any] | None, empty_text: str | None = None) -> None:
        self.report = report
        if empty_text is not None:
            self.empty_text = empty_text
        self._layout()
        self.update()

    def set_measure(self, measure: str) -> None:
        self.measure = measure
        self._layout()
        self.update()

    def models(self) -> list[dict[str, Any]]:
        """The measured models, in the report's order (skipped ones have no bars)."""
        if not self.report:
            return []
        return [m for m in self.report["models"] if not m["skipped"] and m["languages"]]

    def colour(self, index: int) -> QColor:
        """Model ``index``'s bars: the palette's series colours (theme.series)."""
        return theme.series(self.palette(), index)

    def poor_colour(self) -> QColor:
        """The hatching and outline of a poor fit: the palette's danger colour."""
        return theme.danger(self.palette())

    # -- layout ----------------------------------------------------------------------------

    def _plot_area(self) -> QRectF:
        metrics = self.fontMetrics()
        line = metrics.height()
        left = metrics.horizontalAdvance("00×") + 10
        return QRectF(
            left,
            2 * line + 10,
            max(10, self.width() - left - 8),
            max(10, self.height() - 4 * line - 16),
        )

    def _scale_top(self) -> float:
        top = max([2.0, *self._values()])
        if self.measure == "cost_vs_english" and self.report:
            top = max(top, float(self.report["threshold"]) * 1.15)
        return top * 1.08

    def _values(self) -> list[float]:
        return [
            v
            for m in self.models()
            for f in m["languages"]
            if (v := f.get(self.measure)) is not None
        ]

    def _languages(self) -> list[str]:
        seen: list[str] = []
        for m in self.models():
            for f in m["languages"]:
                if f["language"] not in seen:
                    seen.append(f["language"])
        return seen

    def _layout(self) -> None:
        self.bars = []
        models, languages = self.models(), self._languages()
        if not models or not languages:
            return
        area, top = self._plot_area(), self._scale_top()
        group = area.width() / len(languages)
        width = group * 0.8 / len(models)
        for g, language in enumerate(languages):
            for i, model in enumerate(models):
                fit = next((f for f in model["languages"] if f["language"] == language), None)
                value = fit.get(self.measure) if fit else None
                if fit is None or value is None:
                    continue
                height = area.height() * float(value) / top
                x = area.left() + g * group + group * 0.1 + i * width
                rect = QRectF(x, area.bottom() - height, max(2.0, width - 2), height)
                self.bars.append(
                    Bar(
                        language,
                        model["model"],
                        float(value),
                        bool(fit["poor_fit"]),
                        rect,
                        self.colour(i),
                        self._tooltip(model, fit),
                    )
                )

    def _tooltip(self, model: dict[str, Any], fit: dict[str, Any]) -> str:
        per_word = fit["tokens_per_word"]
        text = fill(self.tr(
            "{model}, {language}: {tpc:.2f} tokens per character ({rc:.1f}× English), "
            "{tpw} tokens per word, {share:.0%} byte pieces; {n} instructions."
        ), model=model["model"],
            language=fit["language"],
            tpc=fit["tokens_per_character"],
            rc=fit["per_character_vs_english"],
            tpw=number(per_word, 2) if per_word else "—",
            share=fit["byte_share"],
            n=fit["instructions"],
        )
        if fit["poor_fit"]:
            text += "\n" + self.tr("Poor fit: {reason}.").format(reason=fit["reason"])
        return text

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        self._layout()
        super().resizeEvent(event)

    # -- drawing ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        if not self.bars:
            theme.draw_empty_message(painter, self, self.empty_text)
            return
        area, top = self._plot_area(), self._scale_top()
        poor = self.poor_colour()
        self._draw_legend(painter, text)
        self._draw_axis(painter, area, top, text)
        for bar in self.bars:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar.colour)
            painter.drawRect(bar.rect)
            if bar.poor:
                painter.setBrush(QBrush(poor, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(bar.rect)
                painter.setPen(QPen(poor, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(bar.rect.adjusted(1, 1, -1, 0))
            if bar.rect.width() >= self.fontMetrics().horizontalAdvance("00.0") + 2:
                painter.setPen(poor if bar.poor else text)
                label = QRectF(
                    bar.rect.left() - 6,
                    bar.rect.top() - self.fontMetrics().height() - 1,
                    bar.rect.width() + 12,
                    self.fontMetrics().height(),
                )
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, number(bar.value, 1))
        painter.setPen(text)
        group = area.width() / len(self._languages())
        drawn = {b.language for b in self.bars}
        for g, language in enumerate(self._languages()):
            painter.drawText(
                QRectF(
                    area.left() + g * group, area.bottom() + 4, group, self.fontMetrics().height()
                ),
                Qt.AlignmentFlag.AlignCenter,
                language,
            )
            if language not in drawn:  # per word, for a script written without spaces
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(
                    QRectF(area.left() + g * group, area.bottom() - 2 * self.fontMetrics().height(),
                           group, self.fontMetrics().height()),
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("no words to count"),
                )
                painter.setPen(text)

    def _draw_axis(self, painter: QPainter, area: QRectF, top: float, text: QColor) -> None:
        painter.setPen(QPen(text, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        step = 1 if top <= 8 else 2 if top <= 16 else 5 if top <= 40 else 10
        tick = 0
        while tick <= top:
            y = area.bottom() - area.height() * tick / top
            line = self.fontMetrics().height()
            painter.drawText(
                QRectF(0, y - line / 2, area.left() - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{number(tick)}×",
            )
            tick += step
        for value, colour, _label in self._lines(text):
            y = area.bottom() - area.height() * value / top
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))

    def _lines(self, text: QColor) -> list[tuple[float, QColor, str]]:
        """The dashed reference lines: English, and the verdict's threshold where it applies."""
        lines = [(1.0, text, self.tr("English (1×)"))]
        if self.measure == "cost_vs_english" and self.report:
            threshold = float(self.report["threshold"])
            lines.append((threshold, self.poor_colour(), fill(self.tr("poor fit from {:.0f}×"), threshold)))
        return lines

    def legend(self) -> list[LegendEntry]:
        """The legend's entries after the measure's title: a swatch (or a dashed line) just
        before each entry's words, laid out from the left and mirrored whole in a
        right-to-left window, so that each sits before its words as the reader reads."""
        metrics = self.fontMetrics()
        x, y, box = 4.0, 4.0 + metrics.height() + 4, metrics.height() - 4
        found = []
        items = [(m["model"], self.colour(i), "swatch") for i, m in enumerate(self.models())]
        items.append((self.tr("poor fit"), self.palette().base().color(), "poor"))
        items += [(label, colour, "line") for _value, colour, label in self._lines(
            self.palette().text().color())]
        for label, colour, kind in items:
            mark = (QRectF(x, y + 2, box, box) if kind != "line"
                    else QRectF(x, y + metrics.height() / 2, 2 * box, 0))
            width = metrics.horizontalAdvance(label) + 2
            words = QRectF(mark.right() + 4, y, width, metrics.height())
            found.append(LegendEntry(label, kind, colour, self._mirrored(mark),
                                     self._mirrored(words)))
            x = words.right() + 12
        return found

    def _draw_legend(self, painter: QPainter, text: QColor) -> None:
        metrics = self.fontMetrics()
        painter.setPen(text)
        painter.drawText(
            QRectF(4, 4, self.width() - 8, metrics.height()),
            Qt.AlignmentFlag.AlignLeft,  # the reading side: Qt mirrors it right to left
            measure_title(self.measure),
        )
        poor_colour = self.poor_colour()
        for entry in self.legend():
            if entry.kind == "line":
                painter.setPen(QPen(entry.colour, 1, Qt.PenStyle.DashLine))
                painter.drawLine(entry.mark.topLeft(), entry.mark.topRight())
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(entry.colour)
                painter.drawRect(entry.mark)
            if entry.kind == "poor":
                painter.setBrush(QBrush(poor_colour, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(entry.mark)
                painter.setPen(QPen(poor_colour, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(entry.mark)
            painter.setPen(text)
            painter.drawText(entry.words, Qt.AlignmentFlag.AlignCenter, entry.label)

    def _mirrored(self, rect: QRectF) -> QRectF:
        """``rect``, measured from the left, measured from the right in a right-to-left
        window."""
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def bar_at(self, x: float, y: float) -> Bar | None:
        return next((b for b in self.bars if b.rect.adjusted(-1, -4, 1, 0).contains(x, y)), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        bar = self.bar_at(event.position().x(), event.position().y())
        if bar:
            QToolTip.showText(event.globalPosition().toPoint(), bar.tooltip, self)
        else:
            QToolTip.hideText()
