"""Merging another curator's copy: idempotent, keyed by UUIDs, conflicting reviews kept
with the newest deciding, foreign and broken files refused, this project untouched on any
failure, and the other file only ever read."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from core.publish.dataset_rows import ExportOptions, Tally, rows
from core.publish.merge import MergeError, merge
from core.publish.merge_tables import TABLES
from core.store import schema
from core.store.project import Project, copy_project
from tests.publish.builder import Builder, Tales


def snapshot(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table a merge may touch, plus the merge log."""
    names = [t.name for t in TABLES] + ["merges"]
    return {n: sorted(project.conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr)
            for n in names}


@pytest.fixture
def copies(tales: Tales, tmp_path: Path) -> tuple[Tales, Project, Builder]:
    """The tales project and a copy of it handed to Baraka, who works on it offline."""
    copy_project(tales.project.path, tmp_path / "baraka.handloom")
    other = Project.open(tmp_path / "baraka.handloom")
    return tales, other, Builder(other, curator="Baraka")


def _close(project: Project) -> Path:
    project.close()
    return project.path


def test_merge_brings_new_work_in_and_merging_twice_changes_nothing(copies) -> None:  # type: ignore[no-untyped-def]
    tales, other, baraka = copies
    new = baraka.instruction("Hadithi ya sungura", "sw", None, licence="CC0")
    response = baraka.response(new, tales.generator, "Sungura alikuwa mjanja.")
    baraka.judgement(response, tales.judge, 8)
    baraka.review("response", response, "accept")
    other_file = _close(other)
    before_bytes = other_file.read_bytes()

    first = merge(tales.project, other_file)
    assert dict(first.added) == {"instructions": 1, "responses": 1, "judgements": 1,
                                 "reviews": 1}
    assert tales.project.scalar("SELECT text FROM responses WHERE id = ?", [response]) == (
        "Sungura alikuwa mjanja.")
    assert tales.project.scalar("SELECT count(*) FROM merges") == 1
    after_first = snapshot(tales.project)

    second = merge(tales.project, other_file)
    assert not second.changed and sum(second.added.values()) == 0
    assert snapshot(tales.project) == after_first
    assert other_file.read_bytes() == before_bytes  # only ever read
    assert tales.project.integrity_ok()


def test_conflicting_reviews_are_both_kept_and_the_newest_decides(copies) -> None:  # type: ignore[no-untyped-def]
    tales, other, baraka = copies
    here = tales.b.review("response", tales.accepted, "accept",
                          at="2030-01-01T00:00:00.000+00:00")
    there = baraka.review("response", tales.accepted, "reject",
                          at="2030-02-01T00:00:00.000+00:00")
    older_there = baraka.review("response", tales.edited, "reject",
                                at="2020-01-01T00:00:00.000+00:00")
    newer_here = tales.b.review("response", tales.edited, "accept",
                                at="2030-03-01T00:00:00.000+00:00")
    report = merge(tales.project, _close(other))
    decided = {c["target_id"]: c for c in report.review_conflicts}
    assert report.review_conflict_count == 2
    assert decided[tales.accepted]["decided"] == "reject"
    assert decided[tales.accepted]["here"]["created_by"] == "Test Curator"
    assert decided[tales.accepted]["there"]["created_by"] == "Baraka"
    assert decided[tales.edited]["decided"] == "accept"
    kept = {r[0] for r in tales.project.conn.execute("SELECT id FROM reviews")}
    assert {here, there, older_there, newer_here} <= kept
    exported = {r["id"]: r["review"] for r in rows(tales.project, ExportOptions(), Tally())}
    assert tales.accepted not in exported  # rejected by the newest review
    assert exported[tales.edited] == "accepted"


def test_work_both_curators_did_independently_is_matched_or_kept_apart(copies) -> None:  # type: ignore[no-untyped-def]
    tales, other, baraka = copies
    # Both registered a model called "llama-sw", but different files.
    mine = tales.b.model("llama-sw", "llama3.1", sha256="aa" * 32)
    theirs = baraka.model("llama-sw", "llama3.1", sha256="bb" * 32)
    # Both translated the same instruction with the same model.
    t_here = tales.b.translation(tales.en[1], "Andika haiku kuhusu alfajiri.", "en", "sw",
                                 tales.translator)
    t_there = baraka.translation(tales.en[1], "Andika haiku juu ya alfajiri.", "en", "sw",
                                 tales.translator)
    answer = baraka.response(t_there, tales.generator, "Alfajiri inaamka.")
    # Both generated the same sample of the unanswered instruction, differently.
    tales.b.response(tales.unanswered, tales.generator, "Call it Kamau.")
    baraka.response(tales.unanswered, tales.generator, "Call it Bahati.")
    # Baraka undid the edit review and excluded an instruction.
    other.conn.execute("UPDATE reviews SET undone_at = '2030-01-01' WHERE target_id = ?",
                       [tales.edited])
    other.conn.execute("UPDATE instructions SET status = 'excluded' WHERE id = ?", [tales.sw[4]])
    report = merge(tales.project, _close(other))

    assert report.renamed == [{"table": "models", "from": "llama-sw",
                               "to": "llama-sw (from baraka)"}]
    assert tales.project.scalar("SELECT name FROM models WHERE id = ?", [theirs]) == (
        "llama-sw (from baraka)")
    assert tales.project.scalar("SELECT name FROM models WHERE id = ?", [mine]) == "llama-sw"
    assert report.matched["instructions"] == 1  # Baraka's translation is the one here
    assert tales.project.scalar("SELECT instruction_id FROM responses WHERE id = ?",
                                [answer]) == t_here
    assert report.extra_samples == 1
    samples = tales.project.query("SELECT text, sample_index FROM responses "
                                  "WHERE instruction_id = ? ORDER BY sample_index",
                                  [tales.unanswered])
    assert [s["text"] for s in samples] == ["Call it Kamau.", "Call it Bahati."]
    assert report.undos == 1
    assert tales.project.scalar("SELECT undone_at FROM reviews WHERE target_id = ?",
                                [tales.edited]) == "2030-01-01"
    assert report.curation_kept_here == 1
    assert tales.project.scalar("SELECT status FROM instructions WHERE id = ?",
                                [tales.sw[4]]) == "included"
    assert not merge(tales.project, tales.project.path.parent / "baraka.handloom").changed


