"""Review actions: attribution, edits that keep the old text, undo, and the CLI."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.review import actions
from core.review.actions import ReviewError
from core.review.history import history, state
from core.review.items import direction, load_item
from tests.review.conftest import SWAHILI, Translated


def status(t: Translated, instruction_id: str) -> tuple[str, list[str]]:
    row = t.project.query("SELECT status FROM instructions WHERE id = ?", [instruction_id])[0]
    reasons = [
        r["reason"]
        for r in t.project.query(
            "SELECT reason FROM exclusions WHERE instruction_id = ?", [instruction_id]
        )
    ]
    return row["status"], reasons


def test_every_action_records_the_reviewer_and_the_time(translated: Translated) -> None:
    p, item = translated.project, translated.translations[0]
    actions.accept(p, "instruction", item)
    actions.rate(p, "instruction", item, 4, reviewer="Amina")
    actions.note(p, "instruction", item, "Check the word for sky.", reviewer="Amina")
    events = history(p, "instruction", item)
    assert [(e.action, e.reviewer) for e in events] == [
        ("accept", "Test Curator"),
        ("rate", "Amina"),
        ("note", "Amina"),
    ]
    assert all(e.created_at.startswith("20") for e in events)
    now = state(p, "instruction", item)
    assert (now.verdict, now.verdict_by, now.rating) == ("accept", "Test Curator", 4)
    assert now.notes == ["Check the word for sky."] and now.reviewed
    with pytest.raises(ReviewError, match="1 to 5"):
        actions.rate(p, "instruction", item, 6)


def test_rejecting_excludes_an_instruction_and_accepting_includes_it_again(
    translated: Translated,
) -> None:
    p, item = translated.project, translated.originals[2]
    actions.reject(p, "instruction", item, reviewer="Amina")
    assert status(translated, item) == ("excluded", ["review"])
    actions.accept(p, "instruction", item, reviewer="Baraka")  # the newest verdict decides
    assert status(translated, item) == ("included", [])
    actions.undo(p, "instruction", item, reviewer="Baraka")
    assert status(translated, item) == ("excluded", ["review"])
    assert state(p, "instruction", item).verdict_by == "Amina"


def test_a_post_edit_keeps_the_machine_text_and_the_previous_text(translated: Translated) -> None:
    p, item = translated.project, translated.translations[0]
    fixed = "Eleza kwa maneno rahisi kwa nini anga ni buluu."
    event = actions.edit(p, "instruction", item, fixed)
    assert (event.previous_text, event.new_text) == (SWAHILI[0], fixed)
    shown = load_item(p, "instruction", item)
    assert shown.text == fixed and shown.state.edited
    assert shown.translation is not None
    assert shown.translation["source_text"] == "Explain in simple words why the sky is blue."
    assert shown.translation["machine_text"] == SWAHILI[0]
    assert shown.translation["text"] == fixed and shown.translation["edited"]
    assert shown.translation["flags"] == {"wrong_language": "looks like en (0.90)"}
    # The edited text is what later steps see, and what search finds.
    assert p.scalar("SELECT text FROM instructions WHERE id = ?", [item]) == fixed
    with pytest.raises(ReviewError, match="same as the current"):
        actions.edit(p, "instruction", item, fixed)
    with pytest.raises(ReviewError, match="empty"):
        actions.edit(p, "instruction", item, "  ")


def test_undo_restores_the_text_and_touches_only_the_reviewers_own_events(
    translated: Translated,
) -> None:
    p, item = translated.project, translated.translations[1]
    actions.edit(p, "instruction", item, "Nyuki hutengeneza nini hasa?", reviewer="Amina")
    actions.accept(p, "instruction", item, reviewer="Baraka")
    undone = actions.undo(p, "instruction", item, reviewer="Amina")  # Amina's edit, not Baraka's
    assert undone.action == "edit" and undone.undone_at is not None
    assert p.scalar("SELECT text FROM instructions WHERE id = ?", [item]) == SWAHILI[1]
    assert state(p, "instruction", item).verdict == "accept"
    assert len(history(p, "instruction", item)) == 2  # undo marks; it never deletes
    with pytest.raises(ReviewError, match="Amina has nothing to undo"):
        actions.undo(p, "instruction", item, reviewer="Amina")
    # An edit that was edited over again cannot be undone under the later edit.
    actions.edit(p, "instruction", item, "Nyuki hutengeneza asali?", reviewer="Amina")
    actions.edit(p, "instruction", item, "Nyuki hutengeneza nini?!", reviewer="Baraka")
    with pytest.raises(ReviewError, match="changed again"):
        actions.undo(p, "instruction", item, reviewer="Amina")
    assert actions.undo_last(p, reviewer="Baraka").new_text == "Nyuki hutengeneza nini?!"
    assert actions.undo(p, "instruction", item, reviewer="Amina").action == "edit"
    assert p.scalar("SELECT text FROM instructions WHERE id = ?", [item]) == SWAHILI[1]


def test_the_review_commands_and_their_json(
    translated: Translated, capsys: pytest.CaptureFixture[str]
) -> None:
    path, (first, second) = str(translated.project.path), translated.translations

    def review(*args: str) -> dict:
        assert main(["review", path, *args, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    done = review(first, "--edit", "Eleza kwa nini anga ni la buluu.")
    assert done["kind"] == "instruction" and done["event"]["action"] == "edit"
    assert done["event"]["previous_text"] == SWAHILI[0]
    assert done["event"]["reviewer"] == "Test Curator"
    assert review(first, "--accept")["state"]["verdict"] == "accept"
    assert review(second, "--reject")["state"]["verdict"] == "reject"
    assert review(second, "--rate", "2")["state"]["rating"] == 2
    assert review(second, "--note", "Wrong verb.")["state"]["notes"] == ["Wrong verb."]
    undone = review(second, "--undo")
    assert undone["event"]["action"] == "note" and undone["state"]["notes"] == []
    assert main(["review", path, "no-such-id", "--accept"]) == 1
    assert "There is no instruction or response no-such-id" in capsys.readouterr().err
    assert main(["review-stats", path, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["by_reviewer"] == {
        "Test Curator": {"accept": 1, "reject": 1, "edit": 1, "rate": 1, "note": 0}
    }
    assert stats["by_verdict"] == {"accept": 1, "reject": 1}
    assert stats["reviewed"] == 2 and stats["total"] == 5  # 3 originals + 2 translations


def test_right_to_left_text_is_marked_so() -> None:
    assert direction("ما هي عاصمة كينيا؟") == "rtl"
    assert direction("מה הבירה של קניה?") == "rtl"
    assert direction("ߞߊ߬ ߛߓߍ") == "rtl"  # N'Ko
    assert direction("What is the capital of Kenya?") == "ltr"
    assert direction("ኬንያ ዋና ከተማ ምንድን ነው?") == "ltr"
