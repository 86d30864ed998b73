"""The Qt binding must not leak or steal references: on Python 3.11, PySide6 6.12.0 took one
reference from ``None`` on every call that returns nothing, and a window that had run long
enough (a streamed generation sets label texts thousands of times) aborted with
"Fatal Python error: none_dealloc". The pin in pyproject.toml avoids it; this test keeps it so."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QComboBox, QLabel


def test_qt_calls_leave_none_s_reference_count_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    choices = QComboBox()
    choices.addItem("a")  # an item without data: currentData() returns None
    qtbot.addWidget(label)
    qtbot.addWidget(choices)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        QApplication.processEvents()
        choices.currentData()
    # Other threads may hold or drop a few references meanwhile; a leak per call is thousands.
    assert abs(sys.getrefcount(None) - before) < 200
