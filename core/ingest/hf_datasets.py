"""Reading Hugging Face datasets: folders written by ``save_to_disk``, and Hub names.

``datasets`` takes a second or two to import, so it is imported only when one of these is
read. A Hub name is tried only when the Hub answers (asked through huggingface_hub, so
``HF_ENDPOINT``, proxies and its timeout apply); offline, the local ``datasets`` cache is
still used, and a dataset that is not in it gets one plain sentence instead of a minute of
retries.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from core.errors import ImportFileError
from core.ingest.parquet_files import BATCH_ROWS, first_line, holds_binary
from core.ingest.records import SourceRow

HUB_NAME = re.compile(r"^[\w.-]+/[\w.-]+(:[\w.-]+)?$")
_TRUE = {"1", "on", "yes", "true"}


def is_saved_dataset(folder: Path) -> bool:
    """True for a folder written by ``Dataset.save_to_disk`` or ``DatasetDict.save_to_disk``."""
    if (folder / "dataset_dict.json").is_file():
        return True
    return (folder / "state.json").is_file() and (folder / "dataset_info.json").is_file()


def read_saved_dataset(folder: Path) -> Iterator[SourceRow]:
    """Yield every row of a saved dataset; for a DatasetDict, of every split in turn."""
    if not is_saved_dataset(folder):
        raise ImportFileError(
            folder,
            None,
            "the folder is not one written by datasets' save_to_disk "
            "(it has no dataset_info.json or dataset_dict.json).",
        )
    import datasets

    try:
        dataset = datasets.load_from_disk(str(folder))
    except Exception as e:  # datasets raises many kinds for a damaged folder
        raise ImportFileError(
            folder, None, f"the folder could not be read as a saved dataset ({first_line(e)})."
        ) from e
    import pyarrow as pa

    rows = _rows(dataset)
    while True:
        try:
            row = next(rows, None)
        # a damaged Arrow file fails validation, or (offsets) as SystemError in pyarrow
        except (pa.ArrowException, OSError, ValueError, SystemError, IndexError) as e:
            raise ImportFileError(
                folder, None, f"the saved dataset is damaged ({first_line(e)})."
            ) from e
        if row is None:
            return
        yield row


def read_hub_dataset(name: str, revision: str | None = None) -> Iterator[SourceRow]:
    """Yield the rows of a Hub dataset ``owner/name`` or ``owner/name:split`` (all splits),
    at ``revision`` (a commit, branch or tag; default the main branch)."""
    repo, _, split = name.partition(":")
    import datasets

    offline = hub_is_offline()
    try:
        with _offline_mode(offline):
            dataset = datasets.load_dataset(repo, split=split or None, revision=revision)
    except Exception as e:  # network, auth and dataset-script failures all land here
        raise _hub_error(name, repo, e, offline) from e
    yield from _rows(dataset)


def hub_endpoint() -> str:
    """The Hub's address, read now: ``HF_ENDPOINT`` (a mirror, a Hub on the local network)
    or huggingface.co. huggingface_hub reads the variable once, when it is imported."""
    from huggingface_hub import constants

    return (os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")


def hub_is_offline() -> bool:
    """True when offline mode is asked for, or the Hub does not answer.

    The Hub is asked through huggingface_hub's own HTTP client, so the question goes where
    downloads and uploads go: to ``HF_ENDPOINT``, through the proxies of ``HTTPS_PROXY`` /
    ``HTTP_PROXY`` / ``NO_PROXY``, within huggingface_hub's ``HF_HUB_ETAG_TIMEOUT``. Any
    answer, even an error status, means the Hub is reachable.
    """
    if any(
        os.environ.get(v, "").lower() in _TRUE for v in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE")
    ):
        return True
    import httpx
    from huggingface_hub import constants
    from huggingface_hub.utils import get_session

    try:
        timeout = float(os.environ.get("HF_HUB_ETAG_TIMEOUT") or constants.HF_HUB_ETAG_TIMEOUT)
    except ValueError:
        timeout = float(constants.DEFAULT_ETAG_TIMEOUT)
    try:
        get_session().head(hub_endpoint() + "/", timeout=timeout, follow_redirects=False)
    except (httpx.HTTPError, OSError):
        return True
    return False


@contextmanager
def _offline_mode(offline: bool) -> Iterator[None]:
    """Make ``datasets`` use only its cache (it reads this flag on every call) while offline."""
    import datasets

    before = datasets.config.HF_HUB_OFFLINE
    datasets.config.HF_HUB_OFFLINE = offline or before
    try:
        yield
    finally:
        datasets.config.HF_HUB_OFFLINE = before


def _hub_error(name: str, repo: str, error: Exception, offline: bool) -> ImportFileError:
    """One sentence for a Hub dataset that could not be loaded."""
    if offline or isinstance(error, ConnectionError):
        return ImportFileError(
            name,
            None,
            f"the Hugging Face dataset {repo} could not be downloaded because this computer is "
            "offline; import it when online, or import a folder saved with save_to_disk.",
        )
    if "gated" in str(error).lower() or type(error).__name__ == "GatedRepoError":
        return ImportFileError(
            name,
            None,
            f"the Hugging Face dataset {repo} is gated; accept its terms on huggingface.co "
            "and log in with a token first.",
        )
    return ImportFileError(
        name,
        None,
        f"the Hugging Face dataset {repo} could not be loaded ({first_line(error)}).",
    )


def _rows(dataset: Any) -> Iterator[SourceRow]:
    """Rows of a Dataset or DatasetDict, numbered on through the splits, Arrow batch by batch."""
    import datasets

    parts: list[tuple[str | None, Any]]
    if isinstance(dataset, datasets.DatasetDict):
        parts = [(str(split), part) for split, part in dataset.items()]
    else:
        parts = [(None, dataset)]
    line = 0
    for split, part in parts:
        drop = [f.name for f in part.data.schema if holds_binary(f.type)]
        for table in part.with_format("arrow").iter(batch_size=BATCH_ROWS):
            if drop:
                table = table.drop_columns(drop)
            table.validate(full=True)  # bad offsets would otherwise be read out of bounds
            for fields in table.to_pylist():
                line += 1
                yield SourceRow(line, fields, split)
