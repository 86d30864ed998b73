"""The files an import will read: chosen, dropped, or named as a Hugging Face dataset,
with the format to read them as."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.ingest.formats import FORMATS

FILE_TYPES = QT_TRANSLATE_NOOP(
    "FileChooser",
    "Instruction files (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;All files (*)",
)


class FileChooser(QWidget):
    """A list of files (absolute paths) or Hub names and a format; ``shown_changed`` fires
    when the file to preview or the format changes, ``files_changed`` when the list does."""

    shown_changed = Signal()
    files_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        drop = QFrame()
        drop.setObjectName("dropArea")
        drop.setStyleSheet("#dropArea { border: 2px dashed #9aa5b1; border-radius: 8px; }")
        drop_row = QHBoxLayout(drop)
        drop_row.addWidget(
            QLabel(self.tr("Drop instruction files here (CSV, TSV, JSON, JSON lines, Parquet, text), or"))
        )
        choose = QPushButton(self.tr("Choose files…"))
        choose.clicked.connect(self.choose_files)
        drop_row.addWidget(choose)
        self.hub_name = QLineEdit()
        self.hub_name.setPlaceholderText(self.tr("or a Hugging Face dataset, e.g. CohereForAI/aya_dataset"))
        self.hub_name.returnPressed.connect(self.add_hub_dataset)
        add_hub = QPushButton(self.tr("Add"))
        add_hub.clicked.connect(self.add_hub_dataset)
        drop_row.addWidget(self.hub_name, 1)
        drop_row.addWidget(add_hub)

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files to import"))
        self.files.setMaximumHeight(72)
        self.files.currentRowChanged.connect(self.shown_changed)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_file)
        self.format = QComboBox()
        self.format.addItem(self.tr("Detect automatically"), None)
        for fmt in FORMATS:
            self.format.addItem(fmt, fmt)
        self.format.currentIndexChanged.connect(self.shown_changed)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        side = QVBoxLayout()
        side.addWidget(remove)
        side.addWidget(QLabel(self.tr("Format")))
        side.addWidget(self.format)
        side.addStretch(1)
        files_row.addLayout(side)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(drop)
        layout.addLayout(files_row)

    def locations(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def current(self) -> str | None:
        item = self.files.currentItem()
        return item.text() if item is not None else None

    def chosen_format(self) -> str | None:
        return self.format.currentData()

    def add_files(self, paths: list[str | Path]) -> None:
        """Add files (absolute paths) or Hub dataset names; the first one added is shown."""
        known = set(self.locations())
        fresh = [str(p) for p in paths if str(p) and str(p) not in known]
        for text in dict.fromkeys(fresh):
            self.files.addItem(text)
        if fresh:
            if self.files.currentRow() < 0:
                self.files.setCurrentRow(0)
            self.files_changed.emit()

    def clear(self) -> None:
        self.files.clear()
        self.files_changed.emit()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose instruction files"), "", self.tr(FILE_TYPES))
        self.add_files([str(Path(n).resolve()) for n in names])

    def add_hub_dataset(self) -> None:
        name = self.hub_name.text().strip()
        if name:
            self.add_files([name])
            self.hub_name.clear()

    def remove_file(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)
            self.files_changed.emit()
