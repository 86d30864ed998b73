"""The Generate page: choose a model and its parameters, see how many responses are still
to write, run the "generate" job while its outputs stream in, pause (the job resumes where
it stopped), cancel or resume, and browse the results per instruction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QProgressBar, QVBoxLayout

from app import generate_ops, stopped_jobs
from app.batch_buttons import BatchButtons
from app.generate_form import GenerateForm
from app.i18n import code_label
from app.job_progress import ProgressLine
from app.numbers import fill
from app.pages.base import (
    Page,
    Recount,
    RunButtons,
    job_button,
    one_above_other,
    side_by_side,
    side_column,
)
from app.response_browser import ResponseBrowser
from app.server_table import ServerTable
from app.session import Session
from app.stream_view import StreamView
from app.worker import Worker


class GeneratePage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Generate")
    pending_shown = Signal(int, int)  # still to write, wanted
    generation_ended = Signal(str)  # "done", "paused", "cancelled" or "failed"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.worker: Worker | None = None
        self.stopping = ""  # "paused" or "cancelled" once the person asked
        self.resumable: Any = None  # the newest stopped generate job, offered for Resume
        self._titles: dict[str, str] = {}

        self.form = GenerateForm(self)
        self.recount = Recount(self, self.count_pending)
        self.form.changed.connect(self.recount.soon)
        self.pending = QLabel(self)
        self.pending.setWordWrap(True)

        self.start_button = job_button(self, self.tr("Start"), self.start)
        self.pause_button = job_button(
            self, self.tr("Pause"), self.pause,
            self.tr("Stop now; Resume continues where it stopped"))
        self.cancel_button = job_button(
            self, self.tr("Cancel"), self.cancel,
            self.tr("Stop and forget this run (responses written stay)"))
        self.resume_button = job_button(self, self.tr("Resume"), self.resume)
        self.run_buttons = RunButtons(
            self.start_button, self.cancel_button, self.resume_button, pause=self.pause_button)
        self.progress = QProgressBar(self)
        self.progress.hide()  # until a run starts
        self.rate = QLabel(self)
        self.rate.setWordWrap(True)
        self.line = ProgressLine(self.progress, self.rate)
        # "still to write" follows the responses as they are committed (a count at most
        # every couple of seconds, not one per response)
        self.line.on_commits(self.count_pending)
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
        self.resumable = self._find_resumable()
        self._update_buttons()
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

    def count_pending(self) -> None:
        self.recount.stop()
        path, config = self.session.path, self.form.config()
        if path is None or not config["model"]:
            self.pending.setText(self.tr("Register a model on the Models page first.") if path else "")
            return
        self.recount.run(generate_ops.pending(path, config), self._pending_counted,
                         self.pending.setText)

    def _pending_counted(self, counts: tuple[int, int]) -> None:
        todo, wanted = counts
        if wanted == 0:
            text = self.tr("There are no included instructions to answer with these settings.")
        elif todo == 0:
            text = fill(self.tr("All {0:,} responses with these settings are written."), wanted)
        else:
            text = fill(self.tr("<b>{0:,}</b> of {1:,} responses with these settings still to write."), todo, wanted)
        self.pending.setText(text)
        self.pending_shown.emit(todo, wanted)

    # -- running ------------------------------------------------------------------------

    def start(self) -> Worker | None:
        """Generate with the settings shown (continuing a stopped run with the same ones)."""
        return self._run(self.form.config())

    def resume(self) -> Worker | None:
        """Continue the stopped run offered for resuming, with its own settings."""
        if self.resumable is None:
            return None
        config = dict(self.resumable.config)
        self.form.set_config(config)
        return self._run(config)

    def pause(self) -> None:
        if self.worker is not None:
            self.stopping = "paused"
            self.worker.cancel()

    def cancel(self) -> None:
        if self.worker is not None:
            self.stopping = "cancelled"
            self.worker.cancel()

    def _run(self, config: dict[str, Any]) -> Worker | None:
        worker = self.start_job(
            "generate", config,
            missing="" if config.get("model") else self.tr("Choose a model to generate with."),
            streamed=self.stream_view.add,
            succeeded=self._succeeded, failed=self._failed, cancelled=self._cancelled,
            ended=self._ended)
        if worker is None:
            return None
        worker.machine.connect(self._machine)
        self.worker, self.stopping = worker, ""
        remote = (self.form.chosen_model() or {}).get("kind") == "remote"
        self.stream_view.start(config.get("concurrency") or 8 if remote else config["parallel"])
        self.servers.clear_servers()
        worker.servers.connect(self.servers.show_servers)
        self.line.follow(worker, model=str(config["model"]), doing=self.tr("Writing responses"))
        self.session.run_job(worker, "generate")
        self._update_buttons()
        return worker

    def _machine(self, state: str, detail: str) -> None:
        """Say when the job shares the CPUs with other work (the progress line says when it
        waits for another program's model job)."""
        self.shared.setToolTip(detail)
        self.shared.setVisible(state == "shared")

    def _succeeded(self, record: Any) -> None:
        r = record.result or {}
        self.rate.setText(
            fill(self.tr("Wrote {0:,} responses ({1:,} tokens, {2} tokens/s)."), r.get('written', 0), r.get('completion_tokens', 0), r.get('tokens_per_second', 0))
        )
        self.generation_ended.emit("done")

    def _failed(self, sentence: str) -> None:
        self.rate.setText(self.tr("Stopped by an error; Resume retries what is missing."))
        self.generation_ended.emit("failed")

    def _cancelled(self) -> None:
        paused = self.stopping != "cancelled"
        self.rate.setText(self.tr("Paused; Resume continues where it stopped.") if paused else self.tr("Cancelled."))
        self.generation_ended.emit("paused" if paused else "cancelled")

    def _ended(self) -> None:
        """Runs before the session reports the end, so a cancelled run is dismissed before
        the stopped-jobs panel looks for jobs to offer."""
        if self.stopping == "cancelled":
            record = self._find_resumable()
            if record is not None and self.session.project is not None:
                stopped_jobs.dismiss(self.session.project, record.id)
        self.worker, self.stopping = None, ""
        self._machine("alone", "")

    # -- stopped runs --------------------------------------------------------------------

    def _find_resumable(self) -> Any:
        project = self.session.project
        return stopped_jobs.newest(project, "generate") if project is not None else None

    def _update_buttons(self, *_: object) -> None:
        mine = self.worker is not None
        tip = ""
        if self.resumable is not None and not mine:
            r = self.resumable
            where = fill(self.tr(" at {0:,} of {1:,}"), r.done, r.total) if r.total else ""
            tip = self.tr("Continue generating with {0} ({1}{2})").format(r.config.get('model'), code_label(r.state), where)
        self.run_buttons.enable(self.session, mine, self.resumable is not None, tip)

    def _title_of(self, key: str) -> str:
        """'first words of the instruction · #sample' for a streamed sequence."""
        if key not in self._titles:
            instruction_id, _, sample = key.rpartition(":")
            project = self.session.project
            text = (
                project.scalar("SELECT text FROM instructions WHERE id = ?", [instruction_id])
                if project is not None
                else None
            )
            first = (text or key).strip().split("\n", 1)[0]
            first = first[:90] + ("…" if len(first) > 90 else "")
            self._titles[key] = f"{first}  · #{sample}" if sample.isdigit() else first
        return self._titles[key]
