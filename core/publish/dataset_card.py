"""The dataset card: README.md with Hub metadata, written from what the project knows.

It says where the instructions came from and under which licences, which models wrote
the responses and how, what curation and the export's filters removed, what was
translated and reviewed, and what the dataset cannot do. Every figure is counted from the
project or from the exported rows, never typed in.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from core.errors import HandloomError
from core.languages import UnknownLanguageError, language_names
from core.publish.dataset_rows import (
    ExportOptions,
    Tally,
    features_metadata,
    generation_parameters,
)
from core.publish.licences import LicenceReport
from core.publish.markdown_table import table
from core.store.project import Project

HUB_SOURCE_FORMATS = ("hf",)
CITATION = """@inproceedings{ma2025building,
  title     = {Building Instruction-Tuning Datasets from Human-Written Instructions
               with Open-Weight Large Language Models},
  author    = {Ma, Youmi and others},
  booktitle = {Conference on Language Modeling (COLM)},
  year      = {2025}
}"""


class CardError(HandloomError):
    """A card could not be built or does not validate."""


def size_category(rows: int) -> str:
    """The Hub's ``size_categories`` bucket for a row count."""
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                         (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M"),
                         (100_000_000, "10M<n<100M")):
        if rows < limit:
            return label
    return "100M<n<1B"


def _language(code: str) -> str:
    try:
        english, own = language_names(code)
    except UnknownLanguageError:
        return code
    return english if own in ("", english) else f"{english} ({own})"


def _n(count: int, noun: str) -> str:
    """'1 row', '3 rows'."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def _sources(project: Project) -> dict[str, dict[str, Any]]:
    """Every source, with the Hub revision a pull read (recorded in its import job)."""
    return {r["id"]: r for r in project.query(
        "SELECT s.id, s.name, s.location, s.format, s.licence, s.rows_imported, "
        "json_extract(j.config, '$.revision') AS revision "
        "FROM sources s LEFT JOIN jobs j ON j.id = s.job_id")}


def _models(project: Project) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in project.query(
        "SELECT id, name, licence, architecture, parameters, quantisation FROM models")}


def metadata(project: Project, options: ExportOptions, tally: Tally, report: LicenceReport,
             pretty_name: str) -> dict[str, Any]:
    """The card's YAML front matter as a dict (Hub field names)."""
    languages = [code for code, _ in tally.languages.most_common() if code != "unknown"]
    sources = _sources(project)
    used = [sources[s] for s in tally.sources if s in sources]
    hub = sorted({s["location"] for s in used if s["format"] in HUB_SOURCE_FORMATS
                  and "/" in s["location"] and not s["location"].startswith("/")})
    data: dict[str, Any] = {
        "pretty_name": pretty_name,
        "language": languages,
        **report.card_metadata(),
        "task_categories": ["text-generation"],
        "size_categories": [size_category(tally.rows)],
        "language_creators": ["found", "machine-generated"],
        "multilinguality": ["multilingual" if len(languages) > 1 else "monolingual"],
        "source_datasets": hub + (["original"] if len(hub) < len(used) or not used else []),
        "tags": ["instruction-tuning", "synthetic", "handloom"],
    }
    if options.format != "arrow":
        data["dataset_info"] = {"features": features_metadata()}
        data["configs"] = [{
            "config_name": "default",
            "data_files": [{"split": s, "path": f"data/{s}-*"} for s in sorted(tally.splits)],
        }]
    return data


def build(project: Project, options: ExportOptions, tally: Tally, report: LicenceReport,
          pretty_name: str, repo_id: str | None = None) -> str:
    """The whole README.md text; validated by ``huggingface_hub.DatasetCard``."""
    from huggingface_hub import DatasetCard, DatasetCardData

    meta = metadata(project, options, tally, report, pretty_name)
    body = "\n\n".join([
        _summary(tally, pretty_name, options, repo_id),
        _languages_section(tally),
        _sources_section(project, tally),
        _generation_section(project, tally),
        _curation_section(project, tally, options),
        _translation_review_section(project, tally),
        *_recipe_sections(project),
        licence_section(report),
        _limitations(),
        "## Citation\n\nThe method follows:\n\n```bibtex\n" + CITATION + "\n```",
    ])
    card_data = DatasetCardData(**meta)
    text = f"---\n{card_data.to_yaml()}\n---\n\n{body}\n"
    card = DatasetCard(text)
    if card.data.to_dict().get("language") != meta["language"]:
        raise CardError("The dataset card's metadata did not survive a round trip.")
    return text


