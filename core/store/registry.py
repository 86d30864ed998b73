"""The project's model registry: GGUF files, base + adapter pairs, and remote endpoints.

A registered model records what its GGUF header says (architecture, size, context,
quantisation, licence, languages, chat template) plus its size and sha256, so a project
handed to someone else still says exactly which model wrote which response.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.curator import current_curator
from core.engine import bundled
from core.engine.endpoints import Endpoint, endpoints_from, endpoints_from_json, endpoints_json
from core.engine.gguf_info import ModelFileInfo, read_adapter_info, read_model_info
from core.errors import HandloomError
from core.resources import models_dir
from core.store.ids import new_id, now
from core.store.project import Project


class ModelNotFound(HandloomError):
    """A model name that is not registered in the project."""


@dataclass(frozen=True)
class ModelRecord:
    id: str
    name: str
    kind: str  # "gguf", "gguf+adapter" or "remote"
    path: str | None
    size: int | None
    sha256: str | None
    architecture: str | None
    parameters: int | None
    context_length: int | None
    quantisation: str | None
    licence: str | None
    languages: list[str]
    chat_template: str | None
    template_choice: str | None
    base_id: str | None
    adapter_path: str | None
    endpoint: str | None
    remote_model: str | None
    bundled: str | None
    endpoints: list[Endpoint]  # a remote model's pool; endpoint is the first one's address

    def file(self) -> Path:
        """The GGUF file on this machine (bundled models are located afresh)."""
        if self.path is None:
            raise HandloomError(f"{self.name} is a remote model and has no file.")
        path = bundled.resolve(self.path)
        if not path.exists():
            raise HandloomError(f"The model file of {self.name} is missing: {path}.")
        return path

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "path": str(bundled.resolve(self.path)) if self.path else None,
            "size": self.size,
            "sha256": self.sha256,
            "architecture": self.architecture,
            "parameters": self.parameters,
            "context_length": self.context_length,
            "quantisation": self.quantisation,
            "licence": self.licence,
            "languages": self.languages,
            "has_chat_template": bool(self.chat_template),
            "template_choice": self.template_choice,
            "base_id": self.base_id,
            "adapter_path": self.adapter_path,
            "endpoint": self.endpoint,
            "remote_model": self.remote_model,
            "endpoints": [e.to_json() for e in self.endpoints],
            "bundled": bool(self.bundled),
        }


_COLUMNS = (
    "id, name, kind, path, size, sha256, architecture, parameters, context_length, quantisation, "
    "licence, languages, chat_template, template_choice, base_id, adapter_path, endpoint, "
    "remote_model, bundled, endpoints"
)


def _record(row: dict[str, Any]) -> ModelRecord:
    data = dict(row)
    data["languages"] = json.loads(row["languages"] or "[]")
    data["endpoints"] = endpoints_from_json(row["endpoints"])
    return ModelRecord(**data)


def sha256_of(path: Path) -> str:
    """The file's sha256, remembered per machine by path, size and modification time."""
    stat = path.stat()
    key = f"{path}|{stat.st_size}|{stat.st_mtime_ns}"
    cache_file = models_dir() / "sha256-cache.json"
    try:
        cache = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    if key in cache:
        return str(cache[key])
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 22):
            digest.update(block)
    cache[key] = digest.hexdigest()
    tmp = cache_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(cache), encoding="utf-8")
    tmp.replace(cache_file)
    return str(cache[key])


def _insert(project: Project, values: dict[str, Any]) -> ModelRecord:
    values = {"id": new_id(), **values, "created_by": current_curator(), "created_at": now()}
    if project.scalar("SELECT 1 FROM models WHERE name = ?", [values["name"]]):
        raise HandloomError(
            f"A model called '{values['name']}' is already registered; choose another name.",
            cli_hint="(--name)",
        )
    with project.write() as conn:
        conn.execute(
            f"INSERT INTO models({','.join(values)}) VALUES ({','.join('?' * len(values))})",
            list(values.values()),
        )
    return get(project, values["id"])


def _from_header(info: ModelFileInfo) -> dict[str, Any]:
    return {
        "size": info.file_size,
        "architecture": info.architecture,
        "parameters": info.parameters,
        "context_length": info.context_length,
        "quantisation": info.quantization,
        "licence": info.license,
        "languages": json.dumps(list(info.languages)),
        "chat_template": info.chat_template,
        "metadata": json.dumps(
            {
                "general.name": info.name,
                "size_label": info.size_label,
                "bos_token": info.bos_token,
                "eos_token": info.eos_token,
            },
            ensure_ascii=False,
        ),
    }


def add_gguf(
    project: Project, path: Path | str, name: str | None = None, template_choice: str | None = None
) -> ModelRecord:
    """Register a GGUF model file after checking its header."""
    path = Path(path).resolve()
    if not path.is_file():
        raise HandloomError(f"There is no model file at {path}.")
    info = read_model_info(path)
    return _insert(
        project,
        {
            "name": name or info.name or path.stem,
            "kind": "gguf",
            "path": str(path),
            "sha256": sha256_of(path),
            "template_choice": template_choice,
            **_from_header(info),
        },
    )


