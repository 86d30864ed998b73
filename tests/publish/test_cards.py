"""Dataset and model cards: valid Hub metadata that states the right languages, counts
and licences, and licence conflicts flagged before publishing."""

from __future__ import annotations

import struct
from collections import Counter
from pathlib import Path

import datasets
import gguf
import numpy as np
import pytest
from huggingface_hub import DatasetCard, ModelCard

from core.publish.dataset_rows import ExportOptions
from core.publish.export import export_dataset
from core.publish.licences import normalise_licence
from core.publish.model_card import build_model_card
from core.publish.push import PushError, queue_dataset
from core.store.ids import new_id
from core.store.project import Project
from tests.publish.builder import Builder, Tales, add_training


def test_dataset_card_validates_and_states_languages_counts_and_licences(
        tales: Tales, tmp_path: Path) -> None:
    result = export_dataset(tales.project, tmp_path / "out", ExportOptions(test_fraction=0.3),
                            pretty_name="Hadithi na maswali")
    card = DatasetCard.load(tmp_path / "out" / "README.md")
    rows = [r for part in datasets.load_dataset(
        str(result.path), cache_dir=str(tmp_path / "cache")).values() for r in part]
    languages = Counter(r["language"] for r in rows)
    assert card.data.language == [code for code, _ in languages.most_common()]
    assert card.data.license == "cc-by-4.0"  # CC BY instructions + Apache-2.0 ones and model
    assert card.data.pretty_name == "Hadithi na maswali"
    assert card.data.size_categories == ["n<1K"]
    assert card.data.task_categories == ["text-generation"]
    assert card.data.source_datasets == ["acme/questions", "original"]
    assert {c["split"] for c in card.data.configs[0]["data_files"]} == set(result.splits)
    text = card.text
    for code, n in languages.items():
        assert f"| {code} | " in text and text.split(f"| {code} | ")[1].split("\n")[0].endswith(
            f"| {n} |")
    sources = Counter(r["source"] for r in rows)
    imported = dict(tales.project.query("SELECT name, rows_imported FROM sources")[i].values()
                    for i in range(2))
    licences = {"hadithi.csv": "CC-BY-4.0", "acme/questions": "Apache-2.0"}
    for source, n in sources.items():
        assert f"| {source} | {licences[source]} | {imported[source]} | {n} |" in text
    assert "- duplicate: 1 removed" in text and "- pii: 1 removed" in text
    assert "- rejected in review: 1" in text
    assert "| SmolLM2-135M-Instruct | Apache-2.0 |" in text
    assert "temperature 0.7" in text
    assert "en → sw: 1 row, translated by translator" in text
    assert f"{len(tales.scores) - 1} rows carry a judge score" in text  # the rejected is out
    assert "does not add culture-specific knowledge" in text
    assert "published under **CC BY 4.0**" in text
    assert "/home/amina" not in text  # local paths stay on this machine


def _project(tmp_path: Path, sources: list[str | None], generator: str | None) -> Project:
    project = Project.create(tmp_path / "licences.handloom")
    b = Builder(project)
    model = b.model("writer", generator)
    for n, licence in enumerate(sources):
        source = b.source(f"source{n}.csv", licence)
        for k in range(2):
            b.response(b.instruction(f"Swali {n}.{k}", "sw", source), model, f"Jibu {n}.{k}")
    return project


def test_a_non_commercial_source_makes_the_dataset_non_commercial(tmp_path: Path) -> None:
    project = _project(tmp_path, ["CC-BY-4.0", "CC BY-NC 4.0"], "Apache-2.0")
    result = export_dataset(project, tmp_path / "out")
    assert result.licence.hub_id == "cc-by-nc-4.0"
    assert any("non-commercially" in p.message and "source1.csv" in p.message
               for p in result.licence.problems)
    assert DatasetCard.load(tmp_path / "out" / "README.md").data.license == "cc-by-nc-4.0"


def test_share_alike_with_non_commercial_is_a_conflict_that_stops_a_push(
        tmp_path: Path) -> None:
    project = _project(tmp_path, ["CC-BY-SA-4.0", "CC-BY-NC-4.0"], "Apache-2.0")
    with pytest.raises(PushError, match="cannot be published together"):
        queue_dataset(project, "amina/mixed")
    assert project.scalar("SELECT count(*) FROM push_queue") == 0
    assert project.scalar("SELECT count(*) FROM exports") == 0  # its staging export is gone
    item = queue_dataset(project, "amina/mixed", accept_conflicts=True)
    assert item.state == "queued"


