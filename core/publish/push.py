"""Publishing to the Hugging Face Hub through a queue kept in the project.

A push is first written to ``push_queue`` with everything it would upload (the export
folder, or the model's files and card), then tried. Offline or failing, it stays queued
with the reason and the number of attempts, and ``send_queue`` tries again later. An item
is marked done only after the Hub confirmed the whole commit, so a connection that drops
half way loses nothing. The token is huggingface_hub's own (``hf auth login`` or
``HF_TOKEN``): it is never passed in, stored, logged or written into an error.
"""

from __future__ import annotations

import json
import logging
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.curator import current_curator
from core.errors import HandloomError
from core.ingest.hf_datasets import hub_endpoint
from core.publish.dataset_rows import ExportOptions
from core.publish.licences import Problem
from core.store.ids import new_id, now
from core.store.project import Project

log = logging.getLogger("handloom.publish")
Progress = Callable[[int, int, str], None]
KINDS = {"dataset": "dataset", "model": "model"}  # queue kind -> Hub repo type
# A model push's generated files, kept as text in the queue: payload key -> path in the repo.
TEXTS = {"card": "README.md", "licence": "LICENSE.md"}


# Stored as the queued push's reason, so shown by the window and the command line alike:
# each says how to sign in in its own words (the window's sign-in, ``hf auth login``).
NO_TOKEN = "No Hugging Face token: sign in to the Hugging Face Hub, or set HF_TOKEN."


class PushError(HandloomError):
    """A push cannot be queued as asked (a bad repo name, nothing to upload)."""


class LicenceConflictError(PushError):
    """Publishing stopped because the licences conflict or are unknown; the window may
    offer to publish anyway (``accept_conflicts``), listing ``conflicts`` (sentences)."""

    def __init__(self, message: str, conflicts: list[str] | None = None, *,
                 cli_hint: str | None = None) -> None:
        super().__init__(message, cli_hint=cli_hint)
        self.conflicts = conflicts or []


@dataclass(frozen=True)
class QueuedPush:
    """One row of the push queue; ``state`` is 'queued' until the Hub confirmed it, then
    'done'."""

    id: str
    kind: str
    repo_id: str
    private: bool
    payload: dict[str, Any]
    state: str
    attempts: int
    last_error: str | None
    pushed_url: str | None
    created_at: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["payload"] = {k: v for k, v in self.payload.items() if k not in TEXTS}
        return data


def _item(row: dict[str, Any]) -> QueuedPush:
    return QueuedPush(row["id"], row["kind"], row["repo_id"], bool(row["private"]),
                      json.loads(row["payload"]), row["state"], row["attempts"],
                      row["last_error"], row["pushed_url"], row["created_at"], row["updated_at"])


def list_queue(project: Project, *, include_done: bool = True) -> list[QueuedPush]:
    """Every push, oldest first (only those still waiting unless ``include_done``)."""
    where = "" if include_done else " WHERE state != 'done'"
    return [_item(r) for r in project.query(f"SELECT * FROM push_queue{where} ORDER BY created_at")]


def get(project: Project, item_id: str) -> QueuedPush:
    """A queued push by its id, or by the end of it as ``handloom push --queue`` shows it."""
    rows = project.query("SELECT * FROM push_queue WHERE id = ? OR id LIKE ?",
                         [item_id, f"%{item_id}"])
    if len(rows) != 1:
        raise PushError(f"There is no single queued push with the id {item_id}.")
    return _item(rows[0])


def remove(project: Project, item_id: str) -> None:
    """Take a push off the queue without sending it."""
    item = get(project, item_id)
    with project.write() as conn:
        conn.execute("DELETE FROM push_queue WHERE id = ?", [item.id])


@dataclass(frozen=True)
class LicenceConflict:
    """A push refused because the licences conflict or are unknown: ``conflicts`` are
    sentences, for a window to ask whether to publish anyway."""

    conflicts: list[str]


def publish_dataset(project: Project, repo_id: str, *, private: bool = False,
                    options: ExportOptions | None = None, accept_conflicts: bool = False,
                    progress: Progress | None = None, cancel: threading.Event | None = None
                    ) -> QueuedPush | LicenceConflict:
    """Queue the dataset for the Hub, then try to send it once: the push in its new state,
    or the licence conflicts that kept it from being queued."""
    return _sent(project, repo_id, progress, lambda: queue_dataset(
        project, repo_id, private=private, options=options,
        accept_conflicts=accept_conflicts, progress=progress, cancel=cancel))


