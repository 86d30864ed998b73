"""Training on a rented GPU: export a run as a self-contained folder, import it back.

``export`` (the ``train_export`` job) chooses and records the rows exactly as a run here would
(so the arena never evaluates on them), and writes a folder that trains anywhere with a Python
and a GPU: the rows as ``messages`` Parquet, the base model as a Hugging Face folder (a GGUF
base is dequantised once, here), the exact config, a copy of Handloom's training code and
``run.py``, which runs it with Unsloth (4-bit QLoRA on a CUDA GPU). ``import_run`` brings the
folder back: it converts the adapter to a GGUF LoRA here, registers base + adapter under the
run's name and records the run, its losses included, as if it had run on this machine.
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from typing import Any

from core.errors import HandloomError
from core.jobs import Progress
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project
from core.train.job import (
    insert_training,
    output_folder,
    plan_run,
    record_event,
    register_tuned_model,
    settings,
    stored_config,
)

MARKER = "handloom-run.json"
CORE = Path(__file__).resolve().parents[1]
REQUIREMENTS = """\
# Install a CUDA build of torch first (https://pytorch.org), then: pip install -r requirements.txt
# (the versions Handloom's own training is tested with)
unsloth==2026.10.9
unsloth_zoo==2026.10.9
transformers==5.17.0
trl==1.13.0
peft==0.21.2
datasets==4.8.5
accelerate==1.15.0
safetensors==0.8.0
sentencepiece==0.2.3
pyarrow>=20
numpy>=1.26
jinja2>=3.1
bitsandbytes
"""
README = """\
# {name}: a Handloom training run to train on another machine

Exported from {project} on {created_at} by {created_by}: {train_rows} conversations to learn
from, {eval_rows} held out, base model {base}.

On a machine with an NVIDIA GPU and Python 3.11:

    pip install torch            # a CUDA build
    pip install -r requirements.txt
    python run.py

It trains with Unsloth (4-bit QLoRA on the GPU; 16-bit LoRA where 4-bit is not possible) and
writes `output/adapter/` and `output/events.jsonl`. Stopped half way, `python run.py` again
continues from the last checkpoint. Then bring the whole folder back and import it:

    handloom trainings import PROJECT.handloom THIS-FOLDER

