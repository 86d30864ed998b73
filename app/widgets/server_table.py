"""Per-server figures of a job running on a pool of servers: one row per server.

Hidden until a job on servers reports (``Worker.servers``); it shows each server's state,
answers, tokens per second while busy, and errors (how many were tried again).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.shell.numbers import number

STATES = {
    "working": QT_TRANSLATE_NOOP("ServerTable", "working"),
    "idle": QT_TRANSLATE_NOOP("ServerTable", "idle"),
    "set aside": QT_TRANSLATE_NOOP("ServerTable", "set aside"),
    "stopped": QT_TRANSLATE_NOOP("ServerTable", "not used"),
}


class ServerTable(QTableWidget):
    """The servers of the running job and how each is doing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([self.tr("Server"), self.tr("State"), self.tr("Answers"),
                                        self.tr("Tokens/s"), self.tr("Errors (retried)")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAccessibleName(self.tr("Servers of the running job"))
        self.hide()

    def show_servers(self, servers: list[dict[str, Any]]) -> None:
        self.setRowCount(len(servers))
        for row, s in enumerate(servers):
            state = QCoreApplication.translate("ServerTable", STATES.get(s["state"], s["state"]))
            errors = f"{number(s['errors'])} ({number(s['retries'])})" if s["errors"] else "0"
            cells = [s["label"], state, f"{number(s['requests'])}", f"{number(s['tokens_per_second'], 1)}",
                     errors]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(s["endpoint"])
                elif column == 4 and s.get("last_error"):
                    item.setToolTip(s["last_error"])
                self.setItem(row, column, item)
        height = self.horizontalHeader().height() + sum(
            self.rowHeight(r) for r in range(self.rowCount())) + 4
        self.setFixedHeight(min(height, 180))
        self.show()

    def clear_servers(self) -> None:
        self.setRowCount(0)
        self.hide()
