"""The project's training runs as people read them: name, base, state, losses, rows, files.

A run's own state says ``running`` until it ends; when the process that ran it died, its
job says what happened (``interrupted``, ``failed``), so that is shown instead.
"""

from __future__ import annotations

import json
from typing import Any

from core.errors import HandloomError
from core.store.project import Project

_SELECT = """
SELECT t.id, t.name, t.state, t.backend, t.output_dir, t.config, t.result, t.job_id,
       t.created_by, t.created_at, b.name AS base, m.name AS model, j.state AS job_state,
       (SELECT count(*) FROM train_rows r WHERE r.training_id = t.id AND r.split = 'train')
           AS train_rows,
       (SELECT count(*) FROM train_rows r WHERE r.training_id = t.id AND r.split != 'train')
           AS eval_rows,
       (SELECT max(step) FROM train_metrics x WHERE x.training_id = t.id AND x.loss IS NOT NULL)
           AS steps,
       (SELECT loss FROM train_metrics x WHERE x.training_id = t.id AND x.loss IS NOT NULL
         ORDER BY step LIMIT 1) AS first_loss,
       (SELECT loss FROM train_metrics x WHERE x.training_id = t.id AND x.loss IS NOT NULL
         ORDER BY step DESC LIMIT 1) AS last_loss,
       (SELECT eval_loss FROM train_metrics x WHERE x.training_id = t.id
         AND x.eval_loss IS NOT NULL ORDER BY step DESC LIMIT 1) AS eval_loss
FROM trainings t
JOIN models b ON b.id = t.base_model_id
LEFT JOIN models m ON m.id = t.tuned_model_id
LEFT JOIN jobs j ON j.id = t.job_id
"""


def _shaped(row: dict[str, Any]) -> dict[str, Any]:
    config = json.loads(row["config"] or "{}")
    result = json.loads(row["result"] or "{}")
    state = row["state"]
    if state == "running" and row["job_state"] not in (None, "running", "queued"):
        state = row["job_state"]
    total = config.get("max_steps") or None
    return {
        "id": row["id"],
        "name": row["name"],
        "base": row["base"],
        "base_folder": config.get("base_folder"),  # a Hugging Face folder trained on, if any
        "model": row["model"],
        "state": state,
        "backend": row["backend"],
        "steps": row["steps"] or 0,
        "total_steps": result.get("steps") or total,
        "first_loss": row["first_loss"],
        "last_loss": row["last_loss"],
        "eval_loss": row["eval_loss"] if row["eval_loss"] is not None else result.get("eval_loss"),
        "train_rows": row["train_rows"],
        "eval_rows": row["eval_rows"],
        "chat_template": config.get("chat_template"),
        "preset": config.get("preset"),
        "output_dir": row["output_dir"],
        "adapter_dir": result.get("adapter_dir"),
        "gguf_adapter": result.get("gguf_adapter"),
        "merged_gguf": result.get("merged_gguf"),
        "loss_curve": result.get("loss_curve"),
        "job_id": row["job_id"],
        "created_by": row["created_by"],
        "created_at": row["created_at"],
    }


def list_trainings(project: Project) -> list[dict[str, Any]]:
    """Every training run, newest first."""
    return [_shaped(r) for r in project.query(_SELECT + " ORDER BY t.created_at DESC, t.id DESC")]


def get_training(project: Project, name_or_id: str) -> dict[str, Any]:
    """One run by its name or id."""
    rows = project.query(_SELECT + " WHERE t.id = ? OR t.name = ?", [name_or_id, name_or_id])
    if not rows:
        raise HandloomError(f"There is no training run called “{name_or_id}”.")
    return _shaped(rows[0])


def metrics(project: Project, training_id: str) -> list[dict[str, Any]]:
    """The run's recorded points in step order: loss, eval loss, learning rate, tokens/s."""
    return project.query(
        "SELECT step, loss, eval_loss, learning_rate, tokens_per_second FROM train_metrics "
        "WHERE training_id = ? ORDER BY step", [training_id])
