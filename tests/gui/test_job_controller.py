"""Every page runs its job through one ``JobController``: the same busy guard, and the same
progress line in the window's own words. In Swahili, import, curate, export, merge and
follow-up progress speaks Swahili (never the job's English message, which is the command
line's), and the batch-file buttons show the same progress bar, count and time left as the
pages' own jobs."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from app.shell import i18n
from app.shell.job_progress import ProgressLine, duration_text
from app.shell.job_words import doing_words, step_words
from app.shell.merge_dialog import MergeDialog
from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from app.stages.generate.page import GeneratePage
from app.stages.import_.page import ImportPage
from app.stages.publish.page import PublishPage
from app.stages.train.run_elsewhere import RunElsewhere
from core.store.project import Project, copy_project
from tests.gui.conftest import JOB_TIMEOUT_MS
from tests.gui.test_scale_out import generate_on_a_server
from tests.publish.builder import build_tales

# What the core jobs tell the command line while they run.
ENGLISH = ("Importing", "Curating", "Curated", "Counting", "Exporting", "Exported", "Merging",
           "Merged", "Wrote", "requests", "follow-up")


@pytest.fixture
def swahili(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install("sw")
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


def _said(bar: QProgressBar) -> str:
    """What a progress line without a label of its own writes in its bar, before the count."""
    return bar.format().rsplit(" – ", 1)[0]


def _speaks_swahili(said: str, words: str) -> None:
    assert said.startswith(words), said
    assert words != "" and not any(english in said for english in ENGLISH), said


def test_import_curate_export_and_merge_progress_speak_the_interface_language(
        qtbot, swahili: None, window: MainWindow, tmp_path: Path) -> None:
    here = Project.create(tmp_path / "amina.handloom")
    build_tales(here)
    here.close()
    copy_project(here.path, tmp_path / "baraka.handloom")
    assert window.open_project(here.path)

    page = window.page(ImportPage)
    window.show_page(page)
    rows = tmp_path / "maswali.csv"
    with rows.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["prompt"], ["Nipe methali kuhusu subira."],
                                 ["Nawezaje kupanda mihogo?"]])
    with qtbot.waitSignal(page.preview_ready, timeout=JOB_TIMEOUT_MS):
        page.add_files([str(rows)])
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        page.start_import()
    _speaks_swahili(_said(page.progress), "Inaingiza maagizo")

    curate = window.page(CuratePage)
    window.show_page(curate)
    config = {**curate.controls.lift_config("duplicate"), "clear": [], "dedup": True}
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        curate.run_curation(config)
    # the step the curation ended on, named by its exclusion reason in Swahili
    assert step_words("curate.duplicate").startswith("Inachuja: ")
    _speaks_swahili(_said(curate.controls.progress), step_words("curate.duplicate"))

    publish = window.page(PublishPage)
    window.show_page(publish)
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        publish.export_to(tmp_path / "dataset")
    _speaks_swahili(_said(publish.action_box.progress), "Inahamisha seti ya data")

    dialog = window.merge_copy(tmp_path / "baraka.handloom")
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=JOB_TIMEOUT_MS)
    _speaks_swahili(_said(dialog.progress), "Inaunganisha nakala nyingine")
    dialog.reject()


def test_the_steps_of_a_follow_up_run_are_said_in_the_interface_language(
        qtbot, swahili: None) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    line = ProgressLine(QProgressBar(page), QLabel(page))
    line.start(model="m", doing=doing_words("followup"))
    line.model_ready()
    for code, words in (("followup.ask", "Inaandika maswali ya kufuatilia"),
                        ("followup.answer", "Inajibu maswali ya kufuatilia"),
                        ("followup.judge", "Inapima majibu ya kufuatilia")):
        line.step(code)
        line.report(1, 4, "Judged 1 of 4 follow-ups")  # the command line's words
        assert line.label is not None
        _speaks_swahili(line.label.text(), words)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_batch_file_buttons_show_the_jobs_bar_words_and_time_left(
        qtbot, swahili: None, window: MainWindow, model_project: Path, tmp_path: Path) -> None:
    buttons = generate_on_a_server(qtbot, window, model_project).batch
    assert buttons.progress.isHidden()  # nothing runs yet

    seen: list[tuple[bool, int, int, str]] = []
    buttons.line.committed.connect(lambda _done: seen.append((
        buttons.progress.isVisible(), buttons.progress.value(), buttons.progress.maximum(),
        buttons.message.text())))
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        buttons.write(tmp_path / "requests.jsonl")
    assert seen and seen[-1][:3] == (True, 3, 3), seen  # the bar counts the requests
    _speaks_swahili(seen[-1][3], "Inaandika faili la kundi")
    assert buttons.progress.isHidden()  # the job ended: its sentence replaces the line
    assert "requests.jsonl" in buttons.message.text()

    # The same progress model as every job: a steady rate, then the time left.
    clock = Clock()
    buttons.line.clock = clock
    buttons.line.start(doing=doing_words("batch_read"))
    for done in range(0, 11):
        buttons.line.report(done * 10, 1000, "Recorded results")
        clock.now += 1
    left = buttons.line.state.snapshot().seconds_left
    assert left is not None
    time_left = QCoreApplication.translate("ProgressLine", "{0} left").format(duration_text(left))
    assert not time_left.endswith(" left")  # said in Swahili
    said = buttons.message.text()
    assert said.startswith("Inarekodi matokeo ya kundi") and said.endswith(time_left), said
    assert not buttons.progress.isHidden() and buttons.progress.value() == 100


def test_train_elsewhere_shows_the_jobs_bar_then_what_happened(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from app.stages.train.page import TrainPage

    Project.create(tmp_path / "p.handloom").close()
    assert window.open_project(tmp_path / "p.handloom")
    page = window.page(TrainPage)
    window.show_page(page)
    elsewhere = page.elsewhere
    assert isinstance(elsewhere, RunElsewhere) and elsewhere.progress.isHidden()
    seen: list[tuple[bool, str]] = []
    window.session.job_started.connect(lambda _kind: seen.append(
        (elsewhere.progress.isVisible(), elsewhere.message.text())))
    (tmp_path / "not-trained").mkdir()
    with qtbot.waitSignal(window.session.job_finished, timeout=JOB_TIMEOUT_MS):
        elsewhere.bring_back(tmp_path / "not-trained")
    assert seen == [(True, "Starting…")]  # the bar, busy until the job reports
    assert elsewhere.progress.isHidden()
    assert elsewhere.message.text() == window.messages.text() != ""  # why, in a sentence


def test_a_job_refused_while_another_runs_says_so_once_for_every_page(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    Project.create(tmp_path / "p.handloom").close()
    assert window.open_project(tmp_path / "p.handloom")
    said: list[str] = []
    window.session.error.connect(said.append)
    window.session.job = object()  # type: ignore[assignment]  # another job is running
    try:
        window.page(CuratePage).run_curation({"dedup": True})
        window.page(PublishPage).export_to(tmp_path / "out")
        window.page(GeneratePage).batch.read(tmp_path / "results.jsonl")
        assert window.merge_copy(tmp_path / "p.handloom") is None
    finally:
        window.session.job = None
    assert said == ["Wait for the running job to finish or cancel it first."] * 4
