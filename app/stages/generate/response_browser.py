"""Results per instruction: the instructions that have responses (searchable), and for the
one picked, its responses with model, sample, tokens, finish reason and time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shell import ops
from app.shell.numbers import number
from app.shell.session import Session
from app.shell.worker import Worker
from app.widgets.instruction_model import RTL_ROLE
from app.widgets.instruction_table import DirectionalDelegate
from app.widgets.text_editor import apply_direction, direction_of

SHOWN = 1000  # instructions listed at once; a search narrows the rest
COLUMNS = (QT_TRANSLATE_NOOP("ResponseBrowser", "Model"), "#", QT_TRANSLATE_NOOP("ResponseBrowser", "Tokens"), QT_TRANSLATE_NOOP("ResponseBrowser", "Finish"), QT_TRANSLATE_NOOP("ResponseBrowser", "Time"), QT_TRANSLATE_NOOP("ResponseBrowser", "Best"), QT_TRANSLATE_NOOP("ResponseBrowser", "Response"))


def _answered(path: Path, search: str | None) -> Worker:
    return ops.read(path, "core.store.responses:instructions_answered", search=search,
                    limit=SHOWN, name="responses")


def _edge(rtl: bool) -> Qt.AlignmentFlag:
    """A row's alignment: the side its text starts on, whatever the interface's direction."""
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute


class ResponseBrowser(QSplitter):
    """Pick an instruction on the left; its responses are listed on the right."""

    loaded = Signal()  # the instruction list was redrawn
    responses_shown = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.session = session
        self._reader: Worker | None = None
        self.instructions: list[dict[str, Any]] = []
        self.responses: list[dict[str, Any]] = []

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(self.tr("Search instructions with responses…"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self.refresh)
        self.list = QListWidget(left)
        self.list.setAccessibleName(self.tr("Instructions with responses"))
        self.list.setWordWrap(False)
        self.list.setItemDelegate(DirectionalDelegate(self.list))
        self.list.currentRowChanged.connect(self._pick)
        self.count = QLabel(left)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        column.addWidget(self.count)

        right = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, len(COLUMNS), right)
        self.table.setAccessibleName(self.tr("Responses to the instruction"))
        self.table.setItemDelegate(DirectionalDelegate(self.table))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_text)
        self.table.horizontalHeaderItem(1).setToolTip(self.tr("Sample number"))
        self.table.horizontalHeaderItem(5).setToolTip(self.tr("Selected as the best response"))
        self.text = QPlainTextEdit(right)
        self.text.setAccessibleName(self.tr("The response in full"))
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Pick an instruction, then a response, to read it in full."))
        right.addWidget(self.table)
        right.addWidget(self.text)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 2)
        self.setSizes([260, 520])

    def refresh(self) -> None:
        """Re-read the instructions that have responses (in the background)."""
        self.search_timer.stop()
        path = self.session.path
        if path is None:
            self.show_instructions([])
            return
        worker = _answered(path, self.search.text().strip() or None)
        self._reader = worker
        worker.succeeded.connect(self._read)
        self.session.run(worker)

    def _read(self, rows: list[dict[str, Any]]) -> None:
        if self.sender() is self._reader:
            self.show_instructions(rows)

    def show_instructions(self, rows: list[dict[str, Any]]) -> None:
        current = self.current_instruction()
        self.instructions = rows
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            first_line = row["text"].strip().split("\n", 1)[0][:120]
            rtl = direction_of(first_line) == "rtl"
            # The count is isolated (FSI…PDI) so that it stays at the end of its line.
            item = QListWidgetItem(f"{first_line}  ·  \u2068{row['responses']}\u2069")
            item.setTextAlignment(_edge(rtl))
            item.setData(RTL_ROLE, rtl)
            item.setToolTip(
                self.tr("{0}\n\n{1} responses from {2} models; language {3}").format(row['text'][:500], row['responses'], row['models'], row['language'] or 'unknown')
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        more = self.tr(" (the first ones; search to find others)") if len(rows) >= SHOWN else ""
        self.count.setText(self.tr("%Ln instruction(s) with responses{0}", None, len(rows)).format(more))
        ids = [r["id"] for r in rows]
        self.list.setCurrentRow(ids.index(current) if current in ids else -1)
        if current not in ids:
            self.show_responses([])
        self.loaded.emit()

    def current_instruction(self) -> str | None:
        row = self.list.currentRow()
        return self.instructions[row]["id"] if 0 <= row < len(self.instructions) else None

    def select(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def _pick(self, row: int) -> None:
        project = self.session.project
        if project is None or not 0 <= row < len(self.instructions):
            self.show_responses([])
            return
        from core.store import responses

        self.show_responses(responses.for_instruction(project, self.instructions[row]["id"]))

    def show_responses(self, rows: list[dict[str, Any]]) -> None:
        self.responses = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (
                r["model"],
                str(r["sample_index"]),
                f"{number(r['completion_tokens'] or 0)}",
                r["finish_reason"] or "",
                f"{r['seconds']:.1f} s" if r["seconds"] is not None else "",
                "✓" if r["selected"] else "",
                r["text"].replace("\n", " ")[:200],
            )
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if column == len(cells) - 1:  # the response, on its own side
                    rtl = direction_of(value) == "rtl"
                    cell.setTextAlignment(_edge(rtl))
                    cell.setData(RTL_ROLE, rtl)
                self.table.setItem(i, column, cell)
        if rows:
            self.table.selectRow(0)
            self._show_text()  # also when row 0 was already selected (a new instruction)
        else:
            self.text.clear()
        self.responses_shown.emit()

    def _show_text(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected and selected[0].row() < len(self.responses):
            text = self.responses[selected[0].row()]["text"]
            apply_direction(self.text, direction_of(text))
            self.text.setPlainText(text)
        else:
            self.text.clear()
