"""The Overview page, the one a project opens to: the seed method's funnel with its counts
(imported → included → translated → answered → judged → selected → with a second turn →
training rows), what is running, what stopped, and the next step as one button.

Each stage of the funnel is a button that opens its page; its bar shows its count as a
share of the instructions imported. The counts are read in the background
(``core.recipe.overview``) whenever the project opens, a job ends or the page is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.shell import ops
from app.shell.i18n import code_label
from app.shell.job_controller import EndWords, JobController
from app.shell.job_progress import ProgressLine
from app.shell.jobs_panel import kind_name
from app.shell.numbers import number, percent
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.base import Page, scroll_vertically
from app.stages.overview.recipe_run import run_recipe, stage_words

STAGE_NAMES = {
    "imported": QT_TRANSLATE_NOOP("OverviewPage", "Imported"),
    "included": QT_TRANSLATE_NOOP("OverviewPage", "Included"),
    "translated": QT_TRANSLATE_NOOP("OverviewPage", "Translated"),
    "answered": QT_TRANSLATE_NOOP("OverviewPage", "Answered"),
    "judged": QT_TRANSLATE_NOOP("OverviewPage", "Judged"),
    "selected": QT_TRANSLATE_NOOP("OverviewPage", "Selected"),
    "second_turn": QT_TRANSLATE_NOOP("OverviewPage", "With a second turn"),
    "training_rows": QT_TRANSLATE_NOOP("OverviewPage", "Training rows"),
}
NEXT_SENTENCES = {
    "watch": QT_TRANSLATE_NOOP("OverviewPage", "A job is running. Watch it on its page."),
    "resume": QT_TRANSLATE_NOOP("OverviewPage", "A job stopped before the end. Resume it on "
                                "its page."),
    "import": QT_TRANSLATE_NOOP("OverviewPage", "Import the instructions people wrote."),
    "curate": QT_TRANSLATE_NOOP("OverviewPage", "Filter out duplicates, templated prompts and "
                                "personal data."),
    "generate": QT_TRANSLATE_NOOP("OverviewPage", "Answer the included instructions with an "
                                  "open-weight model."),
    "judge": QT_TRANSLATE_NOOP("OverviewPage", "Have a judge model score the answers from 0 "
                               "to 10."),
    "select": QT_TRANSLATE_NOOP("OverviewPage", "Keep the best answer to each instruction."),
    "train": QT_TRANSLATE_NOOP("OverviewPage", "Fine-tune a model on the selected pairs."),
    "compare": QT_TRANSLATE_NOOP("OverviewPage", "Compare the tuned model with other models."),
    "publish": QT_TRANSLATE_NOOP("OverviewPage", "Publish the dataset and the model."),
}
BUTTON_TEXTS = {
    "watch": QT_TRANSLATE_NOOP("OverviewPage", "Watch the running job"),
    "resume": QT_TRANSLATE_NOOP("OverviewPage", "Resume the stopped job"),
    "import": QT_TRANSLATE_NOOP("OverviewPage", "Import instructions"),
    "curate": QT_TRANSLATE_NOOP("OverviewPage", "Curate the instructions"),
    "generate": QT_TRANSLATE_NOOP("OverviewPage", "Generate answers"),
    "judge": QT_TRANSLATE_NOOP("OverviewPage", "Judge the answers"),
    "select": QT_TRANSLATE_NOOP("OverviewPage", "Select the best answers"),
    "train": QT_TRANSLATE_NOOP("OverviewPage", "Train a model"),
    "compare": QT_TRANSLATE_NOOP("OverviewPage", "Compare models"),
    "publish": QT_TRANSLATE_NOOP("OverviewPage", "Publish"),
}
RECIPE_STATES = {
    "pending": QT_TRANSLATE_NOOP("OverviewPage", "not started"),
    "running": QT_TRANSLATE_NOOP("OverviewPage", "running"),
    "done": QT_TRANSLATE_NOOP("OverviewPage", "done"),
    "failed": QT_TRANSLATE_NOOP("OverviewPage", "failed; Resume continues it"),
    "cancelled": QT_TRANSLATE_NOOP("OverviewPage", "stopped; Resume continues it"),
    "interrupted": QT_TRANSLATE_NOOP("OverviewPage", "interrupted; Resume continues it"),
}


def _percent(value: float | None) -> str:
    return "—" if value is None else percent(value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewPage", text)


def read_overview(path: Path) -> Worker:
    """A worker whose result is the project's overview (``core.recipe.overview``)."""
    return ops.write(path, "core.recipe.overview:overview", name="overview")


