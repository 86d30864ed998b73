"""The Publish page's right side: what an export with the chosen options would hold (rows,
splits, languages, what each filter left out, the licence and its conflicts) and the
dataset card it would write, both computed in a worker from the project."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QTextBrowser, QWidget

from app.stages.publish import publish_ops
from app.stages.publish.export_options import describe_preview


def card_markdown(card: str) -> str:
    """The README as a reader sees it on the Hub: the text first, then its YAML front
    matter (the Hub's metadata) as a code block instead of stray text at the top."""
    if card.startswith("---\n"):
        front, _, body = card[4:].partition("\n---\n")
        return f"{body}\n\n## Hub metadata\n\n```yaml\n{front}\n```\n"
    return card


class PublishPreview(QTabWidget):
    """Two tabs, "What would be published" and "Dataset card"; only the newest preview
    counts (an older one is cancelled and its answer ignored)."""

    shown = Signal()  # a preview, or the sentence why there is none, was drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: dict[str, Any] | None = None
        self.values: dict[str, Any] | None = None  # the options the preview was made with
        self._worker: Any = None
        self._asked: dict[str, Any] | None = None  # the options of the running preview
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setContentsMargins(10, 10, 10, 10)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.label)
        self.card_view = QTextBrowser(self)
        self.card_view.setAccessibleName(self.tr("Dataset card"))
        self.card_view.setOpenExternalLinks(True)
        self.addTab(scroll, self.tr("What would be published"))
        self.addTab(self.card_view, self.tr("Dataset card"))

    def reset(self) -> None:
        self.preview = self.values = None
        self.label.clear()
        self.card_view.clear()

    def refresh(self, path: Path, values: dict[str, Any], pretty_name: str) -> None:
        """Count what an export of ``path`` with ``values`` would hold, in a worker."""
        if self._worker is not None:
            self._worker.cancel()  # an older preview nobody will look at
        worker = publish_ops.preview(path, values, pretty_name)
        worker.succeeded.connect(self._read)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._ended)
        self._worker = worker
        self._asked = values
        if not self.label.text():
            self.label.setText(self.tr("Counting what would go in…"))
        worker.start()

    def _read(self, preview: dict[str, Any]) -> None:
        if self.sender() is not self._worker:
            return
        self.preview, self.values = preview, self._asked
        self.label.setText(describe_preview(preview))
        card = preview.get("card")
        if card:
            self.card_view.setMarkdown(card_markdown(card))
        else:
            self.card_view.setPlainText(self.tr("There is no card without rows to describe."))

    def _failed(self, sentence: str) -> None:
        if self.sender() is self._worker:  # a bad option: said where it was typed
            self.preview = self.values = None
            self.label.setText(html.escape(sentence))  # the label shows rich text
            self.card_view.clear()

    def _ended(self) -> None:
        if self.sender() is self._worker:
            self._worker = None
            self.shown.emit()
