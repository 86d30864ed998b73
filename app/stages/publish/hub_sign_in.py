"""Signing in to the Hugging Face Hub from the Publish page: paste an access token, Handloom
checks it with the Hub and keeps it where the Hugging Face tools keep their login on this
computer (never in the project); sign out removes it (``core/publish/hub_login.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.shell import ops
from app.shell.worker import Worker
from app.stages.base import row_of


class HubSignInDialog(QDialog):
    """The token field, Sign in and Sign out; ``changed`` when the stored login changed."""

    changed = Signal()
    checked = Signal(bool)  # a sign-in attempt ended: accepted or not

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the Hugging Face Hub"))
        self.setMinimumWidth(520)
        self.worker: Worker | None = None
        intro = QLabel(
            self.tr("Publishing to the Hub needs an access token with write permission: create "
                    "one on huggingface.co under Settings → Access Tokens and paste it here. "
                    "Handloom checks it with the Hub and keeps it where the Hugging Face tools "
                    "keep their login on this computer, never in the project."),
            self,
        )
        intro.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("hf_…")
        self.token.setAccessibleName(self.tr("Access token"))
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = row_of(self.token, self.sign_in_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.token.textChanged.connect(self._enable)
        self.show_state()

    def show_state(self) -> None:
        """Say which token a push would use, read without the network."""
        from core.publish.hub_login import current

        source = current().source
        self.state.setText({
            "stored": self.tr("Signed in on this computer: pushes use the stored login."),
            "environment": self.tr("The HF_TOKEN variable holds a token, and pushes use it; "
                                   "signing out here does not change it."),
            "none": self.tr("Not signed in: a push waits in the push queue until you sign in."),
        }[source])
        self._stored = source == "stored"
        self._enable()

    def _enable(self) -> None:
        busy = self.worker is not None
        self.sign_in_button.setEnabled(not busy and bool(self.token.text().strip()))
        self.sign_out_button.setEnabled(not busy and self._stored)

    def sign_in(self) -> None:
        """Check the token with the Hub in the background, then store it."""
        token = self.token.text()
        self.message.setText(self.tr("Checking the token with the Hub…"))
        worker = ops.call("core.publish.hub_login:sign_in", token, name="Hub sign-in")
        worker.succeeded.connect(self._signed_in)
        worker.failed.connect(self._refused)
        worker.finished.connect(self._ended)
        self.worker = worker
        self._enable()
        worker.start()

    def _signed_in(self, name: str) -> None:
        self.token.clear()
        self.message.setText(
            self.tr("Signed in to the Hub as {0}.").format(name) if name
            else self.tr("Signed in to the Hub.")
        )
        self.changed.emit()
        self.checked.emit(True)

    def _refused(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.checked.emit(False)

    def _ended(self) -> None:
        self.worker = None
        self.show_state()

    def sign_out(self) -> None:
        from core.publish.hub_login import sign_out

        sign_out()
        self.message.setText(self.tr("Signed out: the stored login was removed from this computer."))
        self.show_state()
        self.changed.emit()
