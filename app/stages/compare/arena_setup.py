"""The Compare page's set-up column: the evaluation set (pick one, or make a held-out split, a
chosen subset or a set from a prompts file) and the 2–4 models to compare."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.shell.numbers import fill

MAX_MODELS = 4
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # a model row's name without its answer count
KINDS = ("held_out", "subset", "prompts")


def kind_label(kind: str, model: dict[str, Any]) -> str:
    """How a model is listed: its name and, unless a plain GGUF, what it is."""
    if kind == "remote":
        where = model.get("endpoint") or QCoreApplication.translate("ModelsPanel", "server")
        return f"{model['name']}  ({where})"
    if kind == "gguf+adapter":
        return QCoreApplication.translate("ModelsPanel", "{0}  (+ adapter)").format(model["name"])
    return str(model["name"])


# The sentences the project stores for a set (core.compare.eval_sets), in the interface's
# language; a description of another form is shown as stored.
_DESCRIPTIONS = (
    (r"(\d+) held-out instructions in (.+)",
     QT_TRANSLATE_NOOP("EvalSets", "{0} held-out instructions in {1}")),
    (r"(\d+) held-out instructions", QT_TRANSLATE_NOOP("EvalSets", "{0} held-out instructions")),
    (r"(\d+) chosen instructions", QT_TRANSLATE_NOOP("EvalSets", "{0} chosen instructions")),
    (r"(\d+) instructions chosen by a filter",
     QT_TRANSLATE_NOOP("EvalSets", "{0} instructions chosen by a filter")),
    (r"(\d+) prompts from (.+)", QT_TRANSLATE_NOOP("EvalSets", "{0} prompts from {1}")),
)


def describe_set(description: str | None) -> str:
    """An evaluation set's stored description as the interface language says it."""
    for pattern, sentence in _DESCRIPTIONS:
        found = re.fullmatch(pattern, description or "")
        if found:
            count, *rest = found.groups()  # the count in the language's digits, names as they are
            return fill(QCoreApplication.translate("EvalSets", str(sentence)), int(count), *rest)
    return description or ""

