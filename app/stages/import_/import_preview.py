"""The import preview: the first rows of a file as a table, and the column mapping as combos.

The mapping combos start at Handloom's guess; whatever the person changes becomes the
import job's ``columns`` override.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.widgets.instruction_model import reads_right_to_left

MAPPED_FIELDS = (
    ("instruction", QT_TRANSLATE_NOOP("ImportPreview", "Instruction column")),
    ("language", QT_TRANSLATE_NOOP("ImportPreview", "Language column")),
    ("author", QT_TRANSLATE_NOOP("ImportPreview", "Author column")),
    ("licence", QT_TRANSLATE_NOOP("ImportPreview", "Licence column")),
    ("source_id", QT_TRANSLATE_NOOP("ImportPreview", "Row id column")),
)
NONE = QT_TRANSLATE_NOOP("ImportPreview", "(none)")
_CELL_CHARS = 300

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


def cell_text(value: Any) -> str:
    """A preview cell: text as is, anything else (turns of a chat, numbers) as short JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, ensure_ascii=False, default=str)
    return text[:_CELL_CHARS]


class PreviewModel(QAbstractTableModel):
    """The preview's rows: one column per field of the file, plus its line number."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.rows: list[Any] = []  # SourceRow
        self.instruction_column: str | None = None

    def set_preview(self, columns: list[str], rows: list[Any]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_preview([], [])

    def rowCount(self, parent: Index = _NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = self.columns[section]
            return f"▶ {name}" if name == self.instruction_column else name
        return str(self.rows[section].line)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()].fields.get(self.columns[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value).split("\n", 1)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_text(value)
        if role == Qt.ItemDataRole.UserRole + 1:  # RTL_ROLE of the shared delegate
            return isinstance(value, str) and reads_right_to_left(value)
        return None

    def mark_instruction(self, column: str | None) -> None:
        self.instruction_column = column
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)


class MappingEditor(QWidget):
    """One combo per field; ``changed`` fires when the person picks another column."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.form = form = QFormLayout(self)  # the page adds its options below the columns
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QLabel()
        form.addRow(self.tr("Layout"), self.kind)
        self.combos: dict[str, QComboBox] = {}
        for field, label in MAPPED_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"mapping-{field}")
            combo.currentIndexChanged.connect(self.changed)
            self.combos[field] = combo
            form.addRow(QCoreApplication.translate("ImportPreview", label), combo)
        self.guessed: dict[str, str | None] = {}

    def set_mapping(self, mapping: Any, columns: list[str]) -> None:
        """Show the guessed ``Mapping`` over the file's ``columns``."""
        self.guessed = {field: getattr(mapping, field, None) for field, _ in MAPPED_FIELDS}
        kind = getattr(mapping, "kind", "columns")
        self.kind.setText(
            self.tr("a table of columns") if kind == "columns" else self.tr("{0} (recognised from its columns)").format(kind)
        )
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(QCoreApplication.translate("ImportPreview", NONE), None)
            for column in columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(self.guessed[field]), 0))
            combo.blockSignals(False)

    def clear(self) -> None:
        self.guessed = {}
        self.kind.clear()
        for combo in self.combos.values():
            combo.clear()

    def column(self, field: str) -> str | None:
        return self.combos[field].currentData()

    def set_column(self, field: str, column: str | None) -> None:
        combo = self.combos[field]
        combo.setCurrentIndex(max(combo.findData(column), 0))

    def overrides(self) -> dict[str, str]:
        """The import job's ``columns``: only the fields the person changed to a column.

        (Choosing "(none)" where Handloom guessed a column cannot be expressed to the job
        yet: the guess then still applies.)
        """
        return {
            field: column
            for field in self.combos
            if (column := self.column(field)) and column != self.guessed.get(field)
        }
