"""A Hugging Face model folder as the training base: which registered GGUF it is served over,
what a run says when there is none, and one real run from a folder built from SmolLM2's GGUF
that registers its adapter over that GGUF and generates."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core import jobs
from core.store import registry
from core.store.project import Project
from core.train import hf_folder
from core.train.trainings import get_training, list_trainings, metrics
from tests.train.project_data import MODEL


def _config_folder(gguf: Path, folder: Path, **changes: Any) -> Path:
    """A folder holding the config.json transformers reads from the GGUF, with ``changes``."""
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    for key, value in changes.items():
        setattr(config, key, value)
    config.save_pretrained(str(folder))
    return folder


def build_hf_folder(gguf: Path, folder: Path) -> Path:
    """What transformers' ``save_pretrained`` writes for the GGUF's model: config, safetensors
    and tokenizer files, rebuilt from the dequantised weights (no Handloom marker file)."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    directory, name = str(gguf.parent), gguf.name
    config = AutoConfig.from_pretrained(directory, gguf_file=name)
    loaded = AutoModelForCausalLM.from_pretrained(directory, gguf_file=name, dtype=torch.float32)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(loaded.state_dict(), strict=False)
    model.tie_weights()
    model.save_pretrained(str(folder))
    tokenizer = AutoTokenizer.from_pretrained(directory, gguf_file=name)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.save_pretrained(str(folder))
    return folder


@pytest.fixture
def project(tmp_path: Path, smollm2_gguf: Path) -> Iterator[Project]:
    opened = Project.create(tmp_path / "p.handloom")
    registry.add_gguf(opened, smollm2_gguf, MODEL)
    yield opened
    opened.close()


def test_the_gguf_of_the_same_model_is_found_and_another_shape_is_not(
    project: Project, smollm2_gguf: Path, tmp_path: Path,
) -> None:
    same = _config_folder(smollm2_gguf, tmp_path / "same")
    assert hf_folder.is_folder(str(same)) and not hf_folder.is_folder(str(tmp_path))
    shape = hf_folder.folder_shape(hf_folder.read_config(same))
    assert shape == hf_folder.gguf_shape(smollm2_gguf)
    assert shape.architecture == "llama" and shape.heads != shape.kv_heads
    found_base = hf_folder.serving_base(project, same)
    named = hf_folder.serving_base(project, same, serve_with=MODEL)
    assert found_base is not None and found_base.name == MODEL
    assert named is not None and named.name == MODEL

    layers, vocab = int(shape.layers or 0), int(shape.vocab_size or 0)
    deeper = _config_folder(smollm2_gguf, tmp_path / "deeper",
                            num_hidden_layers=layers + 2, vocab_size=vocab + 8)
    assert hf_folder.serving_base(project, deeper) is None
    found = hf_folder.differences(hf_folder.folder_shape(hf_folder.read_config(deeper)), shape)
    assert found == [f"layers {layers + 2} ≠ {layers}", f"vocabulary {vocab + 8} ≠ {vocab}"]
    with pytest.raises(hf_folder.FolderBaseError, match="is not the model in deeper .*layers"):
        hf_folder.serving_base(project, deeper, serve_with=MODEL)


def test_the_no_match_sentence_says_why_and_how_to_fix_it(tmp_path: Path,
                                                          smollm2_gguf: Path) -> None:
    folder = _config_folder(smollm2_gguf, tmp_path / "other", num_hidden_layers=7)
    sentence = hf_folder.no_match_sentence("smol-sw", folder, "/runs/smol-sw/adapter")
    assert sentence.count(". ") == 0 and sentence.endswith(".")  # one sentence
    assert "could not be registered for generation" in sentence
    assert f"no registered GGUF matches the folder {folder}" in sentence
    assert "7 layers" in sentence and "/runs/smol-sw/adapter" in sentence
    assert "register the GGUF of the same model" in sentence


