"""Thin operations for the Publish page: each calls core.publish through
``app.shell.ops`` on a connection of its own (SQLite connections belong to their thread).

A push that stops at a licence conflict does not fail: its worker returns a
``core.publish.push.LicenceConflict`` so that the page can ask "publish anyway?" and run
it again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.shell import ops
from app.shell.error_words import push_reason
from app.shell.worker import Worker


def export_options(values: dict[str, Any]) -> Any:
    """The core's ``ExportOptions`` from the option form's plain values."""
    from core.publish.dataset_rows import ExportOptions

    return ExportOptions(**values)


def preview(path: Path, values: dict[str, Any], pretty_name: str) -> Worker:
    """What an export would hold, its licence and its card, plus language names."""
    return ops.read(path, "core.publish.export:preview_named", export_options(values),
                    pretty_name=pretty_name, name="export preview", reports=True)


def export(path: Path, out_dir: Path, values: dict[str, Any], pretty_name: str) -> Worker:
    """Write the dataset folder (a new folder's new parents too); the result is the core's
    ``ExportResult``."""
    return ops.write(path, "core.publish.export:export_dataset", out_dir,
                     export_options(values), pretty_name=pretty_name, make_parents=True,
                     name="export", reports=True)


def publish_dataset(
    path: Path, repo_id: str, private: bool, values: dict[str, Any], accept_conflicts: bool
) -> Worker:
    """Queue the dataset for the Hub, then try to send it once; the result is the
    ``QueuedPush`` in its new state (or a ``LicenceConflict``)."""
    return ops.write(path, "core.publish.push:publish_dataset", repo_id, private=private,
                     options=export_options(values), accept_conflicts=accept_conflicts,
                     name="publish dataset", reports=True)


def publish_model(
    path: Path, model: str, repo_id: str, private: bool, accept_conflicts: bool
) -> Worker:
    """Queue a tuned model (adapter files and card), then try to send it once."""
    return ops.write(path, "core.publish.push:publish_model", model, repo_id, private=private,
                     accept_conflicts=accept_conflicts, name="publish model", reports=True)


def send_queue(path: Path) -> Worker:
    """Try every waiting push once; the result is the list of them in their new states."""
    return ops.write(path, "core.publish.push:send_queue", name="push queue", reports=True)


def remove_push(path: Path, item_id: str) -> Worker:
    """Take one push off the queue without sending it."""
    return ops.write(path, "core.publish.push:remove", item_id, name="remove push")


def pull(path: Path, dataset_id: str, licence: str | None, again: bool = False) -> Worker:
    """Import a Hub dataset's instructions (``again``: once more, as a second copy); the
    result is the import job's summary."""
    return ops.write(path, "core.publish.pull:pull", dataset_id, licence, again=again,
                     name="pull", reports=True)



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
