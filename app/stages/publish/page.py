"""The Publish page: choose what goes into the dataset and see, before anything is written,
its rows, languages, what each filter left out and its licence with any conflicts; read
the dataset card; export to a folder; publish the dataset or a tuned model to the Hub
through the project's push queue; pull a Hub dataset in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.shell.i18n import code_label, left_to_right
from app.shell.job_controller import EndWords, JobController
from app.shell.numbers import fill, number
from app.shell.session import Session
from app.stages.base import Page
from app.stages.publish import publish_ops
from app.stages.publish.export_dialog import ExportDialog, ExportedBox
from app.stages.publish.export_options import ExportOptionsForm, conflicts_of, licence_lines
from app.stages.publish.hub_dialogs import ConflictBox, PublishDialog, PullDialog
from app.stages.publish.hub_sign_in import HubSignInDialog
from app.stages.publish.publish_actions import PublishActions
from app.stages.publish.publish_preview import PublishPreview
from app.stages.publish.push_queue_view import PushQueueView

OWN_JOBS = ("export", "push", "pull")


class PublishPage(Page):
    preview_shown = Signal()  # a preview (or why there is none) was drawn

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._stale = True
        self._request: tuple[str, str, bool, str] | None = None  # kind, repo, private, model
        self._pulling = ""
        self.dialog: PublishDialog | PullDialog | None = None
        self.conflict_box: ConflictBox | None = None
        self.export_dialog: ExportDialog | None = None
        self.exported_box: ExportedBox | None = None

        self.options = ExportOptionsForm(self)
        self.options.changed.connect(self.refresh_preview)
        self.action_box = PublishActions(self)
        self.export_button = self.action_box.export_button
        self.export_button.clicked.connect(self.choose_export_folder)
        self.publish_button = self.action_box.publish_button
        self.publish_button.clicked.connect(self.ask_publish_dataset)
        self.model_button = self.action_box.model_button
        self.model_button.clicked.connect(self.ask_publish_model)
        self.pull_button = self.action_box.pull_button
        self.pull_button.clicked.connect(self.ask_pull)
        self.action_box.sign_in_button.clicked.connect(self.ask_sign_in)
        self.sign_in_dialog: HubSignInDialog | None = None
        self.job = JobController(session, self, line=self.action_box.line)
        self.action_box.cancel_button.clicked.connect(self.job.cancel)
        options_box = QGroupBox(self.tr("What goes into the dataset"), self)
        QVBoxLayout(options_box).addWidget(self.options)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(options_box)
        column.addWidget(self.action_box)
        column.addStretch(1)

        self.preview = PublishPreview(self)
        self.preview.shown.connect(self.preview_shown)

        top = QSplitter(self)
        top.addWidget(left)
        top.addWidget(self.preview)
        top.setStretchFactor(1, 1)
        top.setSizes([420, 760])
        self.queue = PushQueueView(self)
        self.queue.retry_requested.connect(self.retry_queue)
        self.queue.remove_requested.connect(self.remove_push)
        queue_box = QGroupBox(self.tr("Push queue"), self)
        QVBoxLayout(queue_box).addWidget(self.queue)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(queue_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(body)
        self.follow_jobs(self._update_buttons)

    # -- following the session --------------------------------------------------------

    def project_opened(self) -> None:
        self.preview.reset()
        path = self.session.path
        self.options.pretty_name.setPlaceholderText(path.stem if path else "")
        self.data_changed()

    def data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.shown()
        self._update_buttons()

    def shown(self) -> None:
        self.refresh_queue()
        if self._stale:
            self.refresh_preview()

    def refresh_queue(self) -> None:
        """Re-read the push queue and the tuned models (two small queries)."""
        project = self.session.project
        if project is None:
            self.queue.set_items([])
            return
        from core.publish.push import list_queue

        self.queue.set_items(list_queue(project))
        self._update_buttons()

    def tuned_models(self) -> list[str]:
        project = self.session.project
        if project is None:
            return []
        from core.store.registry import tuned_models

        return tuned_models(project)

    def refresh_preview(self) -> None:
        """Preview the current options now if the page is on screen, else when shown."""
        path = self.session.path
        if path is None or not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.preview.refresh(path, self.options.values(), self.options.name_on_card(path.stem))

    # -- export -------------------------------------------------------------------------

    def choose_export_folder(self) -> None:
        """Ask where the export goes, starting near the person's work."""
        project, path = self.session.project, self.session.path
        if project is None or path is None:
            return
        from core.publish.export import start_folder

        name = f"{path.stem}-{self.options.values()['format']}"
        dialog = ExportDialog(self, start_folder(project), name)
        self.export_dialog = dialog
        dialog.accepted.connect(lambda: self.export_to(dialog.folder()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_to(self, folder: Path) -> None:
        """Export into exactly ``folder`` (new or empty; made with its parents if need be)."""
        path = self.session.path
        if path is None or not self.job.can_start():
            return
        values = self.options.values()
        worker = publish_ops.export(path, folder, values, self.options.name_on_card(path.stem))
        self._run(worker, "export", self._exported)

    def _exported(self, result: Any) -> str:
        splits = ", ".join(f"{code_label(k)} {number(v)}" for k, v in sorted(result.splits.items()))
        sentence = fill(self.tr("Wrote {0:,} rows ({1}) to {2} as {3}, with its dataset card and licence."), result.rows, splits, left_to_right(result.path), result.format)
        box = ExportedBox(self, sentence, Path(result.path))
        box.finished.connect(box.deleteLater)
        self.exported_box = box
        box.open()
        return sentence

    # -- publishing -------------------------------------------------------------------

    def _licence_html(self) -> str:
        shown = self.preview.preview
        return "<br>".join(licence_lines(shown["licence"])) if shown else ""

    def ask_publish_dataset(self) -> None:
        self._ask_publish("dataset", self.tr("Publish the dataset"), self.tr(
            "The dataset is exported as Parquet with its card and licence, queued in "
            "this project, then uploaded to this Hub repository."),
            licence_html=self._licence_html())

    def ask_publish_model(self) -> None:
        self._ask_publish("model", self.tr("Publish a tuned model"), self.tr(
            "The adapter (PEFT and GGUF) and a model card are queued in this project, "
            "then uploaded to this Hub repository."),
            models=self.tuned_models())

    def _ask_publish(self, kind: str, title: str, intro: str, **more: Any) -> None:
        """The dialog asking where to publish ``kind``, offering the last repository used."""
        self._open(PublishDialog(self, title=title, intro=intro,
                                 repo_id=self._last_repo(kind), **more))

    def _open(self, dialog: PublishDialog | PullDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._dialog_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _last_repo(self, kind: str) -> str:
        return next((i.repo_id for i in reversed(self.queue.items) if i.kind == kind), "")

    def _dialog_accepted(self) -> None:
        dialog = self.sender()
        if isinstance(dialog, PullDialog):
            self.pull(dialog.dataset.text().strip(), dialog.licence.text().strip() or None,
                      again=dialog.again.isChecked())
            return
        assert isinstance(dialog, PublishDialog)
        models = dialog.model.count() > 0
        request = (
            "model" if models else "dataset",
            dialog.repo_id(),
            dialog.private.isChecked(),
            dialog.model.currentText(),
        )
        conflicts = conflicts_of(self.preview.preview)
        current = self.preview.values == self.options.values()
        if request[0] == "dataset" and conflicts and current:
            self._ask_anyway(request, conflicts)  # before the export, not after it
        else:
            self.publish(request, accept_conflicts=False)

    def publish(self, request: tuple[str, str, bool, str], *, accept_conflicts: bool) -> None:
        """Queue (kind, repo id, private, model name) and try to send it once."""
        path = self.session.path
        if path is None or not self.job.can_start():
            return
        kind, repo_id, private, model = request
        if kind == "dataset":
            worker = publish_ops.publish_dataset(
                path, repo_id, private, self.options.values(), accept_conflicts
            )
        else:
            worker = publish_ops.publish_model(path, model, repo_id, private, accept_conflicts)
        self._request = request
        self._run(worker, "push", self._published)

    def _published(self, result: Any) -> str:
        from core.publish.push import LicenceConflict

        if isinstance(result, LicenceConflict):
            assert self._request is not None
            self._ask_anyway(self._request, result.conflicts)
            return ""
        return publish_ops.describe_pushes([result])

    def _ask_anyway(self, request: tuple[str, str, bool, str], conflicts: list[str]) -> None:
        what = (
            self.tr("this dataset")
            if request[0] == "dataset"
            else self.tr("the model {0}").format(request[3])
        )
        self._request = request
        box = ConflictBox(self, what, conflicts)
        box.finished.connect(self._conflict_answered)
        box.finished.connect(box.deleteLater)
        self.conflict_box = box
        box.open()

    def _conflict_answered(self) -> None:
        box = self.sender()
        if isinstance(box, ConflictBox) and box.chose_anyway() and self._request is not None:
            self.publish(self._request, accept_conflicts=True)

    def retry_queue(self) -> None:
        if self.job.can_start():
            assert self.session.path is not None
            self._run(publish_ops.send_queue(self.session.path), "push",
                      publish_ops.describe_pushes)

    def remove_push(self, item_id: str) -> None:
        if self.job.can_start():
            assert self.session.path is not None
            self._run(publish_ops.remove_push(self.session.path, item_id), "push",
                      lambda _item: "")

    def ask_sign_in(self) -> None:
        """The Hugging Face sign-in: a token checked with the Hub, kept outside the project."""
        dialog = HubSignInDialog(self)
        self.sign_in_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- pulling ----------------------------------------------------------------------

    def ask_pull(self) -> None:
        self._open(PullDialog(self))

    def pull(self, dataset_id: str, licence: str | None, *, again: bool = False) -> None:
        if self.job.can_start():
            assert self.session.path is not None
            worker = publish_ops.pull(self.session.path, dataset_id, licence, again)
            self._pulling = dataset_id
            self._run(worker, "pull", self._pulled)

    def _pulled(self, result: dict[str, Any]) -> str:
        return self.tr("Imported %Ln instruction(s) from {0}.", None, result.get("imported", 0)
                       ).format(self._pulling)

    # -- running ----------------------------------------------------------------------

    def _run(self, worker: Any, kind: str, done: Callable[[Any], str]) -> None:
        """Run one of the page's jobs; ``done`` words its result as a notice."""
        self.job.run(worker, kind, EndWords(done=done))

    def _update_buttons(self, *_: object) -> None:
        ready = self.job.idle
        self.action_box.set_ready(ready, tuned_models=bool(self.tuned_models()))
        self.queue.set_enabled(ready)
        self.action_box.show_running(self.session.busy and self.session.job_kind in OWN_JOBS)
