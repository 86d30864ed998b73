"""Thin operations for the Publish page and the merge dialog: each calls core.publish in a
``Worker`` and opens its own ``Project`` (SQLite connections belong to their thread).

A push that stops at a licence conflict does not fail: its worker returns a
``LicenceConflict`` so that the page can ask "publish anyway?" and run it again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.shell.error_words import push_reason
from app.shell.worker import Progress, Worker


@dataclass(frozen=True)
class LicenceConflict:
    """A push refused because of licence conflicts; ``conflicts`` are sentences."""

    conflicts: list[str]


def export_options(values: dict[str, Any]) -> Any:
    """The core's ``ExportOptions`` from the option form's plain values."""
    from core.publish.dataset_rows import ExportOptions

    return ExportOptions(**values)


def preview(path: Path, values: dict[str, Any], pretty_name: str) -> Worker:
    """What an export would hold, its licence and its card, plus language names."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.languages import UnknownLanguageError, language_names
        from core.publish.export import preview as export_preview
        from core.store.project import Project

        with Project.open(path, read_only=True) as project:
            result = export_preview(
                project,
                export_options(values),
                progress,
                cancel,
                card=True,
                pretty_name=pretty_name,
            )
        names = {}
        for code in result["languages"]:
            try:
                names[code] = language_names(code)[0]
            except UnknownLanguageError:
                names[code] = code
        result["language_names"] = names
        return result

    return Worker(work, name="export preview")


def export(path: Path, out_dir: Path, values: dict[str, Any], pretty_name: str) -> Worker:
    """Write the dataset folder; the result is the core's ``ExportResult``."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.publish.export import export_dataset
        from core.store.project import Project

        Path(out_dir).parent.mkdir(parents=True, exist_ok=True)  # a new folder's new parents
        with Project.open(path) as project:
            return export_dataset(
                project, out_dir, export_options(values), progress, cancel, pretty_name=pretty_name
            )

    return Worker(work, name="export")


def publish_dataset(
    path: Path, repo_id: str, private: bool, values: dict[str, Any], accept_conflicts: bool
) -> Worker:
    """Queue the dataset for the Hub, then try to send it once; the result is the
    ``QueuedPush`` in its new state (or a ``LicenceConflict``)."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.publish import push
        from core.store.project import Project

        with Project.open(path) as project:
            try:
                item = push.queue_dataset(
                    project,
                    repo_id,
                    private=private,
                    options=export_options(values),
                    accept_conflicts=accept_conflicts,
                    progress=progress,
                    cancel=cancel,
                )
            except push.LicenceConflictError as e:
                return LicenceConflict(e.conflicts or [str(e)])
            progress(0, 0, QCoreApplication.translate("Publish", "Sending to {0}").format(repo_id))
            return push.send(project, item.id)

    return Worker(work, name="publish dataset")


def publish_model(
    path: Path, name: str, repo_id: str, private: bool, accept_conflicts: bool
) -> Worker:
    """Queue a tuned model (adapter files and card), then try to send it once."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.publish import push
        from core.store.project import Project

        with Project.open(path) as project:
            try:
                item = push.queue_model(
                    project, name, repo_id, private=private, accept_conflicts=accept_conflicts
                )
            except push.LicenceConflictError as e:
                return LicenceConflict(e.conflicts or [str(e)])
            progress(0, 0, QCoreApplication.translate("Publish", "Sending to {0}").format(repo_id))
            return push.send(project, item.id)

    return Worker(work, name="publish model")


def send_queue(path: Path) -> Worker:
    """Try every waiting push once; the result is the list of them in their new states."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.publish import push
        from core.store.project import Project

        with Project.open(path) as project:
            return push.send_queue(project, progress, cancel)

    return Worker(work, name="push queue")


def remove_push(path: Path, item_id: str) -> Worker:
    """Take one push off the queue without sending it."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.publish import push
        from core.store.project import Project

        with Project.open(path) as project:
            push.remove(project, item_id)
            return item_id

    return Worker(work, name="remove push")


def pull(path: Path, dataset_id: str, licence: str | None, again: bool = False) -> Worker:
    """Import a Hub dataset's instructions (``again``: once more, as a second copy); the
    result is the import job's summary."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from core.publish.pull import pull as pull_dataset
        from core.store.project import Project

        with Project.open(path) as project:
            return pull_dataset(project, dataset_id, licence, progress, cancel, again=again)

    return Worker(work, name="pull")


def merge(path: Path, other: Path, *, dry_run: bool) -> Worker:
    """Merge (or try merging) another copy; the result is (report JSON, its sentences)."""

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from app.stages.publish.merge_words import merge_sentences
        from core.publish.merge import merge as merge_copy
        from core.publish.merge_reviews import conflict_subjects
        from core.store.project import Project

        with Project.open(path) as project:
            report = merge_copy(
                project, other, dry_run=dry_run, progress=progress, cancel=cancel
            ).to_json()
            subjects = conflict_subjects(project, report["review_conflicts"])
            return report, merge_sentences(report, subjects)

    return Worker(work, name="merge dry run" if dry_run else "merge")


def describe_pushes(items: list[Any]) -> str:
    """One plain paragraph about pushes just tried: sent, or kept in the queue and why."""
    sent = [i for i in items if i.state == "done"]
    waiting = [i for i in items if i.state != "done"]
    def tr(text: str) -> str:
        return QCoreApplication.translate("PublishPage", text)

    lines = [tr("Published {0}: {1}").format(i.repo_id, i.pushed_url) for i in sent]
    for item in waiting:
        lines.append(
            tr(
                "{0} is not published yet: {1} It stays queued in this project with everything "
                "it uploads, so nothing is lost; press Retry now under Push queue when you are "
                "online."
            ).format(item.repo_id, push_reason(item.last_error) if item.last_error
                     else tr("it was not tried."))
        )
    return "\n".join(lines) or tr("Nothing was waiting to be published.")
