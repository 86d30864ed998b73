"""The small dialogs of the Publish page: where to publish (a dataset or a tuned model),
which Hub dataset to pull, and "publish anyway?" when licences conflict.

They are opened with ``open()`` (window-modal, no nested event loop) and report through
``accepted``; the page reads their fields then.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.widgets.dialog_buttons import dialog_buttons

TOKEN_NOTE = QT_TRANSLATE_NOOP(
    "PublishDialog",
    "Handloom uses your Hugging Face sign-in (“{0}” on the Publish page) "
    "or the HF_TOKEN variable; the token is never shown or saved in the project. Offline, "
    "the upload waits in this project's push queue."
)


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class PublishDialog(QDialog):
    """Asks for the repository (owner/name), private or public, and for a model which one."""

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        intro: str,
        licence_html: str = "",
        models: list[str] | None = None,
        repo_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.model = QComboBox(self)
        for name in models or []:
            self.model.addItem(name)
        self.repo = QLineEdit(repo_id, self)
        self.repo.setPlaceholderText(self.tr("owner/name"))
        self.private = QCheckBox(self.tr("Private repository (only you and your organisation see it)"), self)
        form = QFormLayout()
        if models:
            form.addRow(self.tr("Tuned model"), self.model)
        else:
            self.model.hide()  # a dataset: there is no model to choose
        form.addRow(self.tr("Hub repository"), self.repo)
        form.addRow(self.private)
        self.buttons, self.publish_button = dialog_buttons(self, self.tr("Publish"))
        self.repo.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(intro, self))
        layout.addLayout(form)
        if licence_html:
            layout.addWidget(_note(licence_html, self))
        sign_in = QCoreApplication.translate("PublishActions", "Hugging Face sign-in…")
        layout.addWidget(_note(self.tr(TOKEN_NOTE).format(html.escape(sign_in)), self))
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        owner, _, name = self.repo.text().strip().partition("/")
        self.publish_button.setEnabled(bool(owner and name))

    def repo_id(self) -> str:
        return self.repo.text().strip()


class PullDialog(QDialog):
    """Asks for a Hub dataset name and, optionally, the licence its instructions carry."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pull from the Hub"))
        self.setMinimumWidth(480)
        self.dataset = QLineEdit(self)
        self.dataset.setPlaceholderText(self.tr("owner/name or owner/name:split"))
        self.licence = QLineEdit(self)
        self.licence.setPlaceholderText(self.tr("taken from the dataset's card"))
        form = QFormLayout()
        form.addRow(self.tr("Hub dataset"), self.dataset)
        form.addRow(self.tr("Licence"), self.licence)
        self.again = QCheckBox(self.tr("Pull it again as a second copy"), self)
        self.again.setToolTip(
            self.tr("Import the dataset once more, beside what earlier pulls of it imported")
        )
        form.addRow(self.again)
        buttons, self.pull_button = dialog_buttons(self, self.tr("Pull"))
        self.dataset.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                self.tr("Import the instructions of a dataset on the Hugging Face Hub into this project (it needs a connection)."),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._check()

    def _check(self) -> None:
        self.pull_button.setEnabled("/" in self.dataset.text())


class ConflictBox(QMessageBox):
    """ "Publish anyway?" with the conflicts listed; ``anyway`` is its yes button."""

    def __init__(self, parent: QWidget, what: str, conflicts: list[str]) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Licence conflicts"))
        self.setTextFormat(Qt.TextFormat.RichText)
        items = "".join(f"<li>{html.escape(c)}</li>" for c in conflicts)
        self.setText(
            self.tr("<b>The licences of {0} conflict.</b><ul>{1}</ul>Publishing it may break the terms above. Publish anyway?").format(html.escape(what), items)
        )
        self.anyway: QPushButton = self.addButton(
            self.tr("Publish anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def chose_anyway(self) -> bool:
        return self.clickedButton() is self.anyway
