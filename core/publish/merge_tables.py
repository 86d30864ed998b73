"""Which tables a merge brings across, in what order, and how a row is recognised.

Every row is recognised first by its key (UUIDs, so the same row in two copies has the same
key). Some rows are also unique by what they are, whatever their key (a response is one
per instruction, model, settings and sample); when another copy made the same item under
another key, the item already here is kept and every row that referred to the other key
is pointed at it. Rows a person names (models, training runs, evaluation sets) are
renamed instead when two different things share a name.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableSpec:
    """How one table merges: its key, what else makes a row unique, what it refers to."""

    name: str
    key: tuple[str, ...] = ("id",)
    natural: tuple[str, ...] = ()  # columns unique together (a UNIQUE constraint)
    refs: tuple[str, ...] = ()  # columns holding keys of rows in other tables
    renamed: str | None = None  # a name column: same name, different thing -> rename
    new_parents_only: str | None = None  # bring rows only for parents new to this project

    @property
    def by_id(self) -> bool:
        """Rows with their own UUID (as opposed to rows keyed by what they belong to)."""
        return self.key == ("id",)


# Parents before children; the project's own history (exports, push queue, merges,
# settings) stays with each copy.
TABLES: tuple[TableSpec, ...] = (
    TableSpec("jobs"),
    TableSpec("sources", refs=("job_id",)),
    TableSpec("models", natural=("name",), refs=("base_id",), renamed="name"),
    TableSpec("rubrics", natural=("name", "version")),
    TableSpec("prompt_templates", natural=("kind", "name", "version")),
    TableSpec("glossary_terms", natural=("source_language", "target_language", "source_term")),
    TableSpec("instructions", refs=("source_id", "parent_id")),
    TableSpec("exclusions", key=("instruction_id", "reason"), refs=("instruction_id",),
              new_parents_only="instruction_id"),
    TableSpec("translations", key=("instruction_id",),
              natural=("original_id", "target_language", "model_id"),
              refs=("instruction_id", "original_id", "model_id", "job_id")),
    TableSpec("responses", natural=("instruction_id", "model_id", "settings_key", "sample_index"),
              refs=("instruction_id", "model_id", "job_id")),
    TableSpec("response_flags", key=("response_id", "flag"), refs=("response_id",)),
    TableSpec("followups", natural=("response_id", "model_id"),
              refs=("response_id", "model_id", "job_id")),
    TableSpec("judgements", natural=("response_id", "judge_model_id", "rubric_id"),
              refs=("response_id", "followup_id", "judge_model_id", "rubric_id", "job_id")),
    TableSpec("reviews", refs=("target_id",)),
    TableSpec("trainings", natural=("name",), renamed="name",
              refs=("base_model_id", "tuned_model_id", "job_id")),
    TableSpec("train_metrics", key=("training_id", "step"), refs=("training_id",)),
    TableSpec("train_rows", key=("training_id", "response_id"),
              refs=("training_id", "response_id", "followup_id")),
    TableSpec("eval_sets", natural=("name",), renamed="name"),
    TableSpec("eval_items", natural=("eval_set_id", "position"),
              refs=("eval_set_id", "instruction_id")),
    TableSpec("eval_answers", natural=("eval_item_id", "model_id", "settings_key"),
              refs=("eval_item_id", "model_id", "job_id")),
    TableSpec("arena_votes",
              refs=("eval_item_id", "model_a", "model_b", "shown_left", "judge_model_id")),
    TableSpec("answer_grades", refs=("eval_answer_id", "judge_model_id")),
)

UNFINISHED_JOB_STATES = ("queued", "running", "interrupted")


def same_model(here: dict[str, object], there: dict[str, object]) -> bool:
    """Whether two model rows with one name are the same model (same file or endpoint)."""
    for column in ("sha256", "bundled"):
        if here.get(column) and here.get(column) == there.get(column):
            return True
    if here.get("endpoint") and here.get("endpoint") == there.get("endpoint"):
        return bool(here.get("remote_model") == there.get("remote_model"))
    return False
