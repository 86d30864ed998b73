"""What the Publish page needs from core: a preview with the same rows, splits, licence
and card an export would produce (and nothing on disk), and a refused push that lists
its conflicts so the window can ask "publish anyway?"."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.publish import push
from core.publish.dataset_rows import ExportOptions
from core.publish.export import export_dataset, preview
from core.publish.push import LicenceConflictError
from tests.publish.builder import Tales


def test_the_preview_matches_the_export_it_describes(tales: Tales, tmp_path: Path) -> None:
    options = ExportOptions(format="jsonl", min_score=5)
    before = sorted(tmp_path.iterdir())
    shown = preview(tales.project, options, card=True, pretty_name="Hadithi")
    assert sorted(tmp_path.iterdir()) == before  # nothing written
    result = export_dataset(tales.project, tmp_path / "out", options, pretty_name="Hadithi")
    assert (shown["rows"], shown["splits"], shown["removed"]) == (
        result.rows, result.splits, result.removed)
    assert shown["licence"] == result.licence.to_json()
    assert shown["card"] == (tmp_path / "out" / "README.md").read_text(encoding="utf-8")


def test_without_rows_there_is_no_card(tales: Tales) -> None:
    shown = preview(tales.project, ExportOptions(languages=("fr",)), card=True)
    assert shown["rows"] == 0 and shown["card"] is None
    assert shown["removed"]["language not chosen"] > 0
    assert "card" not in preview(tales.project)


def test_a_refused_push_lists_its_conflicts_for_the_window(tales: Tales) -> None:
    b = tales.b
    for name, licence in (("darasa.csv", "CC-BY-NC-4.0"), ("wiki.csv", "CC-BY-SA-4.0")):
        b.response(b.instruction(f"Swali kutoka {name}", "sw", b.source(name, licence)),
                   tales.generator, "Jibu.")
    with pytest.raises(LicenceConflictError) as refused:
        push.queue_dataset(tales.project, "amina/mixed")
    (conflict,) = refused.value.conflicts
    assert "darasa.csv (CC BY-NC 4.0) forbids commercial use" in conflict
    assert push.list_queue(tales.project) == []
