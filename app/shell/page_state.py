"""What a person has set on the pages, carried into a rebuilt window.

Switching the interface language builds the window again (every label is made in its
widget's constructor). Before the old window closes, ``remember`` reads each page's
fields (numbers, choices, ticks, typed text) and what a widget that ``KeepsState`` hands
over (the Train page's live loss curve); ``restore`` puts them into the same places of the
new window, which is built by the same code in the same order, so Train keeps its Steps and
the curve of the run just watched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

_KINDS = (QSpinBox, QDoubleSpinBox, QComboBox, QLineEdit, QCheckBox, QRadioButton)


@runtime_checkable
class KeepsState(Protocol):
    """A widget of a page (not a field) whose state a rebuilt window takes over: it says
    what to keep, and takes it back in the new window."""

    def kept_state(self) -> Any:
        """What the new window's widget is given (plain values, compared with ``==``)."""

    def restore_state(self, state: Any) -> None:
        """Take over ``state`` from the old window's widget."""


@dataclass(frozen=True)
class Setting:
    """One control's kind, name and value."""

    kind: type
    name: str
    value: Any


def _controls(page: QWidget) -> list[QWidget]:
    """The page's fields in the order they were made (a spin box's or a combo box's own
    line edit is part of it, not a field of its own)."""
    found: list[QWidget] = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, _KINDS) and not isinstance(widget, KeepsState):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        ):
            continue
        found.append(widget)
    return found


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        # By place, not by item data: the same code lists the same items in the same order
        # in every language (and PySide6 6.12 mishandles None from currentData()).
        return (widget.currentIndex(), widget.count(), widget.currentText())
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, KeepsState):
        return widget.kept_state()
    return None


def _set(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(value)
    elif isinstance(widget, QComboBox):
        index, count, text = value
        if widget.isEditable() and text != widget.currentText():
            found = widget.findText(text)
            widget.setCurrentIndex(found) if found >= 0 else widget.setEditText(text)
        elif count == widget.count() and index != widget.currentIndex():
            widget.setCurrentIndex(index)
    elif isinstance(widget, QLineEdit):
        if not widget.isReadOnly():
            widget.setText(value)
    elif isinstance(widget, QAbstractButton):
        if widget.isCheckable():
            widget.setChecked(value)
    elif isinstance(widget, KeepsState):
        widget.restore_state(value)


def remember(pages: list[QWidget]) -> list[list[Setting]]:
    """Every page's settings, page by page."""
    return [[Setting(type(w), w.objectName(), _value(w)) for w in _controls(page)]
            for page in pages]


def restore(pages: list[QWidget], remembered: list[list[Setting]]) -> int:
    """Put ``remembered`` back into ``pages`` (built by the same code); returns how many
    fields changed. A page whose fields no longer line up (built differently, say with
    more models listed) matches its fields by kind and name only where that is unique."""
    changed = 0
    for page, settings in zip(pages, remembered, strict=False):
        controls = _controls(page)
        if [type(w) for w in controls] == [s.kind for s in settings]:
            pairs = list(zip(controls, settings, strict=True))
        else:
            pairs = []
            for s in settings:
                same = [w for w in controls if type(w) is s.kind and w.objectName() == s.name]
                if s.name and len(same) == 1:
                    pairs.append((same[0], s))
        for widget, setting in pairs:
            if _value(widget) != setting.value:
                _set(widget, setting.value)
                changed += 1
    return changed
