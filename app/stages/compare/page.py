"""The Compare page: an evaluation set, 2–4 models, their answers generated as a resumable
job, blind voting by keyboard with the names revealed after each vote, an LLM judge, and a
leaderboard (strengths with 95% intervals, Elo, votes, win-rate heatmap, per language)
that is read again after every vote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QScrollArea, QTabWidget

from app.shell.job_controller import EndWords, JobController, record_result
from app.shell.numbers import fill
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.base import Page, side_by_side, side_column
from app.stages.compare import arena_ops
from app.stages.compare.arena_board import ArenaBoard
from app.stages.compare.arena_runs import AnswersBox, JudgeBox
from app.stages.compare.arena_setup import EvalSetPanel, ModelsPanel, describe_set
from app.stages.compare.arena_view import ArenaView
from app.stages.job_page import Reread


class ComparePage(Page):
    overview_shown = Signal()  # the sets, models and answer counts were redrawn
    ballot_shown = Signal()  # a new item (or the "nothing to vote on" message) is shown
    voted = Signal(object)  # the BallotResult of a stored vote
    board_shown = Signal()  # the leaderboard was redrawn from a fresh read
    job_ended = Signal(str, str)  # kind ("answers" or "judge"), "done"/"cancelled"/"failed"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.overview: dict[str, Any] = {}
        self._keep_set: str | None = None
        self.sets = EvalSetPanel(self)
        self.sets.set_chosen.connect(self._selection_changed)
        self.sets.create_requested.connect(self.make_set)
        self.models = ModelsPanel(self)
        self.models.changed.connect(self._selection_changed)
        self.answers = AnswersBox(self)
        self.answers.start_requested.connect(self.generate)
        self.judge = JudgeBox(self)
        self.judge.start_requested.connect(self.run_judge)
        self.set_job = JobController(session, self)  # making an evaluation set
        self.jobs = {kind: self._box_job(kind, box)
                     for kind, box in (("answers", self.answers), ("judge", self.judge))}
        # While answers are written: how many prompts each model has answered
        self.answered = Reread(self, arena_ops.overview, self._answered_counted)
        self.answers.line.on_commits(self.answered.again)  # "n of m prompts answered"

        scroll = side_column(self, self.sets, self.models, self.answers, self.judge, min_width=330)

        self.view = ArenaView(self)
        self.view.vote_chosen.connect(self.vote)
        self.view.next_requested.connect(self.load_ballot)
        self.board = ArenaBoard(self)
        self.board.source_changed.connect(self.load_board)
        self.board.export_requested.connect(self.choose_export)
        board_scroll = QScrollArea(self)
        board_scroll.setWidget(self.board)
        board_scroll.setWidgetResizable(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.view, self.tr("Vote"))
        self.tabs.addTab(board_scroll, self.tr("Leaderboard"))
        self.tabs.currentChanged.connect(self._tab_changed)

        side_by_side(self, scroll, self.tabs)
        self.follow_jobs(self._update_buttons)

    # -- following the session --------------------------------------------------------

    def project_opened(self) -> None:
        self.overview = {}
        self.models.fill([])
        self.refresh()

    def data_changed(self) -> None:
        self.refresh()

    def shown(self) -> None:
        self.view.setFocus()

    def refresh(self) -> None:
        path = self.session.path
        if path is None:
            self.view.show_ballot(None, "")
            self.board.show_result({})
            return
        self.answered.drop()
        self.read("overview", arena_ops.overview(path), self._read_overview)

    def _read_overview(self, overview: dict[str, Any]) -> None:
        self.overview = overview
        keep = self._keep_set or self.sets.current()
        self._keep_set = None
        self.sets.fill(overview["sets"], overview["languages"], keep)
        self.models.fill(overview["models"])
        self.judge.fill(overview["models"])
        self._update_buttons()
        self.overview_shown.emit()
        if not self.models.checked() and self._answered():
            self.models.check(sorted(self._answered()))  # the models that answered the set
        else:
            self._selection_changed()

    def _selection_changed(self) -> None:
        if self.sender() is self.sets and not self.models.checked() and self._answered():
            self.models.check(sorted(self._answered()))  # says changed: this runs again
            return
        self._show_answered()
        self.load_ballot()
        self.load_board()

    def _answered(self) -> dict[str, int]:
        chosen = self.sets.current()
        set_id = next((s["id"] for s in self.overview.get("sets", []) if s["name"] == chosen), "")
        return dict(self.overview.get("answered", {}).get(set_id, {}))

    def _answered_counted(self, overview: dict[str, Any]) -> None:
        if self.overview:
            self.overview["answered"] = overview["answered"]
            self._show_answered()

    def _show_answered(self) -> None:
        self.models.show_answered(self._answered(), self.sets.items())

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self.view.setFocus()

    # -- voting -----------------------------------------------------------------------

    def load_ballot(self) -> None:
        """Show the next item this curator has not voted on, its answers shuffled."""
        from core.compare import ballots
        from core.curator import current_curator
        from core.errors import HandloomError

        project, chosen, models = self.session.project, self.sets.current(), self.models.checked()
        if project is None or chosen is None:
            self.view.show_ballot(None, self.tr("Choose or make an evaluation set."))
        elif not 2 <= len(models) <= 4:
            self.view.show_ballot(None, self.tr("Tick two to four models to compare."))
        else:
            try:
                ballot = ballots.next_ballot(project, chosen, current_curator(), models)
            except HandloomError as e:
                self.view.show_ballot(None, str(e))
            else:
                answered = self._answered()
                if ballot is not None:
                    self.view.show_ballot(ballot.to_json(), "")
                elif any(answered.get(m, 0) == 0 for m in models):
                    self.view.show_ballot(None, self.tr(
                        "These models have not answered this set yet: Generate answers first."))
                else:
                    self.view.show_ballot(None, self.tr(
                        "You have voted on every item these models answered. The leaderboard "
                        "has the result; other people can vote on the same set too."))
        if self.tabs.currentIndex() == 0:
            self.view.setFocus()
        self.ballot_shown.emit()

    def vote(self, choice: str) -> None:
        """Store the curator's vote on the shown ballot, reveal the names, and re-rank."""
        from core.compare import ballots
        from core.curator import current_curator
        from core.errors import HandloomError

        ballot = self.view.ballot
        if self.session.project is None or ballot is None:
            self.view.vote_failed()
            return
        try:
            result = ballots.record_ballot(self.session.project, ballot["token"], choice,
                                           voter=current_curator())
        except HandloomError as e:
            self.view.vote_failed()
            self.session.error.emit(str(e))
            return
        self.view.show_result(result.to_json())
        self.voted.emit(result)
        self.load_board()

    # -- the leaderboard --------------------------------------------------------------

    def load_board(self) -> None:
        path, chosen = self.session.path, self.sets.current()
        if path is None or chosen is None:
            self.board.show_result({})
            return
        self.read("board", arena_ops.leaderboard(path, chosen, self.board.current_source()),
                  self._read_board)

    def _read_board(self, result: dict[str, Any]) -> None:
        self.board.show_result(result)
        self.board_shown.emit()

    def choose_export(self) -> None:
        name = f"leaderboard-{self.sets.current() or 'arena'}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the leaderboard"), name,
                                              self.tr("CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path:
        """Write the leaderboard on screen (overall and per language) as CSV."""
        from core.compare.leaderboard import export_csv

        written = export_csv(self.board.result, path)
        self.session.notice.emit(self.tr("Saved the leaderboard to {0}.").format(written))
        return written

    # -- jobs -------------------------------------------------------------------------

    def _box_job(self, kind: str, box: Any) -> JobController:
        """The controller of one job box: its line, its message, its Cancel."""
        job = JobController(self.session, self, line=box.line, say=box.message.setText,
                            running=box.set_running)
        job.ended.connect(lambda outcome: self.job_ended.emit(kind, outcome))
        box.cancel_requested.connect(job.cancel)
        return job

    def make_set(self, spec: dict[str, Any]) -> Worker | None:
        if not self.set_job.can_start():
            return None
        assert self.session.path is not None
        self._keep_set = spec["name"]
        worker = arena_ops.make_eval_set(self.session.path, spec)
        worker.succeeded.connect(lambda _: self.sets.name.clear())
        return self.set_job.run(worker, "eval-set", EndWords(done=lambda made: self.tr(
            "Made the evaluation set “{0}”: {1}.").format(made["name"],
                                                       describe_set(made["description"]))))

    def generate(self) -> Worker | None:
        chosen, models = self.sets.current(), self.models.checked()
        if not self._can_start(chosen, models):
            return None
        assert self.session.path is not None and chosen is not None
        worker = arena_ops.answers(self.session.path, self.answers.config(chosen, models))
        return self._run(worker, "answers", self.tr("Answering the prompts"), lambda r: fill(
            self.tr("Wrote {0} answers ({1} failed)."), r.get("written", 0), r.get("failed", 0)))

    def run_judge(self) -> Worker | None:
        chosen, models = self.sets.current(), self.models.checked()
        if not self._can_start(chosen, models):
            return None
        if not self.judge.model.currentData():
            self.session.error.emit(self.tr("Choose a judge model first."))
            return None
        assert self.session.path is not None and chosen is not None
        config = self.judge.config(chosen, models, self.answers.parallel.value())
        worker = arena_ops.judge(self.session.path, config)
        self.board.source.setCurrentIndex(self.board.source.findData("judge"))
        return self._run(worker, "judge", self.tr("Judging the answers"), lambda r: self.tr(
            "{0} gave {1} verdicts ({2} unreadable) and {3} grades; it contradicted itself on "
            "{4} of {5} pairs asked in both orders.").format(
            r.get("judge"), r.get("verdicts", 0), r.get("unreadable", 0), r.get("grades", 0),
            r.get("inconsistent", 0), r.get("both_orders", 0)) + self._self_judged(r))

    def _self_judged(self, result: dict[str, Any]) -> str:
        """The self-preference warning when the judge was one of the models it compared."""
        if not result.get("warning"):
            return ""
        return "\n" + self.tr("{0} is judging its own answers too, and judges tend to prefer "
                              "their own; choose another judge for a fair comparison.").format(
            result.get("judge"))

    def _run(self, worker: Worker, kind: str, doing: str,
             done: Callable[[dict[str, Any]], str]) -> Worker:
        words = EndWords(done=lambda record: done(record_result(record)), say_error=True,
                         cancelled=self.tr("Cancelled; starting again continues where it "
                                           "stopped."))
        # the models say when they load
        return self.jobs[kind].run(worker, f"arena {kind}", words, doing=doing)

    def _can_start(self, chosen: str | None, models: list[str]) -> bool:
        missing = ""
        if chosen is None:
            missing = self.tr("Choose or make an evaluation set first.")
        elif not 2 <= len(models) <= 4:
            missing = self.tr("Tick two to four models to compare.")
        return self.set_job.can_start(missing)

    def _update_buttons(self, *_: object) -> None:
        idle = self.set_job.idle
        for button in (self.answers.start_button, self.judge.start_button,
                       self.sets.create_button):
            button.setEnabled(idle)
