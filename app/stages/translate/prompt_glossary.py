"""The prompt and the glossary of one language pair, edited on the Translate page.

Saving the prompt stores a new version (every translation records which version wrote
it); the glossary is a list of terms imported from a two-column CSV, of which the ones
that occur in an instruction are put into its prompt. Both are small single-row reads and
writes on the window's own connection, except the CSV import, which reads a file and runs
in the background.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shell import ops
from app.shell.numbers import day
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.base import job_button, row_of
from app.widgets.text_editor import apply_direction, direction_of


def _import_glossary(path: Path, csv_path: Path, source: str | None, target: str) -> Worker:
    return ops.write(path, "core.translate.glossary:import_csv", csv_path, source, target,
                     name="glossary import")


class PromptEditor(QGroupBox):
    """The pair's current prompt; Save stores the edited text as a new version."""

    saved = Signal(int)  # the version stored

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prompt"), parent)
        self.session = session
        self.pair: tuple[str, str] | None = None
        self.version = 0
        self.stored = ""
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Choose the languages to see their prompt."))
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.save_button = job_button(
            self, self.tr("Save as new version"), self.save,
            self.tr("Must contain {text}; may use {glossary}, {source_language} and {target_language}"))
        self.revert_button = job_button(self, self.tr("Revert"), self.revert,
                                        self.tr("Back to the stored prompt"))
        self.default_button = job_button(self, self.tr("Default"), self.use_default,
                                         self.tr("Start again from Handloom's default prompt"))
        buttons = row_of(self.info, self.default_button, self.revert_button,
                                   self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(self.editor, 1)
        column.addLayout(buttons)
        self.editor.textChanged.connect(self._edited)
        self._enable()

    def set_pair(self, source: str | None, target: str | None) -> None:
        """Show the current prompt of ``source`` -> ``target`` (nothing if either is None)."""
        project = self.session.project
        if project is None or not source or not target:
            self.pair = None
            self.setTitle(self.tr("Prompt"))
            self.editor.clear()
            self.info.setText(self.tr("Choose a model and the languages first.") if project else "")
            self._enable()
            return
        from core.translate import prompt

        editing = self.pair == (source, target) and self.editor.toPlainText() != self.stored
        self.pair = (source, target)
        template = prompt.current_template(project, source, target)
        self.version, self.stored = template.version, template.text
        self.setTitle(self.tr("Prompt for {0} → {1}").format(source, target))
        if not editing:  # a redraw after some job must not throw away unsaved changes
            self._show(template.text)
        if template.version == 0:
            self.info.setText(self.tr("Handloom's default prompt (saved as version 1 on first use)."))
        else:
            saved = day(template.created_at) if template.created_at else ""
            self.info.setText(
                self.tr("Version {0}, saved by {1} on {2}.").format(template.version, template.created_by, saved)
            )
        self._enable()

    def _show(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        apply_direction(self.editor, direction_of(text))
        self.editor.blockSignals(False)

    def _edited(self) -> None:
        self._enable()

    def _enable(self) -> None:
        changed = self.pair is not None and self.editor.toPlainText() != self.stored
        self.editor.setReadOnly(self.pair is None)
        self.save_button.setEnabled(changed or (self.pair is not None and self.version == 0))
        self.revert_button.setEnabled(changed)
        self.default_button.setEnabled(self.pair is not None)

    def save(self) -> None:
        """Store the text as the pair's next version; a prompt without {text} is refused."""
        project = self.session.project
        if project is None or self.pair is None:
            return
        from core.errors import HandloomError
        from core.translate import prompt

        try:
            template = prompt.save_template(project, *self.pair, self.editor.toPlainText())
        except HandloomError as e:
            self.session.error.emit(str(e))
            return
        self.set_pair(*self.pair)
        self.session.notice.emit(self.tr("Saved version {0} of the {1} prompt.").format(template.version, template.name))
        self.saved.emit(template.version)

    def revert(self) -> None:
        self._show(self.stored)
        self._enable()

    def use_default(self) -> None:
        if self.pair is not None:
            from core.translate import prompt

            self.editor.setPlainText(prompt.default_template(*self.pair))


class GlossaryPanel(QGroupBox):
    """The pair's terms (with terms kept for the target from any language)."""

    terms_shown = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Glossary"), parent)
        self.session = session
        self.source: str | None = None
        self.target: str | None = None
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Translation")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        self.import_button.setToolTip(
            self.tr("Two columns: the term, its translation (a header row is skipped)")
        )
        self.import_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.count = QLabel(self)
        buttons = row_of(self.count, self.import_button, self.remove_button)
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)

    def set_pair(self, source: str | None, target: str | None) -> None:
        self.source, self.target = source, target
        self.refresh()

    def refresh(self) -> None:
        project = self.session.project
        terms: list[Any] = []
        if project is not None and self.target:
            from core.translate import glossary

            terms = glossary.terms(project, self.source, self.target)
        self.table.setRowCount(len(terms))
        for row, term in enumerate(terms):
            for column, text in enumerate((term.source_term, term.target_term)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        where = f"{self.source or self.tr('any language')} → {self.target}" if self.target else ""
        self.count.setText(self.tr("%Ln term(s) for {0}.", None, len(terms)).format(where) if self.target else "")
        self.import_button.setEnabled(project is not None and bool(self.target))
        self.remove_button.setEnabled(bool(terms))
        self.terms_shown.emit(len(terms))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a glossary"), str(Path.home()), self.tr("Glossaries (*.csv *.tsv *.txt)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, csv_path: Path) -> Worker | None:
        """Read a two-column CSV into the pair's glossary, in the background."""
        path = self.session.path
        if path is None or not self.target:
            return None
        worker = _import_glossary(path, csv_path, self.source, self.target)
        worker.succeeded.connect(self._imported)
        return self.session.run(worker)

    def _imported(self, count: int) -> None:
        self.session.notice.emit(self.tr("Imported %Ln glossary term(s).", None, count))
        self.refresh()

    def remove_selected(self) -> None:
        project = self.session.project
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if project is None or not rows or not self.target:
            return
        from core.translate import glossary

        for row in rows:  # the term may be kept for this pair or for any source language
            term = self.table.item(row, 0).text()
            for source in {self.source, None}:
                glossary.remove_term(project, source, self.target, term)
        self.refresh()
