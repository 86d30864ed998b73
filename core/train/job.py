"""The ``train`` job: fine-tune a registered GGUF or a Hugging Face folder on the chosen pairs.

The job picks the rows (core.train.dataset), records them in ``train_rows``, runs the
training subprocess (core.train.process), stores every loss it reports in ``train_metrics``
and, when the run is done, registers the tuned model as "base + adapter" so it can generate
and be compared at once. Killed or cancelled, the same job resumes from the run's last
checkpoint with the rows it recorded the first time.

Config (``core.train.job_config.TrainConfig``; ``handloom train``, the Train page and the seed
recipe write the same keys): ``name``, ``base``,
``preset``, the hyperparameters of ``TrainingConfig`` (``epochs``, ``max_steps``,
``learning_rate``, ``lora_r``, ``lora_alpha``, ``batch_size``, ``grad_accum``,
``max_seq_len``, ``seed``), the data filters (``min_score``, ``reviewed_only``,
``languages``, ``eval_fraction``), ``chat_template`` and ``export_merged``.

``base`` may also be a Hugging Face model folder (core.train.hf_folder): the run trains on the
folder and registers its adapter over the registered GGUF of the same shape (or the one named
by ``serve_with``). When no registered GGUF fits, the run still trains and keeps its adapter,
but it cannot be recorded in ``trainings`` (whose base must be a registered model), so it is
kept in ``handloom-run.json`` in its output folder until a fitting GGUF is registered and the
job is resumed; the job then fails with one sentence saying so.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.curator import current_curator
from core.engine.chat_template import TRAINING_TEMPLATES
from core.errors import HandloomError, JobCancelled
from core.jobs import Progress
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project
from core.store.registry import ModelRecord
from core.train import hf_folder
from core.train.dataset import (
    DataFilters,
    TrainingDataError,
    TrainRow,
    select_rows,
    write_jsonl,
)
from core.train.job_config import TrainConfig
from core.train.presets import PRESETS

HYPERPARAMETERS = ("epochs", "max_steps", "learning_rate", "lora_r", "lora_alpha", "batch_size",
                   "grad_accum", "max_seq_len", "seed", "eval_fraction", "warmup_fraction",
                   "backend", "dtype", "gradient_checkpointing", "threads", "eval_steps",
                   "save_steps")
# Keys of the stored config that are the job's, not the training subprocess's.
JOB_KEYS = ("preset", "base", "filters", "base_folder", "base_config_sha256", "serve_with")
PENDING = "handloom-run.json"  # a folder run no registered GGUF fits yet (see the docstring)
PRESET_ALIASES = {"quick": "Quick try (CPU, minutes)", "cpu": "Quick try (CPU, minutes)",
                  "gpu": "Consumer GPU (8 GB)", "consumer-gpu": "Consumer GPU (8 GB)"}


class TrainingSetupError(HandloomError):
    """A training run cannot start as asked (name taken, base not trainable, no data)."""


def preset_name(name: str) -> str:
    """The full name of a preset given by its name or a short alias (quick, gpu)."""
    if name in PRESETS:
        return name
    found = PRESET_ALIASES.get(name.strip().lower())
    if found is None:
        names = ", ".join(f"“{n}”" for n in PRESETS)
        raise TrainingSetupError(f"There is no preset “{name}” (choose {names}, quick or gpu).")
    return found


def settings(config: dict[str, Any]) -> dict[str, Any]:
    """The run's hyperparameters: the preset's, overridden by every value given."""
    values: dict[str, Any] = {}
    if config.get("preset"):
        values.update(PRESETS[preset_name(config["preset"])])
    for key in HYPERPARAMETERS:
        if config.get(key) is not None:
            values[key] = config[key]
    if config.get("max_steps") is None and config.get("epochs") is not None:
        values["max_steps"] = 0  # epochs given on their own: train by epochs
    return values


def template_choice(base: ModelRecord, chosen: str | None) -> str | None:
    """The chat template the rows are written with: the chosen one, or the base's own.

    A base without a template (Gemma 3 270M) gets its family's template unless one is chosen.
    """
    return _template(base.name, bool(base.chat_template), base.architecture, chosen)


def _template(name: str, has_own: bool, architecture: str | None,
              chosen: str | None) -> str | None:
    if chosen:
        if chosen not in TRAINING_TEMPLATES:
            raise TrainingSetupError(
                f"There is no training chat template “{chosen}” (choose gemma, chatml or plain).")
        return chosen
    if has_own:
        return None
    if (architecture or "").startswith("gemma"):
        return "gemma"
    raise TrainingSetupError(
        f"{name} has no chat template; choose one to train with (gemma, chatml or plain).")


def trainable_base(project: Project, name: str) -> ModelRecord:
    """The registered GGUF called ``name``, refusing what cannot be a base."""
    base = registry.get(project, name)
    if base.kind == "remote":
        raise TrainingSetupError(f"{base.name} runs on a server; train on a GGUF file instead.")
    if base.kind != "gguf":
        raise TrainingSetupError(
            f"{base.name} is already a base with an adapter; train its base model instead.")
    base.file()  # a missing file is named now, not in the subprocess
    return base


def output_folder(project: Project, name: str, training_id: str) -> Path:
    """Where a run's checkpoints, adapter and exports live, in the user's data folder."""
    from core.resources import data_dir

    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")[:60] or "run"
    return data_dir() / "trainings" / project.path.stem / f"{slug}-{training_id[-8:]}"


def _pending_runs(project: Project) -> list[dict[str, Any]]:
    """Folder runs of this project waiting for a GGUF to register over (see the docstring)."""
    from core.resources import data_dir

    runs = []
    for path in sorted((data_dir() / "trainings" / project.path.stem).glob(f"*/{PENDING}")):
        try:
            runs.append({**json.loads(path.read_text(encoding="utf-8")), "pending": str(path)})
        except (OSError, ValueError):
            continue
    return runs


def _save_pending(training: dict[str, Any]) -> None:
    path = Path(training["pending"])
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps({k: v for k, v in training.items() if k != "pending"}),
                       encoding="utf-8")
    partial.replace(path)


def _existing(project: Project, job_id: str) -> dict[str, Any] | None:
    rows = project.query("SELECT * FROM trainings WHERE job_id = ?", [job_id])
    if rows:
        return rows[0]
    return next((r for r in _pending_runs(project) if r.get("job_id") == job_id), None)


def _check_name(project: Project, name: str) -> None:
    if not name.strip():
        raise TrainingSetupError("Give the tuned model a name.")
    if project.scalar("SELECT 1 FROM trainings WHERE name = ?", [name]):
        raise TrainingSetupError(
            f"A training run called “{name}” already exists; choose another name or resume "
            "that run.", cli_hint="Resume it with: handloom resume PROJECT")
    if project.scalar("SELECT 1 FROM models WHERE name = ?", [name]):
        raise TrainingSetupError(f"A model called “{name}” is already registered; choose "
                                 "another name.")
    if any(r["name"] == name for r in _pending_runs(project)):
        raise TrainingSetupError(
            f"A training run called “{name}” already exists and waits for its GGUF; choose "
            "another name or resume that run.",
            cli_hint="Resume it with: handloom resume PROJECT")


@dataclass(frozen=True)
class RunPlan:
    """What a run trains: its name, base, chat template and rows (before anything is kept)."""

    name: str
    base: ModelRecord | None  # the registered GGUF it generates over (None: none fits yet)
    folder: Path | None  # a Hugging Face folder base
    base_model: str  # the file or folder the trainer loads
    template: str | None
    filters: DataFilters
    rows: list[TrainRow]


def plan_run(project: Project, config: dict[str, Any]) -> RunPlan:
    """Check the settings, name and base and choose the rows, refusing with a sentence what
    cannot run."""
    TrainConfig.from_json(config).validated()
    name = str(config.get("name") or "").strip()
    _check_name(project, name)
    requested = str(config.get("base") or "")
    folder: Path | None = None
    base: ModelRecord | None
    if hf_folder.is_folder(requested):
        folder = Path(requested).expanduser().resolve()
        base = hf_folder.serving_base(project, folder, config.get("serve_with"))
        template = _template(folder.name, hf_folder.has_chat_template(folder),
                             str(hf_folder.read_config(folder).get("model_type") or ""),
                             config.get("chat_template"))
        base_model = str(folder)
    else:
        base = trainable_base(project, requested)
        template = template_choice(base, config.get("chat_template"))
        base_model = str(base.file())
    filters = DataFilters.from_config({**config, **settings(config)})
    rows, summary = select_rows(project, filters)
    if not any(r.split == "train" for r in rows):
        left = ", ".join(f"{n} {why}" for why, n in summary.left_out.items()) or "none chosen"
        raise TrainingDataError(
            "There are no pairs to train on: select the best responses after judging or "
            f"accept them in review, and check the filters (left out: {left}).",
            cli_hint="(handloom select picks the best responses.)")
    return RunPlan(name, base, folder, base_model, template, filters, rows)


def stored_config(run: Any, plan: RunPlan, config: dict[str, Any]) -> dict[str, Any]:
    """The run's config as ``trainings.config`` keeps it: the trainer's plus the job's keys."""
    stored = {**run.to_dict(), "preset": config.get("preset"),
              "base": plan.base.name if plan.base else None,
              "filters": {"min_score": plan.filters.min_score,
                          "reviewed_only": plan.filters.reviewed_only,
                          "languages": list(plan.filters.languages)}}
    if plan.folder is not None:  # the folder trained on, and which config it had then
        stored.update(base_folder=str(plan.folder),
                      base_config_sha256=hf_folder.config_sha256(plan.folder),
                      serve_with=config.get("serve_with"))
    return stored