def _summary(tally: Tally, pretty_name: str, options: ExportOptions,
             repo_id: str | None) -> str:
    splits = ", ".join(f"{split} {n:,}" for split, n in sorted(tally.splits.items()))
    return (
        f"# {pretty_name}\n\n"
        f"{tally.rows:,} instruction–response conversations ({splits}) in "
        f"{_n(len([c for c in tally.languages if c != 'unknown']), 'language')}, built with "
        "Handloom from instructions that people wrote, answered by "
        "open-weight models running locally.\n\n"
        "Each row has a `messages` column in the Hugging Face chat format (a user turn and an "
        "assistant turn; a second exchange when a follow-up was kept) and the columns "
        "`language`, `source`, `licence`, `model`, `model_licence`, `judge_score` (0–10, empty "
        "when not judged), `review` (`accepted`, `unreviewed`), `selected`, `id`, "
        "`instruction_id` and `original_instruction_id` (the instruction a translation came "
        "from). The test split is chosen by a hash of the (original) instruction id, so every "
        "translation and response of one instruction lands in the same split."
        + ("" if options.format == "arrow" else
           "\n\n```python\nfrom datasets import load_dataset\n\n"
           f"dataset = load_dataset(\"{repo_id or 'path/to/this/folder'}\")\n```")
    )


def _languages_section(tally: Tally) -> str:
    rows = [[code, _language(code) if code != "unknown" else "not identified", f"{n:,}"]
            for code, n in tally.languages.most_common()]
    return "## Languages\n\n" + table(["Code", "Language", "Rows"], rows)


def _sources_section(project: Project, tally: Tally) -> str:
    sources = _sources(project)
    rows = []
    for source_id, n in tally.sources.most_common():
        s = sources.get(source_id)
        if s is None:
            rows.append(["(no source recorded)", "", "", f"{n:,}"])
            continue
        where = s["location"] if s["format"] in HUB_SOURCE_FORMATS else s["name"]
        if s["revision"]:
            where += f" (revision {s['revision'][:12]})"
        rows.append([where, s["licence"] or "unknown", f"{s['rows_imported']:,}", f"{n:,}"])
    by_licence: Counter[str] = Counter()
    for (licence, _), n in tally.instruction_licences.items():
        by_licence[licence or "unknown"] += n
    licences = ", ".join(f"{lic} {n:,}" for lic, n in by_licence.most_common())
    return (
        "## Where the instructions came from\n\n"
        f"The {len(tally.instructions):,} instructions were written by people and imported "
        "from these sources (translations count under the source of their original):\n\n"
        + table(["Source", "Licence", "Imported", "Rows in this dataset"], rows)
        + f"\n\nRows per instruction licence: {licences}."
    )


def _generation_section(project: Project, tally: Tally) -> str:
    models = _models(project)
    rows = []
    for model_id, n in tally.models.most_common():
        m = models.get(model_id, {})
        size = f"{m['parameters'] / 1e6:,.0f}M" if m.get("parameters") else ""
        rows.append([m.get("name", model_id), m.get("licence") or "unknown",
                     m.get("architecture") or "", size, m.get("quantisation") or "", f"{n:,}"])
    lines = ["## How the responses were generated", "",
             "Every response was written by an open-weight model run locally with llama.cpp "
             "(or a compatible server):", "",
             table(["Model", "Licence", "Architecture", "Parameters", "Quantisation", "Rows"],
                    rows), "", "Generation parameters:", ""]
    for (model_id, _), settings in sorted(tally.settings.items()):
        params = generation_parameters(settings)
        shown = ", ".join(f"{k} {v!r}" if isinstance(v, str) else f"{k} {v}"
                          for k, v in params.items())
        lines.append(f"- {models.get(model_id, {}).get('name', model_id)}: {shown or 'defaults'}")
    if tally.scores:
        judges = ", ".join(
            models.get(j, {}).get("name", j.removeprefix("person:")) for j in tally.judges)
        mean = sum(tally.scores) / len(tally.scores)
        lines += ["", f"{_n(len(tally.scores), 'row')} carry a judge score (0–10, mean {mean:.2f}) "
                  f"from {judges}; the score is the newest judgement of the response."]
    else:
        lines += ["", "No response was scored by a judge."]
    lines.append(f"{_n(tally.two_turn, 'row')} with a second turn (a follow-up question and "
                 "its answer, kept only when the judge rated it highly).")
    return "\n".join(lines)


