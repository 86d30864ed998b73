"""Bringing a Hub dataset's instructions back into a project, through the import job.

The import job already reads Hub datasets (``format`` 'hf'); pulling adds what a person
expects from a Hub name: a quick, plain answer when offline instead of a minute of
retries, the licence taken from the dataset's card when the command does not give one, and
the revision it read. A pull reads one revision (a commit of the dataset's repository),
recorded in its job: a stopped pull continues from that same revision, and one that would
have to continue from another is refused, so a project never holds half of two versions.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from core import jobs
from core.errors import HandloomError
from core.ingest import config as ingest_config
from core.ingest.hf_datasets import HUB_NAME, hub_endpoint, hub_is_offline
from core.store.project import Project

Progress = Callable[[int, int, str], None]


class PullError(HandloomError):
    """A Hub dataset cannot be pulled now."""


class MixedRevisionsError(PullError):
    """A stopped pull read another revision than the Hub gives now; pulling again as a
    second copy (``again``) is the way on."""

    def __init__(self, message: str, dataset_id: str, *, cli_hint: str) -> None:
        super().__init__(message, cli_hint=cli_hint)
        self.dataset_id = dataset_id


def dataset_info(dataset_id: str, revision: str | None = None) -> Any:
    """The Hub's description of ``owner/name[:split]`` at ``revision`` (default: its main
    branch), asked through huggingface_hub; one sentence when it cannot be had."""
    import httpx
    from huggingface_hub import HfApi
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    repo = dataset_id.partition(":")[0]
    offline = PullError(f"This computer cannot reach the Hugging Face Hub, so {dataset_id} "
                        "cannot be downloaded now; pull it again when online.")
    if hub_is_offline():
        raise offline
    try:
        return HfApi(endpoint=hub_endpoint()).dataset_info(repo, revision=revision)
    except (OfflineModeIsEnabled, httpx.TransportError, OSError):
        raise offline from None
    except GatedRepoError:
        raise PullError(f"The Hugging Face dataset {repo} is gated; accept its terms on its "
                        "Hub page and log in with a token first.") from None
    except RevisionNotFoundError:
        raise PullError(f"The Hugging Face dataset {repo} has no revision “{revision}”.") from None
    except RepositoryNotFoundError:
        raise PullError(f"There is no Hugging Face dataset {repo} (or it is private and "
                        "this computer is not logged in).") from None
    except HfHubHTTPError as error:
        status = error.response.status_code if error.response is not None else "an error"
        raise PullError(f"The Hub answered {status} when asked about {repo}.") from None


def card_licence(info: Any) -> str | None:
    """The licence on the dataset's Hub card, or None when it has none."""
    data = info.card_data.to_dict() if info.card_data else {}
    licence = data.get("license")
    if isinstance(licence, list):
        licence = licence[0] if licence else None
    if licence == "other" and data.get("license_name"):
        licence = str(data["license_name"])
    return str(licence) if licence else None


def unfinished_pull(project: Project, dataset_id: str) -> jobs.JobRecord | None:
    """The newest stopped (failed, cancelled, interrupted) pull of ``dataset_id``, if any."""
    for record in reversed(jobs.list_jobs(project, jobs.RESUMABLE_STATES)):
        config = record.config
        if (record.kind == "import" and config.get("format") == "hf"
                and config.get("files") == [dataset_id]):
            return record
    return None


def pull_config(project: Project, dataset_id: str, licence: str | None = None,
                revision: str | None = None, *, again: bool = False) -> dict[str, Any]:
    """The import job's config for pulling ``dataset_id`` at ``revision`` (a branch, tag or
    commit; default the main branch): a stopped pull's own config when it read the same
    commit, which the job then continues. A PullError when offline, misnamed, or when a
    stopped pull read another commit. ``again`` imports the dataset once more, beside what
    earlier pulls imported."""
    if not HUB_NAME.match(dataset_id):
        raise PullError(f"“{dataset_id}” is not a Hub dataset name like owner/name "
                        "(or owner/name:split).")
    jobs.mark_interrupted(project)
    info = dataset_info(dataset_id, revision)
    commit = str(info.sha)
    earlier = None if again else unfinished_pull(project, dataset_id)
    if earlier is not None:
        read = earlier.config.get("revision")
        if read != commit:
            began = f"revision {read}" if read else "a revision it did not record"
            raise MixedRevisionsError(
                f"An earlier pull of {dataset_id} stopped part way through {began}, and the "
                f"Hub now gives revision {commit}; continuing would mix two versions of the "
                "dataset.", dataset_id,
                cli_hint=(f"Finish it with --revision {read}, or " if read else "You may ")
                + "pull the new revision as a second copy with --again (what the stopped pull "
                "imported stays).",
            )
        return earlier.config
    return ingest_config.import_config(
        [dataset_id], format="hf", licence=licence or card_licence(info), revision=commit,
        again=again,
    )


def pull(project: Project, dataset_id: str, licence: str | None = None,
         progress: Progress | None = None, cancel: threading.Event | None = None,
         revision: str | None = None, *, again: bool = False) -> dict[str, Any]:
    """Import the instructions of a Hub dataset (resuming a stopped pull of the same commit);
    the import's report with the ``revision`` read."""
    config = pull_config(project, dataset_id, licence, revision, again=again)
    record = jobs.start_or_resume(project, "import", config, progress, cancel)
    return {**(record.result or {}), "revision": config["revision"]}