def insert_training(project: Project, training_id: str, plan: RunPlan, job_id: str | None,
                    stored: dict[str, Any], output: Path, state: str) -> dict[str, Any]:
    """Record the run and the exact rows it learns from; returns the ``trainings`` row."""
    assert plan.base is not None
    with project.write() as conn:
        conn.execute(
            "INSERT INTO trainings(id, name, base_model_id, job_id, config, output_dir, state, "
            "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [training_id, plan.name, plan.base.id, job_id, json.dumps(stored), str(output),
             state, current_curator(), now()])
        conn.executemany(
            "INSERT INTO train_rows(training_id, response_id, followup_id, split) "
            "VALUES (?, ?, ?, ?)",
            [(training_id, r.response_id, r.followup_id, r.split) for r in plan.rows])
    return project.query("SELECT * FROM trainings WHERE id = ?", [training_id])[0]


def _begin(project: Project, config: dict[str, Any]) -> dict[str, Any]:
    """Choose and record the rows and the run; return the ``trainings`` row."""
    from core.train.config import TrainingConfig

    plan = plan_run(project, config)
    name, base, rows, filters = plan.name, plan.base, plan.rows, plan.filters
    training_id = new_id()
    output = output_folder(project, name, training_id)
    train_file = write_jsonl([r for r in rows if r.split == "train"], output / "train.jsonl")
    eval_rows = [r for r in rows if r.split == "eval"]
    eval_file = write_jsonl(eval_rows, output / "eval.jsonl") if eval_rows else None
    run = TrainingConfig(
        base_model=plan.base_model,
        train_data=str(train_file),
        output_dir=str(output),
        eval_data=str(eval_file) if eval_file else None,
        chat_template=plan.template,
        export_merged=config.get("export_merged") or None,
        resume=True,  # the runner continues from a checkpoint when there is one
        **{k: v for k, v in settings(config).items() if k != "eval_fraction"},
    )
    run.eval_fraction = filters.eval_fraction
    run.validate()  # a setting that cannot work is refused before anything is recorded
    stored = stored_config(run, plan, config)
    if base is None:
        pending = {"id": training_id, "name": name, "job_id": config.get("job_id"),
                   "config": json.dumps(stored), "output_dir": str(output), "result": None,
                   "tuned_model_id": None, "created_by": current_curator(), "created_at": now(),
                   "rows": [[r.response_id, r.followup_id, r.split] for r in rows],
                   "metrics": [], "pending": str(output / PENDING)}
        _save_pending(pending)
        return pending
    return insert_training(project, training_id, plan, config.get("job_id"), stored, output,
                           "running")