Files: `data/train.parquet` and `data/eval.parquet` (a `messages` column, the Hugging Face
chat format), `base/` (the base model), `training-config.json` (every setting),
`handloom/` (Handloom's training code), `run.py`.
"""


class RunExportError(HandloomError):
    """A run folder cannot be written or read back."""


def _write_rows(rows: list[Any], path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({"messages": [r.messages for r in rows]}), path)
    return path


def _copy_base(base_model: str, target: Path, progress: Progress) -> dict[str, Any]:
    """The base as a Hugging Face folder in ``target``; a GGUF is dequantised (cached)."""
    from core.train.base_model import base_info, hugging_face_folder

    progress(0, 0, "Preparing the base model (a GGUF is converted once)")
    folder = hugging_face_folder(base_model)
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns(".*"))
    return base_info(folder)


def _copy_code(target: Path) -> None:
    """Handloom's core (the training runner and what it imports), without caches."""
    shutil.copytree(CORE, target / "core", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def export(project: Project, config: dict[str, Any], progress: Progress,
           cancel: threading.Event) -> dict[str, Any]:
    """Write the run ``config`` describes into the new folder ``config['export_dir']``."""
    from core.curator import current_curator
    from core.train.config import TrainingConfig

    folder = Path(config["export_dir"]).expanduser().resolve()
    if not (CORE / "train" / "runner.py").is_file():
        raise RunExportError("This installation of Handloom carries no training code to "
                             "export (the edition with training does).")
    if folder.exists() and any(folder.iterdir()):
        raise RunExportError(f"{folder} is not empty; choose a new folder for the run.")
    if not folder.parent.is_dir():
        raise RunExportError(f"The folder {folder.parent} does not exist.")
    progress(0, 0, "Choosing the training rows")
    plan = plan_run(project, config)
    if plan.base is None:
        raise RunExportError("A run to export needs a registered GGUF base to come back to.")
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        train = [r for r in plan.rows if r.split == "train"]
        held = [r for r in plan.rows if r.split == "eval"]
        _write_rows(train, partial / "data" / "train.parquet")
        if held:
            _write_rows(held, partial / "data" / "eval.parquet")
        facts = _copy_base(plan.base_model, partial / "base", progress)
        if cancel.is_set():
            from core.errors import JobCancelled

            raise JobCancelled()
        _copy_code(partial / "handloom")
        shutil.copyfile(Path(__file__).with_name("exported_run.py"), partial / "run.py")
        run = TrainingConfig(
            base_model=str(partial / "base"), train_data=str(partial / "data" / "train.parquet"),
            output_dir=str(partial / "output"),
            eval_data=str(partial / "data" / "eval.parquet") if held else None,
            chat_template=plan.template, resume=True, gguf_adapter=False,
            **{k: v for k, v in settings(config).items() if k != "eval_fraction"})
        run.eval_fraction = plan.filters.eval_fraction
        run.validate()
        relative = {**run.to_dict(), "base_model": "base", "train_data": "data/train.parquet",
                    "output_dir": "output", "eval_data": "data/eval.parquet" if held else None}
        (partial / "training-config.json").write_text(json.dumps(relative, indent=2),
                                                      encoding="utf-8")
        training_id = new_id()
        stored = {**stored_config(run, plan, config), **relative, "exported_to": str(folder)}
        marker = {"training_id": training_id, "name": plan.name, "project": project.path.name,
                  "base": plan.base.name, "base_sha256": plan.base.sha256,
                  "converted_base_sha256": facts.get("sha256"), "created_at": now()}
        (partial / MARKER).write_text(json.dumps(marker, indent=2), encoding="utf-8")
        (partial / "requirements.txt").write_text(REQUIREMENTS, encoding="utf-8")
        (partial / "README.md").write_text(README.format(
            name=plan.name, project=project.path.name, created_at=marker["created_at"],
            created_by=current_curator(), train_rows=len(train), eval_rows=len(held),
            base=plan.base.name), encoding="utf-8")
        if folder.exists():
            _move_into(partial, folder)
        else:
            partial.replace(folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    insert_training(project, training_id, plan, config.get("job_id"), stored, folder, "exported")
    progress(1, 1, f"Exported {plan.name} to {folder}")
    return {"id": training_id, "name": plan.name, "base": plan.base.name, "folder": str(folder),
            "train_rows": len(train), "eval_rows": len(held), "chat_template": plan.template}


def _move_into(partial: Path, folder: Path) -> None:
    """Fill the (empty) folder the person chose with the written run."""
    for item in partial.iterdir():
        item.replace(folder / item.name)
    partial.rmdir()


def _events(folder: Path) -> list[dict[str, Any]]:
    path = folder / "output" / "events.jsonl"
    if not path.is_file():
        raise RunExportError(f"{folder.name} has not been trained yet (there is no "
                             "output/events.jsonl): run python run.py in it first.")
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue  # a line cut off when the machine stopped
        if isinstance(event, dict) and "event" in event:
            events.append(event)
    return events


def import_run(project: Project, folder_path: Path | str) -> dict[str, Any]:
    """Bring a trained run folder back: convert, register and record it (once)."""
    from core.train.gguf_lora import write_gguf_lora
    from core.train.trainings import get_training

    folder = Path(folder_path).expanduser().resolve()
    try:
        marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise RunExportError(f"{folder} is not a run exported by Handloom (it has no "
                             f"{MARKER}).") from None
    rows = project.query("SELECT * FROM trainings WHERE id = ?", [marker.get("training_id")])
    if not rows:
        raise RunExportError(f"The run {marker.get('name')} was exported from "
                             f"{marker.get('project')}, not from this project.")
    training = rows[0]
    if training["state"] == "done":
        return get_training(project, training["id"])
    events = _events(folder)
    done = next((e for e in reversed(events) if e["event"] == "done"), None)
    if done is None:
        last = next((e for e in reversed(events) if e["event"] in ("error", "step")), None)
        why = (f"it stopped with: {last['message']}" if last and last["event"] == "error" else
               f"its last step was {last['step']}" if last else "it has not started")
        raise RunExportError(f"The run in {folder.name} has not finished ({why}); run python "
                             "run.py there again, then import it.")
    adapter = folder / "output" / "adapter"
    if not (adapter / "adapter_config.json").is_file():
        raise RunExportError(f"{folder.name} has no trained adapter in output/adapter.")
    base = registry.get(project, training["base_model_id"])
    stored = json.loads(training["config"])
    local = output_folder(project, training["name"], training["id"])
    local.mkdir(parents=True, exist_ok=True)
    shutil.copytree(adapter, local / "adapter", dirs_exist_ok=True)
    (local / "events.jsonl").write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8")
    template = done.get("chat_template") or stored.get("chat_template")
    gguf = write_gguf_lora(local / "adapter", local / "adapter.gguf", base_gguf=base.file(),
                           chat_template=template,
                           tensor_type=stored.get("gguf_adapter_type", "f32"))
    for event in events:
        if event["event"] in ("start", "step", "eval"):
            record_event(project, training["id"], event)
    result = {**{k: v for k, v in done.items() if k != "event"},
              "adapter_dir": str(local / "adapter"), "gguf_adapter": str(gguf),
              "trained_in": str(folder), "imported_at": now()}
    with project.write() as conn:
        conn.execute("UPDATE trainings SET result = ?, backend = ?, output_dir = ? WHERE id = ?",
                     [json.dumps(result), done.get("backend"), str(local), training["id"]])
    training = project.query("SELECT * FROM trainings WHERE id = ?", [training["id"]])[0]
    model = register_tuned_model(project, training, result)
    with project.write() as conn:
        conn.execute("UPDATE trainings SET tuned_model_id = ?, state = 'done' WHERE id = ?",
                     [model.id, training["id"]])
    return get_training(project, training["id"])
