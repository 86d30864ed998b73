"""Input widgets the settings forms share."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget


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
