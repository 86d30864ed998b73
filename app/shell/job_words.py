"""What the window says a running job is doing, in the interface language: a sentence per
job kind, and one per step of the jobs that go through several. The progress line shows
these, never the job's own (English) message, which is the command line's."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.shell.i18n import code_label

_DOING = {
    "import": QT_TRANSLATE_NOOP("JobWords", "Importing instructions"),
    "curate": QT_TRANSLATE_NOOP("JobWords", "Curating"),
    "followup": QT_TRANSLATE_NOOP("JobWords", "Writing follow-up questions"),
    "export": QT_TRANSLATE_NOOP("JobWords", "Exporting the dataset"),
    "push": QT_TRANSLATE_NOOP("JobWords", "Publishing to the Hub"),
    "pull": QT_TRANSLATE_NOOP("JobWords", "Importing from the Hub"),
    "merge": QT_TRANSLATE_NOOP("JobWords", "Merging the other copy"),
    "batch_write": QT_TRANSLATE_NOOP("JobWords", "Writing the batch file"),
    "batch_read": QT_TRANSLATE_NOOP("JobWords", "Recording batch results"),
    "train_export": QT_TRANSLATE_NOOP("JobWords", "Exporting the training run"),
    "train_import": QT_TRANSLATE_NOOP("JobWords", "Bringing back the training run"),
}

_STEPS = {
    "curate.clear": QT_TRANSLATE_NOOP("JobWords", "Lifting exclusions"),
    "followup.ask": QT_TRANSLATE_NOOP("JobWords", "Writing follow-up questions"),
    "followup.answer": QT_TRANSLATE_NOOP("JobWords", "Answering follow-up questions"),
    "followup.judge": QT_TRANSLATE_NOOP("JobWords", "Judging follow-ups"),
}


def doing_words(kind: str) -> str:
    """What a job of ``kind`` is doing, or "" for a kind whose page words it itself."""
    said = _DOING.get(kind)
    return QCoreApplication.translate("JobWords", str(said)) if said else ""


def step_words(code: str) -> str:
    """The step ``code`` ("curate.duplicate") in the interface language, or ""."""
    said = _STEPS.get(code)
    if said:
        return QCoreApplication.translate("JobWords", str(said))
    stage, _, step = code.partition(".")
    if stage == "curate" and step:  # each curation step excludes for its reason
        return QCoreApplication.translate("JobWords", "Curating: {0}").format(code_label(step))
    return ""
