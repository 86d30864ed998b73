"""A path inside a sentence of a right-to-left interface reads left to right: in Arabic,
"…محفوظ في /tmp/look/data/Demo.handloom." and never "tmp/look/data/Demo.handloom/". Checked
on Qt's own layout of the string each label gets (where each character is drawn), for the
next-step strip's demo sentence and the export dialog's notes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QWidget

from app.shell import i18n
from app.shell.i18n import left_to_right
from app.stages.publish.export_dialog import ExportDialog


@pytest.fixture
def arabic(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install("ar")
    try:
        yield
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)


def _drawn_left_to_right(sentence: str, path: str) -> bool:
    """Whether Qt lays out ``path`` inside ``sentence``, in a right-to-left paragraph, with
    each of its characters left of the next (its first slash on the left)."""
    layout = QTextLayout(sentence, QFont(QApplication.font()))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)  # one line: wrapping is not what is checked
    layout.endLayout()
    start = sentence.index(path)
    # Where the cursor stands between each two of its characters (the edges of the path are
    # run boundaries, where Qt's cursor may stand on either side): left to right, the x of
    # each boundary grows; a slash that jumps to the other end breaks the order.
    edges = [line.cursorToX(start + i)[0] for i in range(1, len(path))]
    return edges == sorted(edges) and len(set(edges)) == len(edges)


def test_a_bare_path_would_jump_and_an_isolated_one_does_not(arabic: None) -> None:
    """The check itself: the fault it guards against is there without the isolate."""
    path = "/tmp/look/data/Demo.handloom"
    sentence = QCoreApplication.translate("NextStepBar", "This is the demo project, kept at {0}.")
    assert sentence != "This is the demo project, kept at {0}."  # the Arabic one
    assert not _drawn_left_to_right(sentence.format(path), path)
    assert _drawn_left_to_right(sentence.format(left_to_right(path)), path)
    in_arabic = "/home/أمينة/data/Demo.handloom"  # a folder named in Arabic
    assert _drawn_left_to_right(sentence.format(left_to_right(in_arabic)), "/home/")


def test_the_export_dialog_names_its_folders_left_to_right(
    arabic: None, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "old.txt").write_text("x", encoding="utf-8")
    dialog = ExportDialog(parent, tmp_path, "tales")
    dialog.use_folder(folder)  # holds files: a new folder inside, and a note naming it
    note = dialog.note.text()
    assert f"\u2066{folder}\u2069" in note and _drawn_left_to_right(note, str(folder))
    file = folder / "old.txt"
    dialog.path.setText(str(file))  # a file, not a folder
    note = dialog.note.text()
    assert f"\u2066{file}\u2069" in note and _drawn_left_to_right(note, str(file))
    dialog.reject()