def test_an_unknown_licence_is_a_conflict(tmp_path: Path) -> None:
    project = _project(tmp_path, [None], "Apache-2.0")
    result = export_dataset(project, tmp_path / "out")
    assert result.licence.hub_id == "unknown"
    assert [p.level for p in result.licence.problems] == ["conflict"]
    assert "No licence is recorded for 2 instructions from source0.csv" in (
        result.licence.problems[0].message)


def test_gemma_outputs_carry_their_terms_into_the_licence(tmp_path: Path) -> None:
    project = _project(tmp_path, ["CC-BY-4.0"], "Gemma Terms of Use")
    result = export_dataset(project, tmp_path / "out")
    card = DatasetCard.load(tmp_path / "out" / "README.md")
    assert card.data.license == "other"
    assert card.data.license_link == "LICENSE.md"
    assert "gemma" in card.data.license_name and "cc-by-4.0" in card.data.license_name
    licence_file = (tmp_path / "out" / "LICENSE.md").read_text()
    assert "Gemma Terms of Use" in licence_file and "CC BY 4.0" in licence_file
    assert any("Model Derivative" in p.message for p in result.licence.problems)


@pytest.mark.parametrize(("text", "key", "commercial"), [
    ("CC BY-NC-SA 4.0", "cc-by-nc-sa-4.0", False),
    ("cc-by-sa", "cc-by-sa-4.0", True),
    ("Creative Commons BY 3.0", "cc-by-3.0", True),
    ("Apache 2.0", "apache-2.0", True),
    ("Gemma Terms of Use", "gemma", True),
    ("llama3.1", "llama3.1", True),
    ("CC0", "cc0-1.0", True),
    ("MRL", "mistral-research", False),
])
def test_licence_texts_are_recognised(text: str, key: str, commercial: bool) -> None:
    licence = normalise_licence(text)
    assert (licence.key, licence.commercial) == (key, commercial)


def test_model_card_states_base_data_licence_settings_and_arena(
        tales: Tales, tmp_path: Path) -> None:
    add_training(tales, tmp_path / "run")
    result = build_model_card(tales.project, "tales-sw-lora", dataset_repo="amina/hadithi")
    card = ModelCard(result.text)
    assert card.data.base_model == "google/gemma-3-270m"
    assert card.data.license == "gemma"
    assert card.data.datasets == ["amina/hadithi"]
    assert card.data.language == ["sw", "en"]
    assert "| SmolLM2-135M-Instruct | 2 | 0 | 1 | 0 |" in card.text
    assert "- learning rate: 0.0002" in card.text
    trained = len(tales.sw) + len(tales.en)
    assert f"{trained - 1:,} training and 1 held-out conversations" in card.text
    assert set(result.files) == {"adapter_config.json", "adapter_model.safetensors",
                                 "adapter.gguf", "loss_curve.png"}


def _judge_verdicts(t: Tales, item_text: str, tuned: str, ab: str, ba: str) -> None:
    """The judge's verdicts on one new prompt in both orders; 'a' is the tuned model."""
    b = t.b
    eval_set = t.project.scalar("SELECT id FROM eval_sets WHERE name = 'everyday'")
    item = b._insert("eval_items", {"id": new_id(), "eval_set_id": eval_set, "text": item_text,
                                    "position": 10 + len(item_text)})
    for order, outcome in (("ab", ab), ("ba", ba)):
        shown_left = tuned if order == "ab" else t.generator
        b._insert("arena_votes", {"id": new_id(), "eval_item_id": item, "model_a": tuned,
                                  "model_b": t.generator, "shown_left": shown_left,
                                  "outcome": outcome, "judge_model_id": t.judge,
                                  "judge_order": order, **b._stamp()})


def test_model_card_counts_arena_comparisons_as_the_leaderboard_does(
        tales: Tales, tmp_path: Path) -> None:
    """A judge asked in both orders counts once; contradicting itself, as a tie."""
    from core.compare.leaderboard import leaderboard

    add_training(tales, tmp_path / "run")  # people: two wins and a tie
    tuned = tales.project.scalar("SELECT id FROM models WHERE name = 'tales-sw-lora'")
    _judge_verdicts(tales, "agreeing", tuned, ab="a", ba="a")  # one more win
    _judge_verdicts(tales, "contradicting", tuned, ab="a", ba="b")  # one tie, not a win + loss
    card = build_model_card(tales.project, "tales-sw-lora").text
    assert "| SmolLM2-135M-Instruct | 3 | 0 | 2 | 0 |" in card
    board = {m["model"]: m for m in leaderboard(tales.project)["models"]}["tales-sw-lora"]
    assert (board["wins"], board["losses"], board["ties"] + board["both_bad"]) == (3, 0, 2)


