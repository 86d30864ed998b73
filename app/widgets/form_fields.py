"""Input widgets the settings forms share."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget


def spin_box(
    low: int, high: int, value: int, parent: QWidget, separators: bool = False
) -> QSpinBox:
    """A whole-number field from ``low`` to ``high`` showing ``value``; ``separators``
    groups the digits of large numbers (100,000)."""
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    if separators:
        spin.setGroupSeparatorShown(True)
    return spin


def placeholder_tips(root: QWidget) -> list[QLineEdit]:
    """Give each text field under ``root`` that has a hint and no tooltip its hint as the
    tooltip: a narrow field elides its hint (longer in Swahili or Arabic than in English),
    and the pointer then shows it whole. Returns the fields it gave one."""
    given = []
    for edit in root.findChildren(QLineEdit):
        if edit.placeholderText() and not edit.toolTip():
            edit.setToolTip(edit.placeholderText())
            given.append(edit)
    return given
