"""Help ▸ Getting started: the stages in the order a dataset is built, one sentence each, in
the interface language. A stage's name goes to its page when a project is open."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

if TYPE_CHECKING:
    from app.shell.window import MainWindow


def _what(page_class: str) -> str:
    """One sentence on what the page of ``page_class`` is for."""
    sentences = {
        "OverviewPage": QCoreApplication.translate(
            "GettingStarted", "See the whole method at a glance: how many instructions reached "
            "each stage, what is running, and the next step."),
        "ImportPage": QCoreApplication.translate(
            "GettingStarted", "Bring in instructions people wrote: CSV, JSON Lines, Parquet "
            "or text files, or a Hugging Face dataset."),
        "CuratePage": QCoreApplication.translate(
            "GettingStarted", "Drop unsafe, templated and duplicate instructions, and decide "
            "what happens to personal data."),
        "ModelsPage": QCoreApplication.translate(
            "GettingStarted", "Add the local GGUF models that answer, judge and get trained, "
            "or servers that run them."),
        "TranslatePage": QCoreApplication.translate(
            "GettingStarted", "If you like, translate the instructions into your language "
            "with a model."),
        "GeneratePage": QCoreApplication.translate(
            "GettingStarted", "Let a model answer every instruction, once or several times."),
        "JudgePage": QCoreApplication.translate(
            "GettingStarted", "Let a model score each response from 0 to 10 with its reasons, "
            "and keep the best one."),
        "ReviewPage": QCoreApplication.translate(
            "GettingStarted", "Accept, reject or edit the instructions and responses "
            "yourself, from the keyboard."),
        "TrainPage": QCoreApplication.translate(
            "GettingStarted", "Fine-tune a model on the accepted pairs."),
        "ComparePage": QCoreApplication.translate(
            "GettingStarted", "Put the base and the tuned model side by side and vote "
            "without knowing which is which."),
        "PublishPage": QCoreApplication.translate(
            "GettingStarted", "Export the dataset with its card, and send it to the Hugging "
            "Face Hub when you are online."),
    }
    return sentences.get(page_class, "")


class GettingStartedDialog(QDialog):
    """The stages in order; ``stages`` is what it lists, as (page title, sentence) pairs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Getting started"))
        intro = QLabel(self.tr(
            "Handloom builds a dataset in stages, one page each, in this order. Open the demo "
            "project or a project of your own from the File menu, then go through the pages "
            "from the top of the sidebar; Ctrl+1 to Ctrl+0 go straight to a page."), self)
        intro.setWordWrap(True)
        self.stages = [(QCoreApplication.translate("Page", page.title), _what(type(page).__name__))
                       for page in window.pages]  # fmt: skip
        items = "".join(
            f'<li><a href="page:{number}"><b>{html.escape(title)}</b></a> — '
            f"{html.escape(sentence)}</li>"
            for number, (title, sentence) in enumerate(self.stages)
        )
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setHtml(f"<ol>{items}</ol>")
        self.text.anchorClicked.connect(self._go)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.text, 1)
        column.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 28)

    def _go(self, url: QUrl) -> None:
        """A stage's name: show its page (when a project is open) and close."""
        number = int(url.toString().removeprefix("page:"))
        if self.window_.session.project is not None:
            self.window_.show_page(self.window_.pages[number])
            self.accept()


def show_getting_started(window: MainWindow) -> GettingStartedDialog:
    """Open Help ▸ Getting started over ``window``."""
    dialog = GettingStartedDialog(window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
