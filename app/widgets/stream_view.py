"""The responses being written right now, one card per sequence, each growing as tokens
arrive. A sequence that starts takes the card that has been quiet the longest."""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.widgets.text_editor import direction_of

MAX_CARDS = 16  # more sequences than this are decoded, but only this many are shown
SHOWN_CHARS = 700  # the tail of a long response is what is changing

_CARD_STYLE = (
    "QLabel#card { background: palette(base); border: 1px solid palette(mid); "
    "border-radius: 4px; padding: 6px; }"
)


class StreamView(QScrollArea):
    """``add(batch)`` appends new text per key; ``title_of(key)`` names a sequence."""

    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Responses being written"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self)
        self.body.setStyleSheet(_CARD_STYLE)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.column.setSpacing(6)
        self.empty_note = QLabel(self.tr("Responses appear here as they are written."), self.body)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setEnabled(False)
        self.column.addWidget(self.empty_note)
        self.column.addStretch(1)
        self.setWidget(self.body)
        self.cards: list[QLabel] = []
        self.texts: dict[str, str] = {}
        self.slot_of: dict[str, int] = {}
        self.touched: list[float] = []
        self.keys: list[str | None] = []
        self.title_of: Callable[[str], str] = lambda key: key
        self.chunks = 0  # batches received since ``start``

    def start(self, sequences: int) -> None:
        """Clear the view and show ``sequences`` empty cards."""
        for card in self.cards:
            card.deleteLater()
        count = max(1, min(sequences, MAX_CARDS))
        self.cards = []
        for _ in range(count):
            card = QLabel(self.body)
            card.setObjectName("card")
            card.setWordWrap(True)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            card.setText(self.tr("<i>waiting…</i>"))
            self.column.insertWidget(self.column.count() - 1, card)
            self.cards.append(card)
        self.empty_note.hide()
        self.texts.clear()
        self.slot_of.clear()
        self.touched = [0.0] * count
        self.keys = [None] * count
        self.chunks = 0

    def add(self, batch: dict[str, str]) -> None:
        """New text for each key since the previous batch."""
        if not self.cards:
            self.start(len(batch))
        self.chunks += 1
        now = time.monotonic()
        for key, text in batch.items():
            slot = self.slot_of.get(key)
            if slot is None:
                slot = self._free_slot(now)
                old = self.keys[slot]
                if old is not None:
                    self.slot_of.pop(old, None)
                    self.texts.pop(old, None)
                self.keys[slot] = key
                self.slot_of[key] = slot
            self.texts[key] = (self.texts.get(key, "") + text)[-4 * SHOWN_CHARS :]
            self.touched[slot] = now
            self._draw(slot)
        self.updated.emit()

    def _free_slot(self, now: float) -> int:
        """An unused card, else the one whose sequence has been quiet the longest."""
        for slot, key in enumerate(self.keys):
            if key is None:
                return slot
        return min(range(len(self.cards)), key=lambda s: self.touched[s])

    def _draw(self, slot: int) -> None:
        key = self.keys[slot]
        if key is None:
            return
        text = self.texts.get(key, "")
        cut = len(text) > SHOWN_CHARS
        shown = ("…" if cut else "") + text[-SHOWN_CHARS:]
        title = html.escape(self.title_of(key))
        body = html.escape(shown).replace("\n", "<br>")
        # The response in its own direction (an Arabic answer reads from the right even in
        # an English interface); the title stays in the interface's.
        rtl = direction_of(text) == "rtl"
        side, way = ("right", "rtl") if rtl else ("left", "ltr")
        self.cards[slot].setText(
            f"<b>{title}</b><p dir='{way}' align='{side}' style='margin:0'>{body}</p>"
        )

    def text_of(self, key: str) -> str:
        return self.texts.get(key, "")

    def clear(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards, self.keys, self.touched = [], [], []
        self.texts.clear()
        self.slot_of.clear()
        self.empty_note.show()