def test_dry_run_reports_but_changes_nothing(copies) -> None:  # type: ignore[no-untyped-def]
    tales, other, baraka = copies
    baraka.instruction("Swali jipya", "sw", None, licence="CC0")
    other_file = _close(other)
    before = snapshot(tales.project)
    dry = merge(tales.project, other_file, dry_run=True)
    assert dry.dry_run and dict(dry.added) == {"instructions": 1}
    assert snapshot(tales.project) == before
    assert dict(merge(tales.project, other_file).added) == dict(dry.added)


def test_files_that_are_not_projects_are_refused(tales: Tales, tmp_path: Path) -> None:
    before = snapshot(tales.project)
    text = tmp_path / "notes.handloom"
    text.write_text("shopping list\n")
    unrelated = tmp_path / "birds.handloom"
    conn = sqlite3.connect(unrelated)
    conn.execute("CREATE TABLE birds(name)")
    conn.commit()
    conn.close()
    with pytest.raises(MergeError, match="notes.handloom is not a Handloom project"):
        merge(tales.project, text)
    with pytest.raises(MergeError, match="birds.handloom is an SQLite file but not a Handloom"):
        merge(tales.project, unrelated)
    with pytest.raises(MergeError, match="There is no file"):
        merge(tales.project, tmp_path / "missing.handloom")
    with pytest.raises(MergeError, match="this project itself"):
        merge(tales.project, tales.project.path)
    assert snapshot(tales.project) == before


def test_a_newer_file_is_refused_and_an_older_one_upgraded_in_a_copy(
        copies, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tales, other, baraka = copies
    baraka.instruction("Swali la zamani", "sw", None, licence="CC0")
    other_file = _close(other)
    # Make Baraka's file look like one from before the publishing schema existed.
    conn = sqlite3.connect(other_file)
    conn.executescript(
        "DROP TABLE exports; DROP TABLE push_queue; DROP TABLE merges; "
        "DELETE FROM _sqlite_migrations WHERE name = 'm0007_export_and_publishing'; "
        f"PRAGMA user_version = {len(schema.known_migrations()) - 1};")
    conn.close()
    before = other_file.read_bytes()
    report = merge(tales.project, other_file)
    assert report.upgraded_from == len(schema.known_migrations()) - 1
    assert dict(report.added) == {"instructions": 1}
    assert other_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("baraka")) == [
        "baraka.handloom"]  # no upgrade backup, no WAL left beside it

    conn = sqlite3.connect(other_file)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(MergeError, match="newer version of Handloom"):
        merge(tales.project, other_file)


def test_a_broken_file_leaves_this_project_untouched(copies) -> None:  # type: ignore[no-untyped-def]
    tales, other, baraka = copies
    baraka.instruction("Swali zuri", "sw", None, licence="CC0")
    other.conn.execute("PRAGMA foreign_keys = OFF")
    other.conn.execute(
        "INSERT INTO responses(id, instruction_id, model_id, settings_key, sample_index, text, "
        "settings, created_by, created_at) VALUES ('r-orphan', 'no-such-instruction', ?, 'k', "
        "0, 'orphan', '{}', 'Baraka', '2030-01-01')", [tales.generator])
    other_file = _close(other)
    before = snapshot(tales.project)
    with pytest.raises(MergeError, match="refers to rows it does not contain"):
        merge(tales.project, other_file)
    assert snapshot(tales.project) == before


def test_a_copy_still_open_elsewhere_is_read_with_its_recent_work(copies) -> None:  # type: ignore[no-untyped-def]
    tales, other, baraka = copies
    baraka.instruction("Kazi ya hivi punde", "sw", None, licence="CC0")
    assert Path(f"{other.path}-wal").stat().st_size > 0  # still only in Baraka's WAL
    assert dict(merge(tales.project, other.path).added) == {"instructions": 1}
    other.close()


def test_merged_review_events_take_effect_as_if_made_here(copies) -> None:  # type: ignore[no-untyped-def]
    tales, other, baraka = copies
    new_text = "Miji mitatu ya Kenya ni Nairobi, Mombasa na Kisumu."
    target = tales.responses[tales.sw[4]]
    old_text = other.scalar("SELECT text FROM responses WHERE id = ?", [target])
    baraka.review("response", target, "edit", new_text=new_text)
    other.conn.execute("UPDATE responses SET text = ? WHERE id = ?", [new_text, target])
    baraka.review("instruction", tales.en[2], "reject")
    report = merge(tales.project, _close(other))
    assert report.texts_updated == 1 and old_text != new_text
    assert tales.project.scalar("SELECT text FROM responses WHERE id = ?", [target]) == new_text
    assert tales.project.scalar("SELECT status FROM instructions WHERE id = ?",
                                [tales.en[2]]) == "excluded"
    assert tales.project.scalar("SELECT reason FROM exclusions WHERE instruction_id = ?",
                                [tales.en[2]]) == "review"
    assert report.curation_kept_here == 0
