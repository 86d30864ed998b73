"""The model card of a tuned model: its base, its data, its licence and how it did.

Everything comes from the project: the ``trainings`` row (base model, settings, output
files), the rows it was trained on (languages, where the instructions came from, which
models wrote the responses), its loss curve (figures, and a picture uploaded beside the
card), and the arena comparisons it took part in, counted as the leaderboard counts them.
The licence text the card's metadata links to is uploaded as ``LICENSE.md``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.compare.ratings import Comparison
from core.errors import HandloomError
from core.publish.licences import LicenceReport, LicenceUse, Problem, derive, normalise_licence
from core.publish.markdown_table import table
from core.store.project import Project
from core.train.loss_curve import LOSS_CURVE, LossCurve, loss_curve
from core.train.loss_curve import save as save_curve

# Hub ids of the models that ship with Handloom, for the card's ``base_model``.
BUNDLED_HUB_IDS = {"smollm2": "HuggingFaceTB/SmolLM2-135M-Instruct",
                   "gemma3-270m": "google/gemma-3-270m"}
# Where a GGUF names the Hub model it came from: the repository it was converted from, then
# the first model it names as its own base (llama.cpp's convert_hf_to_gguf.py writes both).
GGUF_HUB_KEYS = ("general.source.repo_url", "general.source.huggingface.repository",
                 "general.source.url", "general.base_model.0.repo_url")
HUB_PART = re.compile(r"[A-Za-z0-9][\w.-]{0,95}")
SETTINGS_SHOWN = ("epochs", "max_steps", "learning_rate", "lora_r", "lora_alpha", "lora_dropout",
                  "batch_size", "grad_accum", "max_seq_len", "eval_fraction", "seed", "backend",
                  "dtype")


class ModelCardError(HandloomError):
    """A tuned model cannot be described or published."""


@dataclass(frozen=True)
class ModelCardResult:
    """The card text, its licence (``licence_text`` is LICENSE.md), and the files a push
    would upload (repo path → file)."""

    training: str
    text: str
    licence: LicenceReport
    licence_text: str
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
    curve = Path(result.get("loss_curve") or output / LOSS_CURVE)
    if curve.is_file():
        files[LOSS_CURVE] = str(curve)
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
    hub_base = base_model_id(base)
    if hub_base:
        meta["base_model"] = hub_base
        meta["base_model_relation"] = "adapter"
    if dataset_repo:
        meta["datasets"] = [dataset_repo]
    title = repo_id.split("/")[-1] if repo_id else training["name"]
    curve = _curve_picture(project, training, title)
    sections = [
        f"# {title}\n\nA LoRA adapter for **{base['name']}** "
        f"({base['licence'] or 'licence unknown'}), fine-tuned with Handloom on "
        f"{data['train']:,} instruction–response conversations"
        + (f" ({dataset_repo})" if dataset_repo else "") + ", with the loss on assistant "
        "tokens only. The files hold the PEFT adapter and the same adapter as a GGUF LoRA "
        "for llama.cpp (`--lora adapter.gguf` over the base GGUF).",
        _data_section(data, models),
        _settings_section(training, config),
        _losses_section(loss_curve(project, training["id"]), curve),
        _arena_section(project, training["tuned_model_id"], models),
        *_changes_sections(project, training),
        *_recipe_sections(project, training),
        _licence_text(report),
        "## Limitations\n\n- A small model tuned on a small dataset: it makes mistakes and "
        "should not be trusted with facts.\n- Instruction tuning in a new language teaches "
        "the model to follow instructions in it; it does not add culture-specific knowledge "
        "the base model lacks.",
    ]
    text = f"---\n{ModelCardData(**meta).to_yaml()}\n---\n\n" + "\n\n".join(sections) + "\n"
    ModelCard(text)  # raises on malformed metadata
    licence_file = _licence_text(report).replace("## Licence", "# Licence", 1) + "\n"
    return ModelCardResult(training["name"], text, report, licence_file, model_files(training))


def base_model_id(base: dict[str, Any]) -> str | None:
    """The Hub id of the model the adapter sits on: the bundled models' known ids, else the
    Hub repository the GGUF says it was converted from (``general.source.*``), else the one
    it names as its base (``general.base_model.0.*``), read from the file's header."""
    if base["bundled"]:
        return BUNDLED_HUB_IDS.get(base["bundled"])
    if base["kind"] != "gguf" or not base["path"] or not Path(base["path"]).is_file():
        return None
    from core.engine.gguf_info import read_gguf

    try:
        metadata = read_gguf(base["path"]).metadata
    except HandloomError:
        return None
    for key in GGUF_HUB_KEYS:
        value = metadata.get(key)
        if key.endswith("url") and not re.match(r"(https?://)?(huggingface|hf)\.co/", str(value)):
            continue  # an address elsewhere (GitHub, a paper) names no Hub model
        found = hub_repo(value)
        if found:
            return found
    return None