def record_event(project: Project, training_id: str, event: dict[str, Any]) -> None:
    """Keep what the window draws and the CLI lists: losses per step, the backend."""
    kind = event["event"]
    with project.write() as conn:
        if kind == "step":
            conn.execute(
                "INSERT INTO train_metrics(training_id, step, loss, learning_rate, "
                "tokens_per_second, recorded_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(training_id, step) DO UPDATE SET loss = excluded.loss, "
                "learning_rate = excluded.learning_rate, "
                "tokens_per_second = excluded.tokens_per_second, recorded_at = excluded.recorded_at",
                [training_id, event["step"], event.get("loss"), event.get("learning_rate"),
                 event.get("tokens_per_second"), now()])
        elif kind == "eval":
            conn.execute(
                "INSERT INTO train_metrics(training_id, step, eval_loss, recorded_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(training_id, step) DO UPDATE SET "
                "eval_loss = excluded.eval_loss", [training_id, event["step"],
                                                   event.get("eval_loss"), now()])
        elif kind == "start":
            conn.execute("UPDATE trainings SET backend = ?, state = 'running' WHERE id = ?",
                         [event.get("backend"), training_id])


def _step_message(event: dict[str, Any]) -> str:
    parts = [f"Step {event['step']:,} of {event['total_steps']:,}"]
    if event.get("loss") is not None:
        parts.append(f"loss {event['loss']:.3f}")
    return " · ".join(parts)  # the rate and the time left are the progress line's to say