def test_a_folder_of_another_shape_with_serve_with_is_refused_before_training(
    project: Project, tmp_path: Path, smollm2_gguf: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from core.cli import main

    _config_folder(smollm2_gguf, tmp_path / "wide", hidden_size=648)
    monkeypatch.chdir(tmp_path)  # a folder named relative to where the command runs
    path = str(project.path)
    project.close()
    code = main(["train", path, "--base", "wide", "--serve-with", MODEL, "--name", "x",
                 "--max-steps", "1"])
    err = capsys.readouterr().err
    assert code == 1 and "hidden size 648 ≠ 576" in err and "name the GGUF of the same" in err
    code = main(["train", path, "--base", MODEL, "--serve-with", MODEL, "--name", "x"])
    assert code == 1 and "--serve-with is for a Hugging Face folder" in capsys.readouterr().err
    with Project.open(path) as reopened:
        assert not reopened.query("SELECT * FROM trainings")
        config = [j.config for j in jobs.list_jobs(reopened) if j.kind == "train"][0]
    assert config["base"] == str(tmp_path / "wide") and config["serve_with"] == MODEL


def test_the_train_form_offers_a_folder_as_base(qtbot: Any, tmp_path: Path,
                                                smollm2_gguf: Path) -> None:
    from app.stages.train.train_form import TrainForm

    empty = TrainForm()  # no GGUF yet: nothing is chosen and no folder dialog opens by itself
    qtbot.addWidget(empty)
    empty.set_models([])
    assert empty.base.currentIndex() == -1 and empty.config()["base"] is None
    assert empty.base.itemText(0) == "Hugging Face folder…"

    form = TrainForm()
    qtbot.addWidget(form)
    form.set_models([{"name": MODEL, "kind": "gguf", "has_chat_template": True}])
    assert form.config()["base"] == MODEL
    folder = _config_folder(smollm2_gguf, tmp_path / "smol-folder")
    form.use_folder(str(folder))
    assert form.config()["base"] == str(folder)
    assert form.base.currentText() == "smol-folder"
    assert form.template.isVisibleTo(form)  # no tokenizer files, so no chat template: choose
    assert form.config()["chat_template"] == "chatml"
    assert not form.use_folder(str(tmp_path))  # no config.json: not a model folder
    form.set_models([{"name": MODEL, "kind": "gguf", "has_chat_template": True}])
    assert form.config()["base"] == str(folder)  # the folder stays chosen


# -- one real run from a folder ----------------------------------------------------------------


def _pairs_without_gguf(path: Path, rows: int) -> Path:
    """The style set's pairs chosen, written by a model on a server: no GGUF is registered."""
    from core.ingest.config import import_config
    from core.store.ids import new_id, now
    from tests.conftest import write_jsonl
    from tests.train.data import conversations

    chosen = conversations()[:rows]
    project = Project.create(path)
    try:
        writer = registry.add_remote(project, "writer", "http://127.0.0.1:9/v1", "writer")
        data = write_jsonl(path.parent / "instructions.jsonl",
                           [{"instruction": r["messages"][0]["content"], "language": "en"}
                            for r in chosen])
        jobs.start(project, "import", import_config([str(data)], licence="CC0-1.0"))
        ids = {r["text"]: r["id"] for r in project.query("SELECT id, text FROM instructions")}
        with project.write() as conn:
            for row in chosen:
                conn.execute(
                    "INSERT INTO responses(id, instruction_id, model_id, settings_key, "
                    "sample_index, text, settings, finish_reason, selected, created_by, "
                    "created_at) VALUES (?, ?, ?, 'test', 0, ?, '{}', 'stop', 1, 'T', ?)",
                    [new_id(), ids[row["messages"][0]["content"]], writer.id,
                     row["messages"][1]["content"], now()])
    finally:
        project.close()
    return path


class _Events:
    """A job's progress that keeps the events the train job streams, as the window does."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []

    def __call__(self, done: int, total: int, message: str = "") -> None:
        pass

    def stream(self, key: str, text: str) -> None:
        self.events.extend(json.loads(line) for line in text.splitlines())

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == kind]


CONFIG: dict[str, Any] = {
    "name": "folder-tuned", "max_steps": 2, "learning_rate": 1e-3, "lora_r": 8,
    "lora_alpha": 16, "batch_size": 2, "max_seq_len": 64, "seed": 7, "eval_fraction": 0.1,
    "save_steps": 2, "eval_steps": 2}


@pytest.fixture(scope="module")
def folder_run(smollm2_gguf: Path, _shared_models: Path,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Two training steps from a Hugging Face folder of SmolLM2 in a project without its GGUF;
    then the bundled models are registered and the same job is resumed."""
    root = tmp_path_factory.mktemp("hf-folder-run")
    folder = build_hf_folder(smollm2_gguf, root / "SmolLM2-hf")
    path = _pairs_without_gguf(root / "style.handloom", rows=12)
    config = {**CONFIG, "base": str(folder)}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HANDLOOM_DATA_DIR", str(root / "data"))
        mp.setenv("HANDLOOM_CONFIG_DIR", str(root / "config"))
        mp.setenv("HANDLOOM_MODELS_DIR", str(_shared_models))
        mp.setenv("HANDLOOM_USER", "Test Curator")
        mp.setenv("HANDLOOM_TRAIN_THREADS", "1")
        project = Project.open(path)
        first = _Events()
        with pytest.raises(hf_folder.FolderBaseError) as no_match:
            jobs.start_or_resume(project, "train", config, first)
        waiting = sorted((root / "data" / "trainings").glob("*/*/handloom-run.json"))
        listed_before = list_trainings(project)
        failed = [j for j in jobs.list_jobs(project) if j.kind == "train"]
        registry.add_bundled(project)  # the GGUF of the same model, as a new project has it
        again = _Events()
        record = jobs.start_or_resume(project, "train", config, again)
        yield {"project": project, "record": record, "folder": folder, "first": first,
               "again": again, "sentence": str(no_match.value), "waiting": waiting,
               "listed_before": listed_before, "failed": failed}
        project.close()


@pytest.mark.slow
def test_a_folder_run_without_its_gguf_trains_then_registers_once_the_gguf_is_there(
    folder_run: dict[str, Any],
) -> None:
    project, record, folder = folder_run["project"], folder_run["record"], folder_run["folder"]
    first, again = folder_run["first"], folder_run["again"]
    # no registered GGUF fits: the run trained and kept its adapter, and says so in a sentence
    assert [e["step"] for e in first.of("step")] == [1, 2]
    sentence = folder_run["sentence"]
    assert f"no registered GGUF matches the folder {folder}" in sentence
    assert "register the GGUF of the same model" in sentence
    assert first.of("status")[-1]["message"] == sentence  # what the window shows
    assert [(j.state, j.error) for j in folder_run["failed"]] == [("failed", sentence)]
    assert folder_run["listed_before"] == [] and len(folder_run["waiting"]) == 1
    adapter_dir = folder_run["waiting"][0].parent / "adapter"
    assert f"saved its adapter in {adapter_dir}" in sentence
    assert (adapter_dir / "adapter_model.safetensors").is_file()

    # with the bundled SmolLM2 registered, the same job registers it without training again
    assert record.state == "done", record.error
    assert len([j for j in jobs.list_jobs(project) if j.kind == "train"]) == 1
    assert not again.of("step") and not folder_run["waiting"][0].exists()
    result = record.result or {}
    smollm2 = next(m for m in registry.list_models(project) if m.bundled == "smollm2")
    assert result["base"] == smollm2.name and result["base_folder"] == str(folder)
    assert result["steps"] == 2 and result["first_loss"] > 0
    stored = json.loads(project.scalar("SELECT config FROM trainings WHERE id = ?",
                                       [result["id"]]))
    assert stored["base_model"] == str(folder)  # trained on the folder itself
    assert stored["base_config_sha256"] == hashlib.sha256(
        (folder / "config.json").read_bytes()).hexdigest()
    assert [p["step"] for p in metrics(project, result["id"]) if p["loss"] is not None] == [1, 2]
    assert project.scalar("SELECT count(*) FROM train_rows WHERE training_id = ?",
                          [result["id"]]) == result["train_rows"] + result["eval_rows"] == 12

    tuned = registry.get(project, "folder-tuned")
    assert tuned.kind == "gguf+adapter" and tuned.base_id == smollm2.id
    assert tuned.adapter_path == result["gguf_adapter"]
    assert get_training(project, "folder-tuned")["model"] == "folder-tuned"

    generated = jobs.start(project, "generate", {
        "model": "folder-tuned", "samples": 1, "parallel": 2, "max_tokens": 12,
        "temperature": 0.0, "seed": 1, "limit": 2})
    assert generated.state == "done" and (generated.result or {}).get("written") == 2
    texts = [r["text"] for r in project.query(
        "SELECT r.text FROM responses r JOIN models m ON m.id = r.model_id "
        "WHERE m.name = 'folder-tuned'")]
    assert len(texts) == 2 and all(t.strip() for t in texts)
