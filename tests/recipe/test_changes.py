"""The figures of ``trainings report`` that need no model: the interval and the refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cli import main
from core.demo import ensure_demo_project
from core.recipe.changes import wilson


def test_the_wilson_interval_matches_its_textbook_values() -> None:
    low, high = wilson(5, 10)
    assert low == pytest.approx(0.2366, abs=1e-4) and high == pytest.approx(0.7634, abs=1e-4)
    low, high = wilson(10, 10)  # all wins: the interval still admits doubt
    assert high == 1.0 and low == pytest.approx(0.7225, abs=1e-4)
    assert wilson(0, 0) == (0.0, 1.0)  # nothing compared: nothing known


def test_a_report_needs_a_finished_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = ensure_demo_project(tmp_path / "Demo.handloom")
    code = main(["trainings", "report", str(demo), "nothing"])
    _, err = capsys.readouterr()
    assert code == 1 and "nothing" in err
    code = main(["trainings", "report", str(demo)])
    _, err = capsys.readouterr()
    assert code == 1 and "handloom trainings report PROJECT NAME" in err
