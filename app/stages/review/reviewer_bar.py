"""Who is reviewing, above the Review page: their name, or a request for it.

Every review action records the reviewer, so until the person has told Handloom their name
(asked once, kept in their own settings) the page reviews nothing and says why.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ReviewerBar(QWidget):
    """``refresh()`` re-reads the name; ``changed`` says the reviewer is someone else now."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviewer = ""
        self.named = False
        self.who = QLabel(self)
        self.who.setWordWrap(True)  # a long sentence (Indonesian) wraps, not widens the window
        self.name_button = QPushButton(self.tr("Set your name…"), self)
        self.name_button.clicked.connect(self.ask_name)
        self.progress = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.who, 1)
        row.addWidget(self.name_button)
        row.addWidget(self.progress)
        self.refresh()

    def refresh(self) -> bool:
        """Re-read who is reviewing; True (and ``changed``) if that changed."""
        from core.curator import current_curator, has_chosen_name

        before = (self.reviewer, self.named)
        self.reviewer, self.named = current_curator(), has_chosen_name()
        if self.named:
            self.who.setText(self.tr("Reviewing as <b>{0}</b>").format(html.escape(self.reviewer)))
        else:
            self.who.setText(
                self.tr("<b>Tell Handloom your name to review</b>: every accept, reject, edit, rating and note records who made it.")
            )
        self.name_button.setVisible(not self.named)
        if (self.reviewer, self.named) != before:
            self.changed.emit()
            return True
        return False

    def ask_name(self) -> None:
        """Ask for the name with the window's own question, then re-read it."""
        asker = getattr(self.window(), "ask_curator_name", None)
        if asker is not None:
            asker()
        self.refresh()
