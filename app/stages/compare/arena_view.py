"""The arena's voting view: the instruction and 2–4 unnamed answers side by side, vote
buttons that show their keys, and the models' names revealed once the vote is stored.

Keys (shortcuts active while the focus is in the view): with two answers ← or A (left is
better), → or L (right is better); with three or four the number of the best answer (1–4
also work with two); ↓ or T (tie), B (both / all bad); after the vote, Space, Enter or N
shows the next item.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.shell.numbers import fill
from app.widgets.text_editor import TextPane

MAX_ANSWERS = 4
# key → the choice it makes ("left"/"right" only with two answers, digits up to the count)
KEYS: dict[str, str] = {
    "Left": "left",
    "A": "left",
    "Right": "right",
    "L": "right",
    "Down": "tie",
    "T": "tie",
    "B": "both_bad",
    "1": "1",
    "2": "2",
    "3": "3",
    "4": "4",
    "Space": "next",
    "Return": "next",
    "Enter": "next",
    "N": "next",
}


def _keys_for(choice: str) -> str:
    return ", ".join(key for key, made in KEYS.items() if made == choice)


def _what(choice: str) -> str:
    """What a vote key does, for the keyboard shortcuts overlay."""
    named = {"left": QCoreApplication.translate("ArenaView", "Left is better"), "right": QCoreApplication.translate("ArenaView", "Right is better"), "tie": QCoreApplication.translate("ArenaView", "Tie"),
             "both_bad": QCoreApplication.translate("ArenaView", "Both are bad"), "next": QCoreApplication.translate("ArenaView", "Next ballot")}  # fmt: skip
    return named.get(choice) or QCoreApplication.translate("ArenaView", "{0} is best").format(
        choice
    )


def buttons_for(count: int) -> list[tuple[str, str]]:
    """(button text with its keys, choice) for a ballot of ``count`` answers."""
    if count == 2:
        picks = [
            (QCoreApplication.translate("ArenaView", "Left is better") + "   ← / A", "left"),
            (QCoreApplication.translate("ArenaView", "Right is better") + "   → / L", "right"),
            (QCoreApplication.translate("ArenaView", "Tie") + "   ↓ / T", "tie"),
            (QCoreApplication.translate("ArenaView", "Both are bad") + "   B", "both_bad"),
        ]
    else:
        picks = [
            (QCoreApplication.translate("ArenaView", "{0} is best").format(n) + f"   {n}", str(n))
            for n in range(1, count + 1)
        ]
        picks += [
            (QCoreApplication.translate("ArenaView", "All as good") + "   ↓ / T", "tie"),
            (QCoreApplication.translate("ArenaView", "All are bad") + "   B", "both_bad"),
        ]
    return picks


def _pane(parent: QWidget) -> TextPane:
    """A read-only text laid out in its own direction with the language's fonts; it never
    takes the focus, so the arrow keys vote instead of scrolling."""
    return TextPane(parent)


class ArenaView(QWidget):
    """Shows one ballot; emits the person's choice and asks for the next item."""

    vote_chosen = Signal(str)  # "left", "right", "1".."4", "tie" or "both_bad"
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ballot: dict[str, Any] | None = None
        self.revealed = False
        self.busy = False  # a vote is being stored
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.instruction = _pane(self)
        self.instruction.setMaximumHeight(self.fontMetrics().height() * 7)
        self.panes: list[QGroupBox] = []
        self.texts: list[TextPane] = []
        answers_row = QHBoxLayout()
        for _ in range(MAX_ANSWERS):
            pane = QGroupBox(self)
            pane.setLayoutDirection(QGuiApplication.layoutDirection())  # its title, as ever
            text = _pane(pane)
            text.setAccessibleName(self.tr("Answer {0}").format(len(self.texts) + 1))
            QVBoxLayout(pane).addWidget(text)
            answers_row.addWidget(pane, 1)
            self.panes.append(pane)
            self.texts.append(text)
        self.buttons: list[QPushButton] = []
        self.button_row = QHBoxLayout()
        self.next_button = QPushButton(self.tr("Next") + "   Space / N", self)
        self.next_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_button.setProperty("keys", _keys_for("next"))  # reached by its keys
        self.next_button.clicked.connect(self.next_requested)
        self.reveal = QLabel(self)
        self.reveal.setWordWrap(True)
        self.reveal.setTextFormat(Qt.TextFormat.RichText)
        column = QVBoxLayout(self)
        column.addWidget(self.status)
        column.addWidget(QLabel(self.tr("Instruction"), self))
        column.addWidget(self.instruction)
        # Left and Right are the screen's sides, like the arrow keys that vote for them, in
        # a right-to-left interface too: the answers and the vote buttons are not mirrored.
        sides = QWidget(self)
        sides.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        sides_column = QVBoxLayout(sides)
        sides_column.setContentsMargins(0, 0, 0, 0)
        sides_column.addLayout(answers_row, 1)
        sides_column.addLayout(self.button_row)
        column.addWidget(sides, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reveal, 1)
        bottom.addWidget(self.next_button)
        column.addLayout(bottom)
        self.shortcuts = []
        for key, choice in KEYS.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setWhatsThis(_what(choice))  # listed by Help ▸ Keyboard shortcuts
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda c=choice: self.press(c))
            self.shortcuts.append(shortcut)
        self.show_ballot(None, "")

    # -- what is shown ----------------------------------------------------------------

    def count(self) -> int:
        return len(self.ballot["answers"]) if self.ballot else 0

    def show_ballot(self, ballot: dict[str, Any] | None, message: str) -> None:
        """Show a ballot (its answers unnamed), or ``message`` when there is none."""
        self.ballot, self.revealed, self.busy = ballot, False, False
        count = self.count()
        self.status.setText(
            message
            if ballot is None
            else fill(self.tr(
                "Item {0} of the set “{1}” · {2} voted, {3} to go · blind: the answers are shuffled "
                "and their models hidden until you vote"
            ), ballot["position"] + 1, ballot["eval_set"], ballot["voted"], ballot["remaining"])
        )
        language = ballot["language"] if ballot else None
        self.instruction.show_text(ballot["instruction"] if ballot else "", None, language)
        for n, (pane, text) in enumerate(zip(self.panes, self.texts, strict=True)):
            pane.setVisible(n < count)
            if n < count and ballot is not None:
                text.show_text(ballot["answers"][n], None, language)
                pane.setTitle(self._side(n, count))
        while self.buttons:
            button = self.buttons.pop()
            self.button_row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        for label, choice in buttons_for(count) if count else []:
            button = QPushButton(label, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("keys", _keys_for(choice))  # reached by its keys
            button.clicked.connect(lambda _=False, c=choice: self.press(c))
            self.button_row.addWidget(button)
            self.buttons.append(button)
        self.reveal.setText("")
        self._enable()

    def _side(self, n: int, count: int) -> str:
        if count == 2:
            return self.tr("Left") if n == 0 else self.tr("Right")
        return self.tr("Answer {0}").format(n + 1)

    def show_result(self, result: dict[str, Any]) -> None:
        """Reveal who wrote each answer after the vote was stored."""
        self.revealed, self.busy = True, False
        names, count = result["names"], len(result["names"])
        for n, name in enumerate(names):
            best = name == result["winner"]
            self.panes[n].setTitle(f"{self._side(n, count)} — {name}" + (" ✓" if best else ""))
        if result["winner"]:
            verdict = self.tr("You chose <b>{0}</b>.").format(html.escape(result["winner"]))
        elif result["choice"] == "tie":
            verdict = self.tr("You called it a tie.")
        else:
            verdict = self.tr("You found them all bad.")
        shown = " · ".join(
            f"{self._side(n, count)}: <b>{html.escape(name)}</b>" for n, name in enumerate(names)
        )
        self.reveal.setText(f"{verdict} {shown}")
        self._enable()

    def _enable(self) -> None:
        voting = self.ballot is not None and not self.revealed and not self.busy
        for button in self.buttons:
            button.setEnabled(voting)
        self.next_button.setEnabled(self.revealed)

    # -- keys and buttons -------------------------------------------------------------

    def press(self, choice: str) -> None:
        """A key or button: a vote while the answers are hidden, Next once they are shown."""
        if choice == "next":
            if self.revealed:
                self.next_requested.emit()
            return
        count = self.count()
        if not count or self.revealed or self.busy:
            return
        if choice in ("left", "right") and count != 2:
            return
        if choice.isdigit() and int(choice) > count:
            return
        self.busy = True
        self._enable()
        self.vote_chosen.emit(choice)

    def vote_failed(self) -> None:
        self.busy = False
        self._enable()