def _set_state(project: Project, training_id: str, state: str) -> None:
    with project.write() as conn:
        conn.execute("UPDATE trainings SET state = ? WHERE id = ?", [state, training_id])


def _adopt(project: Project, training: dict[str, Any], base: ModelRecord) -> dict[str, Any]:
    """Record a waiting folder run in ``trainings`` over the GGUF that now fits it."""
    stored = {**json.loads(training["config"]), "base": base.name}
    with project.write() as conn:
        conn.execute(
            "INSERT INTO trainings(id, name, base_model_id, job_id, config, output_dir, state, "
            "result, backend, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)",
            [training["id"], training["name"], base.id, training["job_id"], json.dumps(stored),
             training["output_dir"], json.dumps(training["result"]),
             training["result"].get("backend"), training["created_by"], training["created_at"]])
        conn.executemany(
            "INSERT INTO train_rows(training_id, response_id, followup_id, split) "
            "VALUES (?, ?, ?, ?)", [(training["id"], *row) for row in training["rows"]])
    for event in training["metrics"]:
        record_event(project, training["id"], event)
    Path(training["pending"]).unlink(missing_ok=True)
    return project.query("SELECT * FROM trainings WHERE id = ?", [training["id"]])[0]


def _merged_over(base: ModelRecord, stored: dict[str, Any], result: dict[str, Any]) -> None:
    """A folder run's merged export, folded into the GGUF it is served over."""
    kind = stored.get("export_merged")
    if kind and not result.get("merged_gguf"):
        from core.train.merged_export import export_merged

        result["merged_gguf"] = str(export_merged(
            base.file(), result["gguf_adapter"], Path(stored["output_dir"]), kind))


def register_tuned_model(project: Project, training: dict[str, Any],
                         result: dict[str, Any]) -> ModelRecord:
    """Register base + adapter under the run's name (once, even when resumed)."""
    stored = json.loads(training["config"])
    choice = TRAINING_TEMPLATES.get(stored.get("chat_template") or "")
    if training["tuned_model_id"]:
        return registry.get(project, training["tuned_model_id"])
    for model in registry.list_models(project):  # registered just before a crash
        if model.name == training["name"] and model.adapter_path and (
                Path(model.adapter_path).resolve() == Path(result["gguf_adapter"]).resolve()):
            return model
    record = registry.add_adapter(project, training["base_model_id"], result["gguf_adapter"],
                                  training["name"], template_choice=choice)
    if record.template_choice != choice:  # trained on the base's own template
        record = registry.set_template_choice(project, record.id, choice)
    return record


