"""The Train page: choose a preset, a base model and the data, start a fine-tuning run, watch
its loss fall live, cancel it (a checkpoint is kept, Resume continues), and try the tuned
model on the Generate page. The run is the ``train`` job in a training subprocess; its
events reach this page through the worker's stream, so the GUI thread never waits on it."""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout

from app.shell.job_controller import EndWords, JobController, record_result
from app.shell.numbers import number
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.base import (
    Recount,
    side_by_side,
    side_column,
)
from app.stages.job_page import JobPage
from app.stages.train import train_ops
from app.stages.train.fine_tune_changes import FineTuneChanges, measured_run
from app.stages.train.loss_chart import LossChart
from app.stages.train.run_elsewhere import RunElsewhere
from app.stages.train.train_form import TrainForm
from app.stages.train.train_status import TrainStatus
from app.stages.train.training_runs import TrainingRuns


class TrainPage(JobPage):
    job_kind = "train"
    rows_counted = Signal(int, int)  # conversations to train on, held out
    loss_added = Signal(int, float)  # step, training loss
    runs_shown = Signal(int)  # how many past runs are listed
    training_ended = Signal(str)  # "done", "cancelled" or "failed"
    measuring_ended = Signal(str)  # "done", "cancelled" or "failed"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.reports: dict[str, Any] = {}  # the stored report of each finished run, by id
        self.training_id: str | None = None  # the run this page started, once it is known
        self.taken: set[str] = set()  # model and run names already used
        self.suggested = ""
        self._charted: str | None = None  # the past run whose points the chart shows

        self.form = TrainForm(self)
        self.recount = Recount(self, self.count_rows)
        self.form.data_changed.connect(self.recount.soon)
        self.count = QLabel(self)
        self.count.setWordWrap(True)

        self.run_controls(self.tr("Start training"), self.tr(
            "Stop after the current step; a checkpoint is kept and Resume continues from it"))
        self.state = TrainStatus(self)
        self.elsewhere = RunElsewhere(session, self.form.config, self)
        scroll = side_column(self, self.form, self.elsewhere,
                             pinned=(self.count, self.state, self.run_buttons))

        self.chart = LossChart(self)
        curve = QGroupBox(self.tr("Loss"), self)
        QVBoxLayout(curve).addWidget(self.chart)
        self.runs = TrainingRuns(self)
        self.runs.chosen.connect(self._run_chosen)
        self.runs.try_it.connect(self.try_model)
        self.job = JobController(session, self, say=self.state.say)
        self.job.ended.connect(self._ended)
        self.changes = FineTuneChanges(self)
        self.changes.measure.connect(self.measure)
        # measuring what a run changed: its own line; Cancel is silent, the figures measured
        # so far stay
        self.measure_job = JobController(session, self, line=self.changes.progress,
                                         running=self._measuring)
        self.measure_job.ended.connect(self.measuring_ended)
        self.changes.cancel.connect(self.measure_job.cancel)
        main = QSplitter(Qt.Orientation.Vertical, self)
        for part in (curve, self.runs, self.changes):
            main.addWidget(part)
        main.setSizes([240, 170, 320])
        side_by_side(self, scroll, main)
        self.follow_jobs(self._update_buttons)

    # -- following the session --------------------------------------------------------

    def project_opened(self) -> None:
        self.training_id = self._charted = None
        self.chart.clear()
        self.state.clear()
        self.form.name.clear()
        self.suggested = ""
        self.data_changed()

    def data_changed(self) -> None:
        path = self.session.path
        self.find_resumable()
        if path is None:
            self.reports = {}
            self.form.set_models([])
            self.changes.set_judges([])
            self.runs.show_runs([])
            self.count.clear()
            return
        worker = train_ops.overview(path)
        worker.succeeded.connect(self._overview_read)
        self.session.run(worker)

    def _overview_read(self, result: tuple[list[dict[str, Any]], list[dict[str, Any]],
                                           dict[str, Any]]) -> None:
        models, runs, self.reports = result
        self.form.set_models(models)
        self.changes.set_judges([m["name"] for m in models])
        self.taken = {m["name"] for m in models} | {r["name"] for r in runs}
        self._suggest_name()
        self.runs.show_runs(runs, self.training_id)
        if self.worker is None:
            self.training_id = None  # selected once; afterwards the person's choice stands
        self.runs_shown.emit(len(runs))
        self.count_rows()

    def _suggest_name(self) -> None:
        """Offer "<base>-tuned" (numbered if taken) unless the person typed a name."""
        current = self.form.name.text().strip()
        if current and current != self.suggested and current not in self.taken:
            return
        base = (self.form.chosen_base() or {}).get("name") or "model"
        name, n = f"{base}-tuned", 2
        while name in self.taken:
            name, n = f"{base}-tuned-{n}", n + 1
        self.suggested = name
        self.form.name.setText(name)

    # -- the rows a run will use --------------------------------------------------------

    def count_rows(self) -> None:
        self.recount.stop()
        if self.session.path is None:
            return
        self.recount.run(train_ops.count_rows(self.session.path, self.form.filters()),
                         self._rows_counted, self.count.setText)

    def _rows_counted(self, summary: dict[str, Any]) -> None:
        train, held = summary["train"], summary["eval"]
        if train == 0:
            text = self.tr("No chosen pairs to train on yet: select the best responses on the "
                           "Judge page or accept them on the Review page.")
        else:
            text = self.tr("<b>{0}</b> conversations to train on, {1} held out "
                           "({2} with a second turn).").format(
                f"{number(train)}", f"{number(held)}", f"{number(summary['two_turn'])}")
            kept_out = summary.get("left_out", {}).get("in an evaluation set")
            if kept_out:
                text += " " + self.tr("{0} in evaluation sets are kept out.").format(
                    f"{number(kept_out)}")
        self.count.setText(text)
        self.rows_counted.emit(train, held)

    # -- running ------------------------------------------------------------------------

    def resume(self) -> Worker | None:
        """Continue the stopped run offered for resuming, from its last checkpoint."""
        return self._run(dict(self.resumable.config)) if self.resumable is not None else None

    @property
    def measuring(self) -> Worker | None:
        """The worker measuring what a run changed, while it runs."""
        return self.measure_job.worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.job.cancel()
            self.state.say(self.tr("Stopping after this step and saving a checkpoint…"))

    def missing(self, config: dict[str, Any]) -> str:
        return "" if config.get("base") else self.tr("Choose a base model to train.")

    def job_starts(self, worker: Worker, config: dict[str, Any]) -> None:
        worker.streamed.connect(self._streamed)
        worker.progressed.connect(self._progressed)
        self.training_id = None
        self.chart.clear()
        self.state.begin()

    def end_words(self) -> EndWords:
        return EndWords(
            done=self._trained,
            failed=self.tr("Stopped by an error; Resume continues from the last checkpoint."),
            cancelled=self.tr("Cancelled; Resume continues from the last checkpoint."))

    def _streamed(self, batch: dict[str, str]) -> None:
        for line in batch.get("events", "").splitlines():
            try:
                event = json.loads(line)
            except ValueError:
                continue
            self._event(event)

    def _event(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        self.state.follow(event)
        if kind == "training":
            self.training_id = event["id"]
            if event.get("resumed") and self.session.path is not None:
                worker = train_ops.run_metrics(self.session.path, event["id"])
                worker.succeeded.connect(partial(self._earlier_points, event["id"]))
                self.session.run(worker)
        elif kind == "start":
            self.chart.set_total(int(event.get("total_steps") or 0))
        elif kind == "step":
            self.chart.set_total(int(event.get("total_steps") or 0))
            self.chart.add_loss(int(event["step"]), event.get("loss"))
            if event.get("loss") is not None:
                self.loss_added.emit(int(event["step"]), float(event["loss"]))
        elif kind == "eval":
            self.chart.add_eval(int(event["step"]), event.get("eval_loss"))

    def _earlier_points(self, training_id: str, rows: list[dict[str, Any]]) -> None:
        """A resumed run: draw what it recorded before, under what arrived since."""
        if training_id == self.training_id:
            later = (self.chart.train_points, self.chart.eval_points)
            self.chart.set_points(rows)
            for step, value in later[0]:
                self.chart.add_loss(step, value)
            for step, value in later[1]:
                self.chart.add_eval(step, value)

    def _progressed(self, done: int, total: int, message: str) -> None:
        if total == 0 and message:  # preparation: choosing rows, loading the base
            self.state.say(message)

    def _trained(self, record: Any) -> str:
        self.state.finished(record_result(record))  # its own lines say what the run made
        return ""

    def _ended(self, outcome: str) -> None:
        self.state.ended()
        self.training_ended.emit(outcome)

    def resume_tip(self, record: Any) -> str:
        return self.tr("Continue training {0} ({1})").format(record.config.get("name"),
                                                             record.state)

    def _update_buttons(self, *_: object) -> None:
        super()._update_buttons()
        self.runs.enable_try(self.worker is None)
        self.changes.enable(self.job.idle, self.measuring is not None)

    # -- past runs ----------------------------------------------------------------------

    def _run_chosen(self) -> None:
        """Draw the chosen past run's curve (while no run is training)."""
        run = self.runs.chosen_run()
        self.runs.enable_try(self.worker is None)
        self._show_changes()
        if run is None or self.worker is not None or self.session.path is None:
            return
        if run["id"] != self._charted:
            self._charted = run["id"]
            worker = train_ops.run_metrics(self.session.path, run["id"])
            worker.succeeded.connect(partial(self._past_points, run["id"]))
            self.session.run(worker)

    def _past_points(self, training_id: str, rows: list[dict[str, Any]]) -> None:
        run = self.runs.chosen_run()
        if self.worker is None and run is not None and run["id"] == training_id:
            self.chart.set_total(int(run.get("total_steps") or 0))
            self.chart.set_points(rows)

    # -- what a finished run changed ----------------------------------------------------

    def _show_changes(self) -> None:
        """The chosen run's report (else the newest finished run's), as last read."""
        run = measured_run(self.runs.chosen_run(), self.runs.runs)
        self.changes.show_report(run, self.reports.get(run["id"]) if run else None)
        self._update_buttons()

    def measure(self) -> Worker | None:
        """Measure what the shown run changed, with the judge chosen (if any)."""
        run = self.changes.run
        if run is None or not self.measure_job.can_start():
            return None
        assert self.session.path is not None
        worker = train_ops.measure_changes(self.session.path, run["name"],
                                           self.changes.chosen_judge())
        worker.succeeded.connect(lambda data: self.reports.__setitem__(run["id"], data))
        self.measure_job.run(worker, "report", EndWords(done=lambda _data: ""), doing="")
        self._update_buttons()
        return worker

    def _measuring(self, running: bool) -> None:
        if not running:
            self.changes.ended()
            self._show_changes()

    def try_model(self, name: str) -> None:
        """Open the Generate page with the tuned model ``name`` chosen."""
        project = self.session.project
        window: Any = self.window()  # the MainWindow, which knows its pages
        if project is None or not hasattr(window, "show_page"):
            return
        from app.stages.generate.page import GeneratePage
        from core.store import registry

        page = window.page(GeneratePage)
        page.form.set_models([m.to_json() for m in registry.list_models(project)])
        page.form.model.setCurrentIndex(page.form.model.findData(name))
        window.show_page(page)