class OverviewPage(Page):
    start_here_with_data = True
    redrawn = Signal()  # the counts on the page are fresh
    recipe_stage = Signal(int, int, str)  # the running recipe began this stage (from 0)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.data: Any = None
        content = QWidget(self)
        column = QVBoxLayout(content)

        self.funnel_box = QGroupBox(self.tr("From imported instructions to training rows"),
                                    content)
        grid = QGridLayout(self.funnel_box)
        self.stage_buttons: dict[str, QPushButton] = {}
        self.bars: dict[str, QProgressBar] = {}
        from core.recipe.overview import FUNNEL, FUNNEL_PAGES

        for row, key in enumerate(FUNNEL):
            button = QPushButton(_tr(STAGE_NAMES[key]), self.funnel_box)
            button.setFlat(True)
            button.setToolTip(self.tr("Open the page of this stage"))
            button.clicked.connect(lambda _=False, page=FUNNEL_PAGES[key]: self.open_page(page))
            bar = QProgressBar(self.funnel_box)
            bar.setRange(0, 1)
            bar.setValue(0)
            bar.setFormat("%v")
            bar.setAccessibleName(_tr(STAGE_NAMES[key]))
            grid.addWidget(button, row, 0)
            grid.addWidget(bar, row, 1)
            self.stage_buttons[key] = button
            self.bars[key] = bar
        grid.setColumnStretch(1, 1)

        self.jobs_box = QGroupBox(self.tr("Jobs"), content)
        jobs_column = QVBoxLayout(self.jobs_box)
        self.jobs_label = QLabel(self.jobs_box)
        self.jobs_label.setWordWrap(True)
        self.jobs_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        jobs_column.addWidget(self.jobs_label)

        self.next_box = QGroupBox(self.tr("Next step"), content)
        next_column = QVBoxLayout(self.next_box)
        self.next_label = QLabel(self.next_box)
        self.next_label.setWordWrap(True)
        self.next_button = QPushButton(self.next_box)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.take_next_step)
        self.next_button.setEnabled(False)
        next_column.addWidget(self.next_label)
        next_column.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.primary_button = self.next_button  # Ctrl+Enter takes the next step

        self.recipe_box = QGroupBox(self.tr("The seed method in one go"), content)
        recipe_column = QVBoxLayout(self.recipe_box)
        self.recipe_label = QLabel(self.recipe_box)
        self.recipe_label.setWordWrap(True)
        self.stage_label = QLabel(self.recipe_box)  # "Stage 3 of 7: …" while it runs
        self.stage_label.setWordWrap(True)
        self.recipe_bar = QProgressBar(self.recipe_box)
        self.recipe_bar.setAccessibleName(self.tr("The recipe's current stage"))
        self.recipe_line = QLabel(self.recipe_box)
        self.recipe_line.setWordWrap(True)
        self.recipe_progress = ProgressLine(self.recipe_bar, self.recipe_line)
        self.recipe_progress.on_commits(self.refresh)  # the funnel grows as the recipe runs
        for widget in (self.stage_label, self.recipe_bar, self.recipe_line):
            widget.hide()
        self.run_recipe_button = QPushButton(self.tr("Run the seed method…"), self.recipe_box)
        self.run_recipe_button.setToolTip(self.tr("Choose a recipe, see its plan, and run "
                                                  "every stage one after another"))
        self.run_recipe_button.clicked.connect(self.choose_recipe)
        self.stop_recipe_button = QPushButton(self.tr("Stop"), self.recipe_box)
        self.stop_recipe_button.setToolTip(self.tr("Stop after the current unit of work; "
                                                   "Resume continues from there"))
        self.stop_recipe_button.clicked.connect(self.stop_recipe)
        self.resume_recipe_button = QPushButton(self.tr("Resume the seed method"),
                                                self.recipe_box)
        self.resume_recipe_button.setToolTip(self.tr("Continue the recipe that stopped, at "
                                                     "the stage where it stopped"))
        self.resume_recipe_button.clicked.connect(self.resume_recipe)
        recipe_buttons = QHBoxLayout()
        for button in (self.run_recipe_button, self.stop_recipe_button,
                       self.resume_recipe_button):
            recipe_buttons.addWidget(button)
        recipe_buttons.addStretch(1)
        for part in (self.recipe_label, self.stage_label, self.recipe_bar, self.recipe_line):
            recipe_column.addWidget(part)
        recipe_column.addLayout(recipe_buttons)
        self.recipe_worker: Worker | None = None
        self.recipe_job = JobController(session, self, line=self.recipe_progress)
        self.recipe_dialog: Any = None  # the recipe dialog while it is open
        self.changes_label = QLabel(content)  # what the newest fine-tune changed
        self.changes_label.setWordWrap(True)

        column.addWidget(self.next_box)
        column.addWidget(self.funnel_box)
        column.addWidget(self.jobs_box)
        column.addWidget(self.recipe_box)
        column.addWidget(self.changes_label)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll_vertically(content, self, min_width=0))
        self.session.job_started.connect(self.refresh)
        self.follow_jobs(self.update_recipe_buttons)

    # -- following the session ------------------------------------------------------------

    def project_opened(self) -> None:
        self.data = None
        self.refresh()

    def data_changed(self) -> None:
        self.refresh()

    def shown(self) -> None:
        self.refresh()
        if self.next_button.isEnabled():
            self.next_button.setFocus()

    def refresh(self, *_: object) -> None:
        """Read the counts again in the background, then redraw."""
        path = self.session.path
        if path is None:
            self.forget_read("overview")
            return
        self.read("overview", read_overview(path), self._draw)

    # -- drawing ----------------------------------------------------------------------------

    def _draw(self, data: Any) -> None:
        self.data = data
        counts: dict[str, int] = data.counts
        top = max(1, counts.get("imported", 0), *counts.values())
        for key, bar in self.bars.items():
            bar.setRange(0, top)
            bar.setValue(counts.get(key, 0))
            bar.setToolTip(f"{_tr(STAGE_NAMES[key])}: {number(counts.get(key, 0))}")
        lines = [self.tr("Running: {0} ({1} of {2})").format(kind_name(j.kind), number(j.done),
                                                             number(j.total))
                 for j in data.running]
        lines += [self.tr("Stopped: {0} ({1})").format(kind_name(j.kind),
                                                       j.error or code_label(j.state))
                  for j in data.stopped]
        self.jobs_label.setText("\n".join(lines) or self.tr("No job is running, and none "
                                                            "stopped before its end."))
        step = data.next_step
        self.next_label.setText(_tr(NEXT_SENTENCES.get(step.action, step.sentence)))
        self.next_button.setText(_tr(BUTTON_TEXTS.get(step.action, step.action)))
        self.next_button.setEnabled(True)
        recipe = data.recipe
        state = recipe["state"] if recipe else ""
        if state == "running" and not data.running and self.recipe_worker is None:
            state = "interrupted"  # left running by a window or a command that was killed
        self.recipe_label.setText(
            self.tr("Recipe “{0}”: {1}").format(
                recipe["preset"], _tr(RECIPE_STATES.get(state, state)))
            if recipe else self.tr("Run every stage of the method one after another, as a "
                                   "recipe: stopped or interrupted, it resumes at the stage "
                                   "where it stopped."))
        self.update_recipe_buttons()
        self.changes_label.setText(self._changes_text(data.changes))
        self.changes_label.setVisible(data.changes is not None)
        self.redrawn.emit()

    def _changes_text(self, changes: dict[str, Any] | None) -> str:
        if changes is None:
            return ""
        before, after = changes["clean_endings_before"], changes["clean_endings_after"]
        text = self.tr("What {0} changed on {1} held-out instructions: answers that end "
                       "cleanly {2} before, {3} after.").format(
            changes["training"], number(changes["held_out"]), _percent(before), _percent(after))
        if changes["preference"] is not None:
            text += " " + self.tr("The judge preferred the tuned model in {0} of comparisons "
                                  "(95% interval {1} to {2}).").format(
                _percent(changes["preference"]), _percent(changes["low"]),
                _percent(changes["high"]))
        if changes["warnings"]:
            text += " " + self.tr("Too few instructions or too weak a judge for these "
                                  "figures to mean much.")
        return text

    # -- running the recipe -------------------------------------------------------------------

    def update_recipe_buttons(self, *_: object) -> None:
        # idle: no job of this window runs, nor one of another window or command
        idle = (self.session.project is not None and not self.session.busy
                and not (self.data is not None and self.data.running))
        recipe = self.data.recipe if self.data is not None else None
        self.run_recipe_button.setEnabled(idle)
        self.stop_recipe_button.setEnabled(self.recipe_worker is not None)
        self.resume_recipe_button.setEnabled(
            idle and recipe is not None and recipe["state"] != "done")

    def choose_recipe(self) -> None:
        """The recipe dialog: a preset and its models, the plan; Run starts it."""
        from app.stages.overview.recipe_dialog import RecipeDialog
        from core.store import registry

        project = self.session.project
        if project is None:
            return
        models = [m.name for m in registry.list_models(project)]
        dialog = RecipeDialog(project.path, models, self)
        self.recipe_dialog = dialog  # reachable while open (tests, accessibility)
        dialog.accepted.connect(lambda: self.start_recipe(dialog.settings)
                                if dialog.settings is not None else None)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.recipe_dialog is not None:
            self.recipe_dialog.deleteLater()
        self.recipe_dialog = None

    def resume_recipe(self) -> None:
        """Run the newest unfinished recipe again with its own settings: it continues at the
        stage where it stopped."""
        from core.recipe import run

        project = self.session.project
        recipe = run.unfinished(project) if project is not None else None
        if recipe is not None:
            self.start_recipe(run.settings_of(recipe))

    def start_recipe(self, settings: Any) -> Worker | None:
        """Run (or continue) the recipe with ``settings`` as the window's one job."""
        path = self.session.path
        if path is None or not self.recipe_job.can_start():
            return None
        worker, stages = run_recipe(path, settings)
        stages.started.connect(self._stage_started)
        stages.started.connect(self.recipe_stage)
        worker.finished.connect(self._recipe_ended)
        self.recipe_worker = worker
        for widget in (self.stage_label, self.recipe_bar, self.recipe_line):
            widget.show()
        self.stage_label.setText(self.tr("Starting the recipe…"))
        return self.recipe_job.run(worker, "recipe", EndWords(
            done=lambda record: self.tr("The recipe “{0}” ran to its end.").format(record.preset),
            cancelled=self.tr(
                "The recipe stopped. Resume continues it at the stage where it stopped.")))

    def _stage_started(self, position: int, total: int, stage: str) -> None:
        self.stage_label.setText(self.tr("Stage {0} of {1}: {2}").format(
            number(position + 1), number(total), stage_words(stage)))
        self.recipe_progress.start(doing=stage_words(stage))
        self.refresh()

    def _recipe_ended(self) -> None:
        self.recipe_worker = None
        for widget in (self.stage_label, self.recipe_bar, self.recipe_line):
            widget.hide()
        self.update_recipe_buttons()

    def stop_recipe(self) -> None:
        if self.recipe_worker is not None:
            self.recipe_job.cancel()
            self.stop_recipe_button.setEnabled(False)

    # -- going to a page ----------------------------------------------------------------------

    def take_next_step(self) -> None:
        if self.data is not None:
            self.open_page(self.data.next_step.page)

    def open_page(self, key: str) -> None:
        """Bring the page called ``key`` (a name core.recipe.overview uses) to the front."""
        window: Any = self.window()  # the MainWindow, which knows its pages
        if hasattr(window, "show_page_named"):
            window.show_page_named(key)
