"""Input widgets the settings forms share."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget


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


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the item of ``combo`` holding ``value``; a value the list lacks (a recorded
    job's or a saved filter's, no longer among the choices) is added under its own text, so
    it is still shown rather than silently replaced. ``None`` selects the first item."""
    found = combo.findData(value)
    if found < 0 and value is not None and value != "":
        combo.addItem(str(value), value)
        found = combo.count() - 1
    combo.setCurrentIndex(max(found, 0))
