"""The Curate page: every instruction in a lazy table with search and filters, the language
distribution, exclusion counts, and the filters that exclude (reversibly) what should go."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.shell import ops
from app.shell.i18n import code_label
from app.shell.job_controller import EndWords, JobController, record_result
from app.shell.numbers import fill, number
from app.shell.session import Session
from app.stages.base import Page, row_of, scroll_vertically
from app.stages.curate import relabel_ops
from app.stages.curate.bar_chart import BarChart, top_with_other
from app.stages.curate.curate_controls import REASONS, CurateControls
from app.stages.curate.instruction_detail import InstructionDetail
from app.stages.curate.language_dialog import LanguageDialog, choice_label
from app.widgets.instruction_model import InstructionTableModel, language_label
from app.widgets.instruction_table import InstructionTable
from core.store import instructions
from core.store.instructions import Filters

SEARCH_DELAY_MS = 200


def _combo(everything: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(everything, None)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    # At least as wide as its first choice, which it shows until one picks another ("Toutes
    # les langues" was cut to "Toutes les langue"): counted in the font's average character.
    metrics = combo.fontMetrics()
    needed = metrics.horizontalAdvance(everything) / max(1, metrics.horizontalAdvance("x"))
    combo.setMinimumContentsLength(max(11, math.ceil(needed)))
    combo.view().setMinimumWidth(260)  # the open list shows long labels in full
    return combo


def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Replace a filter combo's choices (label, value), keeping the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for label, value in items:
        combo.addItem(label, value)
    found = combo.findData(current)
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


class CuratePage(Page):
    start_here_with_data = True
    stats_shown = Signal()  # the counts and the language chart were redrawn

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        # Every Qt object here has a parent, so Qt (not Python's garbage collector, which may
        # run on a worker thread) decides when it is destroyed: on the GUI thread.
        self.model = InstructionTableModel(session.project, parent=self)
        self.stats: dict[str, Any] = {}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search instructions…"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search_timer.timeout.connect(self.apply_filters)
        self.language = _combo(self.tr("All languages"))
        self.status = _combo(self.tr("Any status"))
        self.status.addItem(self.tr("Included"), "included")
        self.status.addItem(self.tr("Excluded"), "excluded")
        self.certainty = _combo(self.tr("Any language label"))
        self.certainty.addItem(self.tr("Sure labels"), True)
        self.certainty.addItem(self.tr("Uncertain labels (xx?)"), False)
        self.certainty.setToolTip(
            self.tr("Rows whose language the identifiers were sure of, or not sure of")
        )
        self.source = _combo(self.tr("All sources"))
        self.reason = _combo(self.tr("Any reason"))
        for reason in REASONS:
            self.reason.addItem(code_label(reason), reason)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.shown_count = QLabel()
        self.set_language_button = QPushButton(self.tr("Set language…"))
        self.set_language_button.setToolTip(
            self.tr("Set the language of the selected instructions by hand (Ctrl+Shift+L)")
        )
        self.set_language_button.setEnabled(False)
        self.set_language_button.clicked.connect(self.ask_language)
        self.language_dialog: LanguageDialog | None = None
        self._language_choices: list[tuple[str, str, str]] = []
        self._choices_worker: Any = None

        # Two rows: five filters, a count and a button in one row widened the window in
        # Spanish and French (the second row goes above the table, below).
        bar = row_of(self.search, self.language, self.certainty, self.status)
        second = QHBoxLayout()
        for widget in (self.source, self.reason):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.shown_count)
        second.addWidget(self.set_language_button)

        self.table = InstructionTable()
        self.table.setModel(self.model)
        # Several rows at once (Shift, Ctrl), to set their language together.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().currentRowChanged.connect(self._select)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        set_language = QAction(self.tr("Set language…"), self.table)
        set_language.setShortcut(QKeySequence("Ctrl+Shift+L"))
        set_language.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        set_language.triggered.connect(self.ask_language)
        self.table.addAction(set_language)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.detail = InstructionDetail()
        listed = QWidget()  # the second row of filters sits above the table, beside the
        rows = QVBoxLayout(listed)  # filter column, so that column keeps its height
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(second)
        rows.addWidget(self.table, 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(listed)
        left.addWidget(self.detail)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)

        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.chart = BarChart()
        self.chart.clicked.connect(self._filter_language)
        self.exclusions = QListWidget()
        self.exclusions.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.exclusions.itemClicked.connect(self._filter_reason)
        self.controls = CurateControls()
        self.controls.run_requested.connect(self.run_curation)
        self.job = JobController(session, self, line=self.controls.line,
                                 running=self.controls.set_running)
        self.controls.cancel_requested.connect(self.job.cancel)

        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(self.totals)
        column.addWidget(QLabel(self.tr("<b>Languages</b>")))
        column.addWidget(self.chart)
        column.addWidget(QLabel(self.tr("<b>Excluded, by reason</b>")))
        column.addWidget(self.exclusions)
        column.addWidget(self.controls)
        column.addStretch(1)
        scroll = scroll_vertically(side)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        session.job_started.connect(self._job_started)
        session.job_finished.connect(self._job_finished)
        self._show_count()

    # -- following the session --------------------------------------------------------

    def project_opened(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.model.set_project(self.session.project)
        self.detail.clear()
        self._show_count()
        self.load_stats()
        self._language_choices = []
        self._selection_changed()

    def data_changed(self) -> None:
        if self.model.project is not self.session.project:
            self.model.set_project(self.session.project)
        else:
            self.model.refresh()
        self._show_count()
        self.load_stats()

    # -- filtering --------------------------------------------------------------------

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.language, self.certainty, self.status, self.source, self.reason)

    def filters(self) -> Filters:
        return Filters(
            status=self.status.currentData(),
            language=self.language.currentData(),
            language_sure=self.certainty.currentData(),
            source=self.source.currentData(),
            reason=self.reason.currentData(),
            search=self.search.text().strip() or None,
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.model.set_filters(self.filters())
        self.detail.clear()
        self._show_count()

    def _show_count(self) -> None:
        total = self.stats.get("instructions")
        shown = self.model.rowCount()
        self.shown_count.setText(
            fill(self.tr("{0:,} of {1:,}"), shown, total)
            if total is not None and shown != total
            else self.tr("%Ln instruction(s)", None, shown)
        )

    def _filter_language(self, code: str) -> None:
        self.language.setCurrentIndex(max(self.language.findData(code), 0))

    def _filter_reason(self, item: QListWidgetItem) -> None:
        self.reason.setCurrentIndex(
            max(self.reason.findData(item.data(Qt.ItemDataRole.UserRole)), 0)
        )

    def _select(self, current: QModelIndex, _previous: QModelIndex) -> None:
        project = self.session.project
        row = self.model.row(current.row()) if current.isValid() else None
        if project is None or row is None:
            self.detail.clear()
            return
        self.detail.show_instruction(instructions.get(project, row["id"]),
                                     instructions.exclusions(project, row["id"]))

    # -- a person's language label --------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.row(r) for r in rows)
        return [row["id"] for row in found if row is not None]

    def _selection_changed(self, *_args: Any) -> None:
        selected = self.table.selectionModel().hasSelection()
        self.set_language_button.setEnabled(selected and self.session.path is not None)

    def ask_language(self) -> None:
        """Open the language picker for the selected rows (choices load in the background)."""
        ids = self.selected_ids()
        path = self.session.path
        if not ids or path is None:
            return
        dialog = LanguageDialog(self._language_choices, len(ids), self)
        dialog.accepted.connect(lambda: self._relabel(ids, dialog.code()))
        self.language_dialog = dialog
        if not self._language_choices:
            worker = relabel_ops.load_language_choices(path)
            self._choices_worker = worker
            worker.succeeded.connect(self._choices_loaded)
            self.session.run(worker)
        dialog.open()

    def _choices_loaded(self, choices: list[tuple[str, str, str]]) -> None:
        if self.sender() is not self._choices_worker:
            return
        self._language_choices = choices
        dialog = self.language_dialog
        if dialog is not None and dialog.isVisible() and dialog.picker.count() == 0:
            typed = dialog.picker.currentText()
            for choice in choices:
                dialog.picker.addItem(choice_label(choice), choice[0])
            dialog.picker.setCurrentIndex(-1)
            dialog.picker.setEditText(typed)

    def _relabel(self, ids: list[str], code: str | None) -> None:
        path = self.session.path
        if path is None or not code or not self.job.can_start():  # one writer at a time
            return
        worker = relabel_ops.relabel(path, ids, code)
        self.job.run(worker, "relabel", EndWords(done=lambda n: fill(
            self.tr("Set the language of {0:,} instruction(s) to {1}."), n, code)))

    # -- statistics (off the GUI thread: a million rows take a moment to count) ---------

    def load_stats(self) -> None:
        path = self.session.path
        if path is None:
            self.show_stats({})
            return
        self.read("stats", ops.load_stats(path), self.show_stats)

    def show_stats(self, stats: dict[str, Any]) -> None:
        self.stats = stats
        by_language: dict[str, int] = stats.get("by_language", {})
        names = {code: language_label(code) for code in list(by_language)[:200]}
        self.chart.set_bars(top_with_other(by_language), names)
        _refill(
            self.language,
            [
                (f"{code} – {names.get(code, code)} ({number(n)})", code)
                for code, n in by_language.items()
            ],
        )
        _refill(
            self.source,
            [(f"{name} ({number(n)})", name) for name, n in stats.get("by_source", {}).items()],
        )
        self.exclusions.clear()
        for reason, n in stats.get("excluded_by_reason", {}).items():
            item = QListWidgetItem(f"{code_label(reason)}: {number(n)}")
            item.setData(Qt.ItemDataRole.UserRole, reason)
            self.exclusions.addItem(item)
        if not stats.get("excluded_by_reason") and stats:
            self.exclusions.addItem(self.tr("Nothing is excluded yet."))
        total = stats.get("instructions", 0)
        included = stats.get("included", 0)
        totals = fill(self.tr("<b>{0:,}</b> instructions, <b>{1:,}</b> included, {2:,} excluded, in {3:,} languages"), total, included, total - included, len(by_language))
        uncertain = stats.get("language_uncertain", 0)
        if uncertain:
            totals += "; " + fill(self.tr("{0:,} with an uncertain language label (xx?)"), uncertain)
        self.totals.setText(totals if stats else "")
        self._show_count()
        self.stats_shown.emit()

    # -- curating ---------------------------------------------------------------------

    def run_curation(self, config: dict[str, Any]) -> None:
        if not self.job.can_start():
            return
        assert self.session.path is not None
        worker = ops.run_job(self.session.path, "curate", config)
        self.job.run(worker, "curate", EndWords(done=self._curated))  # each step in turn

    def _curated(self, record: Any) -> str:
        result = record_result(record)
        parts = [self.tr("%Ln instruction(s) included", None, result.get("included", 0))]
        parts += [
            fill(self.tr("{0:,} excluded as {1}"), n, code_label(r))
            for r, n in sorted((result.get("excluded_by_reason") or {}).items())
        ]
        return self.tr("Curation finished: {0}.").format("; ".join(parts))

    def _job_started(self, _kind: str) -> None:
        self.controls.run_button.setEnabled(False)
        self.controls.lift_button.setEnabled(False)

    def _job_finished(self, _kind: str, _record: Any) -> None:
        self.controls.run_button.setEnabled(True)
        self.controls.lift_button.setEnabled(True)
