"""The recipe as the dataset and model cards tell it: stages, models, settings, counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.publish.markdown_table import table
from core.recipe.run import RecipeRecord
from core.recipe.settings import to_toml

STAGE_WORDS = {
    "import": "Import the human-written instructions",
    "curate": "Filter: exact duplicates, templated prompts, personal data",
    "translate": "Translate the instructions",
    "generate": "Answer each instruction with the teacher model",
    "judge": "Score every answer 0–10 with the judge model",
    "select": "Keep the best-scoring answer per instruction (best-of-N)",
    "second_turn": "Add a synthetic second turn, kept at the minimum judge score",
    "train": "Fine-tune the student (LoRA, loss on assistant tokens only)",
    "report": "Answer the held-out instructions before and after; the judge compares them",
}


def recipe_section(recipe: RecipeRecord) -> str:
    """A ``## Recipe`` section: enough to see how the data was made and to make it again."""
    rows = [[str(s.position + 1), STAGE_WORDS.get(s.stage, s.stage), s.state,
             "" if s.count_in is None else f"{s.count_in:,}",
             "" if s.count_out is None else f"{s.count_out:,}"] for s in recipe.stages]
    models = [[m["role"], m["name"], m.get("licence") or "unknown",
               f"`{m['sha256']}`" if m.get("sha256") else "not recorded"]
              for m in recipe.models]
    when = f", finished {recipe.finished_at[:10]}" if recipe.finished_at else ""
    return "\n".join([
        "## Recipe", "",
        f"Made with Handloom's recipe “{recipe.preset}” ({recipe.state}{when}), the stages "
        "of the seed method run in this order, with the counts in and out of each:", "",
        table(["#", "Stage", "State", "In", "Out"], rows), "",
        "Models, with the SHA-256 of their files:", "",
        table(["Role", "Model", "Licence", "SHA-256"], models), "",
        "Every setting, as a recipe file (`handloom recipe PROJECT --config recipe.toml` "
        "runs it again):", "",
        "```toml", to_toml(_shareable(recipe.settings)).rstrip(), "```",
    ])


def _shareable(settings: dict[str, Any]) -> dict[str, Any]:
    """The settings without the folders of this computer: imported files by their names."""
    return {**settings, "files": [Path(str(f)).name for f in settings.get("files") or []]}
