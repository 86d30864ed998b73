"""The Review page: one item at a time, keyboard first (Anki's habit).

Every key is one action and every key is listed on screen. Accept and reject move on to
the next item; edit, rate and note stay. The queue (filters and position) is the
reviewer's own and is remembered in the project; every action records the reviewer, who
must have told Handloom their name first. Actions are single-row writes on the window's
connection (a few milliseconds); the progress count runs in the background.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from app.shell import fonts
from app.shell.numbers import fill
from app.shell.session import Session
from app.shell.worker import Worker
from app.stages.base import Page
from app.stages.review.review_filters import ReviewFilters
from app.stages.review.review_item_view import ReviewItemView
from app.stages.review.review_keys import action_buttons, install_shortcuts, legend_panel
from app.stages.review.review_ops import count_progress, load_choices, warm_up
from app.stages.review.reviewer_bar import ReviewerBar
from app.widgets.text_editor import NoteLine, direction_of, qt_direction


class ReviewPage(Page):
    item_shown = Signal(str)  # the id of the item shown, "" when none
    progress_shown = Signal(str)  # "312 of 4,000 reviewed"
    acted = Signal(str)  # the action just recorded

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.queue: Any = None
        self.item: Any = None
        self.last_action_ms = 0.0
        self._progress_worker: Worker | None = None
        self._recount = False
        self._warm: Worker | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.bar = ReviewerBar(self)
        self.progress = self.bar.progress
        self.filters = ReviewFilters(self)
        self.filters.changed.connect(self._filters_changed)
        self.view = ReviewItemView(self)
        self.view.editor.save_requested.connect(self.save_edit)
        self.view.editor.cancel_requested.connect(self.cancel_edit)
        self.note_line = NoteLine(self)
        self.note_line.setPlaceholderText(self.tr("A note for this item; Enter saves, Esc cancels"))
        self.note_line.returnPressed.connect(self.save_note)
        self.note_line.cancelled.connect(self.cancel_note)
        self.note_line.textChanged.connect(self._note_typed)
        self.note_line.hide()
        self.said = QLabel(self)
        self.keys = legend_panel(self)
        self.buttons = action_buttons(self)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.said)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.bar)
        column.addWidget(self.filters)
        column.addWidget(self.view, 1)
        column.addWidget(self.note_line)
        column.addLayout(row)
        column.addWidget(self.keys)
        install_shortcuts(self)
        self._enable()
        self.bar.changed.connect(self._reviewer_changed)

    # -- following the session --------------------------------------------------------

    def project_opened(self) -> None:
        self.queue = None
        self._restore()
        self._load_choices()

    def data_changed(self) -> None:
        """A job may have added or changed items: re-read the choices and the item."""
        self._load_choices()
        if self.queue is not None and not self.view.editor.editing:
            self._show(self.queue.current())

    def _load_choices(self) -> None:
        if self.session.path is not None:
            worker = load_choices(self.session.path)
            worker.succeeded.connect(self._choices_read)
            self.session.run(worker)

    def curator_changed(self) -> None:
        self.bar.refresh()  # who reviews; the queue follows through the bar's ``changed``

    def shown(self) -> None:
        fonts.register_fonts()
        if self._warm is None:
            self._warm = self.session.run(warm_up())
        self.bar.refresh()  # another name: _reviewer_changed restores their queue
        project = self.session.project
        if project is not None and not self.view.editor.editing:
            from core.review.queue import ReviewQueue

            if ReviewQueue.judged_since_left(project, self.reviewer):
                self._restore()  # a judge run ended: the responses awaiting review
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choices_read(self, choices: dict[str, Any]) -> None:
        self.filters.set_choices(choices)

    @property
    def reviewer(self) -> str:
        return self.bar.reviewer

    @property
    def named(self) -> bool:
        return self.bar.named

    def _enable(self) -> None:
        for slot, button in self.buttons.items():
            button.setEnabled(self.named or slot in ("previous", "next"))

    def _reviewer_changed(self) -> None:
        """Someone else is reviewing now: their own queue, as they left it."""
        self._enable()
        self._restore()

    def _restore(self) -> None:
        """The reviewer's queue as they left it: filters and current item."""
        project = self.session.project
        if project is None:
            self.queue = None
            self._show(None)
            return
        from core.review.queue import ReviewQueue

        self.queue = ReviewQueue.restore(project, self.reviewer)
        self.filters.set_values(self.queue.filters.to_json())
        self._show(self.queue.current())

    def _filters_changed(self) -> None:
        if self.queue is None:
            return
        self.said.clear()
        from core.errors import HandloomError
        from core.review.queue import QueueFilters

        try:
            item = self.queue.set_filters(QueueFilters(**self.filters.values()))
        except HandloomError as e:
            self.session.error.emit(str(e))
            return
        self._show(item)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- showing ------------------------------------------------------------------------

    def _show(self, item: Any) -> None:
        self.item = item
        self.note_line.hide()
        self.view.show_item(
            item,
            self.tr("Nothing to review with these filters.")
            if self.queue
            else self.tr("Open a project to review its instructions and responses."),
        )
        self.item_shown.emit(item.id if item is not None else "")
        self.count_progress()

    def _reload(self) -> None:
        """Show the current item again (its state changed), even if it left the list."""
        from core.review.items import load_item

        if self.item is not None and self.session.project is not None:
            self.item = load_item(self.session.project, self.item.kind, self.item.id)
            self.view.show_item(self.item)
            self.item_shown.emit(self.item.id)

    def count_progress(self) -> None:
        """Count "312 of 4,000 reviewed" in the background; keys pressed faster than it
        counts start one more count when it ends, not one each."""
        path = self.session.path
        if path is None or self.queue is None:
            self.progress.clear()
            return
        if self._progress_worker is not None:
            self._recount = True
            return
        worker = count_progress(path, self.queue.filters.to_json(), self.reviewer)
        self._progress_worker, self._recount = worker, False
        worker.succeeded.connect(self._progress_counted)
        worker.finished.connect(self._progress_ended)
        self.session.run(worker)

    def _progress_counted(self, result: tuple[Any, int]) -> None:
        if not self._recount:  # else a newer count is coming
            done, count = result
            text = fill(self.tr("{0:,} of {1:,} reviewed"), done.reviewed, done.total)
            self.progress.setText(fill(self.tr("<b>{0}</b> · {1:,} in this list"), text, count))
            self.progress_shown.emit(text)

    def _progress_ended(self) -> None:
        self._progress_worker = None
        if self._recount:
            self.count_progress()

    # -- moving -------------------------------------------------------------------------

    def next(self) -> None:
        if self.queue is not None and not self.view.editor.editing:
            before = self.item.id if self.item is not None else None
            self._show(self.queue.next())
            if self.item is not None and self.item.id == before:
                self.said.setText(self.tr("This is the last item in the list."))

    def previous(self) -> None:
        if self.queue is not None and not self.view.editor.editing:
            self._show(self.queue.previous())

    # -- acting ---------------------------------------------------------------------------

    def _act(self, action: str, *args: Any) -> bool:
        """Record ``action`` on the current item; a refusal is shown as its sentence."""
        if self.item is None or self.session.project is None:
            return False
        if not self.named:
            self.session.error.emit(self.tr("Set your name before reviewing: every action records it."))
            return False
        from core.errors import HandloomError
        from core.review import actions

        started = time.perf_counter()
        try:
            getattr(actions, action)(
                self.session.project, self.item.kind, self.item.id, *args, reviewer=self.reviewer
            )
        except HandloomError as e:
            self.session.error.emit(str(e))
            return False
        self.last_action_ms = (time.perf_counter() - started) * 1000
        past = {
            "accept": self.tr("Accepted"),
            "reject": self.tr("Rejected"),
            "edit": self.tr("Saved the edit"),
            "rate": self.tr("Rated"),
            "note": self.tr("Noted"),
        }[action]
        self.said.setText(self.tr("{0}. Ctrl+Z undoes it.").format(past))
        self.acted.emit(action)
        return True

    def accept(self) -> None:
        self._verdict("accept")

    def reject(self) -> None:
        self._verdict("reject")

    def _verdict(self, action: str) -> None:
        if self.view.editor.editing or not self._act(action):
            return
        before = self.item.id
        item = self.queue.next()
        if item is None or item.id == before:
            self._reload()
            self.count_progress()
        else:
            self._show(item)

    def _rate_key(self) -> None:
        shortcut = self.sender()
        if isinstance(shortcut, QShortcut):
            self.rate(int(shortcut.key().toString()))

    def rate(self, rating: int) -> None:
        if not self.view.editor.editing and self._act("rate", rating):
            self._reload()
            self.count_progress()

    def edit(self) -> None:
        if self.item is not None and self.named and not self.view.editor.editing:
            self.view.editor.begin_edit()

    def save_edit(self) -> None:
        editor = self.view.editor
        if editor.text().strip() == (self.item.text if self.item else "").strip():
            self.cancel_edit()
            return
        if self._act("edit", editor.text()):
            editor.end_edit()
            self._reload()
            self.count_progress()
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_edit(self) -> None:
        self.view.editor.end_edit(keep=False)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def note(self) -> None:
        if self.item is not None and self.named and not self.view.editor.editing:
            self.note_line.clear()
            self.note_line.show()
            self.note_line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_note(self) -> None:
        if self._act("note", self.note_line.text()):
            self.cancel_note()
            self._reload()

    def cancel_note(self) -> None:
        self.note_line.hide()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _note_typed(self, text: str) -> None:
        self.note_line.setLayoutDirection(qt_direction(direction_of(text)))

    def undo(self) -> None:
        """Undo this reviewer's newest action anywhere, and show the item it was on."""
        project = self.session.project
        if project is None or self.view.editor.editing or not self.named:
            return
        from core.errors import HandloomError
        from core.review import actions
        from core.review.items import load_item

        try:
            event = actions.undo_last(project, self.reviewer)
        except HandloomError as e:
            self.session.error.emit(str(e))
            return
        if self.queue is not None and event.target_kind == self.queue.filters.kind:
            self.queue.current_id = event.target_id
            self.queue.save()
        self.item = load_item(project, event.target_kind, event.target_id)
        self.view.show_item(self.item)
        self.item_shown.emit(self.item.id)
        self.said.setText(self.tr("Undid the {0}.").format(event.action))
        self.acted.emit("undo")
        self.count_progress()
