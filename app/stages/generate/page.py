"""The Generate page: choose a model and its parameters, see how many responses are still
to write, run the "generate" job while its outputs stream in, pause (the job resumes where
it stopped), cancel or resume, and browse the results per instruction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from app.shell.i18n import code_label
from app.shell.job_controller import EndWords, record_result
from app.shell.numbers import fill
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.base import (
    Recount,
    one_above_other,
    side_by_side,
    side_column,
)
from app.stages.generate import generate_ops
from app.stages.generate.generate_form import GenerateForm
from app.stages.generate.response_browser import ResponseBrowser
from app.stages.job_page import JobPage
from app.widgets.batch_buttons import BatchButtons
from app.widgets.server_table import ServerTable
from app.widgets.stream_view import StreamView


class GeneratePage(JobPage):
    job_kind = "generate"
    generation_ended = Signal(str)  # "done", "paused", "cancelled" or "failed"

    def __init__(self, session: Session) -> None:
        super().__init__(session)

        self.form = GenerateForm(self)
        self.recount = Recount(self, self.count_pending)
        self.form.changed.connect(self.recount.soon)
        self.pending = QLabel(self)
        self.pending.setWordWrap(True)

        self.run_controls(
            self.tr("Start"), self.tr("Stop and forget this run (responses written stay)"),
            pause_tip=self.tr("Stop now; Resume continues where it stopped"))
        # "still to write" follows the responses as they are committed
        self.progress, self.rate = self.progress_line(self.count_pending, dismiss_cancelled=True)
        self.progress.hide()  # until a run starts
        self.servers = ServerTable(self)
        self.batch = BatchButtons(session, "generate", self.form.config, self)
        self.shared = QLabel(self.tr("The CPUs are shared with other programs, so generation "
                                     "is slower until they finish."), self)
        self.shared.setWordWrap(True)
        self.shared.hide()

        scroll = side_column(
            self, self.form, self.pending, self.run_buttons, self.progress, self.rate,
            self.shared, self.servers, self.batch)

        self.stream_view = StreamView(self)
        self.stream_view.title_of = self._title_of
        writing = QGroupBox(self.tr("Being written"), self)
        QVBoxLayout(writing).addWidget(self.stream_view)
        self.browser = ResponseBrowser(session, self)
        results = QGroupBox(self.tr("Responses by instruction"), self)
        QVBoxLayout(results).addWidget(self.browser)
        side_by_side(self, scroll, one_above_other(self, writing, results, (260, 440)))
        self.follow_jobs(self._update_buttons)

    # -- following the session --------------------------------------------------------

    def project_opened(self) -> None:
        self._titles.clear()
        self.stream_view.clear()
        self.progress.reset()
        self.progress.hide()
        self.rate.clear()
        self.servers.clear_servers()
        self.browser.search.clear()
        self.data_changed()

    def data_changed(self) -> None:
        path = self.session.path
        self.find_resumable()
        if path is None:
            self.form.set_models([])
            self.pending.clear()
            self.browser.show_instructions([])
            return
        worker = generate_ops.choices(path)
        worker.succeeded.connect(self._choices_read)
        self.session.run(worker)
        self.browser.refresh()

    def _choices_read(self, result: tuple[list[dict[str, Any]], dict[str, int]]) -> None:
        models, languages = result
        self.form.set_models(models)
        self.form.set_languages(languages)
        self.count_pending()

    # -- what is still to write ---------------------------------------------------------

    def pending_counter(self, path: Path, config: dict[str, Any]) -> Worker | str:
        if not config["model"]:
            return self.tr("Register a model on the Models page first.")
        return generate_ops.pending(path, config)

    def pending_words(self) -> tuple[str, str, str]:
        return (self.tr("There are no included instructions to answer with these settings."),
                self.tr("All {0:,} responses with these settings are written."),
                self.tr("<b>{0:,}</b> of {1:,} responses with these settings still to write."))

    # -- running ------------------------------------------------------------------------

    def missing(self, config: dict[str, Any]) -> str:
        return "" if config.get("model") else self.tr("Choose a model to generate with.")

    def job_starts(self, worker: Worker, config: dict[str, Any]) -> None:
        worker.streamed.connect(self.stream_view.add)
        worker.machine.connect(self._machine)
        remote = (self.form.model.chosen() or {}).get("kind") == "remote"
        self.stream_view.start(config.get("concurrency") or 8 if remote else config["parallel"])
        self.servers.clear_servers()
        worker.servers.connect(self.servers.show_servers)

    def job_words(self, config: dict[str, Any]) -> tuple[str, str | None]:
        return str(config["model"]), self.tr("Writing responses")

    def end_words(self) -> EndWords:
        return EndWords(
            done=lambda record: fill(
                self.tr("Wrote {0:,} responses ({1:,} tokens, {2} tokens/s)."),
                record_result(record).get("written", 0),
                record_result(record).get("completion_tokens", 0),
                record_result(record).get("tokens_per_second", 0)),
            failed=self.tr("Stopped by an error; Resume retries what is missing."),
            paused=self.tr("Paused; Resume continues where it stopped."),
            cancelled=self.tr("Cancelled."))

    def _machine(self, state: str, detail: str) -> None:
        """Say when the job shares the CPUs with other work (the progress line says when it
        waits for another program's model job)."""
        self.shared.setToolTip(detail)
        self.shared.setVisible(state == "shared")

    def _ended(self, outcome: str) -> None:
        self._machine("alone", "")
        self.generation_ended.emit(outcome)

    def resume_tip(self, record: Any) -> str:
        return self.tr("Continue generating with {0} ({1}{2})").format(
            record.config.get("model"), code_label(record.state), self.stopped_at(record))

    def _title_of(self, key: str) -> str:
        """'first words of the instruction · #sample' for a streamed sequence."""
        instruction_id, _, sample = key.rpartition(":")
        first = self.instruction_title(instruction_id or key)
        return f"{first}  · #{sample}" if sample.isdigit() else first
