"""Pulling a Hub dataset from a local Hub with history: the revision read is recorded, a
stopped pull continues from the same revision, and one that would have to read another is
refused rather than mix two versions of the dataset."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import jobs
from core.publish.pull import PullError, pull
from core.store.project import Project
from tests.publish.fake_hub import DatasetHub

ROOT = Path(__file__).resolve().parents[2]


def _dataset(questions: list[str]) -> dict[str, bytes]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = io.BytesIO()
    pq.write_table(pa.table({"instruction": questions}), table)
    return {"README.md": b"---\nlicense: cc-by-4.0\n---\n# Questions\n",
            "data/train-00000-of-00001.parquet": table.getvalue()}


FIRST = ["How do I mend a net?", "Why do tides change?", "What is a loom?"]
SECOND = ["How do I dye cotton?", "What is a warp thread?"]


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[DatasetHub]:
    """A local Hub at HF_ENDPOINT, as a process started with it would see it (huggingface_hub
    and datasets each read the variable once, when imported), and their caches in tmp_path."""
    import datasets
    from huggingface_hub import constants

    local = DatasetHub()
    url = local.start()
    monkeypatch.setenv("HF_ENDPOINT", url)
    monkeypatch.setattr(constants, "ENDPOINT", url)
    monkeypatch.setattr(constants, "HUGGINGFACE_CO_URL_TEMPLATE",
                        url + "/{repo_id}/resolve/{revision}/{filename}")
    monkeypatch.setattr(datasets.config, "HF_ENDPOINT", url)
    monkeypatch.setattr(datasets.config, "HUB_DATASETS_URL",
                        url + "/datasets/{repo_id}/resolve/{revision}/{path}")
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path / "cache" / "datasets")
    monkeypatch.setattr(datasets.config, "HF_MODULES_CACHE", tmp_path / "cache" / "modules")
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "cache" / "hub"))
    yield local
    local.stop()


def _texts(project: Project) -> list[str]:
    return sorted(r["text"] for r in project.query("SELECT text FROM instructions"))


def _stop_after_the_first_batch() -> tuple[threading.Event, object]:
    cancel = threading.Event()

    def progress(done: int, total: int, message: str = "") -> None:
        if done:
            cancel.set()

    return cancel, progress


def test_a_pull_records_the_revision_it_read(hub: DatasetHub, tmp_path: Path) -> None:
    first = hub.commit("acme/questions", _dataset(FIRST))
    with Project.create(tmp_path / "p.handloom") as project:
        result = pull(project, "acme/questions")
        assert result["revision"] == first and result["imported"] == 3
        (job,) = jobs.list_jobs(project)
        assert job.config["revision"] == first and job.config["licence"] == "cc-by-4.0"
        assert _texts(project) == sorted(FIRST)
        from core.publish.dataset_card import _sources

        (source,) = _sources(project).values()  # what the dataset card names
        assert (source["location"], source["revision"]) == ("acme/questions", first)
    assert any(f"/resolve/{first}/" in r for r in hub.requests)  # read at that commit


def test_a_stopped_pull_refuses_to_continue_from_another_revision(
        hub: DatasetHub, tmp_path: Path) -> None:
    first = hub.commit("acme/questions", _dataset(FIRST))
    with Project.create(tmp_path / "p.handloom") as project:
        cancel, progress = _stop_after_the_first_batch()
        pull(project, "acme/questions", progress=progress, cancel=cancel)  # type: ignore[arg-type]
        (stopped,) = jobs.list_jobs(project)
        assert stopped.state == "cancelled" and stopped.config["revision"] == first
        second = hub.commit("acme/questions", _dataset(SECOND))  # the main branch moves on
        with pytest.raises(PullError) as refused:
            pull(project, "acme/questions")
        assert str(refused.value) == (
            f"An earlier pull of acme/questions stopped part way through revision {first}, "
            f"and the Hub now gives revision {second}; continuing would mix two versions of "
            "the dataset.")
        assert refused.value.cli_hint == (
            f"Finish it with --revision {first}, or pull the new revision as a "
            "second copy with --again (what the stopped pull imported stays).")
        finished = pull(project, "acme/questions", revision=first)
        assert finished["revision"] == first
        assert _texts(project) == sorted(FIRST)  # finished once, nothing twice
        again = pull(project, "acme/questions", again=True)
        assert again["revision"] == second
        assert _texts(project) == sorted(FIRST + SECOND)
        assert [j.state for j in jobs.list_jobs(project)] == ["done", "done"]  # resumed, not redone


def test_handloom_pull_reads_hf_endpoint_and_prints_only_its_json(
        hub: DatasetHub, tmp_path: Path) -> None:
    """The real command in a process started with HF_ENDPOINT, as a script runs it."""
    first = hub.commit("acme/questions", _dataset(FIRST))
    project = tmp_path / "p.handloom"
    Project.create(project).close()
    env = {**os.environ, "HF_HOME": str(tmp_path / "hf"), "HF_ENDPOINT": hub.url}
    for name in ("HF_HUB_DISABLE_PROGRESS_BARS", "HF_DATASETS_DISABLE_PROGRESS_BARS"):
        env.pop(name, None)
    code = "import sys; from core.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "pull", str(project), "acme/questions",
                           "--json"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["revision"] == first
    assert done.stderr == ""  # no progress bar of ours or of datasets in a script's output
