"""A choice of the project's models, as the Generate, Translate, Judge and Compare pages
offer it: each item's data is the model's name, and a server model says so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

# The registry's kinds of model that can answer a prompt (a Hugging Face folder cannot yet).
WRITING_KINDS = ("gguf", "gguf+adapter", "remote")


def fill_models(
    combo: QComboBox,
    models: list[dict[str, Any]],
    prefer: Callable[[dict[str, Any]], bool] | None = None,
) -> None:
    """Replace ``combo``'s entries with ``models`` (registry records), keeping the current
    choice when it remains; where it is gone, the first model ``prefer`` likes, else the
    first. Emits no change: the page says what changed once it is filled."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for m in models:
        server = QCoreApplication.translate("ModelChoice", "{0}  (server)").format(m["name"])
        combo.addItem(server if m["kind"] == "remote" else m["name"], m["name"])
    found = combo.findData(current)
    if found < 0 and prefer is not None:
        found = next((i for i, m in enumerate(models) if prefer(m)), 0)
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


class ModelChoice(QComboBox):
    """The choice of a model that writes text (a GGUF file, one with an adapter, or a
    server); ``models`` holds the offered models' registry records in the combo's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: list[dict[str, Any]] = []
        self.setMinimumContentsLength(16)

    def set_models(
        self, models: list[dict[str, Any]], prefer: Callable[[dict[str, Any]], bool] | None = None
    ) -> None:
        """Offer those of ``models`` that can write (see ``fill_models``)."""
        self.models = [m for m in models if m["kind"] in WRITING_KINDS]
        fill_models(self, self.models, prefer)

    def chosen(self) -> dict[str, Any] | None:
        """The chosen model's registry record, if any model is offered."""
        index = self.currentIndex()
        return self.models[index] if 0 <= index < len(self.models) else None

    def choose(self, name: str | None) -> None:
        """Select the model called ``name`` (a recorded job's), when it is still offered."""
        found = self.findData(name)
        if found >= 0:
            self.setCurrentIndex(found)
