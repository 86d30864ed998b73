"""One item under review with its context.

A translation shows its source, the machine translation and the post-edit side by side; a
response shows its instruction, the response, and every response to that instruction; a
plain instruction shows its text. Each text is laid out in its own direction and drawn with
the faces its language needs. The pane that ``E`` edits is ``editor``.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shell import theme
from app.shell.i18n import code_label
from app.shell.numbers import fill, moment, number
from app.widgets.text_editor import TextPane, qt_direction

_STARS = "★★★★★☆☆☆☆☆"
NAME_CHARS = 200  # a name from someone else's file may be megabytes long; labels show its start


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"


def stars(rating: int | None) -> str:
    return _STARS[5 - rating : 10 - rating] if rating else ""


def _visible(widget: QWidget, shown: bool) -> None:
    """Show or hide ``widget`` only if that changes something: each change lays out again."""
    if widget.isHidden() == shown:
        widget.setVisible(shown)


def _language(code: str | None) -> str:
    if not code:
        return QCoreApplication.translate("ReviewItemView", "unknown language")
    from app.widgets.instruction_model import language_label

    return f"{language_label(code)} [{code}]"


class ReviewItemView(QWidget):
    """``show_item(item)`` draws a ``ReviewItem`` (or a sentence when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Any = None
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.titles = [QLabel(self) for _ in range(3)]
        self.context = TextPane(self)  # the source, or the instruction of a response
        self.machine = TextPane(self)  # the untouched machine translation
        self.editor = TextPane(self)  # what is reviewed: the post-edit, response or text
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.siblings = QListWidget(self)
        self.siblings.setAccessibleName(self.tr("Every response to this instruction"))
        self.siblings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.siblings.setMaximumHeight(150)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.panes = panes = QGridLayout()
        for column, (title, pane) in enumerate(
            zip(self.titles, (self.context, self.machine, self.editor), strict=True)
        ):
            panes.addWidget(title, 0, column)
            panes.addWidget(pane, 1, column)
            panes.setColumnStretch(column, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.state)
        column.addLayout(panes, 1)
        column.addWidget(self.details)
        column.addWidget(self.siblings)
        column.addWidget(self.history)
        column.addWidget(self.empty, 1)
        self.show_item(None)

    def show_item(self, item: Any, empty_text: str = "") -> None:
        empty_text = empty_text or self.tr("Nothing to review.")
        self.item = item
        for widget in (self.header, self.state, self.history):
            _visible(widget, item is not None)
        _visible(self.siblings, item is not None and item.kind == "response")
        _visible(self.empty, item is None)
        self.empty.setText(empty_text)
        if item is None:
            self._panes((None, None, None))
            _visible(self.details, False)
            return
        self.header.setText(self._header(item))
        self.show_state(item)
        translation = item.translation
        if translation is not None:
            self._panes((self.tr("Source"), self.tr("Machine translation"), self.tr("Post-edit (E to edit)")))
            self.context.show_text(
                translation["source_text"],
                translation["source_direction"],
                translation["source_language"],
            )
            self.machine.show_text(translation["machine_text"], None, item.language)
            self.editor.show_text(item.text, item.direction, item.language)
            self.details.setText(self._translation_details(translation))
        elif item.kind == "response":
            self._panes((self.tr("Instruction"), None, self.tr("Response by {0} (E to edit)").format(item.model)))
            instruction = item.instruction or {}
            self.context.show_text(
                instruction.get("text", ""), instruction.get("direction"), item.language
            )
            self.editor.show_text(item.text, item.direction, item.language)
            self.details.setText("")
            self._fill_siblings(item)
        else:
            self._panes((None, None, self.tr("Instruction (E to edit)")))
            self.editor.show_text(item.text, item.direction, item.language)
            self.details.setText("")
        _visible(self.details, bool(self.details.text()))

    def _panes(self, titles: tuple[str | None, str | None, str | None]) -> None:
        for column, (title, label, pane) in enumerate(
            zip(titles, self.titles, (self.context, self.machine, self.editor), strict=True)
        ):
            _visible(label, title is not None)
            _visible(pane, title is not None)
            self.panes.setColumnStretch(column, 1 if title is not None else 0)
            label.setText(f"<b>{html.escape(title or '')}</b>")
            pane.setAccessibleName(title or self.tr("Text"))  # what a screen reader says

    @staticmethod
    def _header(item: Any) -> str:
        what = (
            QCoreApplication.translate("ReviewItemView", "Translation")
            if item.translation
            else QCoreApplication.translate("ReviewItemView", "Response")
            if item.kind == "response"
            else QCoreApplication.translate("ReviewItemView", "Instruction")
        )
        parts = [f"<b>{what}</b>", html.escape(_language(item.language))]
        if item.status:
            parts.append(html.escape(code_label(item.status)))
        if item.source:
            parts.append(QCoreApplication.translate("ReviewItemView", "from {0}").format(html.escape(_short(item.source))))
        if item.model:
            parts.append(QCoreApplication.translate("ReviewItemView", "model {0}").format(html.escape(_short(item.model))))
        return " · ".join(parts)

    def show_state(self, item: Any) -> None:
        """The verdict, rating, edits, notes and recent events of ``item``."""
        s = item.state
        verdict = {"accept": self.tr("✔ accepted"), "reject": self.tr("✘ rejected")}.get(
            s.verdict or "", ""
        )
        parts = [
            self.tr("<b>{0}</b> by {1}").format(verdict, html.escape(_short(s.verdict_by or "")))
            if verdict
            else self.tr("not reviewed yet")
        ]
        if s.rating:
            parts.append(self.tr("rated {0} ({1})").format(stars(s.rating), s.rating))
        if s.edited:
            parts.append(self.tr("edited"))
        parts += [self.tr("note: “{0}”").format(html.escape(n)) for n in s.notes[-3:]]
        self.state.setText(" · ".join(parts))
        events = item.history[-4:]
        lines = []
        for e in reversed(events):
            what = self.action_words(e.action, e.rating)
            when = moment(e.created_at)
            line = self.tr("{0} by {1} at {2}").format(html.escape(what), html.escape(e.reviewer), when)
            lines.append(self.tr("<s>{0}</s> (undone)").format(line) if e.undone_at else line)
        self.history.setText("<small>" + "<br>".join(lines) + "</small>" if lines else "")

    def action_words(self, action: str, rating: int | None = None) -> str:
        """A review event's action (core's code) as the interface language says it."""
        if action == "rate" and rating:
            return self.tr("rated {0}").format(number(rating))
        words = {"accept": self.tr("accepted"), "reject": self.tr("rejected"),
                 "edit": self.tr("edited"), "rate": self.tr("rated"), "note": self.tr("note")}
        return words.get(action, action)

    @staticmethod
    def _translation_details(t: dict[str, Any]) -> str:
        parts = [
            QCoreApplication.translate("ReviewItemView", "{0} → {1} by {2}").format(
                html.escape(str(t["source_language"])),
                html.escape(str(t["target_language"])),
                html.escape(str(t["model"])),
            )
        ]
        flags = t.get("flags") or {}
        if flags:
            named = ", ".join(
                f"{html.escape(code_label(k))} ({html.escape(str(v))})"
                if v
                else html.escape(code_label(k))
                for k, v in flags.items()
            )
            parts.append(
                f"<span style='color:{theme.warning(QGuiApplication.palette()).name()}'>"
                + QCoreApplication.translate("ReviewItemView", "flags: {0}").format(named)
                + "</span>"
            )
        else:
            parts.append(QCoreApplication.translate("ReviewItemView", "no flags"))
        if t.get("chrf") is not None:
            parts.append(
                fill(QCoreApplication.translate("ReviewItemView", "back-translation chrF {0:.1f}: “{1}”"), t["chrf"], html.escape(str(t.get("back_translation") or ""))
                )
            )
        return " · ".join(parts)

    def _fill_siblings(self, item: Any) -> None:
        self.siblings.clear()
        for r in item.responses:
            verdict = (r.get("state") or {}).get("verdict")
            verdict = self.action_words(verdict) if verdict else self.tr("not reviewed yet")
            score = "" if r.get("score") is None else fill(self.tr(" · score {0:.1f}"), r["score"])
            first = r["text"].strip().split("\n", 1)[0][:160]
            entry = QListWidgetItem(
                f"{r['model']} #{r['sample_index']}{score} · {verdict}: {first}", self.siblings
            )
            entry.setData(Qt.ItemDataRole.UserRole, r["id"])
            if r.get("direction") == "rtl":
                entry.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r["id"] == item.id:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
                self.siblings.setCurrentItem(entry)
        self.siblings.setLayoutDirection(qt_direction(item.direction))
