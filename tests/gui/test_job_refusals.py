"""Generate, Translate and Train start their jobs the same way: with no project, while another
job runs, or with the form missing its model, nothing starts and the message bar says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.shell.window import MainWindow
from app.stages.generate.page import GeneratePage
from app.stages.train.page import TrainPage
from app.stages.translate.page import TranslatePage
from core.store.project import Project

PAGES = {
    GeneratePage: ({}, "Choose a model to generate with."),
    TranslatePage: ({"model": "m"}, "Choose a model and the language to translate into."),
    TrainPage: ({}, "Choose a base model to train."),
}


@pytest.mark.parametrize("page_class", list(PAGES), ids=lambda c: c.__name__)
def test_a_job_that_cannot_start_says_why(qtbot, window: MainWindow, tmp_path: Path,
                                          page_class: type) -> None:
    page = window.page(page_class)
    incomplete, sentence = PAGES[page_class]
    said: list[str] = []
    window.session.error.connect(said.append)

    assert page._run(dict(incomplete)) is None  # no project open: nothing to say
    assert said == []

    Project.create(tmp_path / "p.handloom").close()
    assert window.open_project(tmp_path / "p.handloom")
    assert page._run(dict(incomplete)) is None
    assert said == [sentence]

    window.session.job = object()  # type: ignore[assignment]  # another job is running
    try:
        assert page._run({"model": "m", "target": "sw", "base": "b"}) is None
    finally:
        window.session.job = None
    assert said[-1] == "Wait for the running job to finish or cancel it first."
    assert page.worker is None
