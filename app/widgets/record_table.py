"""The read-only tables that list one record per row (models, training runs, pushes, the
leaderboard): set up in one place so they look and behave alike."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def record_table(
    parent: QWidget,
    headers: list[str],
    name: str = "",
    *,
    stretch: int | None = None,
    fit_contents: bool = True,
    select_rows: bool = True,
) -> QTableWidget:
    """A table with ``headers`` (translated by the caller), no row numbers and no editing.

    ``name`` is what a screen reader calls it; columns fit their contents
    (``fit_contents``) and column ``stretch`` takes the spare width; with ``select_rows``
    a click selects one whole row. Otherwise every column starts wide enough to show its
    header whole, in whatever language and font the window uses.
    """
    table = QTableWidget(0, len(headers), parent)
    if name:
        table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if select_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    if fit_contents:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        for column in range(len(headers)):
            needed = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(header.sectionSize(column), needed))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
