"""A text pane that lays out each text in its own direction, and edits it in place.

Arabic, Hebrew, Urdu, N'Ko or Thaana text is laid out right to left (right-aligned,
scroll bar on the left, the bidi algorithm starting from the right) whatever the
interface language, and Latin text left to right even in a right-to-left interface: the
direction comes from the text (or from the item that says what it is), never from the
application. While editing, Ctrl+Enter asks to save and Esc to cancel, and every other key
goes to the text, so single-key shortcuts around the pane do not fire while typing.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.shell import fonts

_SAMPLE = 2000  # characters looked at to decide a text's direction


def direction_of(text: str) -> str:
    """ "rtl" when most strongly directional letters of ``text`` are right-to-left."""
    rtl = ltr = 0
    for char in text[:_SAMPLE]:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return "rtl" if rtl > ltr else "ltr"


def qt_direction(direction: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight


def apply_direction(pane: QPlainTextEdit | QTextEdit, direction: str) -> None:
    """Lay out ``pane``'s text in ``direction`` ("rtl" or "ltr")."""
    chosen = qt_direction(direction)
    pane.setLayoutDirection(chosen)
    document = pane.document()
    option = document.defaultTextOption()
    option.setTextDirection(chosen)
    # The leading edge, spelt out: a plain text layout does not mirror AlignLeading.
    edge = Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft
    option.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)


class TextPane(QPlainTextEdit):
    """Read-only until ``begin_edit``; ``save_requested``/``cancel_requested`` while editing."""

    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.direction = "ltr"
        self._families: list[str] | None = None
        self.editing = False
        self._before_edit = ""
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the review shortcuts
        self.setTabChangesFocus(True)
        apply_direction(self, "ltr")

    def show_text(
        self, text: str, direction: str | None = None, language: str | None = None
    ) -> None:
        """Show ``text`` in its direction (from the text itself when not given)."""
        if self.editing:
            self.end_edit()
        self.direction = direction or direction_of(text)
        families = fonts.families_for_language(language)
        if families != self._families:  # a font change lays the pane out again: only if new
            self._families = families
            font = QFont()  # nothing set: the application font, with its fallbacks
            if families:
                font.setFamilies(families)
            self.setFont(font)
        apply_direction(self, self.direction)
        self.setPlainText(text)

    def begin_edit(self) -> None:
        """Make the text editable, with the cursor at its end."""
        self._before_edit = self.toPlainText()
        self.editing = True
        self.setReadOnly(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.setProperty("editing", True)
        self.setStyleSheet("QPlainTextEdit { border: 2px solid palette(highlight); }")

    def end_edit(self, keep: bool = True) -> None:
        """Back to read-only; without ``keep`` the text before editing is put back."""
        if not keep:
            self.setPlainText(self._before_edit)
        self.editing = False
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("")
        self.clearFocus()

    def text(self) -> str:
        return self.toPlainText()

    # -- keys --------------------------------------------------------------------------

    def _is_save(self, event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )

    def event(self, event: QEvent) -> bool:  # noqa: D102
        if self.editing and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # while typing, every key is text (Ctrl+Z undoes typing)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self.editing and self._is_save(event):
            self.save_requested.emit()
            return
        if self.editing and event.key() == Qt.Key.Key_Escape:
            self.cancel_requested.emit()
            return
        super().keyPressEvent(event)


class NoteLine(QLineEdit):
    """A one-line note: Enter saves (``returnPressed``), Esc emits ``cancelled``; every key
    typed into it is text, not a shortcut."""

    cancelled = Signal()

    def event(self, event: QEvent) -> bool:  # noqa: D102
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
