"""The Review page's keys: one key per action, all defined here and all listed on screen.

``KEYS`` is the single table: the shortcuts, the legend under the item and the buttons for
mouse users are all made from it. Shortcuts work while the focus is anywhere in the page,
except in a text being typed (the editor and the note claim every key while they have it).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

# (keys, what the legend says, the page's slot)
KEYS: list[tuple[tuple[str, ...], str, str]] = [
    (("A",), QT_TRANSLATE_NOOP("ReviewKeys", "accept"), "accept"),
    (("R",), QT_TRANSLATE_NOOP("ReviewKeys", "reject"), "reject"),
    (("E",), QT_TRANSLATE_NOOP("ReviewKeys", "edit (Ctrl+Enter saves, Esc cancels)"), "edit"),
    (("1", "2", "3", "4", "5"), QT_TRANSLATE_NOOP("ReviewKeys", "rate"), "_rate_key"),
    (("N",), QT_TRANSLATE_NOOP("ReviewKeys", "note"), "note"),
    (("Backspace", "Left"), QT_TRANSLATE_NOOP("ReviewKeys", "back"), "previous"),
    (("Right", "Space"), QT_TRANSLATE_NOOP("ReviewKeys", "next"), "next"),
    (("Ctrl+Z",), QT_TRANSLATE_NOOP("ReviewKeys", "undo"), "undo"),
]
_SHOWN_KEYS = {"Left": "←", "Right": "→", "1": "1–5"}
BUTTONS = [
    (QT_TRANSLATE_NOOP("ReviewKeys", "Accept  A"), "accept"),
    (QT_TRANSLATE_NOOP("ReviewKeys", "Reject  R"), "reject"),
    (QT_TRANSLATE_NOOP("ReviewKeys", "Edit  E"), "edit"),
    (QT_TRANSLATE_NOOP("ReviewKeys", "Note  N"), "note"),
    (QT_TRANSLATE_NOOP("ReviewKeys", "← Back"), "previous"),
    (QT_TRANSLATE_NOOP("ReviewKeys", "Next →"), "next"),
    (QT_TRANSLATE_NOOP("ReviewKeys", "Undo  Ctrl+Z"), "undo"),
]


def legend() -> str:
    """ "A accept · R reject · … · Ctrl+Z undo", as listed under the item."""
    parts = []
    for keys, what, _ in KEYS:
        shown = [_SHOWN_KEYS.get(k, k) for k in keys if k not in "2345"]
        parts.append(f"<b>{' / '.join(shown)}</b> {QCoreApplication.translate('ReviewKeys', what)}")
    text = " · ".join(parts)
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        text = "\u200f" + text  # read from the right, although it starts with a Latin key
    return text


def legend_panel(parent: QWidget) -> QLabel:
    """The legend in a framed panel. Not a style sheet: a styled label keeps its old size
    hint when the fonts registered after start-up make its text taller, and clips it."""
    label = QLabel(legend(), parent)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setAutoFillBackground(True)
    label.setBackgroundRole(QPalette.ColorRole.AlternateBase)
    label.setMargin(6)
    return label


def install_shortcuts(page: QWidget) -> list[QShortcut]:
    """One shortcut per key of ``KEYS``, active while the focus is inside ``page``."""
    made = []
    for keys, what, slot in KEYS:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), page)
            shortcut.setWhatsThis(QCoreApplication.translate("ReviewKeys", what))  # for F1
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(getattr(page, slot))
            made.append(shortcut)
    return made


def action_buttons(page: QWidget) -> dict[str, QPushButton]:
    """The same actions as buttons; they never take the focus away from the page."""
    buttons = {}
    keys_of = {slot: keys for keys, _, slot in KEYS}
    for text, slot in BUTTONS:
        button = QPushButton(QCoreApplication.translate("ReviewKeys", text), page)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("keys", ", ".join(keys_of.get(slot, ())))  # reached by its keys
        button.clicked.connect(getattr(page, slot))
        buttons[slot] = button
    return buttons
