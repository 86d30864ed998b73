"""The push queue: offline pushes wait in the project with everything they upload, retries
keep them until the Hub confirms, real uploads reach a local Hub, and the token never
lands in the project, an export or a log."""

from __future__ import annotations

import logging
from pathlib import Path

import datasets
import pytest

from core.publish import push
from core.store.project import Project
from tests.publish.builder import Tales, add_training
from tests.publish.fake_hub import FakeHub


def _files_of(item: push.QueuedPush) -> dict[str, bytes]:
    folder = Path(item.payload["folder"])
    return {name: (folder / name).read_bytes() for name in item.payload["files"]}


def test_offline_push_is_queued_with_what_it_would_upload(tales: Tales, token: str) -> None:
    item = push.queue_dataset(tales.project, "amina/hadithi")
    assert item.state == "queued" and item.attempts == 0
    before = _files_of(item)
    assert {"README.md", "LICENSE.md"} <= set(before)
    assert any(name.startswith("data/train-") for name in before)

    sent = push.send(tales.project, item.id)
    assert sent.state == "queued" and sent.attempts == 1
    assert sent.last_error and sent.last_error.startswith("The Hub could not be reached")

    retried = push.send_queue(tales.project)
    assert [(i.id, i.state, i.attempts) for i in retried] == [(item.id, "queued", 2)]
    assert _files_of(retried[0]) == before  # nothing lost between attempts
    assert push.list_queue(tales.project, include_done=False)[0].payload == item.payload


def test_without_a_token_the_push_waits_and_says_how_to_log_in(tales: Tales) -> None:
    item = push.send(tales.project, push.queue_dataset(tales.project, "amina/hadithi").id)
    assert item.state == "queued"
    assert item.last_error == push.NO_TOKEN
    assert "sign in to the Hugging Face Hub" in item.last_error and "HF_TOKEN" in item.last_error


def test_a_push_reaches_a_hub_and_the_dataset_loads_from_there(
        tales: Tales, token: str, hub: FakeHub, tmp_path: Path) -> None:
    item = push.queue_dataset(tales.project, "amina/hadithi", private=True)
    done = push.send(tales.project, item.id)
    assert done.state == "done" and done.last_error is None
    assert done.pushed_url == f"{hub.url}/datasets/amina/hadithi"
    repo = hub.repos["datasets/amina/hadithi"]
    assert repo["private"] is True
    assert repo["files"] == _files_of(item)
    assert all(auth == f"Bearer {token}" for _, _, auth in hub.requests)
    loaded = datasets.load_dataset(str(hub.root / "datasets" / "amina" / "hadithi"),
                                   cache_dir=str(tmp_path / "cache"))
    assert sum(len(s) for s in loaded.values()) == item.payload["rows"]
    assert push.send_queue(tales.project) == []  # nothing left to send


def test_a_hub_that_fails_half_way_leaves_the_push_queued_until_it_succeeds(
        tales: Tales, token: str, hub: FakeHub) -> None:
    hub.fail_commits = True
    item = push.queue_dataset(tales.project, "amina/hadithi")
    failed = push.send(tales.project, item.id)
    assert "datasets/amina/hadithi" in hub.repos  # the repository was made, the files not
    assert hub.repos["datasets/amina/hadithi"]["files"] == {}
    assert failed.state == "queued" and "507" in (failed.last_error or "")

    hub.fail_commits = False
    [done] = push.send_queue(tales.project)
    assert (done.state, done.attempts) == ("done", 2)
    assert hub.repos["datasets/amina/hadithi"]["files"] == _files_of(item)


def test_a_tuned_model_is_pushed_with_its_card_licence_curve_and_adapter_only(
        tales: Tales, token: str, hub: FakeHub, tmp_path: Path) -> None:
    add_training(tales, tmp_path / "run")
    item = push.queue_model(tales.project, "tales-sw-lora", "amina/tales-sw-lora")
    assert "card" not in item.to_json()["payload"] and "licence" not in item.to_json()["payload"]
    done = push.send(tales.project, item.id)
    assert done.state == "done", done.last_error
    files = hub.repos["amina/tales-sw-lora"]["files"]
    assert set(files) == {"README.md", "LICENSE.md", "loss_curve.png", "adapter_config.json",
                          "adapter_model.safetensors", "adapter.gguf"}
    assert files["README.md"].decode() == item.payload["card"]
    assert b"base_model: google/gemma-3-270m" in files["README.md"]
    assert files["LICENSE.md"].decode() == item.payload["licence"]
    assert files["LICENSE.md"].startswith(b"# Licence\n")
    assert b"Gemma" in files["LICENSE.md"]
    assert files["loss_curve.png"][:8] == b"\x89PNG\r\n\x1a\n"
    assert files["loss_curve.png"] == (tmp_path / "run" / "loss_curve.png").read_bytes()


def test_the_token_never_reaches_the_project_exports_or_logs(
        tales: Tales, token: str, hub: FakeHub, tmp_path: Path,
        caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    ok = push.send(tales.project, push.queue_dataset(tales.project, "amina/a").id)
    hub.fail_commits = True
    failed = push.send(tales.project, push.queue_dataset(tales.project, "amina/b").id)
    assert (ok.state, failed.state) == ("done", "queued")
    assert any(auth == f"Bearer {token}" for _, _, auth in hub.requests)  # it was used
    path = tales.project.path
    tales.project.close()
    files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
    files += [p for d in (Path(ok.payload["folder"]), Path(failed.payload["folder"]))
              for p in d.rglob("*") if p.is_file()]
    for f in files:
        assert token.encode() not in f.read_bytes(), f
    out, err = capsys.readouterr()
    assert token not in out + err + caplog.text
    reopened = Project.open(path)
    assert token not in str(reopened.query("SELECT * FROM push_queue"))
    reopened.close()
    tales.project = Project.open(path)


def test_bad_repository_names_and_removal(tales: Tales) -> None:
    with pytest.raises(push.PushError, match="not a Hub repository name"):
        push.queue_dataset(tales.project, "amina/has spaces")
    with pytest.raises(push.PushError, match="with its owner"):
        push.queue_dataset(tales.project, "hadithi")
    item = push.queue_dataset(tales.project, "amina/hadithi")
    push.remove(tales.project, item.id[-12:])
    assert push.list_queue(tales.project) == []


def test_an_earlier_export_can_be_pushed_but_not_an_unknown_folder(
        tales: Tales, token: str, hub: FakeHub, tmp_path: Path) -> None:
    from core.publish.dataset_rows import ExportOptions
    from core.publish.export import export_dataset

    export = export_dataset(tales.project, tmp_path / "mine", ExportOptions(format="jsonl"))
    item = push.queue_dataset(tales.project, "amina/hadithi", export_dir=export.path)
    assert item.payload["export_id"] == export.id
    assert push.send(tales.project, item.id).state == "done"
    assert set(hub.repos["datasets/amina/hadithi"]["files"]) == set(item.payload["files"])
    stray = tmp_path / "stray"
    stray.mkdir()
    with pytest.raises(push.PushError, match="not an export of this project"):
        push.queue_dataset(tales.project, "amina/other", export_dir=stray)
