"""The small form that registers a model served by OpenAI-compatible servers (a pool)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class ServerDialog(QDialog):
    """Asks for a name, the servers' addresses (one or several: a pool), how many requests
    each takes at once, the model they serve and the licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a model on a server"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("how Handloom should call it"))
        self.endpoint = QPlainTextEdit(self)
        self.endpoint.setPlaceholderText(self.tr("http://gpu-box:8080/v1"))
        self.endpoint.setToolTip(self.tr("One address per line; requests are spread over them "
                                         "and go to the others when one stops answering."))
        self.endpoint.setFixedHeight(self.endpoint.fontMetrics().lineSpacing() * 4 + 12)
        self.concurrency = QSpinBox(self)
        self.concurrency.setRange(1, 1024)
        self.concurrency.setValue(8)
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
        form.addRow(self.tr("Server addresses"), self.endpoint)
        form.addRow(self.tr("Requests at once per server"), self.concurrency)
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

    def values(self) -> tuple[str, list[str], str, str | None, int]:
        """(name, addresses, model on the server, licence or None, requests at once)."""
        model = self.model.text().strip()
        return (
            self.name.text().strip() or model,
            [line.strip() for line in self.endpoint.toPlainText().splitlines() if line.strip()],
            model,
            self.licence.text().strip() or None,
            self.concurrency.value(),
        )
