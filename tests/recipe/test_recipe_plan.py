"""Recipe settings (presets, recipe files, the command line) and ``--dry-run``, which
plans on a real project without writing to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.demo import ensure_demo_project
from core.recipe.settings import PRESETS, RecipeError, read_file, settings_from, to_toml
from core.store.project import Project


def test_the_presets_are_the_seed_method() -> None:
    seed, translated, quick = PRESETS["seed"], PRESETS["seed-translated"], PRESETS["quick"]
    assert seed.generate.samples == 1 and seed.target_language is None
    assert seed.second_turn.enabled and seed.second_turn.min_score == 9
    assert translated.target_language and translated.generate.samples == 6
    assert translated.second_turn.min_score == 9 and translated.curate.dedup
    assert quick.limit and quick.train.max_steps and quick.train.max_steps <= 20


def test_a_recipe_file_and_the_command_line_change_the_preset(tmp_path: Path) -> None:
    path = tmp_path / "recipe.toml"
    path.write_text('preset = "seed-translated"\ntarget_language = "sw"\n'
                    '[generate]\nmax_tokens = 200\n[select]\nexclude_flags = ["repetition"]\n',
                    encoding="utf-8")
    settings = settings_from(None, read_file(path), {"generate.samples": 3, "limit": 10})
    assert settings.preset == "seed-translated" and settings.target_language == "sw"
    assert settings.generate.max_tokens == 200 and settings.generate.samples == 3
    assert settings.select.exclude_flags == ("repetition",) and settings.limit == 10
    assert settings.second_turn.min_score == 9  # the preset's, untouched
    # written out as a recipe file, it reads back to the same settings
    again = tmp_path / "again.toml"
    again.write_text(to_toml(settings.to_json()), encoding="utf-8")
    assert settings_from(None, read_file(again), {}) == settings


def test_a_wrong_recipe_says_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match="no recipe preset “fast”"):
        settings_from("fast", None, {})
    path = tmp_path / "recipe.toml"
    path.write_text("[generate]\nsample = 3\n", encoding="utf-8")
    with pytest.raises(RecipeError, match="unknown setting “generate.sample”"):
        settings_from(None, read_file(path), {})
    path.write_text("preset = \n", encoding="utf-8")
    with pytest.raises(RecipeError, match="not a valid recipe file"):
        read_file(path)
    with pytest.raises(RecipeError, match="between 1 and 64"):
        settings_from("quick", None, {"generate.samples": 0})


def test_dry_run_plans_with_counts_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = ensure_demo_project(tmp_path / "Demo.handloom")
    code = main(["recipe", str(demo), "--preset", "seed-translated", "--target-language", "sw",
                 "--limit", "5", "--dry-run", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    plan = json.loads(out)
    stages = {s["stage"]: s for s in plan["stages"]}
    assert list(stages) == ["curate", "translate", "generate", "judge", "select",
                            "second_turn", "train", "report"]
    assert stages["curate"]["count_in"] == 40
    assert stages["translate"]["count_out"] == 5
    assert stages["generate"]["count_out"] == 30  # five translations, six answers each
    assert stages["judge"]["count_in"] == 30
    assert all(s["state"] == "to do" for s in plan["stages"])
    assert stages["generate"]["seconds"] is None  # nothing measured on this project yet
    with Project.open(demo) as project:
        assert project.scalar("SELECT count(*) FROM recipes") == 0
        assert project.scalar("SELECT count(*) FROM rubrics") == 0
        assert project.scalar("SELECT count(*) FROM jobs WHERE kind != 'import'") == 0

    code = main(["recipe", str(demo), "--preset", "seed", "--dry-run"])
    out, _ = capsys.readouterr()
    assert code == 0 and "Recipe “seed”" in out and "generate" in out and "to do" in out
    code = main(["recipe", str(demo), "--teacher", "nobody", "--dry-run"])
    _, err = capsys.readouterr()
    assert code == 1 and "no model called 'nobody'" in err


def test_a_recorded_recipe_gives_back_its_settings_and_is_unfinished_until_done(
        tmp_path: Path) -> None:
    """Resume in the window runs the stored settings again: they must find the same recipe."""
    from core.recipe import run

    demo = ensure_demo_project(tmp_path / "Demo.handloom")
    settings = settings_from("seed-translated", None, {
        "target_language": "sw", "limit": 3, "select.exclude_flags": ["repetition"]})
    with Project.open(demo) as project:
        assert run.unfinished(project) is None
        recorded = run.record(project, settings)
        again = run.settings_of(recorded)
        assert again == settings and run.record(project, again).id == recorded.id
        assert run.unfinished(project) is not None  # recorded, not yet run
        with project.write() as conn:
            conn.execute("UPDATE recipes SET state = 'done' WHERE id = ?", [recorded.id])
        assert run.unfinished(project) is None