def add_adapter(
    project: Project, base: str, adapter: Path | str, name: str, template_choice: str | None = None
) -> ModelRecord:
    """Register a tuned model as base GGUF + GGUF LoRA adapter."""
    base_record = get(project, base)
    adapter = Path(adapter).resolve()
    info = read_adapter_info(adapter)
    values = {
        k: v
        for k, v in base_record.to_json().items()
        if k in ("architecture", "parameters", "context_length", "quantisation")
    }
    return _insert(
        project,
        {
            **values,
            "name": name,
            "kind": "gguf+adapter",
            "path": base_record.path,
            "size": info.file_size,
            "sha256": sha256_of(adapter),
            "licence": base_record.licence,
            "languages": json.dumps(base_record.languages),
            "chat_template": base_record.chat_template,
            "template_choice": template_choice or base_record.template_choice,
            "base_id": base_record.id,
            "adapter_path": str(adapter),
        },
    )


def add_remote(
    project: Project, name: str, endpoints: str | Sequence[Endpoint], remote_model: str,
    licence: str | None = None,
) -> ModelRecord:
    """Register a model served by one or more OpenAI-compatible servers (a pool).

    ``endpoints`` is a pool, or one address (with the default concurrency).
    """
    if isinstance(endpoints, str):
        endpoints = endpoints_from([endpoints])
    if not endpoints:
        raise HandloomError("A model on a server needs at least one server address.")
    if not remote_model.strip():
        raise HandloomError("Give the name the server knows the model by.")
    return _insert(
        project,
        {
            "name": name,
            "kind": "remote",
            "endpoint": endpoints[0].url,
            "endpoints": endpoints_json(endpoints),
            "remote_model": remote_model,
            "licence": licence,
            "languages": "[]",
        },
    )


def set_endpoints(project: Project, name: str, endpoints: Sequence[Endpoint]) -> ModelRecord:
    """Change the servers a remote model runs on; what they wrote stays the model's."""
    record = get(project, name)
    if record.kind != "remote":
        raise HandloomError(f"{record.name} is a model file, not a model on a server.")
    if not endpoints:
        raise HandloomError("A model on a server needs at least one server address.")
    with project.write() as conn:
        conn.execute("UPDATE models SET endpoint = ?, endpoints = ? WHERE id = ?",
                     [endpoints[0].url, endpoints_json(endpoints), record.id])
    return get(project, record.id)


def add_bundled(project: Project) -> list[ModelRecord]:
    """Register the bundled models (done for every new project)."""
    added = []
    for model in bundled.BUNDLED:
        if project.scalar("SELECT 1 FROM models WHERE bundled = ?", [model.key]):
            continue
        try:
            path = bundled.locate(model.key)
        except HandloomError:
            if model.key == bundled.BUNDLED[0].key:
                raise
            continue  # an edition without it (the small installer leaves Gemma out)
        info = read_model_info(path)
        values = _from_header(info)
        values["licence"] = info.license or model.licence
        added.append(
            _insert(
                project,
                {
                    "name": model.name,
                    "kind": "gguf",
                    "path": bundled.PREFIX + model.key,
                    "sha256": sha256_of(path),
                    "template_choice": model.template_choice,
                    "bundled": model.key,
                    **values,
                },
            )
        )
    return added


def set_template_choice(project: Project, name: str, choice: str | None) -> ModelRecord:
    """Choose the named chat template a GGUF model's prompts are written with.

    ``None`` goes back to the model's own template (or a plain completion prompt when the
    file has none). Responses already written keep the prompts they were made with.
    """
    from core.engine.chat_template import NAMED_TEMPLATES

    record = get(project, name)
    if record.kind == "remote":
        raise HandloomError(
            f"{record.name} runs on a server, which applies its own chat template."
        )
    if choice is not None and choice not in NAMED_TEMPLATES:
        raise HandloomError(
            f"There is no chat template named '{choice}' (choose one of "
            f"{', '.join(NAMED_TEMPLATES)})."
        )
    with project.write() as conn:
        conn.execute("UPDATE models SET template_choice = ? WHERE id = ?", [choice, record.id])
    return get(project, record.id)


def list_models(project: Project) -> list[ModelRecord]:
    return [_record(r) for r in project.query(f"SELECT {_COLUMNS} FROM models ORDER BY created_at")]


def listing(project: Project) -> list[dict[str, Any]]:
    """The registered models as JSON, oldest first: what a form offers to choose from."""
    return [m.to_json() for m in list_models(project)]


def tuned_models(project: Project) -> list[str]:
    """The names of the models fine-tuned here (a GGUF base with a LoRA adapter), by name."""
    rows = project.query("SELECT name FROM models WHERE kind = 'gguf+adapter' ORDER BY name")
    return [str(r["name"]) for r in rows]


def choices(project: Project) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """(the registered models as JSON, the named chat templates as (name, title)): what the
    Models page lists and offers for a model without a template of its own."""
    from core.engine.chat_template import NAMED_TEMPLATES

    return listing(project), [(t.name, t.title) for t in NAMED_TEMPLATES.values()]


def get(project: Project, name_or_id: str) -> ModelRecord:
    rows = project.query(
        f"SELECT {_COLUMNS} FROM models WHERE name = ? OR id = ?", [name_or_id, name_or_id]
    )
    if not rows:
        names = ", ".join(m.name for m in list_models(project)) or "none yet"
        raise ModelNotFound(
            f"There is no model called '{name_or_id}' in this project (registered: {names})."
        )
    return _record(rows[0])


def remove(project: Project, name: str) -> None:
    record = get(project, name)
    if project.scalar("SELECT 1 FROM responses WHERE model_id = ? LIMIT 1", [record.id]):
        raise HandloomError(
            f"{record.name} wrote responses in this project, so it stays registered."
        )
    with project.write() as conn:
        conn.execute("DELETE FROM models WHERE id = ?", [record.id])