def hub_repo(value: object) -> str | None:
    """``owner/name`` from a Hub address (or a bare id, as ``…huggingface.repository``
    holds); None for an address elsewhere or anything that is not a repository id."""
    if not isinstance(value, str):
        return None
    text = re.sub(r"^(https?://)?(huggingface\.co|hf\.co)/", "", value.strip().rstrip("/"))
    parts = text.split("/")
    if len(parts) != 2 or not all(HUB_PART.fullmatch(p) for p in parts):
        return None
    return text


def _curve_picture(project: Project, training: dict[str, Any], title: str) -> str | None:
    """The run's loss-curve picture in its folder (drawn now if training did not), or None."""
    result = json.loads(training["result"] or "{}")
    folder = Path(training["output_dir"] or "")
    existing = Path(result.get("loss_curve") or folder / LOSS_CURVE)
    if existing.is_file():
        return LOSS_CURVE
    if folder.is_dir() and save_curve(project, training["id"], folder, title) is not None:
        return LOSS_CURVE
    return None


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


def _losses_section(curve: LossCurve, picture: str | None) -> str:
    """The loss curve's figures: first, lowest and last training loss, the held-out losses."""
    if not curve:
        return "## Training loss\n\nNo losses were recorded."
    lines = ["## Training loss", ""]
    if picture:
        lines += [f"![Training and held-out loss by step]({picture})", ""]
    if curve.training:
        first, last = curve.training[0], curve.training[-1]
        low = min(curve.training, key=lambda p: p[1])
        lines.append(f"Training loss: {first[1]:.4f} at step {first[0]:,}, lowest {low[1]:.4f} "
                     f"at step {low[0]:,}, last {last[1]:.4f} at step {last[0]:,}.")
    if curve.held_out:
        lines += ["", "Held-out loss at each evaluation:", "",
                  table(["Step", "Held-out loss"],
                        [[f"{step:,}", f"{loss:.4f}"] for step, loss in curve.held_out])]
    return "\n".join(lines)


def _arena_section(project: Project, model_id: str | None, models: dict[str, Any]) -> str:
    """Comparisons with each opponent, counted as the leaderboard counts them."""
    from core.compare.comparisons import tally

    if not model_id:
        return "## Arena\n\nThe tuned model has not been compared yet."
    results: dict[str, Counter[str]] = {}
    for c in tally(project).comparisons:
        if model_id not in (c.model_a, c.model_b):
            continue
        other = c.model_b if c.model_a == model_id else c.model_a
        results.setdefault(other, Counter())[_outcome_for(c, model_id)] += 1
    if not results:
        return "## Arena\n\nThe tuned model has not been compared yet."
    rows = [[models.get(other, {}).get("name", other), c["win"], c["loss"], c["tie"],
             c["both_bad"]] for other, c in sorted(results.items(),
                                                   key=lambda i: models.get(i[0], {}).get(
                                                       "name", i[0]))]
    return "\n".join([
        "## Arena", "",
        "Side-by-side comparisons with other models on the same prompts, without the models' "
        "names shown. Each person's vote counts once; a judge model is asked in both orders "
        "and its two verdicts count as one comparison, a tie when they contradict each other "
        "(as on the leaderboard).", "",
        table(["Opponent", "Wins", "Losses", "Ties", "Both bad"], rows)])


def _changes_sections(project: Project, training: dict[str, Any]) -> list[str]:
    """What the fine-tune changed (``handloom trainings report``), when it was measured."""
    from core.recipe import changes

    data = changes.stored(project, training["id"])
    if data is None:
        return []
    return ["## What the fine-tune changed\n\n" + "\n".join(changes.lines(data))]


def _recipe_sections(project: Project, training: dict[str, Any]) -> list[str]:
    """The recipe whose train stage made this run, when a recipe made it."""
    from core.recipe.card import recipe_section
    from core.recipe.run import for_training

    recipe = for_training(project, training.get("job_id"))
    return [recipe_section(recipe)] if recipe is not None else []


def _outcome_for(comparison: Comparison, model_id: str) -> str:
    """'win', 'loss', 'tie' or 'both_bad' for ``model_id``."""
    if comparison.outcome in ("tie", "both_bad"):
        return comparison.outcome
    winner = comparison.model_a if comparison.outcome == "a" else comparison.model_b
    return "win" if winner == model_id else "loss"


def _licence_text(report: LicenceReport) -> str:
    """The card's licence section; as LICENSE.md it is the file ``license_link`` names."""
    link = f" ({report.link})" if report.link and report.link != "LICENSE.md" else ""
    lines = ["## Licence", "", f"The adapter follows its base model: **{report.name}**{link}. "
             "Its training data came under these licences:", ""]
    lines += [f"- {'Instructions' if u.role == 'instructions' else 'Responses'} "
              f"({', '.join(u.where)}): {u.licence.name}"
              + (f" <{u.licence.link}>" if u.licence.link else "")
              for u in report.uses if u.role != "base model"]
    lines += [f"- **{p.level}**: {p.message}" for p in report.problems]
    return "\n".join(lines)
