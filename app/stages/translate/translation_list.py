"""The translations into one language with their flags, filtered by flag, and the chosen
one's source, machine output and current text side by side (each in its own direction)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shell import ops
from app.shell.i18n import code_label
from app.shell.numbers import fill, number
from app.shell.session import Session
from app.shell.worker import Worker
from app.widgets.text_editor import TextPane, direction_of

SHOWN = 500  # rows read at once; the review page walks through all of them
_COLUMNS = [QT_TRANSLATE_NOOP("TranslationList", "Source"), QT_TRANSLATE_NOOP("TranslationList", "Translation"), QT_TRANSLATE_NOOP("TranslationList", "Flags"), "chrF", QT_TRANSLATE_NOOP("TranslationList", "Edited")]


def _load(path: Path, target: str | None, flag: str | None) -> Worker:
    """(translations, flag counts) for the target language."""
    return ops.read(path, "core.translate.records:listing_and_flags", target, flag, SHOWN,
                    name="translations")


RLM = "\u200f"  # keeps a right-to-left cell's closing punctuation on its left


def _cell(text: str) -> QTableWidgetItem:
    """A one-line cell; right-to-left text right-aligned, its punctuation where it belongs."""
    first = text.strip().split("\n", 1)[0][:200]
    rtl = direction_of(text) == "rtl"
    item = QTableWidgetItem(f"{RLM}{first}{RLM}" if rtl else first)
    item.setToolTip(text[:1000])
    if rtl:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class TranslationList(QWidget):
    """``refresh()`` re-reads; ``shown`` tells how many rows are listed."""

    shown = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.target: str | None = None
        self.rows: list[dict[str, Any]] = []
        self._worker: Worker | None = None
        self.flag = QComboBox(self)
        self.flag.addItem(self.tr("every translation"), None)
        self.flag.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.flag)
        top.addWidget(self.summary, 1)

        self.table = QTableWidget(0, len(_COLUMNS), self)
        self.table.setAccessibleName(self.tr("Translations"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in _COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(self._row_chosen)

        self.source_view = TextPane(self)
        self.machine_view = TextPane(self)
        self.text_view = TextPane(self)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        panes = QWidget(self)
        grid = QGridLayout(panes)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (title, pane) in enumerate(
            (
                (self.tr("Source"), self.source_view),
                (self.tr("Machine translation"), self.machine_view),
                (self.tr("Current text"), self.text_view),
            )
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>", panes), 0, column)
            grid.addWidget(pane, 1, column)
        grid.addWidget(self.detail, 2, 0, 1, 3)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(panes)
        split.setSizes([300, 160])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(split, 1)

    def set_target(self, target: str | None) -> None:
        """List the translations into ``target`` (call ``refresh`` to read them)."""
        self.target = target

    def refresh(self) -> None:
        path = self.session.path
        if path is None:
            self._show(([], {}))
            return
        worker = _load(path, self.target, self.flag.currentData())
        self._worker = worker
        worker.succeeded.connect(self._loaded)
        self.session.run(worker)

    def _loaded(self, result: tuple[list[dict[str, Any]], dict[str, int]]) -> None:
        if self.sender() is self._worker:
            self._show(result)

    def _show(self, result: tuple[list[dict[str, Any]], dict[str, int]]) -> None:
        rows, counts = result
        self._fill_flags(counts)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            flags = ", ".join(row["flags"]) or "—"
            chrf = "" if row["chrf"] is None else f"{row['chrf']:.1f}"
            items = [
                _cell(row["source_text"]),
                _cell(row["text"]),
                QTableWidgetItem(flags),
                QTableWidgetItem(chrf),
                QTableWidgetItem("yes" if row["edited"] else ""),
            ]
            items[2].setToolTip("\n".join(f"{k}: {v}" for k, v in row["flags"].items()))
            for column, item in enumerate(items):
                self.table.setItem(i, column, item)
        more = self.tr(" (the first ones)") if len(rows) == SHOWN else ""
        flagged = sum(counts.values())
        self.summary.setText(
            fill(self.tr("%Ln translation(s){0}; flags raised: {1:,}.", None, len(rows)), more, flagged)
            if rows
            else self.tr("No translations yet.")
            if self.flag.currentData() is None
            else self.tr("No translation has this flag.")
        )
        if rows:
            self.table.setCurrentCell(0, 0)
        else:
            for pane in (self.source_view, self.machine_view, self.text_view):
                pane.show_text("")
            self.detail.clear()
        self.shown.emit(len(rows))

    def _fill_flags(self, counts: dict[str, int]) -> None:
        current = self.flag.currentData()
        self.flag.blockSignals(True)
        self.flag.clear()
        self.flag.addItem(self.tr("every translation"), None)
        self.flag.addItem(self.tr("with any flag"), "any")
        self.flag.addItem(self.tr("without flags"), "none")
        for name, n in counts.items():
            self.flag.addItem(f"{code_label(name)} ({number(n)})", name)
        found = self.flag.findData(current)
        if found < 0 and current:
            self.flag.addItem(f"{code_label(current)} ({number(0)})", current)
            found = self.flag.count() - 1
        self.flag.setCurrentIndex(max(found, 0))
        self.flag.blockSignals(False)

    def choose_flag(self, flag: str | None) -> None:
        found = self.flag.findData(flag)
        if found < 0:
            self.flag.addItem(str(flag), flag)
            found = self.flag.count() - 1
        self.flag.setCurrentIndex(found)

    def _row_chosen(self, row: int, *_: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        r = self.rows[row]
        self.source_view.show_text(r["source_text"], language=r["source_language"])
        self.machine_view.show_text(r["machine_text"], language=r["target_language"])
        self.text_view.show_text(r["text"], language=r["target_language"])
        parts = [f"{r['source_language']} → {r['target_language']} by {r['model']}"]
        parts += [f"{code_label(k)}: {v}" for k, v in r["flags"].items()]
        if r["back_translation"]:
            parts.append(f"back-translation (chrF {r['chrf']:.1f}): {r['back_translation']}")
        self.detail.setText(" · ".join(parts))
