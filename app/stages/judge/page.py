"""The Judge page: run the judge with the editable rubric, see the score distribution per
language and model, move the threshold while watching how many pairs remain, select the
best response per instruction and add judged second turns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.shell import ops
from app.shell.job_controller import EndWords, JobController, record_result
from app.shell.job_progress import ProgressLine
from app.shell.numbers import fill
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.base import Page, scroll_vertically, side_by_side, side_column
from app.stages.job_page import Reread
from app.stages.judge import judge_ops
from app.stages.judge.histogram import HistogramGrid, ScoreHistogram
from app.stages.judge.judge_controls import JudgeRun, RubricEditor, SelectionControls
from app.widgets.batch_buttons import BatchButtons
from app.widgets.model_choice import fill_models
from app.widgets.server_table import ServerTable
from core.judge.config import FollowupConfig

MAX_CHARTS = 12


class JudgePage(Page):
    overview_shown = Signal()  # the charts and counts were redrawn
    judging_ended = Signal(str)  # "done", "cancelled" or "failed" (judge and follow-ups)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.overview: dict[str, Any] = {}
        self.run = JudgeRun(self)
        self.run.judge_requested.connect(self.judge)
        self.line = ProgressLine(self.run.progress, self.run.message)
        # While a judge runs, the scores are read again for the header and the charts only
        # (the rubric being edited and the chosen models stay as they are).
        self.scores = Reread(
            self, lambda path: judge_ops.overview(path, self.selection.excluded_flags()),
            self._read_scores)
        self.line.on_commits(self.scores.again)  # the header counts what is judged so far
        self.job = JobController(session, self, line=self.line, say=self.run.message.setText,
                                 running=self.run.set_running)
        self.job.ended.connect(self.judging_ended)
        self.run.cancel_requested.connect(self.job.cancel)
        self.select_job = JobController(session, self)  # selecting the best responses
        self.rubric = RubricEditor(self)
        self.rubric.save_requested.connect(self.save_rubric)
        self.selection = SelectionControls(self)
        self.selection.threshold_changed.connect(self._threshold_moved)
        self.selection.flags_changed.connect(self.refresh)
        self.selection.select_requested.connect(self.select_best)
        self.selection.followups_requested.connect(self.followups)

        self.servers = ServerTable(self)
        self.batch = BatchButtons(session, "judge", self.run.config, self)
        scroll = side_column(self, self.run, self.servers, self.batch, self.rubric,
                             min_width=340, grow=self.rubric)

        self.group_by = QComboBox(self)
        self.group_by.addItem(self.tr("All responses"), "overall")
        self.group_by.addItem(self.tr("Per language"), "by_language")
        self.group_by.addItem(self.tr("Per model"), "by_model")
        self.group_by.currentIndexChanged.connect(self._draw_charts)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.charts = HistogramGrid(self)
        chart_scroll = QScrollArea(self)
        chart_scroll.setWidget(self.charts)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One chart always whole, its scores written under it, whatever the language's font.
        chart_scroll.setMinimumHeight(
            ScoreHistogram.MIN_HEIGHT + 2 * chart_scroll.frameWidth())
        scores = QGroupBox(self.tr("Scores"), self)
        score_column = QVBoxLayout(scores)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.group_by)
        score_column.addLayout(top)
        score_column.addWidget(chart_scroll, 1)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(4, 0, 0, 0)
        right_column.addWidget(scores, 1)
        right_column.addWidget(self.selection)

        # Scrolls when the window is short (Arabic at 150 %): the page never makes the
        # window taller than the screen.
        right_scroll = scroll_vertically(right, self)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_by_side(self, scroll, right_scroll)
        self.follow_jobs(self._update_buttons)

    # -- following the session --------------------------------------------------------

    def project_opened(self) -> None:
        self.rubric.text.clear()  # the new project's rubric replaces any unsaved edit
        self.refresh()

    def data_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        path = self.session.path
        if path is None:
            self.show_overview({})
            return
        self.scores.drop()
        self.read("overview", judge_ops.overview(path, self.selection.excluded_flags()),
                  self.show_overview)

    def _read_scores(self, overview: dict[str, Any]) -> None:
        if overview:
            self.overview = overview
            self._show_scores()

    def show_overview(self, overview: dict[str, Any]) -> None:
        self.overview = overview
        models = overview.get("models", [])
        fill_models(self.run.model, models)
        fill_models(self.selection.writer, models)
        self.rubric.show_rubric(overview.get("rubric"), overview.get("versions", 0))
        self.selection.show_flag_counts(overview.get("flags", {}))
        self._show_scores()
        self._update_buttons()
        self.overview_shown.emit()

    def _show_scores(self) -> None:
        """The header's counts, the charts and the threshold's counts."""
        overview = self.overview
        dist = overview.get("distribution") or {}
        responses = sum(dist.get(k, 0) for k in ("judged", "failed", "unjudged"))
        if not overview:
            summary = ""
        elif not responses:
            summary = self.tr("There are no responses to judge yet: generate some first.")
        else:
            summary = (
                fill(self.tr("<b>{0:,}</b> responses judged, {1:,} unreadable, {2:,} not judged yet; <b>{3:,}</b> selected."), dist.get('judged', 0), dist.get('failed', 0), dist.get('unjudged', 0), overview.get('selected', 0))
            )
        self.summary.setText(summary)
        self._draw_charts()
        self._threshold_moved(self.selection.slider.value())

    def _draw_charts(self) -> None:
        from app.widgets.instruction_model import language_label

        dist = self.overview.get("distribution") or {}
        key = self.group_by.currentData()
        if key == "overall" or not dist:
            groups = [(self.tr("All responses"), dist.get("overall", [0] * 11))]
        else:
            series = sorted(dist.get(key, {}).items(), key=lambda kv: -sum(kv[1]))
            groups = [
                (language_label(name) if key == "by_language" else name, counts)
                for name, counts in series[:MAX_CHARTS]
            ]
        self.charts.set_groups(groups)

    def _threshold_moved(self, threshold: int) -> None:
        """Live: every threshold's counts were read with the overview."""
        self.charts.set_threshold(threshold)
        thresholds = self.overview.get("thresholds") or []
        judged = (self.overview.get("distribution") or {}).get("judged", 0)
        self.selection.show_remaining(thresholds, judged)

    # -- judging --------------------------------------------------------------------------

    def judge(self) -> Worker | None:
        config = self.run.config()
        if not self._can_start(config["model"]):
            return None
        assert self.session.path is not None
        worker = judge_ops.judge(self.session.path, self.rubric.current_text(), config)
        self.servers.clear_servers()
        worker.servers.connect(self.servers.show_servers)
        return self.job.run(worker, "judge", self._end_words(self._judged),
                            model=str(config["model"]), doing=self.tr("Judging responses"))

    def _end_words(self, done: Any) -> EndWords:
        """How the judge and the follow-ups end, in the run box's message."""
        return EndWords(done=done, say_error=True, cancelled=self.tr(
            "Cancelled; Judge again continues where it stopped."))

    def _judged(self, record: Any) -> str:
        r = record_result(record)
        mean = r.get("mean_score")
        return fill(self.tr("{0} (rubric v{1}) judged {2:,} responses, {3:,} unreadable, {4:,} empty scored 0; mean score {5}."), r.get('judge'), r.get('rubric_version'), r.get('judged', 0), r.get('failed', 0), r.get('empty', 0), mean if mean is not None else '-')

    def save_rubric(self, text: str) -> None:
        if self.session.path is not None:
            worker = ops.write(self.session.path, "core.judge.rubric:save", text,
                               name="save rubric")
            worker.succeeded.connect(self.refresh)
            self.session.run(worker)

    # -- selecting and extending ------------------------------------------------------------

    def select_best(self) -> Worker | None:
        if not self.select_job.can_start():
            return None
        assert self.session.path is not None
        worker = ops.write(
            self.session.path,
            "core.judge.select:best_of",
            name="best_of",
            min_score=float(self.selection.slider.value()),
            exclude_flags=self.selection.excluded_flags(),
        )
        return self.select_job.run(worker, "select", EndWords(done=self._selected))

    def _selected(self, report: dict[str, Any]) -> str:
        self.selection.selected.setText(
            fill(self.tr("{0:,} of {1:,} instructions have a selected response."), report['selected'], report['instructions'])
        )
        return fill(self.tr("Selected the best response for {0:,} of {1:,} instructions (score {2:g} or more; {3:,} accepted by a person)."), report['selected'], report['instructions'], report['min_score'], report['accepted_by_person'])

    def followups(self) -> Worker | None:
        writer = self.selection.writer.currentData()
        if not self._can_start(writer):
            return None
        assert self.session.path is not None
        config = FollowupConfig(  # the command line's defaults where the page has no field
            model=writer,
            judge=self.run.model.currentData(),
            rubric=(self.overview.get("rubric") or {}).get("id"),
            min_score=float(self.selection.min_score.value()),
            parallel=self.run.parallel.value(),
            max_tokens=self.selection.answer_tokens.value(),
            judge_max_tokens=self.run.max_tokens.value(),
        ).to_json()
        worker = self.job.prepare("followup", config)
        if worker is None:
            return None
        # the window's words for each of its three steps
        return self.job.run(worker, "followup", self._end_words(self._followed_up),
                            model=str(writer))

    def _followed_up(self, record: Any) -> str:
        r = record_result(record)
        n = r.get("followups", 0)
        return fill(self.tr("%Ln follow-up(s), {0:,} kept at score {1:g} or more, {2:,} failed.", None, n), r.get('kept', 0), r.get('min_score', 9), r.get('failed', 0))

    def _can_start(self, model: str | None) -> bool:
        return self.job.can_start("" if model else self.tr("Choose a model first."))

    def _update_buttons(self, *_: object) -> None:
        idle = self.job.idle
        for button in (
            self.run.judge_button,
            self.selection.select_button,
            self.selection.followup_button,
        ):
            button.setEnabled(idle)
