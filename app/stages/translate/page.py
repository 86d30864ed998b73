"""The Translate page: choose a model and a language pair, edit the pair's prompt and
glossary, run the resumable "translate" job while its outputs stream in, cancel or resume
it, and look through the translations and the flags the automatic checks raised."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget

from app.shell import fonts
from app.shell.i18n import code_label
from app.shell.job_controller import EndWords, record_result
from app.shell.numbers import fill, number
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.base import (
    Recount,
    one_above_other,
    side_by_side,
    side_column,
)
from app.stages.job_page import JobPage
from app.stages.translate import translate_ops
from app.stages.translate.prompt_glossary import GlossaryPanel, PromptEditor
from app.stages.translate.translate_form import TranslateForm
from app.stages.translate.translation_list import TranslationList
from app.widgets.stream_view import StreamView


class TranslatePage(JobPage):
    job_kind = "translate"
    translation_ended = Signal(str)  # "done", "cancelled" or "failed"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._restore = False  # show the newest translate job's settings once choices arrive

        self.form = TranslateForm(self)
        self.recount = Recount(self, self.count_pending)
        self.form.changed.connect(self.recount.soon)
        self.form.pair_changed.connect(self._pair_changed)
        self.pending = QLabel(self)
        self.pending.setWordWrap(True)
        self.run_controls(self.tr("Start"),
                          self.tr("Stop now; translations written stay, Resume continues"))
        # "still to translate" follows the job
        self.progress, self.status = self.progress_line(self.count_pending)
        self.progress.hide()  # until a run starts: idle, it looked like an empty text field

        scroll = side_column(
            self, self.form, self.pending, self.run_buttons, self.progress, self.status)

        self.prompt = PromptEditor(session, self)
        self.glossary = GlossaryPanel(session, self)
        self.setup_tabs = QTabWidget(self)
        self.setup_tabs.addTab(self.prompt, self.tr("Prompt"))
        self.setup_tabs.addTab(self.glossary, self.tr("Glossary"))
        self.stream_view = StreamView(self)
        self.stream_view.title_of = self._title_of
        self.translations = TranslationList(session, self)
        self.result_tabs = QTabWidget(self)
        self.result_tabs.addTab(self.translations, self.tr("Translations"))
        self.result_tabs.addTab(self.stream_view, self.tr("Being written"))
        right = one_above_other(self, self.setup_tabs, self.result_tabs, (260, 480))
        side_by_side(self, scroll, right)
        self.follow_jobs(self._update_buttons)

    # -- following the session ----------------------------------------------------------

    def shown(self) -> None:
        fonts.register_fonts()  # at once if start-up has not done it yet

    def project_opened(self) -> None:
        self._titles.clear()
        self.stream_view.clear()
        self.progress.reset()
        self.progress.hide()
        self.status.clear()
        self._restore = True
        self.data_changed()

    def data_changed(self) -> None:
        self.find_resumable()
        path = self.session.path
        if path is None:
            self.form.set_models([])
            self.pending.clear()
            self._pair_changed()
            return
        worker = translate_ops.load_choices(path)
        worker.succeeded.connect(self._choices_read)
        self.session.run(worker)

    def _choices_read(self, result: tuple[list[dict[str, Any]], dict[str, int], list[Any]]) -> None:
        models, sources, languages = result
        self.form.blockSignals(True)
        self.form.set_languages(languages)
        self.form.set_sources(sources)
        self.form.set_models(models)
        last = (
            translate_ops.newest_job(self.session.project)
            if self._restore and self.worker is None
            else None
        )
        if last is not None:
            self.form.set_config(last.config)
        self._restore = False
        self.form.blockSignals(False)
        self._pair_changed()

    def _pair_changed(self) -> None:
        source, target = self.form.prompt_source(), self.form.target_code()
        self.prompt.set_pair(source, target)
        self.glossary.set_pair(self.form.source_code(), target)
        self.translations.set_target(target)
        self.translations.refresh()
        self.count_pending()

    # -- what is still to translate -------------------------------------------------------

    def pending_counter(self, path: Path, config: dict[str, Any]) -> Worker | str:
        if not config["model"]:
            return self.tr("Register a model on the Models page first.")
        return translate_ops.count_pending(path, config) if config["target"] else ""

    def pending_words(self) -> tuple[str, str, str]:
        return (self.tr("There are no included originals in other languages to translate."),
                self.tr("All {0:,} chosen instructions are translated with this model."),
                self.tr("<b>{0:,}</b> of {1:,} instructions still to translate."))

    # -- running ------------------------------------------------------------------------

    def missing(self, config: dict[str, Any]) -> str:
        ready = config.get("model") and config.get("target")
        return "" if ready else self.tr("Choose a model and the language to translate into.")

    def job_starts(self, worker: Worker, config: dict[str, Any]) -> None:
        worker.streamed.connect(self.stream_view.add)
        self.stream_view.start(int(config.get("parallel") or 1))
        self.result_tabs.setCurrentWidget(self.stream_view)

    def job_words(self, config: dict[str, Any]) -> tuple[str, str | None]:
        return str(config["model"]), self.tr("Translating")

    def end_words(self) -> EndWords:
        return EndWords(
            done=self._written,
            failed=self.tr("Stopped by an error; Resume retries what is missing."),
            cancelled=self.tr("Cancelled; Resume continues where it stopped."))

    def _written(self, record: Any) -> str:
        r = record_result(record)
        flags = ", ".join(f"{code_label(k)} {number(v)}" for k, v in r.get("flags", {}).items())
        back = (fill(self.tr(", {0:,} back-translated"), r["back_translated"])
                if r.get("back_translated") else "")
        return self.tr("Wrote %Ln translation(s){0}; flags: {1}.", None, r.get("written", 0)
                       ).format(back, flags or self.tr("none"))

    def _ended(self, outcome: str) -> None:
        if outcome == "done":
            self.result_tabs.setCurrentWidget(self.translations)
        self.translation_ended.emit(outcome)

    # -- stopped runs -----------------------------------------------------------------------

    def resume_tip(self, record: Any) -> str:
        return self.tr("Continue translating into {0} with {1} ({2}{3})").format(
            record.config.get("target"), record.config.get("model"), code_label(record.state),
            self.stopped_at(record))

    def _title_of(self, key: str) -> str:
        """The first words of the original being translated (streams are keyed by its id)."""
        return self.instruction_title(key)
