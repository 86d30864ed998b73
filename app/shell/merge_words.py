"""A merge report (``core.publish.merge.MergeReport.to_json()``) in the interface language:
what was (or would be) brought in, what was kept, and where reviews disagree. The command
line words the same report in ``core.cli.publishing.describe_merge``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "MergeReport"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


# Rows of each table the merge brings, counted ("2 instructions"). Each entry is a whole
# translate call with its count, the form lupdate reads as a plural (numerus) message; a table
# of plain strings looked up later would lose every language's plural forms.
ROWS: dict[str, Callable[[int], str]] = {
    "jobs": lambda n: QCoreApplication.translate("MergeReport", "%Ln job(s)", None, n),
    "sources": lambda n: QCoreApplication.translate("MergeReport", "%Ln source(s)", None, n),
    "models": lambda n: QCoreApplication.translate("MergeReport", "%Ln model(s)", None, n),
    "rubrics": lambda n: QCoreApplication.translate("MergeReport", "%Ln rubric(s)", None, n),
    "prompt_templates": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln prompt template(s)", None, n
    ),
    "glossary_terms": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln glossary term(s)", None, n
    ),
    "instructions": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln instruction(s)", None, n
    ),
    "exclusions": lambda n: QCoreApplication.translate("MergeReport", "%Ln exclusion(s)", None, n),
    "translations": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln translation(s)", None, n
    ),
    "responses": lambda n: QCoreApplication.translate("MergeReport", "%Ln response(s)", None, n),
    "response_flags": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln response flag(s)", None, n
    ),
    "followups": lambda n: QCoreApplication.translate("MergeReport", "%Ln follow-up(s)", None, n),
    "judgements": lambda n: QCoreApplication.translate("MergeReport", "%Ln judgement(s)", None, n),
    "reviews": lambda n: QCoreApplication.translate("MergeReport", "%Ln review(s)", None, n),
    "trainings": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln training run(s)", None, n
    ),
    "train_metrics": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln training measurement(s)", None, n
    ),
    "train_rows": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln training row(s)", None, n
    ),
    "eval_sets": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln evaluation set(s)", None, n
    ),
    "eval_items": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln evaluation item(s)", None, n
    ),
    "eval_answers": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln evaluation answer(s)", None, n
    ),
    "arena_votes": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln comparison vote(s)", None, n
    ),
    "answer_grades": lambda n: QCoreApplication.translate(
        "MergeReport", "%Ln answer grade(s)", None, n
    ),
}
RENAMED = {
    "models": QT_TRANSLATE_NOOP("MergeReport", "Renamed model “{0}” to “{1}”."),
    "trainings": QT_TRANSLATE_NOOP("MergeReport", "Renamed training run “{0}” to “{1}”."),
    "eval_sets": QT_TRANSLATE_NOOP("MergeReport", "Renamed evaluation set “{0}” to “{1}”."),
}
VERDICTS = {
    "accept": QT_TRANSLATE_NOOP("MergeReport", "accept"),
    "reject": QT_TRANSLATE_NOOP("MergeReport", "reject"),
}
SHOWN_CONFLICTS = 20


def _rows(table: str, n: int) -> str:
    said = ROWS.get(table)
    return said(n) if said else f"{n} {table.replace('_', ' ')}"


def _verdict(action: str) -> str:
    source = VERDICTS.get(action)
    return _tr(str(source)) if source else action


def _conflict(conflict: dict[str, Any], subjects: dict[str, str]) -> str:
    kind, target = conflict["target_kind"], conflict["target_id"]
    here, there = conflict["here"], conflict["there"]
    who = (
        _verdict(here["action"]),
        here["created_by"],
        _verdict(there["action"]),
        there["created_by"],
        _verdict(conflict["decided"]),
    )
    subject = subjects.get(target)
    if subject and kind == "response":
        return "  " + QCoreApplication.translate(
            "MergeReport", "• the response to “{0}”: here {1} by {2}, there {3} by {4} → now {5}"
        ).format(subject, *who)
    if subject:
        return "  " + QCoreApplication.translate(
            "MergeReport", "• the instruction “{0}”: here {1} by {2}, there {3} by {4} → now {5}"
        ).format(subject, *who)
    return "  " + QCoreApplication.translate(
        "MergeReport", "{0} {1}: here {2} by {3}, there {4} by {5} → now {6}"
    ).format(kind, target, *who)


def merge_sentences(report: dict[str, Any], subjects: dict[str, str]) -> str:
    """The report as sentences, one a line; ``subjects`` names what each disagreeing review
    is about (``core.publish.merge_reviews.conflict_subjects``)."""
    added = ", ".join(_rows(t, n) for t, n in report["added"].items())
    if not added:
        lines = [
            QCoreApplication.translate("MergeReport", "Nothing new: everything is already here.")
        ]
    elif report["dry_run"]:
        lines = [QCoreApplication.translate("MergeReport", "Would bring in {0}.").format(added)]
    else:
        lines = [QCoreApplication.translate("MergeReport", "Brought in {0}.").format(added)]
    if report["upgraded_from"] is not None:
        lines.append(
            QCoreApplication.translate(
                "MergeReport",
                "The other file uses schema {0}; a temporary copy was upgraded and "
                "the file itself left untouched.",
            ).format(report["upgraded_from"])
        )
    matched = sum(report["matched"].values())
    if matched:
        lines.append(
            QCoreApplication.translate(
                "MergeReport",
                "%Ln item(s) made in both copies; the ones here were kept.",
                None,
                matched,
            )
        )
    for renamed in report["renamed"]:
        source = RENAMED.get(renamed["table"])
        if source:
            lines.append(_tr(str(source)).format(renamed["from"], renamed["to"]))
    extra, undos, kept = report["extra_samples"], report["undos"], report["curation_kept_here"]
    if extra:
        lines.append(QCoreApplication.translate("MergeReport", "%Ln response(s) generated in both copies differently; theirs were kept as extra samples.", None, extra))  # noqa: E501
    if undos:
        lines.append(QCoreApplication.translate("MergeReport", "%Ln review(s) undone in the other copy; undone here too.", None, undos))  # noqa: E501
    if kept:
        lines.append(QCoreApplication.translate("MergeReport", "%Ln instruction(s) curated differently there; the curation here was kept.", None, kept))  # noqa: E501
    conflicts = report["review_conflict_count"]
    if conflicts:
        lines.append(QCoreApplication.translate("MergeReport", "%Ln item(s) reviewed differently; both reviews are kept and the newest decides:", None, conflicts))  # noqa: E501
        lines += [_conflict(c, subjects) for c in report["review_conflicts"][:SHOWN_CONFLICTS]]
    return "\n".join(lines)