class EvalSetPanel(QGroupBox):
    """Pick an evaluation set, or describe a new one and ask for it to be made."""

    set_chosen = Signal()
    create_requested = Signal(dict)  # the spec for arena_ops.make_eval_set

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Evaluation set"))
        self.sets = QComboBox(self)
        self.known: dict[str, dict[str, Any]] = {}
        self.sets.currentIndexChanged.connect(self._describe)
        self.sets.currentIndexChanged.connect(self.set_chosen)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setMinimumHeight(self.about.fontMetrics().lineSpacing())  # empty or not
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("name of a new set"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Held-out split of the instructions"), "held_out")
        self.kind.addItem(self.tr("Chosen subset (search)"), "subset")
        self.kind.addItem(self.tr("Prompts from a file"), "prompts")
        self.prompt_count = QSpinBox(self)
        self.prompt_count.setRange(1, 10_000)
        self.prompt_count.setValue(30)
        self.language = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("words the instructions contain"))
        self.file = ""
        self.file_button = QPushButton(self.tr("Choose a file…"), self)
        self.file_button.clicked.connect(self._choose_file)
        self.extra = QStackedWidget(self)
        self.extra.addWidget(QWidget(self))
        self.extra.addWidget(self.search)
        self.extra.addWidget(self.file_button)
        self.kind.currentIndexChanged.connect(self.extra.setCurrentIndex)
        self.kind.currentIndexChanged.connect(  # a prompts file is read whole
            lambda n: self.prompt_count.setEnabled(self.kind.itemData(n) != "prompts"))
        self.create_button = QPushButton(self.tr("Make the set"), self)
        self.create_button.clicked.connect(self._create)

        form = QFormLayout(self)
        form.addRow(self.sets)
        form.addRow(self.about)
        form.addRow(QLabel(self.tr("<b>New set</b>"), self))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("From"), self.kind)
        form.addRow(self.tr("Prompts"), self.prompt_count)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.extra)
        form.addRow(self.create_button)

    def fill(self, sets: list[dict[str, Any]], languages: list[str], keep: str | None) -> None:
        """List the sets (keeping ``keep`` chosen when it remains) and the languages."""
        self.sets.blockSignals(True)
        self.sets.clear()
        for s in sets:
            self.sets.addItem(fill(self.tr("{0} ({1} prompts)"), s["name"], s["items"]),
                              s["name"])
        if not sets:
            self.sets.addItem(self.tr("No evaluation set yet: make one below"), None)
        self.sets.setCurrentIndex(max(0, self.sets.findData(keep)) if keep else
                                  self.sets.count() - 1)
        self.sets.blockSignals(False)
        self.known = {s["name"]: s for s in sets}
        self._describe()
        current = self.language.currentData()
        self.language.clear()
        self.language.addItem(self.tr("Any language"), None)
        for code in languages:
            self.language.addItem(code, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))

    def _describe(self) -> None:
        chosen = self.known.get(self.current() or "")
        self.about.setText(describe_set(chosen["description"]) if chosen else "")

    def items(self) -> int:
        chosen = self.known.get(self.current() or "")
        return int(chosen["items"]) if chosen else 0

    def current(self) -> str | None:
        data = self.sets.currentData()
        return str(data) if data else None

    def spec(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "name": self.name.text().strip(),
                "size": self.prompt_count.value(), "language": self.language.currentData(),
                "search": self.search.text().strip(), "file": self.file}

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Evaluation prompts"), "",
            self.tr("Prompts (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;All files (*)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        self.file = path
        self.file_button.setText(path.rsplit("/", 1)[-1])
        if not self.name.text().strip():
            self.name.setText(path.rsplit("/", 1)[-1].rsplit(".", 1)[0])

    def _create(self) -> None:
        self.create_requested.emit(self.spec())


class ModelsPanel(QGroupBox):
    """The registered models with a check box each: the 2–4 checked ones are compared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Models to compare (2–4)"))
        self.list = QListWidget(self)
        # How many prompts each ticked model answered is said in its own row, so ticking a
        # model changes no row count and moves no field below the list.
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._item_changed)
        column = QVBoxLayout(self)
        column.addWidget(self.list)
        hint = QLabel(self.tr("GGUF models, tuned models (GGUF + adapter) and servers are "
                              "added on the Models page."), self)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint)
        column.addLayout(row)
        self._fit_list()

    def fill(self, models: list[dict[str, Any]]) -> None:
        checked = set(self.checked())
        self.list.blockSignals(True)
        self.list.clear()
        for model in models:
            label = kind_label(model["kind"], model)
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, model["name"])
            item.setData(LABEL_ROLE, label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if model["name"] in checked
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._fit_list()

    def _fit_list(self) -> None:
        """As tall as its rows (two to eight), so the boxes below are not pushed out of
        view by empty room."""
        rows = min(max(self.list.count(), 2), 8)
        row = self.fontMetrics().height()
        # Each row as tall as it will be once it says how many prompts its model answered:
        # in Arabic that line mixes scripts and is taller than the name alone, and the second
        # row was cut in half.
        self.list.blockSignals(True)
        for n in range(self.list.count()):
            item = self.list.item(n)
            shown = item.text()
            item.setText(fill(self.tr("{0}: {1} of {2} prompts answered"),
                              item.data(LABEL_ROLE), 0, 0))
            row = max(row, self.list.sizeHintForRow(n))
            item.setText(shown)
        self.list.blockSignals(False)
        self.list.setFixedHeight(rows * max(row, self.fontMetrics().height())
                                 + 2 * self.list.frameWidth() + 4)

    def checked(self) -> list[str]:
        return [str(self.list.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(self.list.count())
                if self.list.item(n).checkState() == Qt.CheckState.Checked]

    def check(self, names: list[str]) -> None:
        """Check exactly ``names`` (the first four), then say once that the choice changed."""
        names = names[:MAX_MODELS]
        self.list.blockSignals(True)
        for n in range(self.list.count()):
            item = self.list.item(n)
            wanted = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()

    def show_answered(self, answered: dict[str, int], items: int) -> None:
        """Say in each ticked model's row how many of the set's ``items`` it answered."""
        chosen = set(self.checked())
        self.list.blockSignals(True)
        for n in range(self.list.count()):
            item = self.list.item(n)
            name, label = item.data(Qt.ItemDataRole.UserRole), item.data(LABEL_ROLE)
            text = (fill(self.tr("{0}: {1} of {2} prompts answered"),
                          label, answered.get(name, 0), items) if name in chosen and items else label)
            item.setText(text)
            item.setToolTip(text)
        self.list.blockSignals(False)

    def answered_text(self) -> str:
        """The ticked models' rows, one a line (what the list says about their answers)."""
        return "\n".join(self.list.item(n).text() for n in range(self.list.count())
                         if self.list.item(n).checkState() == Qt.CheckState.Checked)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked and len(self.checked()) > MAX_MODELS:
            self.list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)  # at most four answers side by side
            self.list.blockSignals(False)
            return
        self.changed.emit()
