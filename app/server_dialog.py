"""The small form that registers a model served by an OpenAI-compatible server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ServerDialog(QDialog):
    """Asks for a name, the server's address, the model it serves and the licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a model on a server"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("how Handloom should call it"))
        self.endpoint = QLineEdit(self)
        self.endpoint.setPlaceholderText(self.tr("http://gpu-box:8080/v1"))
        self.model = QLineEdit(self)
        self.model.setPlaceholderText(self.tr("the model name the server knows, e.g. qwen2.5-7b"))
        self.licence = QLineEdit(self)
        self.licence.setPlaceholderText(self.tr("e.g. Apache-2.0 (the dataset card lists it)"))
        note = QLabel(
            self.tr("Any OpenAI-compatible server works: llama.cpp's llama-server, vLLM or Ollama. An API key is read from an environment variable when generating, never stored."),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Server address"), self.endpoint)
        form.addRow(self.tr("Model on the server"), self.model)
        form.addRow(self.tr("Licence"), self.licence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[str, str, str, str | None]:
        """(name, endpoint, model on the server, licence or None)."""
        model = self.model.text().strip()
        return (
            self.name.text().strip() or model,
            self.endpoint.text().strip(),
            model,
            self.licence.text().strip() or None,
        )
