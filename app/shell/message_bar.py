"""The strip at the top of the window where errors and notices are shown as sentences, and
the stack that floats it (with the stopped-jobs banner) over the top edge of the pages.

The banners take no place in the layout: a sentence appearing after Apply filters, an
import or a cancel never pushes a page down, so no control moves under the pointer and no
bottom button is pushed out of the window. An error stays until dismissed or replaced; a
notice hides itself after a while.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

NOTICE_MS = 15_000  # how long a notice stays (an error stays until dismissed)
MARGIN = 6

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
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(NOTICE_MS)
        self.timer.timeout.connect(self.hide)
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
        if kind == "info":
            self.timer.start()
        else:
            self.timer.stop()

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self.timer.stop()
        self.hide()


class Banners(QWidget):
    """``banners`` stacked over the top edge of ``area``, as wide as it and as tall as the
    shown ones need; hidden while none is shown."""

    def __init__(self, area: QWidget, *banners: QWidget) -> None:
        super().__init__(area.parentWidget())
        self.area = area
        self.banners = banners
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for banner in banners:
            column.addWidget(banner)
            banner.installEventFilter(self)
        area.installEventFilter(self)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.ShowToParent,
                            QEvent.Type.HideToParent):
            self.place()
        return False

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a longer sentence, another row
            self.place()
        return handled

    def place(self) -> None:
        if all(banner.isHidden() for banner in self.banners):
            self.hide()
            return
        area = self.area
        width = max(area.width() - 2 * MARGIN, 100)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        if height <= 0:
            height = self.sizeHint().height()
        self.setGeometry(area.x() + MARGIN, area.y() + MARGIN, width, height)
        self.show()
        self.raise_()
