"""The Models page: the models registered in the project, adding a GGUF file or a model on a
server, and choosing the chat template of a model whose file has none."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.shell import ops
from app.shell.numbers import fill, number
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.base import Page, row_of
from app.stages.models.fit_section import FitSection
from app.stages.models.server_dialog import ServerDialog
from app.widgets.record_table import record_table

COLUMNS = (
    QT_TRANSLATE_NOOP("ModelsPage", "Name"),
    QT_TRANSLATE_NOOP("ModelsPage", "Kind"),
    QT_TRANSLATE_NOOP("ModelsPage", "Architecture"),
    QT_TRANSLATE_NOOP("ModelsPage", "Parameters"),
    QT_TRANSLATE_NOOP("ModelsPage", "Size"),
    QT_TRANSLATE_NOOP("ModelsPage", "Quantisation"),
    QT_TRANSLATE_NOOP("ModelsPage", "Licence"),
    QT_TRANSLATE_NOOP("ModelsPage", "Languages"),
    QT_TRANSLATE_NOOP("ModelsPage", "Chat template"),
)
TEMPLATE_COLUMN = COLUMNS.index(QT_TRANSLATE_NOOP("ModelsPage", "Chat template"))
_KINDS = {"gguf": QT_TRANSLATE_NOOP("ModelsPage", "GGUF file"), "gguf+adapter": QT_TRANSLATE_NOOP("ModelsPage", "GGUF + adapter"), "remote": QT_TRANSLATE_NOOP("ModelsPage", "server")}
NO_CHOICE = QT_TRANSLATE_NOOP("ModelsPage", "none: plain completion")
# The named templates whose names are words rather than a model family's name.
TEMPLATE_WORDS = {
    "completion": QT_TRANSLATE_NOOP("ModelsPage", "plain completion"),
    "instruction-response": QT_TRANSLATE_NOOP("ModelsPage", "instruction / response"),
}


def _size(n: int | None) -> str:
    if not n:
        return ""
    for unit, scale in ((QCoreApplication.translate("models", "GB"), 1e9), (QCoreApplication.translate("models", "MB"), 1e6), (QCoreApplication.translate("models", "kB"), 1e3)):
        if n >= scale:
            return f"{number(n / scale, 1)} {unit}"  # the language's digits and decimal mark
    return f"{n} B"


def _parameters(n: int | None) -> str:
    if not n:
        return ""
    return f"{n / 1e9:.1f}B" if n >= 1e9 else f"{n / 1e6:.0f}M"


def _read_models(path: Path) -> Worker:
    """The registered models (as JSON) and the named chat templates one can choose."""
    return ops.read(path, "core.store.registry:choices", name="models")


def _detect_device() -> Worker:
    """Where llama.cpp runs models here (loads the library, not a model) and the choice."""
    return ops.call("core.engine.accelerator:detected_and_chosen", name="device")


def _change(path: Path, change: str, *args: Any) -> Worker:
    """Run one registry change (``add_gguf``, ``add_remote``, ``set_template_choice``); the
    result is the model's record."""
    return ops.write(path, f"core.store.registry:{change}", *args, name="model registry")