def run(project: Project, config: dict[str, Any], progress: Progress,
        cancel: threading.Event) -> dict[str, Any]:
    """Train (or continue training) and register the tuned model; see the module docstring."""
    from core.train.config import TrainingConfig
    from core.train.process import run_training

    job_id = str(config.get("job_id") or "")
    training = _existing(project, job_id) if job_id else None
    resumed = training is not None
    if training is None:
        progress(0, 0, "Choosing the training rows")
        training = _begin(project, config)
    training_id = training["id"]
    stored = json.loads(training["config"])
    run_config = TrainingConfig.from_dict({k: v for k, v in stored.items()
                                           if k not in JOB_KEYS})
    pending = "pending" in training
    waiting: dict[str, Any] = training  # a folder run kept in its file (see the docstring)
    stream = getattr(progress, "stream", None)

    def announce(event: dict[str, Any]) -> None:
        if stream is not None:
            stream("events", json.dumps(event, ensure_ascii=False) + "\n")

    announce({"event": "training", "id": training_id, "name": training["name"],
              "resumed": resumed})
    result = training["result"]
    if isinstance(result, str):
        result = json.loads(result)
    if result is None or not Path(result.get("gguf_adapter", "")).is_file():
        resumed_from: list[int] = []

        def on_event(event: dict[str, Any]) -> None:
            if not pending:
                record_event(project, training_id, event)
            elif event["event"] in ("step", "eval"):
                waiting["metrics"].append(event)
                _save_pending(waiting)
            if event["event"] == "start" and event.get("resumed_from"):
                resumed_from.append(int(event["resumed_from"]))
            if event["event"] == "step":
                progress(event["step"], event["total_steps"], _step_message(event))
            announce(event)

        def status(done: int, total: int, message: str) -> None:
            if total == 0:  # step progress is reported by on_event, with more detail
                progress(done, total, message)

        try:
            result = run_training(run_config, status, cancel, on_event)
        except JobCancelled:
            if not pending:
                _set_state(project, training_id, "cancelled")
            raise
        except HandloomError:
            if not pending:
                _set_state(project, training_id, "failed")
            raise
        result = {**result, "resumed_from": resumed_from}
        if pending:
            training["result"] = result
            _save_pending(training)
        else:
            with project.write() as conn:
                conn.execute("UPDATE trainings SET result = ?, backend = ? WHERE id = ?",
                             [json.dumps(result), result.get("backend"), training_id])
    if pending:  # a folder run: is there a GGUF to generate over now?
        folder = stored["base_folder"]
        base = hf_folder.serving_base(project, folder, stored.get("serve_with"))
        if base is None:
            sentence = hf_folder.no_match_sentence(training["name"], folder,
                                                   result.get("adapter_dir"))
            announce({"event": "status", "message": sentence})
            raise hf_folder.FolderBaseError(sentence, cli_hint=hf_folder.REGISTER_GGUF_HINT)
        training = _adopt(project, training, base)
    if stored.get("base_folder"):
        base = registry.get(project, training["base_model_id"])
        _merged_over(base, {**stored, "output_dir": training["output_dir"]}, result)
        with project.write() as conn:
            conn.execute("UPDATE trainings SET result = ? WHERE id = ?",
                         [json.dumps(result), training_id])
    model = register_tuned_model(project, training, result)
    from core.train import loss_curve

    curve = loss_curve.save(project, training_id, Path(training["output_dir"]), training["name"])
    if curve is not None:
        result = {**result, "loss_curve": str(curve)}
    with project.write() as conn:
        conn.execute("UPDATE trainings SET tuned_model_id = ?, state = 'done', result = ? "
                     "WHERE id = ?", [model.id, json.dumps(result), training_id])
    from core.train.trainings import get_training

    summary = get_training(project, training_id)
    summary["resumed_from"] = result.get("resumed_from", [])
    summary["tokens_per_second"] = result.get("tokens_per_second")
    summary["seconds"] = result.get("seconds")
    return summary
