"""The model card of a tuned model: its base, its data, its licence and how it did.

Everything comes from the project: the ``trainings`` row (base model, settings, output
files), the rows it was trained on (languages, where the instructions came from, which
models wrote the responses), its last recorded losses, and the arena votes it took part in.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import HandloomError
from core.publish.licences import LicenceReport, LicenceUse, Problem, derive, normalise_licence
from core.store.project import Project

# Hub ids of the models that ship with Handloom, for the card's ``base_model``.
BUNDLED_HUB_IDS = {"smollm2": "HuggingFaceTB/SmolLM2-135M-Instruct",
                   "gemma3-270m": "google/gemma-3-270m"}
SETTINGS_SHOWN = ("epochs", "max_steps", "learning_rate", "lora_r", "lora_alpha", "lora_dropout",
                  "batch_size", "grad_accum", "max_seq_len", "eval_fraction", "seed", "backend",
                  "dtype")


class ModelCardError(HandloomError):
    """A tuned model cannot be described or published."""


@dataclass(frozen=True)
class ModelCardResult:
    """The card text, its licence, and the files a push would upload (repo path → file)."""

    training: str
    text: str
    licence: LicenceReport
    files: dict[str, str]


def find_training(project: Project, name: str) -> dict[str, Any]:
    """The training run called ``name``, or whose tuned model is called ``name``."""
    rows = project.query(
        "SELECT t.* FROM trainings t LEFT JOIN models m ON m.id = t.tuned_model_id "
        "WHERE t.name = ? OR m.name = ? OR t.id = ? ORDER BY t.created_at DESC LIMIT 1",
        [name, name, name])
    if not rows:
        raise ModelCardError(f"There is no tuned model or training run called “{name}”.")
    return rows[0]


def model_files(training: dict[str, Any]) -> dict[str, str]:
    """The adapter (PEFT files at the repo root, its GGUF twin, a merged GGUF if made)."""
    result = json.loads(training["result"] or "{}")
    output = Path(training["output_dir"] or "")
    adapter_dir = Path(result.get("adapter_dir") or output / "adapter")
    files: dict[str, str] = {}
    if adapter_dir.is_dir():
        for path in sorted(adapter_dir.rglob("*")):
            if path.is_file() and path.name != "README.md":
                files[path.relative_to(adapter_dir).as_posix()] = str(path)
    extra = [result.get("gguf_adapter") or output / "adapter.gguf", result.get("merged_gguf")]
    for value in extra:
        if value and Path(value).is_file():
            files[Path(value).name] = str(value)
    if not files:
        raise ModelCardError(
            f"The training “{training['name']}” has no adapter files at {adapter_dir}; "
            "finish the training first.")
    return files


def build_model_card(project: Project, name: str, *, dataset_repo: str | None = None,
                     repo_id: str | None = None) -> ModelCardResult:
    """The README.md for the tuned model ``name``, validated by ``huggingface_hub``."""
    from huggingface_hub import ModelCard, ModelCardData

    training = find_training(project, name)
    models = {r["id"]: r for r in project.query("SELECT * FROM models")}
    base = models[training["base_model_id"]]
    config = json.loads(training["config"] or "{}")
    data = _training_data(project, training["id"])
    report = _licence(base, data, models, training["name"])
    dataset_repo = dataset_repo or project.scalar(
        "SELECT repo_id FROM push_queue WHERE kind = 'dataset' AND state = 'done' "
        "ORDER BY updated_at DESC LIMIT 1")
    meta: dict[str, Any] = {
        "language": [c for c, _ in data["languages"].most_common() if c != "unknown"],
        **report.card_metadata(),
        "library_name": "peft",
        "pipeline_tag": "text-generation",
        "tags": ["handloom", "lora", "gguf", "instruction-tuning"],
    }
    hub_base = BUNDLED_HUB_IDS.get(base["bundled"] or "")
    if hub_base:
        meta["base_model"] = hub_base
    if dataset_repo:
        meta["datasets"] = [dataset_repo]
    title = repo_id.split("/")[-1] if repo_id else training["name"]
    sections = [
        f"# {title}\n\nA LoRA adapter for **{base['name']}** "
        f"({base['licence'] or 'licence unknown'}), fine-tuned with Handloom on "
        f"{data['train']:,} instruction–response conversations"
        + (f" ({dataset_repo})" if dataset_repo else "") + ", with the loss on assistant "
        "tokens only. The files hold the PEFT adapter and the same adapter as a GGUF LoRA "
        "for llama.cpp (`--lora adapter.gguf` over the base GGUF).",
        _data_section(data, models),
        _settings_section(training, config),
        _arena_section(project, training["tuned_model_id"], models),
        _licence_text(report),
        "## Limitations\n\n- A small model tuned on a small dataset: it makes mistakes and "
        "should not be trusted with facts.\n- Instruction tuning in a new language teaches "
        "the model to follow instructions in it; it does not add culture-specific knowledge "
        "the base model lacks.",
    ]
    text = f"---\n{ModelCardData(**meta).to_yaml()}\n---\n\n" + "\n\n".join(sections) + "\n"
    ModelCard(text)  # raises on malformed metadata
    return ModelCardResult(training["name"], text, report, model_files(training))


def _training_data(project: Project, training_id: str) -> dict[str, Any]:
    rows = project.query(
        "SELECT tr.split, i.language, COALESCE(i.licence, p.licence, s.licence, ps.licence) "
        "AS licence, COALESCE(s.name, ps.name, 'no source') AS source, r.model_id "
        "FROM train_rows tr JOIN responses r ON r.id = tr.response_id "
        "JOIN instructions i ON i.id = r.instruction_id "
        "LEFT JOIN instructions p ON p.id = i.parent_id "
        "LEFT JOIN sources s ON s.id = i.source_id LEFT JOIN sources ps ON ps.id = p.source_id "
        "WHERE tr.training_id = ?", [training_id])
    return {
        "train": sum(1 for r in rows if r["split"] == "train"),
        "eval": sum(1 for r in rows if r["split"] != "train"),
        "languages": Counter(r["language"] or "unknown" for r in rows),
        "licences": Counter((r["licence"], r["source"]) for r in rows),
        "generators": Counter(r["model_id"] for r in rows),
    }


def _licence(base: dict[str, Any], data: dict[str, Any], models: dict[str, Any],
             name: str) -> LicenceReport:
    """The base model's licence governs the weights; the data's terms are added as notes."""
    report = derive([LicenceUse("base model", normalise_licence(base["licence"]), 1,
                                (base["name"],))])
    data_uses = [LicenceUse("instructions", normalise_licence(lic), n, (source,))
                 for (lic, source), n in data["licences"].items()]
    data_uses += [LicenceUse("responses", normalise_licence(models[m]["licence"]), n,
                             (models[m]["name"],)) for m, n in data["generators"].items()]
    notes = derive(data_uses).problems
    report.uses += data_uses
    report.problems += [Problem("warning", p.message) for p in notes]
    llama_outputs = any(u.role == "responses" and u.licence.key in ("llama3.1", "llama3.2",
                        "llama3.3", "llama4") for u in data_uses)
    if llama_outputs and not name.lower().startswith("llama"):
        report.problems.append(Problem(
            "conflict", f"“{name}” was trained on Llama outputs, whose licence asks that its "
            "name begin with “Llama”."))
    return report


def _data_section(data: dict[str, Any], models: dict[str, Any]) -> str:
    languages = ", ".join(f"{c} {n:,}" for c, n in data["languages"].most_common())
    generators = ", ".join(f"{models[m]['name']} ({models[m]['licence'] or 'licence unknown'})"
                           for m in data["generators"])
    return (f"## Training data\n\n{data['train']:,} training and {data['eval']:,} held-out "
            f"conversations. Languages: {languages or 'none recorded'}. Responses written by: "
            f"{generators or 'none recorded'}.")


def _settings_section(training: dict[str, Any], config: dict[str, Any]) -> str:
    shown = [f"- {k.replace('_', ' ')}: {config[k]}" for k in SETTINGS_SHOWN if k in config]
    return "## Training settings\n\n" + (
        "\n".join(shown) or "- not recorded") + f"\n\nBackend: {training['backend'] or 'auto'}."


def _arena_section(project: Project, model_id: str | None, models: dict[str, Any]) -> str:
    if not model_id:
        return "## Arena\n\nThe tuned model has not been compared yet."
    votes = project.query("SELECT model_a, model_b, shown_left, outcome FROM arena_votes "
                          "WHERE model_a = ? OR model_b = ?", [model_id, model_id])
    results: dict[str, Counter[str]] = {}
    for v in votes:
        other = v["model_b"] if v["model_a"] == model_id else v["model_a"]
        results.setdefault(other, Counter())[_outcome_for(v, model_id)] += 1
    if not results:
        return "## Arena\n\nThe tuned model has not been compared yet."
    lines = ["## Arena", "", "Side-by-side votes against other models (by people or a judge):",
             "", "| Opponent | Wins | Losses | Ties |", "|---|---|---|---|"]
    for other, c in sorted(results.items()):
        lines.append(f"| {models.get(other, {}).get('name', other)} | {c['win']} | "
                     f"{c['loss']} | {c['tie']} |")
    return "\n".join(lines)


def _outcome_for(vote: dict[str, Any], model_id: str) -> str:
    """'win', 'loss' or 'tie' for ``model_id``; outcomes may name a side, a slot or a model."""
    right = vote["model_b"] if vote["shown_left"] == vote["model_a"] else vote["model_a"]
    winner = {"a": vote["model_a"], "b": vote["model_b"], "left": vote["shown_left"],
              "right": right}.get(vote["outcome"], vote["outcome"])
    if winner == model_id:
        return "win"
    if winner in (vote["model_a"], vote["model_b"]):
        return "loss"
    return "tie"


def _licence_text(report: LicenceReport) -> str:
    lines = ["## Licence", "", f"The adapter follows its base model: **{report.name}**. "
             "Its training data came under these licences:", ""]
    lines += [f"- {'Instructions' if u.role == 'instructions' else 'Responses'} "
              f"({', '.join(u.where)}): {u.licence.name}"
              for u in report.uses if u.role != "base model"]
    lines += [f"- **{p.level}**: {p.message}" for p in report.problems]
    return "\n".join(lines)
