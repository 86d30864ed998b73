"""Each text in its own direction, in an English (left-to-right) interface: Arabic and
Hebrew rows and panes are laid out from the right, English ones from the left. Checked on
what is drawn (where the ink of each row lies), not only on the flags set."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget

from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from app.stages.generate.page import GeneratePage
from app.widgets.instruction_model import RTL_ROLE
from app.widgets.stream_view import StreamView
from app.widgets.text_editor import TextPane
from tests.gui.bulk import project_with

ROWS = [
    ("Explain why the sky is blue.", "en", "Latn"),
    ("كيف أحضّر لامتحان الرياضيات؟", "ar", "Arab"),
    ("מה שלומך היום?", "he", "Hebr"),
    ("Andika barua fupi kwa mwalimu.", "sw", "Latn"),
]
RTL = {"ar", "he"}


def _ink(image: QImage, rect: QRect) -> tuple[int, int]:
    """Leftmost and rightmost columns in ``rect`` whose pixels differ from its background
    (the commonest colour)."""
    rect = rect.intersected(image.rect())
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            counts[image.pixel(x, y)] += 1
    background = counts.most_common(1)[0][0]
    columns = [
        x
        for x in range(rect.left(), rect.right() + 1)
        if any(image.pixel(x, y) != background for y in range(rect.top(), rect.bottom() + 1))
    ]
    assert columns, "nothing drawn"
    return columns[0], columns[-1]


def _assert_side(image: QImage, rect: QRect, rtl: bool, what: str) -> None:
    left, right = _ink(image, rect)
    gap_left, gap_right = left - rect.left(), rect.right() - right
    if rtl:
        assert gap_right < gap_left, f"{what} should hug the right: ink {left}-{right} in {rect}"
    else:
        assert gap_left < gap_right, f"{what} should hug the left: ink {left}-{right} in {rect}"


def test_the_instruction_table_sets_each_row_by_its_text(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.open_project(project_with(tmp_path / "bidi.handloom", ROWS))
    curate = window.page(CuratePage)
    window.show_page(curate)
    table, model = curate.table, curate.model
    table.setColumnWidth(0, 600)
    qtbot.waitUntil(lambda: model.rowCount() == len(ROWS))
    table.clearSelection()
    QApplication.processEvents()
    image = table.viewport().grab().toImage()
    delegate = table.itemDelegate()
    for row, (text, language, _) in enumerate(ROWS):
        index = model.index(row, 0)
        rtl = language in RTL
        assert index.data(RTL_ROLE) is rtl
        alignment = Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole))
        expected = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        assert alignment & expected and alignment & Qt.AlignmentFlag.AlignAbsolute
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert option.direction == (
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        cell = table.visualRect(index).adjusted(2, 2, -2, -2)
        _assert_side(image, cell, rtl, text)


def test_in_a_right_to_left_interface_english_rows_stay_left_to_right(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """In an Arabic interface an English question keeps its question mark at its end (on
    the right), drawn from the left; an Arabic one still reads from the right."""
    assert window.open_project(project_with(tmp_path / "bidi-rtl.handloom", ROWS))
    curate = window.page(CuratePage)
    window.show_page(curate)
    model = curate.model
    qtbot.waitUntil(lambda: model.rowCount() == len(ROWS))
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        delegate = curate.table.itemDelegate()
        for row, (_, language, _) in enumerate(ROWS):
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, model.index(row, 0))
            assert option.direction == (
                Qt.LayoutDirection.RightToLeft
                if language in RTL
                else Qt.LayoutDirection.LeftToRight
            )
        # Other columns (codes, statuses) follow the interface.
        option = QStyleOptionViewItem()
        option.direction = Qt.LayoutDirection.RightToLeft
        delegate.initStyleOption(option, model.index(0, 1))
        assert option.direction == Qt.LayoutDirection.RightToLeft
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_text_pane_follows_each_text_not_the_interface(qtbot) -> None:
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.resize(500, 120)
    pane.show()
    for text, language, _ in ROWS:
        rtl = language in RTL
        pane.show_text(text, language=language)
        option = pane.document().defaultTextOption()
        assert option.textDirection() == (
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        QApplication.processEvents()
        image = pane.viewport().grab().toImage()
        first_line = QRect(0, 0, pane.viewport().width(), pane.fontMetrics().height() + 8)
        _assert_side(image, first_line, rtl, text)


def test_responses_and_streamed_text_take_their_own_side(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.open_project(project_with(tmp_path / "answers.handloom", ROWS))
    generate = window.page(GeneratePage)
    window.show_page(generate)
    browser = generate.browser
    browser.show_instructions(
        [
            {"id": str(i), "text": text, "responses": 1, "models": 1, "language": language}
            for i, (text, language, _) in enumerate(ROWS)
        ]
    )
    for row, (_, language, _) in enumerate(ROWS):
        item = browser.list.item(row)
        assert bool(item.data(RTL_ROLE)) is (language in RTL)
        side = Qt.AlignmentFlag(item.textAlignment())
        assert side & (
            Qt.AlignmentFlag.AlignRight if language in RTL else Qt.AlignmentFlag.AlignLeft
        )
    answer = {
        "model": "m", "sample_index": 0, "completion_tokens": 5, "finish_reason": "stop",
        "seconds": 1.0, "selected": False,
    }  # fmt: skip
    browser.show_responses([{**answer, "text": "السماء زرقاء بسبب تشتت الضوء."}])
    assert browser.text.document().defaultTextOption().textDirection() == (
        Qt.LayoutDirection.RightToLeft
    )
    browser.show_responses([{**answer, "text": "The sky is blue because light scatters."}])
    assert browser.text.document().defaultTextOption().textDirection() == (
        Qt.LayoutDirection.LeftToRight
    )

    stream = StreamView()
    qtbot.addWidget(stream)
    stream.resize(600, 400)
    stream.show()
    stream.add({"a": "שמיים כחולים כי האור מתפזר.", "b": "Light scatters."})
    QApplication.processEvents()
    for slot, rtl in ((stream.slot_of["a"], True), (stream.slot_of["b"], False)):
        card: QWidget = stream.cards[slot]
        image = card.grab().toImage()
        line = card.fontMetrics().height()
        body = QRect(4, line + 6, card.width() - 8, line)  # the line under the title
        _assert_side(image, body, rtl, f"card {slot}")


def test_the_compare_panes_show_each_answer_on_its_side(qtbot) -> None:
    from app.stages.compare.arena_view import ArenaView

    view = ArenaView()
    qtbot.addWidget(view)
    ballot = {
        "position": 0, "eval_set": "held-out", "voted": 0, "remaining": 1, "language": "ar",
        "instruction": "ما هي عاصمة كينيا؟",
        "answers": ["عاصمة كينيا هي نيروبي.", "Nairobi is the capital."],
    }  # fmt: skip
    view.show_ballot(ballot, "")
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert view.instruction.document().defaultTextOption().textDirection() == rtl
    directions = [t.document().defaultTextOption().textDirection() for t in view.texts[:2]]
    assert directions == [rtl, ltr]