def _curation_section(project: Project, tally: Tally, options: ExportOptions) -> str:
    total = int(project.scalar("SELECT count(*) FROM instructions"))
    reasons = project.query(
        "SELECT reason, count(*) AS n FROM exclusions GROUP BY reason ORDER BY n DESC")
    unanswered = int(project.scalar(
        "SELECT count(*) FROM instructions i WHERE i.status = 'included' AND NOT EXISTS "
        "(SELECT 1 FROM responses r WHERE r.instruction_id = i.id)"))
    lines = ["## Curation", "",
             f"{total:,} instructions were imported. Curation marks instructions instead of "
             "deleting them; an instruction can be marked for several reasons:", ""]
    lines += [f"- {r['reason'].replace('_', ' ')}: {r['n']:,} removed" for r in reasons] or [
        "- no curation filter removed anything"]
    lines += ["", f"{_n(unanswered, 'included instruction')} without a response yet "
              "(not in the dataset).", "",
              f"Of {tally.considered:,} responses to included instructions, the export's "
              "filters removed:", ""]
    active = {"rejected in review": True, "not the selected response": options.selected_only,
              "not accepted in review": options.reviewed_only,
              "judge score below the minimum or missing": options.min_score is not None,
              "language not chosen": bool(options.languages)}
    for name, n in tally.removed.items():
        if active.get(name):
            detail = {"judge score below the minimum or missing": f" ({options.min_score})",
                      "language not chosen": f" (kept {', '.join(options.languages)})"}
            lines.append(f"- {name}{detail.get(name, '')}: {n:,}")
    return "\n".join(lines)


def _translation_review_section(project: Project, tally: Tally) -> str:
    models = _models(project)
    lines = ["## Translation and review", ""]
    if tally.translations:
        lines.append("Machine-translated instructions in this dataset:")
        lines.append("")
        for (source, target, model_id), n in tally.translations.most_common():
            by = models.get(model_id, {}).get("name", "an unrecorded model")
            lines.append(f"- {source or '?'} → {target}: {_n(n, 'row')}, translated by {by}")
    else:
        lines.append("No instruction in this dataset was machine-translated.")
    reviewers = int(project.scalar("SELECT count(DISTINCT created_by) FROM reviews"))
    accepted, unreviewed = tally.reviews.get("accepted", 0), tally.reviews.get("unreviewed", 0)
    rejected = tally.removed.get("rejected in review", 0)
    people = f"{reviewers:,} person" if reviewers == 1 else f"{reviewers:,} people"
    lines += ["", f"Reviewed by {people}: {_n(accepted, 'row')} accepted, "
              f"{unreviewed:,} not reviewed, {rejected:,} rejected (left out); "
              f"{_n(tally.edited, 'row')} with a reviewer's edit."]
    return "\n".join(lines)


def _recipe_sections(project: Project) -> list[str]:
    """The newest finished recipe (``handloom recipe``), when the data was made by one."""
    from core.recipe.card import recipe_section
    from core.recipe.run import newest_finished

    recipe = newest_finished(project)
    return [recipe_section(recipe)] if recipe is not None else []


def licence_section(report: LicenceReport) -> str:
    """The licence and why, also written to LICENSE.md beside the card."""
    link = f" ({report.link})" if report.link and report.link != "LICENSE.md" else ""
    lines = ["## Licence", "", f"This dataset is published under **{report.name}**{link}, "
             "derived from the licences of its parts:", ""]
    for use in report.uses:
        what = "Instructions" if use.role == "instructions" else "Responses"
        where = ", ".join(use.where)
        url = f" <{use.licence.link}>" if use.licence.link else ""
        lines.append(f"- {what} ({use.rows:,} rows, {where}): {use.licence.name}{url}")
    if report.problems:
        lines += ["", "Before using it, note:", ""]
        lines += [f"- **{p.level}**: {p.message}" for p in report.problems]
    return "\n".join(lines)


def _limitations() -> str:
    return "\n".join([
        "## Limitations", "",
        "- The responses were written by small open-weight models and were not all checked "
        "by people; they contain mistakes, and the judge's scores are another model's opinion.",
        "- Instruction tuning in a new language teaches a model to follow instructions in that "
        "language; it does not add culture-specific knowledge the base model lacks.",
        "- Languages were given by the sources or identified automatically; short texts may "
        "be labelled wrongly.",
        "- Filters for personal data and templated prompts catch common patterns, not all.",
        "- Instructions reflect the people and platforms they came from, not a balanced "
        "sample of any community.",
    ])
