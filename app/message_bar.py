"""The strip at the top of the window where errors and notices are shown as sentences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

_STYLES = {
    "error": "background: #fdecea; color: #611a15; border: 1px solid #f5c2c0;",
    "info": "background: #e8f4fd; color: #0c3c60; border: 1px solid #b6dcf5;",
}


class MessageBar(QFrame):
    """Shows one sentence at a time; hidden until there is something to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.clear)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.kind = ""
        self.hide()

    def show_error(self, sentence: str) -> None:
        self._show("error", sentence)

    def show_info(self, sentence: str) -> None:
        self._show("info", sentence)

    def _show(self, kind: str, sentence: str) -> None:
        self.kind = kind
        self.setStyleSheet(f"#messageBar {{ {_STYLES[kind]} border-radius: 4px; }}")
        self.label.setText(sentence)
        self.show()

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self.hide()