class ModelsPage(Page):
    models_shown = Signal()  # the table was redrawn from the project
    model_changed = Signal(dict)  # a model was registered or its template chosen
    device_shown = Signal(str)  # where models run was found out: "gpu" or "cpu"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.models: list[dict[str, Any]] = []
        self.templates: list[tuple[str, str]] = []
        self.accelerator: Any = None  # core.engine.accelerator.Accelerator, once detected
        self.device = "gpu"
        self._detector: Worker | None = None

        intro = QLabel(
            self.tr("Models write and judge the responses. Every project has the two bundled models; add a GGUF file from this computer, or a model on a server for bigger jobs."),
            self,
        )
        intro.setWordWrap(True)
        self.table = record_table(self, [self.tr(c) for c in COLUMNS], self.tr("Registered models"),
                                  stretch=TEMPLATE_COLUMN)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_file_button = QPushButton(self.tr("Add GGUF file…"), self)
        self.add_file_button.clicked.connect(self.choose_gguf)
        self.add_server_button = QPushButton(self.tr("Add model on a server…"), self)
        self.add_server_button.clicked.connect(self.choose_server)
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.add_server_button)
        buttons.addWidget(self.status, 1)

        # Where llama.cpp runs the models (core/engine/accelerator.py), and with a GPU the
        # choice of GPU or CPU, saved per person like `handloom device gpu|cpu`.
        self.device_label = QLabel(self)
        self.device_label.setObjectName("model-device")
        self.device_label.setWordWrap(True)
        self.device_choice_label = QLabel(self.tr("Run models on:"), self)
        self.device_choice = QComboBox(self)
        self.device_choice.setObjectName("device-choice")
        self.device_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.device_choice.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.device_choice.setToolTip(self.tr("Models loaded from now on use this; a job already running keeps its device."))
        self.device_choice_label.setBuddy(self.device_choice)
        self.device_choice.activated.connect(self._device_chosen)
        self.device_choice_label.hide()
        self.device_choice.hide()
        device_row = row_of(self.device_label, self.device_choice_label,
                                      self.device_choice)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(device_row)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self.fit = FitSection(session, self)  # Tokenizer fit: core/fit/
        layout.addWidget(self.fit, 1)

    # -- following the session --------------------------------------------------------

    def project_opened(self) -> None:
        self.refresh()
        self.fit.project_opened()

    def data_changed(self) -> None:
        self.refresh()
        self.fit.project_opened()  # new instructions or models change the samples

    def shown(self) -> None:
        self.fit.shown()
        self.detect_device()

    # -- where the models run ------------------------------------------------------------

    def detect_device(self) -> Worker | None:
        """Find out once, off the GUI thread, whether llama.cpp can use a GPU here."""
        if self.accelerator is not None or self._detector is not None:
            return None
        self.device_label.setText(self.tr("Finding out where models run…"))
        worker = _detect_device()
        self._detector = worker
        worker.succeeded.connect(self._device_found)
        worker.failed.connect(self._device_not_found)
        return self.session.run(worker)

    def _device_found(self, result: tuple[Any, str]) -> None:
        self.accelerator, self.device = result
        self._detector = None
        gpu = bool(self.accelerator.gpu_offload)
        self.device_choice.clear()
        if gpu:
            self.device_choice.addItem(self.tr("GPU: {0}").format(self.accelerator.gpu_name()), "gpu")
            level = self.accelerator.cpu_code.level
            self.device_choice.addItem(self.tr("CPU: {0}").format(level) if level else self.tr("CPU"), "cpu")
            self.device_choice.setCurrentIndex(max(self.device_choice.findData(self.device), 0))
        self.device_choice_label.setVisible(gpu)
        self.device_choice.setVisible(gpu)
        self._show_device()

    def _device_not_found(self, _sentence: str) -> None:
        self._detector = None  # the message bar says why; showing the page again retries
        self.device_label.setText(self.tr("Could not find out where models run."))

    def _show_device(self) -> None:
        found = self.accelerator
        if found.runs_on_gpu(self.device):
            text = self.tr("Models run on: {0}, every layer offloaded to the GPU.").format(found.gpu_name())
            tip = ""
        elif found.gpu_offload:
            text = fill(self.tr("Models run on: the CPU with {0} code ({1} threads); {2} is not used."), found.cpu_code.level, found.threads, found.gpu_name())
            tip = ""
        else:
            text = fill(self.tr("Models run on: the CPU with {0} code ({1} threads) — no GPU found."), found.cpu_code.level, found.threads)
            tip = self.tr("This installation's llama.cpp has no GPU support, or found no GPU it can use. The CUDA and Vulkan editions use a GPU when there is one.")
        self.device_label.setText(text)
        variant = self.tr("llama.cpp's CPU code: {0}, chosen for this processor when Handloom starts.").format(found.cpu_code.describe())
        self.device_label.setToolTip("\n".join(part for part in (found.cpu, variant, tip) if part))
        self.device_shown.emit("gpu" if found.runs_on_gpu(self.device) else "cpu")

    def _device_chosen(self, _index: int) -> None:
        choice = self.device_choice.currentData()
        if isinstance(choice, str):
            self.choose_device(choice)

    def choose_device(self, device: str) -> None:
        """Save the choice of GPU or CPU for the models loaded from now on."""
        from core.engine.accelerator import choose_device

        try:
            choose_device(device)
        except OSError as error:
            self.session.error.emit(self.tr("Could not save the choice: {0}").format(error.strerror or error))
            return
        self.device = device
        if self.accelerator is not None:
            self.device_choice.setCurrentIndex(max(self.device_choice.findData(device), 0))
            self._show_device()

    def refresh(self) -> None:
        path = self.session.path
        if path is None:
            self.show_models([], [])
            return
        self.read("models", _read_models(path), lambda result: self.show_models(*result))

    def show_models(self, models: list[dict[str, Any]], templates: list[tuple[str, str]]) -> None:
        self.models, self.templates = models, templates
        for row in range(len(models), self.table.rowCount()):
            old = self.table.cellWidget(row, TEMPLATE_COLUMN)
            if old is not None:
                old.hide()
        self.table.setRowCount(len(models))
        for row, m in enumerate(models):
            cells = (
                self.tr("{0}  (bundled)").format(m["name"]) if m.get("bundled") else m["name"],
                self.tr(_KINDS.get(m["kind"], m["kind"])),
                m.get("architecture") or "",
                _parameters(m.get("parameters")),
                _size(m.get("size")),
                m.get("quantisation") or "",
                m.get("licence") or self.tr("not stated"),
                ", ".join(m.get("languages") or []),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            self._template_cell(row, m)
        self._show_detail()
        self.models_shown.emit()

    def _template_cell(self, row: int, model: dict[str, Any]) -> None:
        old = self.table.cellWidget(row, TEMPLATE_COLUMN)
        if old is not None:
            old.hide()  # deleted later by Qt; hidden now so it never shows over the new one
            self.table.removeCellWidget(row, TEMPLATE_COLUMN)
        if model["kind"] == "remote":
            self.table.setItem(row, TEMPLATE_COLUMN, QTableWidgetItem(self.tr("the server's")))
            return
        if model.get("has_chat_template") and not model.get("template_choice"):
            self.table.setItem(row, TEMPLATE_COLUMN, QTableWidgetItem(self.tr("the model's own")))
            return
        self.table.setItem(row, TEMPLATE_COLUMN, QTableWidgetItem(""))
        combo = QComboBox(self.table)
        combo.setObjectName(f"template-{model['name']}")
        combo.addItem(self.tr(NO_CHOICE) if not model.get("has_chat_template") else self.tr("the model's own"), None)
        for name, title in self.templates:
            combo.addItem(self.tr(TEMPLATE_WORDS[name]) if name in TEMPLATE_WORDS else name, name)
            combo.setItemData(combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(model.get("template_choice")), 0))
        combo.setToolTip(self.tr("The prompt format for a model whose file has no chat template"))
        combo.setProperty("model", model["name"])
        combo.currentIndexChanged.connect(self._template_chosen)
        self.table.setCellWidget(row, TEMPLATE_COLUMN, combo)

    def _template_chosen(self, _index: int) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox):
            self.set_template(str(combo.property("model")), combo.currentData())

    def _show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        model = self.models[rows[0].row()] if rows else None
        if model is None:
            self.detail.setText(self.tr("{0} models registered.").format(number(len(self.models))) if self.models else "")
            return
        where = (", ".join(e["url"] for e in model.get("endpoints") or []) or model.get("path")
                 or "")
        # names and paths come from files strangers make: shown as text, never as markup
        parts = [f"<b>{html.escape(model['name'])}</b>: {html.escape(where)}"]
        if model.get("remote_model"):
            parts.append(self.tr("serves “{0}”").format(html.escape(model["remote_model"])))
        if model.get("context_length"):
            parts.append(self.tr("context %Ln token(s)", None, model["context_length"]))
        if model.get("sha256"):
            parts.append(f"sha256 {model['sha256'][:16]}…")
        self.detail.setText(" · ".join(parts))

    # -- changing the registry ----------------------------------------------------------

    def choose_gguf(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a GGUF model"), str(Path.home()), self.tr("GGUF models (*.gguf);;All files (*)")
        )
        if name:
            self.add_gguf(Path(name))

    def add_gguf(self, file: Path, name: str | None = None) -> Worker | None:
        """Register a GGUF file (its header is checked and it is hashed in the background)."""
        self.status.setText(self.tr("Reading {0}…").format(file.name))
        return self._run("add_gguf", str(file), name)

    def choose_server(self) -> None:
        dialog = ServerDialog(self)
        if dialog.exec():
            self.add_server(*dialog.values())
        dialog.deleteLater()

    def add_server(
        self, name: str, endpoints: str | list[str], model: str, licence: str | None = None,
        concurrency: int = 8,
    ) -> Worker | None:
        """Register a model on one server or a pool of them (``endpoints``: addresses)."""
        from core.engine.endpoints import endpoints_from
        from core.errors import HandloomError

        if not model:
            self.session.error.emit(self.tr("Say which model the server should run."))
            return None
        try:
            pool = endpoints_from([endpoints] if isinstance(endpoints, str) else endpoints,
                                  concurrency)
        except HandloomError as e:
            self.session.error.emit(str(e))
            return None
        return self._run("add_remote", name, pool, model, licence)

    def set_template(self, model: str, choice: str | None) -> Worker | None:
        return self._run("set_template_choice", model, choice)

    def _run(self, change: str, *args: Any) -> Worker | None:
        path = self.session.path
        if path is None:
            return None
        worker = _change(path, change, *args)
        worker.succeeded.connect(lambda record: self._changed(record.to_json()))
        worker.failed.connect(self._change_failed)
        return self.session.run(worker)

    def _changed(self, model: dict[str, Any]) -> None:
        self.status.setText("")
        self.model_changed.emit(model)
        self.session.data_changed.emit()  # every page's model choices follow

    def _change_failed(self, _sentence: str) -> None:
        self.status.setText("")  # the message bar says what went wrong
        self.refresh()  # a template combo shows what is really stored
