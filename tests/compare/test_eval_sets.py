"""Evaluation sets: held-out splits by id hash, chosen subsets and imported prompt files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.compare import eval_sets
from core.compare.eval_sets import EvalSetError
from core.store import registry
from core.store.ids import new_id, now
from core.store.instructions import Filters
from core.store.project import Project
from tests.judge.conftest import instruction_ids


def _mark_trained(project: Project, instruction_id: str, split: str) -> None:
    """Record that a training run used (or held out) a response to this instruction."""
    model = registry.get(project, "gemma-3-270m").id
    with project.write() as conn:
        response = new_id()
        conn.execute(
            "INSERT INTO responses(id, instruction_id, model_id, settings_key, sample_index, "
            "text, settings, created_by, created_at) VALUES (?,?,?,'k',0,'an answer','{}','T',?)",
            [response, instruction_id, model, now()])
        training = new_id()
        conn.execute(
            "INSERT INTO trainings(id, name, base_model_id, config, state, created_by, "
            "created_at) VALUES (?, ?, ?, '{}', 'done', 'T', ?)",
            [training, f"run {training[-4:]}", model, now()])
        conn.execute("INSERT INTO train_rows(training_id, response_id, split) VALUES (?, ?, ?)",
                     [training, response, split])


def test_held_out_split_is_fixed_by_id_hash_and_skips_trained_instructions(
        arena_project: Project) -> None:
    first = eval_sets.held_out(arena_project, "first", size=3)
    chosen = [i.instruction_id for i in eval_sets.items(arena_project, first)]
    everything = sorted(instruction_ids(arena_project), key=eval_sets.id_hash)
    assert chosen == everything[:3] and first.kind == "held_out" and first.items == 3
    again = eval_sets.held_out(arena_project, "again", size=3)
    assert [i.instruction_id for i in eval_sets.items(arena_project, again)] == chosen

    swahili = eval_sets.held_out(arena_project, "sw", size=10, language="sw")
    (item,) = eval_sets.items(arena_project, swahili)
    assert item.language == "sw" and item.text.startswith("Mji mkuu")

    _mark_trained(arena_project, chosen[0], "train")
    _mark_trained(arena_project, chosen[1], "eval")  # held out by the training itself: allowed
    after = eval_sets.held_out(arena_project, "after training", size=3)
    now_chosen = [i.instruction_id for i in eval_sets.items(arena_project, after)]
    assert chosen[0] not in now_chosen and chosen[1] in now_chosen

    with pytest.raises(EvalSetError, match="already exists"):
        eval_sets.held_out(arena_project, "first")
    with pytest.raises(EvalSetError, match="no prompts"):
        eval_sets.held_out(arena_project, "none", language="ja")


def test_a_chosen_subset_by_ids_or_filter(arena_project: Project) -> None:
    ids = instruction_ids(arena_project)
    picked = eval_sets.subset(arena_project, "picked", ids=[ids[2], ids[0]])
    assert [i.instruction_id for i in eval_sets.items(arena_project, picked)] == [ids[2], ids[0]]
    spiders = eval_sets.subset(arena_project, "spiders", filters=Filters(
        status="included", search="spider"))
    (item,) = eval_sets.items(arena_project, spiders)
    assert "spider" in item.text and item.language == "en"
    with pytest.raises(EvalSetError, match="no instruction"):
        eval_sets.subset(arena_project, "missing", ids=["nope"])


def test_prompts_from_a_file_are_read_by_the_import_readers(
        arena_project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prompts = tmp_path / "mt-bench-sw.csv"
    prompts.write_text("question,lang\nAndika shairi fupi kuhusu mvua.,swh\n"
                       "Eleza jinsi ya kupika ugali.,swh\n,swh\n", encoding="utf-8")
    path = str(arena_project.path)
    assert main(["eval-set", path, "mt-bench", "--prompts", str(prompts),
                 "--column", "instruction=question", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["kind"] == "prompts" and shown["items"] == 2
    assert [p["language"] for p in shown["prompts"]] == ["sw", "sw"]
    assert shown["prompts"][0]["text"] == "Andika shairi fupi kuhusu mvua."
    assert shown["prompts"][0]["instruction_id"] is None
    # The prompts are for comparing models only: the project's instructions are untouched.
    assert arena_project.scalar("SELECT count(*) FROM instructions") == 4

    assert main(["eval-set", path, "--json"]) == 0
    assert [s["name"] for s in json.loads(capsys.readouterr().out)] == ["mt-bench"]
    assert main(["eval-set", path, "mt-bench", "--prompts", str(prompts)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["eval-set", path, "nothing"]) == 1
    assert "no evaluation set called 'nothing'" in capsys.readouterr().err