def publish_model(project: Project, name: str, repo_id: str, *, private: bool = False,
                  accept_conflicts: bool = False, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> QueuedPush | LicenceConflict:
    """Queue a tuned model (adapter files and card), then try to send it once."""
    return _sent(project, repo_id, progress, lambda: queue_model(
        project, name, repo_id, private=private, accept_conflicts=accept_conflicts))


def _sent(project: Project, repo_id: str, progress: Progress | None,
          queue: Callable[[], QueuedPush]) -> QueuedPush | LicenceConflict:
    try:
        item = queue()
    except LicenceConflictError as e:
        return LicenceConflict(e.conflicts or [str(e)])
    if progress:
        progress(0, 0, f"Sending to {repo_id}")
    return send(project, item.id)


def _check_repo_id(repo_id: str) -> None:
    from huggingface_hub.utils import HFValidationError, validate_repo_id

    try:
        validate_repo_id(repo_id)
    except HFValidationError:
        raise PushError(f"“{repo_id}” is not a Hub repository name like owner/name.") from None
    if "/" not in repo_id:
        raise PushError(f"Give the repository with its owner, like owner/{repo_id}.")


def _enqueue(project: Project, kind: str, repo_id: str, private: bool,
             payload: dict[str, Any]) -> QueuedPush:
    item_id, stamp = new_id(), now()
    with project.write() as conn:
        conn.execute(
            "INSERT INTO push_queue(id, kind, repo_id, private, payload, state, attempts, "
            "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)",
            [item_id, kind, repo_id, int(private), json.dumps(payload, ensure_ascii=False),
             current_curator(), stamp, stamp])
    return get(project, item_id)


def _refuse(problems: list[Problem], accept_conflicts: bool) -> None:
    conflicts = [p for p in problems if p.level == "conflict"]
    if conflicts and not accept_conflicts:
        raise LicenceConflictError(
            "Publishing stopped because of licence conflicts: "
            + " ".join(p.message for p in conflicts)
            + " Resolve them, or publish anyway.",
            [p.message for p in conflicts],
            cli_hint="(--accept-licence-conflicts publishes anyway.)")


def queue_dataset(
    project: Project,
    repo_id: str,
    *,
    private: bool = False,
    export_dir: Path | str | None = None,
    options: ExportOptions | None = None,
    accept_conflicts: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> QueuedPush:
    """Queue the upload of a dataset: ``export_dir`` (an export recorded in this project)
    or, without it, a fresh Parquet export in Handloom's data folder."""
    from core.publish.export import export_dataset
    from core.resources import data_dir

    _check_repo_id(repo_id)
    if export_dir is None:
        options = ExportOptions(**{**(options or ExportOptions()).__dict__, "format": "parquet"})
        target = data_dir() / "exports" / f"{project.path.stem}-{now()[:10]}-{new_id()[-12:]}"
        target.parent.mkdir(parents=True, exist_ok=True)
        result = export_dataset(project, target, options, progress, cancel,
                                repo_id=repo_id)
        folder, export_id, rows = result.path, result.id, result.rows
        try:
            _refuse(result.licence.problems, accept_conflicts)
        except LicenceConflictError:  # the export was made for this push only
            shutil.rmtree(folder, ignore_errors=True)
            with project.write() as conn:
                conn.execute("DELETE FROM exports WHERE id = ?", [export_id])
            raise
    else:
        folder = Path(export_dir).resolve()
        recorded = project.query("SELECT * FROM exports WHERE path = ? ORDER BY created_at DESC "
                                 "LIMIT 1", [str(folder)])
        if not recorded:
            raise PushError(f"{folder} is not an export of this project; export the dataset "
                            "from this project first.", cli_hint="(handloom export)")
        if recorded[0]["format"] == "arrow":
            raise PushError("An Arrow export cannot be browsed on the Hub; push a Parquet or "
                            "JSON Lines export.")
        saved = json.loads(recorded[0]["options"]).get("licence", {}).get("problems", [])
        problems = [Problem(p["level"], p["message"]) for p in saved]
        export_id, rows = recorded[0]["id"], recorded[0]["rows"]
        _refuse(problems, accept_conflicts)
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    return _enqueue(project, "dataset", repo_id, private, {
        "folder": str(folder), "files": files, "export_id": export_id, "rows": rows,
        "message": f"Upload {rows:,} rows from Handloom"})


def queue_model(project: Project, name: str, repo_id: str, *, private: bool = False,
                dataset_repo: str | None = None, accept_conflicts: bool = False) -> QueuedPush:
    """Queue the upload of a tuned model: its adapter files, its loss curve, a generated
    model card and the LICENSE.md the card's licence links to."""
    from core.publish.model_card import build_model_card

    _check_repo_id(repo_id)
    card = build_model_card(project, name, dataset_repo=dataset_repo, repo_id=repo_id)
    _refuse(card.licence.problems, accept_conflicts)
    return _enqueue(project, "model", repo_id, private, {
        "training": card.training, "files": card.files, "card": card.text,
        "licence": card.licence_text, "message": f"Upload {card.training} from Handloom"})


def _scrub(text: str, token: str | None) -> str:
    return text.replace(token, "***") if token else text


class _TokenFilter(logging.Filter):
    """Blanks the token in every log record: a server that quotes the request's
    Authorization header back would otherwise put it in a DEBUG log of httpcore."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = _scrub(message, self.token), None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            if self.token in text:
                record.exc_info, record.exc_text = None, _scrub(text, self.token)
        return True


@contextmanager
def _token_kept_out_of_logs(token: str | None) -> Iterator[None]:
    """While the token is in use, every handler of the root logger scrubs it."""
    if not token:
        yield
        return
    scrub = _TokenFilter(token)
    handlers = list(logging.getLogger().handlers)
    for handler in handlers:
        handler.addFilter(scrub)
    try:
        yield
    finally:
        for handler in handlers:
            handler.removeFilter(scrub)


def explain(error: BaseException, repo_id: str) -> str:
    """One sentence for why a push failed."""
    import httpx
    from huggingface_hub.errors import HfHubHTTPError

    first = (str(error).strip().splitlines() or [type(error).__name__])[0][:300]
    if isinstance(error, (httpx.TransportError, ConnectionError, TimeoutError)):
        return f"The Hub could not be reached ({first})."
    if isinstance(error, HfHubHTTPError) and error.response is not None:
        status = error.response.status_code
        if status == 401:
            return ("The Hub did not accept the token (401); sign in to the Hugging Face "
                    "Hub again.")
        if status == 403:
            return f"The token may not write to {repo_id} (403); check the owner's name."
        return f"The Hub answered {status}: {first}"
    return f"The upload failed ({type(error).__name__}: {first})."


def send(project: Project, item_id: str) -> QueuedPush:
    """Try one queued push once; on any failure it stays queued with the reason."""
    from huggingface_hub import get_token

    item = get(project, item_id)
    if item.state == "done":
        return item
    token = get_token()
    with project.write() as conn:  # counted before the network, so a crash still counts
        conn.execute("UPDATE push_queue SET attempts = attempts + 1, updated_at = ? "
                     "WHERE id = ?", [now(), item.id])
    try:
        if not token:
            raise PushError(NO_TOKEN)
        with _token_kept_out_of_logs(token):
            url = _upload(item)
    except Exception as error:
        reason = str(error) if isinstance(error, HandloomError) else explain(error, item.repo_id)
        reason = _scrub(reason, token)
        log.info("Push %s to %s stays queued: %s", item.id, item.repo_id, reason)
        with project.write() as conn:
            conn.execute("UPDATE push_queue SET last_error = ?, updated_at = ? WHERE id = ?",
                         [reason, now(), item.id])
        return get(project, item.id)
    with project.write() as conn:
        conn.execute("UPDATE push_queue SET state = 'done', last_error = NULL, pushed_url = ?, "
                     "updated_at = ? WHERE id = ?", [url, now(), item.id])
    return get(project, item.id)


def _upload(item: QueuedPush) -> str:
    """Create the repository if needed and commit every file; returns the repository URL."""
    from huggingface_hub import CommitOperationAdd, HfApi

    api = HfApi(endpoint=hub_endpoint())
    repo_type = KINDS[item.kind]
    payload = item.payload
    if item.kind == "dataset":
        folder = Path(payload["folder"])
        missing = [f for f in payload["files"] if not (folder / f).is_file()]
        if missing:
            raise PushError(f"{folder / missing[0]} is gone; export again and push the new "
                            "export, then remove this item from the queue.")
    else:
        missing = [p for p in payload["files"].values() if not Path(p).is_file()]
        if missing:
            raise PushError(f"The model file {missing[0]} is gone; this push cannot be sent.")
    url = api.create_repo(item.repo_id, repo_type=repo_type, private=item.private,
                          exist_ok=True)
    if item.kind == "dataset":
        api.upload_folder(repo_id=item.repo_id, folder_path=payload["folder"],
                          repo_type=repo_type, commit_message=payload["message"],
                          allow_patterns=payload["files"])
    else:
        operations = [CommitOperationAdd(path_in_repo=repo_path, path_or_fileobj=local)
                      for repo_path, local in payload["files"].items()]
        operations += [CommitOperationAdd(path_in_repo=path,
                                          path_or_fileobj=payload[key].encode("utf-8"))
                       for key, path in TEXTS.items() if payload.get(key)]
        api.create_commit(repo_id=item.repo_id, repo_type=repo_type, operations=operations,
                          commit_message=payload["message"])
    return str(url)


def send_queue(project: Project, progress: Progress | None = None,
               cancel: threading.Event | None = None) -> list[QueuedPush]:
    """Try every waiting push once, oldest first; returns them in their new states."""
    waiting = list_queue(project, include_done=False)
    results = []
    for n, item in enumerate(waiting):
        if cancel is not None and cancel.is_set():
            break
        if progress:
            progress(n, len(waiting), f"Pushing {item.repo_id}")
        results.append(send(project, item.id))
    if progress:
        progress(len(results), len(waiting), "Pushed")
    return results