def test_model_card_shows_the_loss_curve_and_saves_its_picture(
        tales: Tales, tmp_path: Path) -> None:
    add_training(tales, tmp_path / "run")
    result = build_model_card(tales.project, "tales-sw-lora")
    picture = tmp_path / "run" / "loss_curve.png"
    assert result.files["loss_curve.png"] == str(picture)
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (640, 360)
    assert "![Training and held-out loss by step](loss_curve.png)" in result.text
    assert ("Training loss: 3.2000 at step 1, lowest 2.1000 at step 6, last 2.1000 at step 6."
            in result.text)
    assert "| 3 | 2.7500 |" in result.text and "| 6 | 2.4000 |" in result.text


def test_a_model_under_other_terms_links_the_licence_file_it_uploads(
        tales: Tales, tmp_path: Path) -> None:
    add_training(tales, tmp_path / "run")
    with tales.project.write() as conn:
        conn.execute("UPDATE models SET licence = 'Qwen license', bundled = NULL "
                     "WHERE name = 'gemma-3-270m'")
    result = build_model_card(tales.project, "tales-sw-lora")
    card = ModelCard(result.text)
    assert (card.data.license, card.data.license_link) == ("other", "LICENSE.md")
    assert result.licence_text.startswith("# Licence\n\nThe adapter follows its base model: "
                                          "**Qwen License Agreement** (https://huggingface.co/")


def test_base_model_comes_from_the_gguf_header(tmp_path: Path) -> None:
    from core.publish.model_card import base_model_id

    def base(path: Path, **keys: str) -> str | None:
        writer = gguf.GGUFWriter(str(path), "llama")
        for key, value in keys.items():
            writer.add_string(key, value)
        writer.add_tensor("token_embd.weight", np.zeros((8, 16), dtype=np.float32))
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        return base_model_id({"bundled": None, "kind": "gguf", "path": str(path)})

    assert base(tmp_path / "a.gguf", **{
        "general.source.repo_url": "https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct",
        "general.base_model.0.repo_url": "https://huggingface.co/Qwen/Qwen2.5-1.5B",
    }) == "Qwen/Qwen2.5-1.5B-Instruct"
    assert base(tmp_path / "b.gguf", **{
        "general.base_model.0.repo_url": "https://huggingface.co/Qwen/Qwen2.5-1.5B"}) == (
        "Qwen/Qwen2.5-1.5B")
    assert base(tmp_path / "c.gguf", **{
        "general.source.repo_url": "https://github.com/someone/model"}) is None
    assert base(tmp_path / "d.gguf") is None


def test_a_pipe_in_a_name_cannot_break_a_card_table(tmp_path: Path) -> None:
    from core.publish.markdown_table import table

    assert table(["Source", "Rows"], [["a|b.csv", 3], ["two\nlines", 1]]) == (
        "| Source | Rows |\n|---|---|\n| a\\|b.csv | 3 |\n| two lines | 1 |")
    project = Project.create(tmp_path / "pipes.handloom")
    b = Builder(project)
    source = b.source("tales|sw.csv", "CC-BY-4.0")
    b.response(b.instruction("Swali moja.", "sw", source), b.model("writer", "MIT"), "Jibu.")
    export_dataset(project, tmp_path / "out", ExportOptions(test_fraction=0))
    card = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    row = next(line for line in card.splitlines() if line.startswith("| tales"))
    assert row.startswith("| tales\\|sw.csv | ")
    assert row.count(" | ") == 3  # four cells, as the header has


def test_preview_flags_conflicts_without_writing_anything(tmp_path: Path) -> None:
    from core.publish.export import preview

    project = _project(tmp_path, [None, "CC-BY-4.0"], "gpt-4")
    seen = preview(project)
    assert seen["rows"] == 4 and seen["licence"]["licence"] == "unknown"
    levels = sorted(p["level"] for p in seen["licence"]["problems"])
    assert levels == ["conflict", "conflict"]  # no licence; a proprietary model's outputs
    assert project.scalar("SELECT count(*) FROM exports") == 0
