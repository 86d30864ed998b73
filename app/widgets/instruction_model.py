"""A lazy table model over all instructions that stays smooth with a million rows.

``rowCount`` comes from one ``count()``; rows are fetched in blocks of ``BLOCK`` through
``core.store.instructions.page`` the first time ``data()`` asks for one of them, and the
most recently used ``MAX_BLOCKS`` blocks are kept. Nothing ever loads every row.

A block next to a cached one is found from that block's first or last rowid (a primary-key
lookup), so scrolling stays as cheap deep in the list as at its top; only a jump far away
counts rows with an offset. While the scroll bar is dragged (``deferred``), data() fetches
nothing and the view paints empty rows until the drag pauses.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from app.shell import theme
from app.shell.i18n import code_label
from app.shell.numbers import number
from core.store import instructions
from core.store.instructions import Filters
from core.store.project import Project

BLOCK = 200
MAX_BLOCKS = 64
COLUMNS = ("text", "language", "script", "status", "source", "reasons")
HEADERS = (QT_TRANSLATE_NOOP("InstructionModel", "Instruction"), QT_TRANSLATE_NOOP("InstructionModel", "Language"), QT_TRANSLATE_NOOP("InstructionModel", "Script"), QT_TRANSLATE_NOOP("InstructionModel", "Status"), QT_TRANSLATE_NOOP("InstructionModel", "Source"), QT_TRANSLATE_NOOP("InstructionModel", "Excluded as"))
RTL_ROLE = Qt.ItemDataRole.UserRole + 1  # True when the text reads right to left
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's dict
_PREVIEW_CHARS = 400

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


def reads_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is Arabic, Hebrew, Syriac, Thaana…"""
    for char in text[:200]:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@lru_cache(maxsize=512)
def language_label(code: str) -> str:
    """``English name (own name)`` for a tooltip; the code itself if unknown."""
    try:
        from core.languages import language_names

        english, native = language_names(code)
    except Exception:  # an unknown or odd code is still shown as the code
        return code
    return english if not native or native == english else f"{english} ({native})"


def shown_language(row: dict[str, Any]) -> str:
    """The language cell: ``tr``, or ``tr?`` when the identifiers were not sure of it."""
    code = row.get("language") or ""
    return f"{code}?" if code and row.get("language_uncertain") else code


class InstructionTableModel(QAbstractTableModel):
    """Instructions matching ``filters``, in import order, fetched block by block."""

    def __init__(
        self,
        project: Project | None,
        filters: Filters | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.filters = filters or Filters()
        self.total = 0
        self.blocks: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.fetches = 0  # blocks read from the project since the last reset (for tests)
        self.deferred = False
        self._count()

    # -- what is shown ----------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.refresh()

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.refresh()

    def refresh(self) -> None:
        """Forget every cached block and count again (after a job or a new filter)."""
        self.beginResetModel()
        self._count()
        self.endResetModel()

    def _count(self) -> None:
        self.blocks.clear()
        self.fetches = 0
        self.total = instructions.count(self.project, self.filters) if self.project else 0

    def row(self, row: int) -> dict[str, Any] | None:
        """The row's columns (see ``instructions.page``), fetching its block if needed."""
        if not 0 <= row < self.total or self.project is None:
            return None
        number, offset = divmod(row, BLOCK)
        block = self.blocks.get(number)
        if block is None:
            if self.deferred:
                return None
            block = self._fetch(number)
            self.blocks[number] = block
            if len(self.blocks) > MAX_BLOCKS:
                self.blocks.popitem(last=False)
        else:
            self.blocks.move_to_end(number)
        return block[offset] if offset < len(block) else None

    def _fetch(self, number: int) -> list[dict[str, Any]]:
        assert self.project is not None
        previous, following = self.blocks.get(number - 1), self.blocks.get(number + 1)
        if previous and len(previous) == BLOCK:
            after = previous[-1]["rowid"]
            block = instructions.page(self.project, self.filters, limit=BLOCK, after=after)
        elif following:
            before = following[0]["rowid"]
            block = instructions.page(self.project, self.filters, limit=BLOCK, before=before)
        else:
            block = instructions.page(self.project, self.filters, number * BLOCK, BLOCK)
        for item in block:
            item["rtl"] = reads_right_to_left(item["text"])
        self.fetches += 1
        return block

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = _NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = _NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("InstructionModel", HEADERS[section])
        return f"{number(section + 1)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row(index.row())
        if item is None:
            return None
        column = COLUMNS[index.column()]
        value = item.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "text":
                return value.split("\n", 1)[0][:_PREVIEW_CHARS]
            if column == "reasons":
                return ", ".join(code_label(r) for r in (value or "").split(",") if r)
            if column == "status":
                return code_label(value) if value else ""
            if column == "language" and value:
                return shown_language(item)
            if isinstance(value, str):  # a source name from someone's file may be megabytes
                return value[:_PREVIEW_CHARS]
            return value or ""
        if role == RTL_ROLE:
            return item["rtl"] if column == "text" else False
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "text":
            # The text's own side, whatever the interface's direction (hence Absolute).
            edge = Qt.AlignmentFlag.AlignRight if item["rtl"] else Qt.AlignmentFlag.AlignLeft
            return edge | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "language" and value:
                name = language_label(value)
                if item.get("language_variant"):  # Sorani under Kurdish, Hant under Chinese
                    name = f"{name} – {item['language_variant']}"
                if item.get("language_uncertain"):
                    return QCoreApplication.translate(
                        "InstructionModel", "{0}: the language identifiers were not sure"
                    ).format(name)
                return name
            if column == "text":
                return value[:1000]
            if column in ("reasons", "source") and value:  # whole where the cell elides it
                return self.data(index, Qt.ItemDataRole.DisplayRole)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and item["status"] == "excluded":
            return theme.danger(QGuiApplication.palette())  # readable in light and dark
        return None
