"""Names for screen readers: every control the person can use says what it is.

A control's accessible name is what Qt's accessibility interface reports: its own text
(a button's label), an explicit ``setAccessibleName``, or its label buddy. Controls that
have none get one here from what a sighted person sees next to them, in this order: the
label just before them in their layout (made their buddy too, so its Alt+letter reaches
them), their placeholder text, their tool tip. ``unnamed`` lists what is still nameless;
the accessibility test fails on any.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QAccessible,
    Qt,  # QtGui.Qt has mightBeRichText
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
    QTabBar,
)
# Widgets whose children are their own parts (a combo box's list, a spin box's line edit).
_COMPOUND = (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView, QTabBar)


def is_chart(widget: QWidget) -> bool:
    """A widget Handloom draws itself (a chart, a histogram): it needs a name too."""
    return any(
        kind.__module__.startswith("app.") and "paintEvent" in vars(kind)
        for kind in type(widget).__mro__
    )


def is_control(widget: QWidget, root: QWidget | None = None) -> bool:
    """Whether ``widget`` is something a person uses on its own (not a part of another)."""
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return False  # parts Qt adds and names itself (a menu bar's overflow button)
    if not (isinstance(widget, INTERACTIVE) or is_chart(widget)):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, _COMPOUND):
            return False
        parent = parent.parentWidget()
    return True


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``."""
    face = QAccessible.queryAccessibleInterface(widget)
    return (face.text(QAccessible.Text.Name) if face is not None else "").strip()


def controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if is_control(w, root)]


def unnamed(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that a screen reader could not name."""
    return [w for w in controls(root) if not accessible_name(w)]


def plain(text: str) -> str:
    """A label's words: no markup, no mnemonic ampersand, no trailing colon."""
    if Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":： ").strip()


def _find(layout: QLayout, widget: QWidget) -> tuple[QLayout, int] | None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is widget:
            return layout, i
        inner = item.layout()
        if inner is not None and (found := _find(inner, widget)):
            return found
    return None


def label_before(widget: QWidget) -> QLabel | None:
    """The label just before ``widget`` in its layout, when that label names nothing else."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    found = _find(layout, widget) if layout is not None else None
    if found is None:
        return None
    layout, index = found
    item = layout.itemAt(index - 1) if index > 0 else None
    before = item.widget() if item is not None else None
    if isinstance(before, QLabel) and before.buddy() in (None, widget) and plain(before.text()):
        return before
    return None


def name_unnamed(root: QWidget) -> list[QWidget]:
    """Give each nameless control under ``root`` the name a sighted person reads next to
    it; returns those still without one."""
    for widget in unnamed(root):
        label = label_before(widget)
        if label is not None:
            label.setBuddy(widget)  # its Alt+letter, if it has one, reaches the control
        hint = getattr(widget, "placeholderText", None)
        name = plain(label.text()) if label is not None else ""
        name = name or plain(hint() if callable(hint) else "") or plain(widget.toolTip())
        if name:
            widget.setAccessibleName(name)
    return unnamed(root)
