"""The mouse wheel changes a drop-down, number field or slider only once the person has
clicked or tabbed into it; over one that is merely hovered, it scrolls the page instead.

Qt's default lets a wheel passing over a form change whatever is under the pointer, so a
person scrolling the Curate filters could turn "Personal data" from Keep to Redact without
a click. One application-wide event filter, installed when the window is built, applies the
rule to every widget of every page and dialog, including ones added later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

# Widgets whose value a wheel turn changes. A scroll bar is how a page scrolls, not a setting.
SETTINGS = (QComboBox, QAbstractSpinBox, QAbstractSlider)
FILTER_NAME = "wheelNeedsFocus"


def takes_wheel(widget: QObject) -> bool:
    """Whether a wheel turn over ``widget`` would change a setting."""
    return isinstance(widget, SETTINGS) and not isinstance(widget, QScrollBar)


def is_focused(widget: QWidget) -> bool:
    """Whether the keyboard focus is on ``widget`` or inside it (an editable drop-down's
    text field, a number field's editor)."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def scroll_around(widget: QWidget, event: QWheelEvent) -> bool:
    """Turn ``event`` into a scroll of the nearest scroll area around ``widget`` that can
    still move that way (an inner list at its end hands on to the page). True if one moved."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent if isinstance(parent, QAbstractScrollArea) else None
        if area is not None and area.viewport().isAncestorOf(widget):
            bars = (area.verticalScrollBar(), area.horizontalScrollBar())
            before = [bar.value() for bar in bars]
            viewport = area.viewport()
            position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            moved = QWheelEvent(
                position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                event.buttons(), event.modifiers(), event.phase(), event.inverted(),
                event.source(), event.pointingDevice(),
            )
            QApplication.sendEvent(viewport, moved)
            if [bar.value() for bar in bars] != before:
                return True
        parent = parent.parentWidget()
    return False


class WheelNeedsFocus(QObject):
    """The application event filter: a wheel over an unfocused setting scrolls around it,
    and no setting takes the keyboard focus from a wheel turn (only from a click or Tab)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if takes_wheel(watched) and isinstance(event, QWheelEvent):
                assert isinstance(watched, QWidget)
                if not is_focused(watched):
                    scroll_around(watched, event)
                    event.accept()
                    return True
        elif kind == QEvent.Type.Polish and takes_wheel(watched):
            assert isinstance(watched, QWidget)
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install(app: QApplication | None = None) -> WheelNeedsFocus:
    """Install the filter on the application once (a second window reuses it)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert isinstance(app, QApplication)
    existing = app.findChild(WheelNeedsFocus, FILTER_NAME)
    if isinstance(existing, WheelNeedsFocus):
        return existing
    wheel_filter = WheelNeedsFocus(app)
    wheel_filter.setObjectName(FILTER_NAME)
    app.installEventFilter(wheel_filter)
    return wheel_filter
