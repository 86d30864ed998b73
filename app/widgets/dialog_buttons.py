"""The button row of a dialog that asks before it acts: its own accept button and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def dialog_buttons(dialog: QDialog, accept_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """A button box for ``dialog`` with an accept button saying ``accept_text`` ("Export",
    "Publish", "Run") and Cancel, which accept and reject the dialog. Returns the box (for
    the dialog's layout) and the accept button (to enable it when the dialog's fields are
    filled in)."""
    box = QDialogButtonBox(dialog)
    accept = box.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, accept
