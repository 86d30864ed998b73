"""Light and dark: the person's choice in Settings is kept in their config and applied at
once; "Follow system" follows the system's colour scheme as it changes; the hand-drawn
charts paint with the palette's colours, so they stay readable in both."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.shell import theme
from app.shell.settings_dialog import SettingsDialog
from app.stages.curate.bar_chart import OTHER, BarChart
from app.stages.judge.histogram import ScoreHistogram


@pytest.fixture(autouse=True)
def _back_to_light(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    theme.apply_theme("light")


def _window_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def _config() -> dict[str, object]:
    path = Path(os.environ["HANDLOOM_CONFIG_DIR"]) / "settings.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_settings_row_keeps_and_applies_the_theme(qtbot) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    choices = [dialog.theme.itemData(i) for i in range(dialog.theme.count())]
    assert choices == ["system", "light", "dark"]
    assert dialog.theme.currentData() == "system"  # the default
    dialog.theme.setCurrentIndex(choices.index("dark"))
    dialog.accept()
    assert _config()["theme"] == "dark" and theme.chosen_theme() == "dark"
    assert _window_colour().lightness() < 80 and QApplication.style().name() == "fusion"
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightness() - _window_colour().lightness() > 150  # readable contrast

    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.theme.currentData() == "dark"  # shown as chosen next time
    again.theme.setCurrentIndex(choices.index("light"))
    again.accept()
    assert _config()["theme"] == "light" and _window_colour().lightness() > 200


def test_follow_system_switches_when_the_system_does(qapp) -> None:  # type: ignore[no-untyped-def]
    hints = QGuiApplication.styleHints()
    assert theme.apply_theme("system") in ("light", "dark")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the platform sends
    assert _window_colour().lightness() < 80
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert _window_colour().lightness() > 200
    theme.apply_theme("light")  # a chosen theme stays, whatever the system does
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert _window_colour().lightness() > 200


def _render(widget: QWidget) -> QImage:
    widget.setPalette(QApplication.palette())
    return widget.grab().toImage()


def _colours(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) & 0xFFFFFF for y in range(image.height()) for x in range(image.width())
    }


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_paint_with_the_palette(qtbot, scheme: str) -> None:
    theme.apply_theme(scheme)
    palette = QApplication.palette()
    accent, muted = theme.accent(palette).rgb() & 0xFFFFFF, theme.muted(palette).rgb() & 0xFFFFFF

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 80)
    chart.set_bars([("sw", 30), ("ar", 12), (OTHER, 5)])
    seen = _colours(_render(chart))
    assert accent in seen and muted in seen  # the bars, and "other" set aside
    text = palette.color(QPalette.ColorRole.Text)
    assert any(abs(QColor(c).lightness() - text.lightness()) < 30 for c in seen)  # labels

    histogram = ScoreHistogram("sw")
    qtbot.addWidget(histogram)
    histogram.resize(330, 150)
    histogram.set_counts([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    histogram.set_threshold(6)
    seen = _colours(_render(histogram))
    assert accent in seen and muted in seen  # kept and dropped scores
    assert "10: 9" in histogram.accessibleDescription()  # score 10, nine responses


def test_an_unticked_box_is_visible_in_dark(qtbot) -> None:
    """Fusion outlines indicators in a shade of the window colour, invisible on a dark base;
    Handloom's style draws the outline between the base and the text colour."""
    from PySide6.QtWidgets import QCheckBox, QListWidget, QListWidgetItem

    theme.apply_theme("dark")
    box = QCheckBox("Unticked")
    listed = QListWidget()
    item = QListWidgetItem("a model")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    listed.addItem(item)
    for widget in (box, listed):
        qtbot.addWidget(widget)
        widget.show()
    background = QApplication.palette().color(QPalette.ColorRole.Base).lightness()
    for widget in (box, listed):
        image = _render(widget)
        lightest = max(QColor(rgb).lightness() for rgb in _colours(image.copy(0, 0, 30, 30)))
        assert lightest - background > 60, type(widget).__name__
