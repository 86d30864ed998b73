"""Where an export goes: a folder the person types or picks, new or empty, shown in full
before anything is written; and, afterwards, where it went with a button that opens it.

The picker starts near the person's work (the last export's folder, else the last imported
file's, else the project's), a folder that does not exist yet is created, and the dataset
goes exactly into the folder named in the field: a non-empty folder picked with "Choose…"
becomes a new folder inside it, written into the field where the person sees and can
change it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.shell.i18n import left_to_right
from app.stages.base import row_of
from app.widgets.dialog_buttons import dialog_buttons


def new_folder_in(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``… when that is taken."""
    target, n = folder / name, 1
    while target.exists():
        n += 1
        target = folder / f"{name}-{n}"
    return target


def _is_empty_folder(path: Path) -> bool:
    return path.is_dir() and not any(path.iterdir())


class ExportDialog(QDialog):
    """Asks for the export's folder; ``folder()`` is exactly where the dataset will go."""

    def __init__(self, parent: QWidget, start: Path, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the dataset"))
        self.setMinimumWidth(560)
        self.name = name
        self.path = QLineEdit(str(new_folder_in(start, name)), self)
        self.path.setAccessibleName(self.tr("Export folder"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        row = row_of(self.path, self.choose_button)
        self.buttons, self.export_button = dialog_buttons(self, self.tr("Export"))
        intro = QLabel(
            self.tr("The dataset, its card and its licence are written into this folder. "
                    "Type a new folder's name to create it, or choose an empty folder."),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(self._check)
        self._check()

    def folder(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def choose(self) -> None:
        """Qt's folder picker, opened where the field points (or its nearest folder)."""
        near = self.folder()
        while not near.is_dir() and near != near.parent:
            near = near.parent
        picked = QFileDialog.getExistingDirectory(
            self, self.tr("Export the dataset into…"), str(near)
        )
        if picked:
            self.use_folder(Path(picked))

    def use_folder(self, picked: Path) -> None:
        """An empty folder is used as it is; a folder with files in it gets a new folder
        inside, written into the field for the person to see."""
        if _is_empty_folder(picked):
            self.path.setText(str(picked))
        else:
            self.path.setText(str(new_folder_in(picked, self.name)))
            self.note.setText(
                self.tr("{0} already holds files, so the dataset goes into a new folder "
                        "inside it, named above; change the name if you like.").format(
                    left_to_right(picked))
            )

    def _check(self) -> None:
        text, folder = self.path.text().strip(), self.folder()
        if not text or not folder.is_absolute():
            ok, said = False, self.tr("Type the full path of a folder, or choose one.")
        elif folder.exists() and not folder.is_dir():
            ok, said = False, self.tr("{0} is a file, not a folder.").format(left_to_right(folder))
        elif folder.is_dir() and any(folder.iterdir()):
            ok, said = False, self.tr("{0} already holds files; choose an empty or new "
                                      "folder.").format(left_to_right(folder))
        elif folder.is_dir():
            ok, said = True, self.tr("The dataset goes into this empty folder.")
        else:
            ok, said = True, self.tr("This folder will be created.")
        self.export_button.setEnabled(ok)
        self.note.setText(said)


class ExportedBox(QMessageBox):
    """Where the export went, with "Open folder"."""

    def __init__(self, parent: QWidget, sentence: str, folder: Path) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Exported"))
        self.setText(sentence)
        self.open_button = self.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.open_button.clicked.connect(self.open_folder)

    def open_folder(self) -> bool:
        """Show the folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
