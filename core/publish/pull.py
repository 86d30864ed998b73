"""Bringing a Hub dataset's instructions back into a project, through the import job.

The import job already reads Hub datasets (``format`` 'hf'); pulling adds what a person
expects from a Hub name: a quick, plain answer when offline instead of a minute of
retries, and the licence taken from the dataset's card when the command does not give one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from core.errors import HandloomError
from core.ingest import config as ingest_config
from core.ingest.hf_datasets import HUB_NAME, hub_is_offline
from core.store.project import Project

Progress = Callable[[int, int, str], None]


class PullError(HandloomError):
    """A Hub dataset cannot be pulled now."""


def card_licence(dataset_id: str) -> str | None:
    """The licence on the dataset's Hub card, or None when it has none or cannot be read."""
    import os

    from huggingface_hub import HfApi

    try:
        info = HfApi(endpoint=os.environ.get("HF_ENDPOINT") or None).dataset_info(
            dataset_id.partition(":")[0])
    except Exception:  # the import reports the real problem with its own sentence
        return None
    data = info.card_data.to_dict() if info.card_data else {}
    licence = data.get("license")
    if isinstance(licence, list):
        licence = licence[0] if licence else None
    if licence == "other" and data.get("license_name"):
        licence = str(data["license_name"])
    return str(licence) if licence else None


def import_config(dataset_id: str, licence: str | None = None) -> dict[str, Any]:
    """The import job's config for ``dataset_id``; a PullError when offline or misnamed."""
    if not HUB_NAME.match(dataset_id):
        raise PullError(f"“{dataset_id}” is not a Hub dataset name like owner/name "
                        "(or owner/name:split).")
    if hub_is_offline():
        raise PullError(f"This computer cannot reach the Hugging Face Hub, so {dataset_id} "
                        "cannot be downloaded now; pull it again when online.")
    return ingest_config.import_config(
        [dataset_id], format="hf", licence=licence or card_licence(dataset_id)
    )


def pull(project: Project, dataset_id: str, licence: str | None = None,
         progress: Progress | None = None, cancel: threading.Event | None = None) -> dict[str, Any]:
    """Import the instructions of a Hub dataset (resuming an interrupted pull)."""
    from core import jobs

    record = jobs.start_or_resume(project, "import", import_config(dataset_id, licence),
                                  progress, cancel)
    return record.result or {}
