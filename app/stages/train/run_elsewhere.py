"""Train on another machine: export the run shown as a folder for a rented GPU, and bring a
trained folder back (``handloom train --export-run`` and ``handloom trainings import``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from app.shell import ops
from app.shell.i18n import left_to_right
from app.shell.job_controller import EndWords, record_result
from app.shell.session import Session
from app.shell.worker import Worker
from app.widgets.button_pair import ButtonPair
from core.train.job_config import TrainExportConfig


class RunElsewhere(ButtonPair):
    """Export… and Bring back… buttons, and what the last one did."""

    def __init__(self, session: Session, config: Callable[[], dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.config = config
        self.export_button, self.import_button = self.first, self.second
        self.export_button.setText(self.tr("Export to train elsewhere…"))
        self.import_button.setText(self.tr("Bring back a run…"))
        self.export_button.setToolTip(self.tr(
            "Write this run as a folder that trains on a rented GPU with Unsloth; bring the "
            "folder back afterwards"))
        self.export_button.clicked.connect(self.choose_export_folder)
        self.import_button.clicked.connect(self.choose_run_folder)

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("An empty folder for the run"))
        if folder:
            self.export(Path(folder))

    def choose_run_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The trained run's folder"))
        if folder:
            self.bring_back(Path(folder))

    def export(self, folder: Path) -> Worker | None:
        config = TrainExportConfig.from_json({**self.config(), "export_dir": str(folder)})
        worker = self.job.prepare("train_export", config.to_json())
        if worker is None:
            return None
        return self.job.run(worker, "train_export", EndWords(
            done=lambda record: self.tr(
                "Exported {0} to {1}: on the GPU machine, install requirements.txt and run "
                "run.py, then bring the folder back.").format(record_result(record)["name"],
                                                              left_to_right(record_result(record)["folder"])),
            say_error=True))

    def bring_back(self, folder: Path) -> Worker | None:
        path = self.session.path
        if path is None or not self.job.can_start():
            return None
        worker = ops.write(path, "core.train.run_export:import_run", folder,
                           name="import a training run")
        return self.job.run(worker, "train_import", EndWords(
            done=lambda run: self.tr("Brought back {0}: %Ln step(s), now a model to try.", None,
                                     run["steps"]).format(run["name"]),
            say_error=True))
