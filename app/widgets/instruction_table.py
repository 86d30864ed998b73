"""The instruction table view: fixed row heights (so a million rows cost nothing to lay out)
and right-to-left drawing for Arabic, Hebrew and other right-to-left texts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from app.widgets.instruction_model import RTL_ROLE, InstructionTableModel

DRAG_PAUSE_MS = 120  # rows are fetched when a scroll-bar drag pauses this long
# The narrow columns' least widths, and the values each must show whole (as stored codes,
# written in the interface language); the header's own word is always shown whole too.
_WIDTHS = {1: (70, ()), 2: (50, ()), 3: (70, ("included", "excluded")), 4: (120, ()),
           5: (110, ())}
_CELL_PADDING = 16  # the item's margins and focus frame on either side


class DirectionalDelegate(QStyledItemDelegate):
    """Draws an instruction in its own paragraph direction, whatever the interface's: an
    Arabic text right to left in an English window, an English one left to right in an
    Arabic window, each with its punctuation where its reader expects it."""

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(RTL_ROLE):
            option.direction = Qt.LayoutDirection.RightToLeft
        elif index.column() == 0:  # the text column of an instruction that reads left to right
            option.direction = Qt.LayoutDirection.LeftToRight


class InstructionTable(QTableView):
    """A table tuned for very many rows: no per-row size computation, no sorting."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Instructions"))
        self.setItemDelegate(DirectionalDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(False)
        columns.setHighlightSections(False)
        # While the scroll bar is dragged through a million rows, fetch nothing until the
        # drag pauses or ends: each far jump costs an offset count, so fetching on every
        # step of the drag would stall it.
        self.drag_pause = QTimer(self)
        self.drag_pause.setSingleShot(True)
        self.drag_pause.setInterval(DRAG_PAUSE_MS)
        self.drag_pause.timeout.connect(self._fetch_visible)
        bar = self.verticalScrollBar()
        bar.sliderPressed.connect(self._drag_started)
        bar.sliderReleased.connect(self._fetch_visible)
        bar.valueChanged.connect(self._scrolled)

    def _lazy_model(self) -> InstructionTableModel | None:
        model = self.model()
        return model if isinstance(model, InstructionTableModel) else None

    def _drag_started(self) -> None:
        if model := self._lazy_model():
            model.deferred = True

    def _scrolled(self, _value: int) -> None:
        if self.verticalScrollBar().isSliderDown():
            self.drag_pause.start()

    def _fetch_visible(self) -> None:
        if model := self._lazy_model():
            model.deferred = False
            self.viewport().repaint()  # fetches the rows now in view
            model.deferred = self.verticalScrollBar().isSliderDown()

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().setModel(model)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, (least, values) in _WIDTHS.items():
            self.setColumnWidth(column, self.fitting_width(column, least, values))

    def fitting_width(self, column: int, least: int, values: tuple[str, ...] = ()) -> int:
        """A width for ``column`` that shows its header and each of ``values`` (stored
        codes) whole in the interface language, measured with the fonts that draw them."""
        from app.shell.i18n import code_label

        model, header = self.model(), self.horizontalHeader()
        if model is None or column >= model.columnCount():
            return least
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widths = [least, header.sectionSizeFromContents(column).width(),
                  header.fontMetrics().horizontalAdvance(title) + 2 * _CELL_PADDING]
        cells = self.fontMetrics()
        widths += [cells.horizontalAdvance(code_label(v)) + _CELL_PADDING for v in values]
        return max(widths)
