"""The push queue as a table: what waits to be uploaded, how often it was tried and why it
has not gone yet, with Retry now and Remove. The page runs what the buttons ask for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shell.error_words import push_reason
from app.shell.numbers import fill, moment
from app.stages.base import job_button, row_of
from app.widgets.record_table import record_table

COLUMNS = (QT_TRANSLATE_NOOP("PushQueueView", "What"), QT_TRANSLATE_NOOP("PushQueueView", "Hub repository"), QT_TRANSLATE_NOOP("PushQueueView", "State"), QT_TRANSLATE_NOOP("PushQueueView", "Attempts"), QT_TRANSLATE_NOOP("PushQueueView", "Last error, or where it went"), QT_TRANSLATE_NOOP("PushQueueView", "Queued"))
STATES = {"queued": QT_TRANSLATE_NOOP("PushQueueView", "waiting"), "done": QT_TRANSLATE_NOOP("PushQueueView", "published")}


def local_time(stamp: str) -> str:
    """An ISO time from the project (UTC) as this computer's local date and minute, written
    the interface language's way."""
    return moment(stamp)


def state_label(item: Any) -> str:
    """'waiting', 'waiting (private)', 'published'…"""
    label = QCoreApplication.translate("PushQueueView", STATES.get(item.state, item.state))
    return label + (QCoreApplication.translate("PushQueueView", " (private)") if item.private else "")


class PushQueueView(QWidget):
    """Every push of the project, newest last; hidden buttons are never needed."""

    retry_requested = Signal()
    remove_requested = Signal(str)  # the push's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        self.table = record_table(
            self, [self.tr(c) for c in COLUMNS], self.tr("Waiting to be pushed"), stretch=4)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.retry_button = job_button(self, self.tr("Retry now"), lambda: self.retry_requested.emit(),
                                       self.tr("Try every waiting push again"))
        self.remove_button = job_button(
            self, self.tr("Remove"), self._remove_clicked,
            self.tr("Take the selected push off the queue without sending it"))
        buttons = row_of(self.note, self.retry_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.enabled = True
        self.set_items([])

    def set_items(self, items: list[Any]) -> None:
        """Show ``items`` (core ``QueuedPush`` objects), keeping the selection if it stays."""
        chosen = self.selected_id()
        self.items = list(items)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            where = (
                item.pushed_url if item.state == "done"
                else (push_reason(item.last_error) if item.last_error else self.tr("not tried yet"))
            )
            values = (
                self.tr("Dataset") if item.kind == "dataset" else self.tr("Model"),
                item.repo_id,
                state_label(item),
                str(item.attempts),
                where or "",
                local_time(item.created_at),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
            if item.id == chosen:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        waiting = sum(1 for i in self.items if i.state != "done")
        if not self.items:
            self.note.setText(self.tr("Nothing has been published from this project yet."))
        elif waiting:
            self.note.setText(fill(self.tr("{0:,} waiting to be sent; nothing is lost while offline."), waiting))
        else:
            self.note.setText(self.tr("Everything queued has been published."))
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.items):
            return None
        return str(self.items[rows[0].row()].id)

    def set_enabled(self, enabled: bool) -> None:
        """Whether the buttons may run something now (not while another job runs)."""
        self.enabled = enabled
        self._update_buttons()

    def _update_buttons(self) -> None:
        waiting = any(i.state != "done" for i in self.items)
        self.retry_button.setEnabled(self.enabled and waiting)
        self.remove_button.setEnabled(self.enabled and self.selected_id() is not None)

    def _remove_clicked(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.remove_requested.emit(item_id)
