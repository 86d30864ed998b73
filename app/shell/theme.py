"""Light and dark: the window follows the system's colour scheme unless the person picks
one in Settings ("Follow system", "Light", "Dark"; kept in their own config folder).

Handloom draws with the Fusion style and a full palette of its own for each scheme, so
every widget, and every chart that takes its colours from ``palette()`` (see ``accent``
and ``muted``), is readable in both. While the choice is "Follow system", a change of the
system's scheme (``QStyleHints.colorSchemeChanged``, Qt 6.5+) switches the palette at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

THEMES = ("system", "light", "dark")
_SETTING = "theme"
_following = False
_current = "system"  # the theme last applied


def theme_names() -> dict[str, str]:
    """Each theme's name in the interface language, for the Settings row."""
    return {
        "system": QCoreApplication.translate("Theme", "Follow system"),
        "light": QCoreApplication.translate("Theme", "Light"),
        "dark": QCoreApplication.translate("Theme", "Dark"),
    }


def chosen_theme() -> str:
    """The person's choice: "system" (the default), "light" or "dark"."""
    from core.curator import read_user_settings

    value = read_user_settings().get(_SETTING)
    return value if isinstance(value, str) and value in THEMES else "system"


def choose_theme(theme: str) -> None:
    """Remember ``theme`` in the person's config and apply it to the running application."""
    from core.curator import write_user_setting

    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    write_user_setting(_SETTING, theme)
    apply_theme(theme)


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6e6e6e"))
    return palette


def dark_palette() -> QPalette:
    """Fusion in dark colours; disabled text stays legible, links stay light enough."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2d2d2d"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#2a2a2a"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#f0f0f0"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#363636"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Light, "#5c5c5c"),
        (roles.Midlight, "#474747"),
        (roles.Mid, "#6a6a6a"),
        (roles.Dark, "#1a1a1a"),
        (roles.Shadow, "#0d0d0d"),
        (roles.Highlight, "#3d7fc4"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#7cb8f0"),
        (roles.LinkVisited, "#b79cf0"),
        (roles.Accent, "#3d7fc4"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#8a8a8a"))
    palette.setColor(disabled, roles.Highlight, QColor("#4a4a4a"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette) -> QColor:
    """The colour of a chart's bars: the palette's highlight (readable on its window)."""
    return palette.color(QPalette.ColorRole.Highlight)


def muted(palette: QPalette) -> QColor:
    """A colour for what is set aside (the "other" bar, scores below a threshold): between
    the window and the text, so it is visible but quiet in either scheme."""
    window, text = (
        palette.color(role) for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Text)
    )
    return blend(window, text, 0.3)


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    t = min(1.0, max(0.0, share_of_b))
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )


# After the palette's accent, Okabe and Ito's colour-blind-safe hues: as published on a
# light window, lightened for a dark one so each stands out from it.
_SERIES = {
    False: ("#d55e00", "#009e73", "#cc79a7", "#0072b2", "#e69f00", "#6a6a6a"),
    True: ("#f0a050", "#3fd0a8", "#e8a6cc", "#7cc4f0", "#f0e442", "#b0b0b0"),
}
# A diverging scale for "worse ↔ better" that colour-blind readers tell apart: orange for
# low, blue for high (never red against green), through the palette's base in between.
_LOW = {False: "#e66101", True: "#f59b4c"}
_HIGH = {False: "#1f6fb4", True: "#5aa9e6"}


def series(palette: QPalette, index: int) -> QColor:
    """The colour of a chart's ``index``-th series: the palette's accent first, then
    colour-blind-safe hues readable on the palette's window."""
    if index == 0:
        return accent(palette)
    hues = _SERIES[is_dark(palette)]
    return QColor(hues[(index - 1) % len(hues)])


def diverging(palette: QPalette, share: float) -> QColor:
    """``share`` from 0 (orange) through the palette's base (0.5) to 1 (blue)."""
    dark = is_dark(palette)
    middle = palette.color(QPalette.ColorRole.Base)
    far = QColor(_HIGH[dark] if share >= 0.5 else _LOW[dark])
    return blend(middle, far, abs(share - 0.5) * 2)


def ink_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    return QColor("#111111") if background.lightness() >= 140 else QColor("#f5f5f5")


def warning(palette: QPalette) -> QColor:
    """A warning colour (flags, conflicts) readable on the palette's base."""
    return QColor("#ffb870") if is_dark(palette) else QColor("#a04000")


def danger(palette: QPalette) -> QColor:
    """The colour of excluded rows and errors, readable on the palette's base."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#9e3a32")


def draw_empty_message(
    painter: QPainter, chart: QWidget, text: str, area: QRect | QRectF | None = None
) -> None:
    """Say why ``chart`` is empty: ``text`` centred in ``area`` (else the whole chart), in
    the palette's placeholder colour, which stays readable in both schemes."""
    painter.setPen(chart.palette().placeholderText().color())
    painter.drawText(area if area is not None else chart.rect(), Qt.AlignmentFlag.AlignCenter, text)


def apply_theme(theme: str | None = None) -> str:
    """Style the application for ``theme`` (default: the person's choice); returns the
    scheme used, "light" or "dark". Also starts following the system's scheme."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "light"
    global _current
    choice = theme or chosen_theme()
    _current = choice
    hints = QGuiApplication.styleHints()
    if choice == "system":
        hints.unsetColorScheme()  # ask the platform again
    else:  # native dialogs and the title bar follow too, where the platform allows
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
    dark = choice == "dark" or (choice == "system" and system_is_dark())
    _set_palette(app, dark)
    _follow_system()
    return "dark" if dark else "light"


class HandloomStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons that stay visible in dark.

    Fusion outlines an indicator in a shade of the window colour, which on a dark palette
    is as dark as the indicator's own base: an unticked box (the model list on the Compare
    page, the options of a form) vanished. Here a dark palette's indicators get an outline
    between the base and the text colour, as clear as Fusion's is in light."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def name(self) -> str:  # the style underneath, as QStyleFactory calls it
        return self.baseStyle().name()

    def drawPrimitive(  # noqa: N802
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        indicator = element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        )
        if not indicator or not is_dark(option.palette):
            return
        focused = option.state & QStyle.StateFlag.State_HasFocus and (
            option.state & QStyle.StateFlag.State_KeyboardFocusChange
        )
        if focused:  # Fusion's highlighted outline already shows it
            return
        palette = option.palette
        outline = blend(palette.color(QPalette.ColorRole.Base),
                        palette.color(QPalette.ColorRole.Text), 0.55)  # fmt: skip
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(outline, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.drawRect(rect)
        painter.restore()


def _set_palette(app: QApplication, dark: bool) -> None:
    if not isinstance(app.style(), HandloomStyle):
        app.setStyle(HandloomStyle())
    app.setPalette(dark_palette() if dark else light_palette())
    for widget in app.allWidgets():
        if widget.styleSheet():  # a style sheet keeps the palette it was polished with
            widget.setStyleSheet(widget.styleSheet())


def _follow_system() -> None:
    global _following
    if not _following:
        QGuiApplication.styleHints().colorSchemeChanged.connect(_system_changed)
        _following = True


def _system_changed(scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and _current == "system":
        _set_palette(app, scheme == Qt.ColorScheme.Dark)
