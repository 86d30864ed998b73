"""The Import page: choose or drop files (or name a Hub dataset), check the preview and the
guessed columns, say the licence, and run the "import" job with progress and Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from app.shell import ops
from app.shell.job_controller import EndWords, JobController, record_result
from app.shell.job_progress import ProgressLine
from app.shell.session import Session
from app.stages.base import Page
from app.stages.import_.import_files import FileChooser
from app.stages.import_.import_preview import MappingEditor, PreviewModel
from app.widgets.instruction_table import DirectionalDelegate
from core.ingest.config import import_config


def describe_import(result: dict[str, Any]) -> str:
    """The summary shown when an import ends: rows per file and skipped line numbers."""
    lines = []
    for f in result.get("files", []):
        imported = f["imported"]  # a plain name: PySide6 6.11's lupdate skips f["imported"]
        line = QCoreApplication.translate(
            "import_page", "{0}: %Ln instruction(s) imported ({1})", None, imported
        ).format(Path(f["file"]).name, f["format"])
        skipped = f.get("skipped_lines") or []
        if skipped:
            shown = ", ".join(str(n) for n in skipped[:20]) + ("…" if len(skipped) > 20 else "")
            bad = len(skipped)
            line += QCoreApplication.translate(
                "import_page", "; skipped %Ln bad line(s): {0}", None, bad).format(shown)
        lines.append(line + ".")
    return "\n".join(lines) or QCoreApplication.translate("import_page", "Nothing was imported.")


class ImportPage(Page):
    preview_ready = Signal()  # a preview was shown (or could not be read)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setAcceptDrops(True)
        self.preview_model = PreviewModel(self)
        self.preview_worker: Any = None

        self.chooser = FileChooser()
        self.chooser.shown_changed.connect(self.refresh_preview)
        self.chooser.files_changed.connect(self._files_changed)

        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setItemDelegate(DirectionalDelegate(self.preview_table))
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().setDefaultSectionSize(
            self.preview_table.fontMetrics().height() + 8
        )
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_table)
        preview_layout.addWidget(self.preview_note)

        self.mapping = MappingEditor()
        self.mapping.changed.connect(
            lambda: self.preview_model.mark_instruction(self.mapping.column("instruction"))
        )
        self.licence = QLineEdit()
        self.licence.setPlaceholderText(self.tr("e.g. CC-BY-4.0, or who allowed its use"))
        self.language = QLineEdit()
        self.language.setPlaceholderText(self.tr("detect per row"))
        self.skip_bad = QCheckBox(self.tr("Skip bad rows (and list their lines)"))
        self.again = QCheckBox(self.tr("Import even if imported before"))
        options = QGroupBox(self.tr("Columns and options"))
        QVBoxLayout(options).addWidget(self.mapping)
        form = self.mapping.form
        form.addRow(self.tr("Licence of the data"), self.licence)
        form.addRow(self.tr("Language of every row"), self.language)
        form.addRow(self.skip_bad)
        form.addRow(self.again)

        middle = QSplitter()
        middle.addWidget(preview_box)
        middle.addWidget(options)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 1)
        middle.setSizes([800, 360])

        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.progress = QProgressBar()
        self.progress.hide()
        self.line = ProgressLine(self.progress)  # rows read: the count, rate and time left
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        run_row = QHBoxLayout()
        run_row.addWidget(self.import_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)
        run_row.addStretch(0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.job = JobController(session, self, line=self.line, say=self.summary.setText)
        self.cancel_button.clicked.connect(self.job.cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(middle, 1)
        layout.addLayout(run_row)
        layout.addWidget(self.summary)
        self.follow_jobs(self._update_buttons)
        self.refresh_preview()

    # -- choosing files ---------------------------------------------------------------

    def add_files(self, paths: list[str | Path]) -> None:
        """Add files (absolute paths) or Hub dataset names to the import and preview them."""
        self.chooser.add_files(paths)

    def _files_changed(self) -> None:
        self.summary.clear()
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files([str(Path(p).resolve()) for p in paths if p])
        event.acceptProposedAction()

    # -- preview (in the worker: a Parquet or Hub preview imports pyarrow or datasets) --

    def refresh_preview(self) -> None:
        self.preview_worker = None
        location = self.chooser.current()
        self.preview_model.clear()
        self.mapping.clear()
        self.preview_note.clear()
        if location is None:
            self.preview_note.setText(self.tr("Choose or drop a file to see its first rows here."))
            return
        self.preview_note.setText(self.tr("Reading the first rows…"))
        worker = ops.preview_file(location, self.chooser.chosen_format())
        worker.succeeded.connect(self._preview_read)
        worker.failed.connect(self._preview_failed)
        worker.finished.connect(self._preview_ended)
        self.preview_worker = worker
        self.session.run(worker)

    # Only the newest preview counts: an older one may finish after the person moved on.

    def _preview_read(self, preview: Any) -> None:
        if self.sender() is self.preview_worker:
            self.show_preview(preview)

    def _preview_failed(self, _sentence: str) -> None:
        if self.sender() is self.preview_worker:
            self.preview_note.setText(self.tr("This file cannot be previewed (see above)."))

    def _preview_ended(self) -> None:
        if self.sender() is self.preview_worker:
            self.preview_ready.emit()

    def show_preview(self, preview: Any) -> None:
        self.preview_model.set_preview(preview.columns, preview.rows)
        self.mapping.set_mapping(preview.mapping, preview.columns)
        self.preview_model.mark_instruction(self.mapping.column("instruction"))
        self.preview_table.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            self.preview_table.setColumnWidth(
                column, min(self.preview_table.columnWidth(column), 360)
            )
        note = self.tr("The first {0} rows, read as {1}.").format(len(preview.rows), preview.format)
        if preview.bad_rows:
            lines = ", ".join(str(n) for n in preview.bad_rows[:10])
            which = self.tr("Line(s)", None, len(preview.bad_rows))
            note += self.tr(" {0} {1} could not be read; tick “Skip bad rows” to import the rest.").format(which, lines)
        self.preview_note.setText(note)

    # -- importing --------------------------------------------------------------------

    def config(self) -> dict[str, Any]:
        """The import job's config for the chosen files and options."""
        return import_config(
            self.chooser.locations(),
            format=self.chooser.chosen_format(),
            columns=self.mapping.overrides(),
            language=self.language.text().strip() or None,
            licence=self.licence.text().strip() or None,
            skip_bad_rows=self.skip_bad.isChecked(),
            again=self.again.isChecked(),
        )

    def start_import(self) -> None:
        if not self.chooser.locations() or not self.job.can_start():
            return
        assert self.session.path is not None
        worker = ops.run_job(self.session.path, "import", self.config())
        self.summary.setText("")
        self.job.run(worker, "import", EndWords(
            done=self._imported,
            cancelled=self.tr("Import cancelled; Resume (above) continues it."),
            failed=self.tr("The import stopped (see the message above).")))

    def _imported(self, record: Any) -> str:
        self.chooser.clear()
        return describe_import(record_result(record))

    def _update_buttons(self, *_: object) -> None:
        busy = self.session.busy
        self.import_button.setEnabled(
            not busy and bool(self.chooser.locations()) and self.session.project is not None
        )
        self.progress.setVisible(busy and self.session.job is not None and self._own_job())
        self.cancel_button.setVisible(self.progress.isVisible())

    def _own_job(self) -> bool:
        return self.session.job_kind == "import"

    def project_opened(self) -> None:
        self.summary.clear()
        self._update_buttons()
