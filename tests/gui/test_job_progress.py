"""The one progress model of the window's jobs: the phase, the committed count, a smoothed
rate and time left shown only once they mean something, and durations written one way in
the interface language. Events are fed the way a streamed generation sends them, on a clock
the test moves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from app.shell import i18n
from app.shell.job_progress import ProgressLine, duration_text
from core.progress import JobProgress, SmoothedRate


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def line(qtbot) -> Iterator[tuple[ProgressLine, Clock]]:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    clock = Clock()
    yield ProgressLine(QProgressBar(page), QLabel(page), clock=clock), clock


def _shown(line: ProgressLine) -> tuple[str, int, int]:
    return line.label.text(), line.bar.value(), line.bar.maximum()


def test_a_streamed_generation_loads_then_writes_then_counts(line) -> None:  # type: ignore[no-untyped-def]
    line, clock = line
    line.start(model="SmolLM2-135M-Instruct", doing="Writing responses")
    line.report(0, 10, "Loading SmolLM2-135M-Instruct")
    line.loading("SmolLM2-135M-Instruct")
    text, _, maximum = _shown(line)
    assert text == "Loading SmolLM2-135M-Instruct…" and maximum == 0  # busy, no count yet

    clock.wait(4)
    line.output({"i1:0": "The"})  # the first token: loading is over
    text, value, maximum = _shown(line)
    assert text == "Writing responses"  # no rate, no time left: nothing is finished yet
    assert (value, maximum) == (0, 10)  # nothing committed, and the bar says so

    committed: list[int] = []
    line.committed.connect(committed.append)
    clock.wait(1)
    line.model_ready()  # arriving late changes nothing
    line.tokens(40)
    line.report(1, 10, "Writing responses")
    assert _shown(line)[1:] == (1, 10) and committed == [1]
    assert _shown(line)[0] == "Writing responses"  # one result in one second means little


def test_rate_and_time_left_are_hidden_until_they_mean_something(line) -> None:  # type: ignore[no-untyped-def]
    line, clock = line
    line.start(model="m", doing="Writing responses")
    line.report(0, 60)
    line.model_ready()
    line.tokens(0)
    for done in (1, 2, 3, 4):  # enough results, but within four seconds
        clock.wait(1)
        line.tokens(done * 50)
        line.report(done, 60)
    assert line.label.text() == "Writing responses"

    for done in range(5, 31):  # a steady second per result of 50 tokens
        clock.wait(1)
        line.tokens(done * 50)
        line.report(done, 60)
    assert line.label.text() == "Writing responses · 50 tokens/s · less than a minute left"
    assert line.state.snapshot().seconds_left == pytest.approx(30)  # 30 results at 1/s

    for done in range(31, 51):  # slower now: 4 s per result
        clock.wait(4)
        line.tokens(done * 50)
        line.report(done, 60)
    state = line.state.snapshot()
    # the recent rate (0.25/s), not the average since the start (50 in 110 s: 0.45/s)
    assert 0.25 < state.per_second < 0.3
    assert state.seconds_left == pytest.approx(10 / state.per_second)
    assert line.label.text().endswith(" tokens/s · less than a minute left")
    clock.wait(60)  # nothing for a minute: the estimate slows down, it never reads zero
    line.report(50, 60)
    assert "0 tokens/s" not in line.label.text()
    assert line.label.text().endswith(" min left")  # longer than it looked a minute ago


def test_waiting_for_another_model_job_is_a_phase_of_its_own(line) -> None:  # type: ignore[no-untyped-def]
    line, clock = line
    line.start(model="m", doing="Judging responses")
    line.loading("m")
    line.machine("waiting", "The command line is generating")
    assert line.label.text() == "Waiting for the other model job to finish…"
    assert line.label.toolTip() == "The command line is generating"
    line.machine("alone")
    assert line.label.text() == "Loading m…"


def test_a_job_without_a_model_shows_its_steps_and_restarts_the_rate_per_step(line) -> None:  # type: ignore[no-untyped-def]
    line, clock = line
    line.start()
    line.report(0, 4, "Curating: exact duplicates")
    assert line.label.text() == "Curating: exact duplicates"
    for done in range(1, 11):
        clock.wait(1)
        line.report(done * 100, 50_000, "Finding near-duplicates")
    assert line.label.text() == "Finding near-duplicates · 100 per second · about 8 min left"
    line.report(0, 10, "Next step")  # a count that goes back starts a new phase
    assert line.label.text() == "Next step"


def test_a_burst_of_results_does_not_throw_the_rate() -> None:
    """Sixteen sequences decoded together finish at nearly the same moment."""
    clock = Clock()
    rate = SmoothedRate(horizon=30)
    rate.start(clock())
    for _ in range(3):
        clock.wait(20)
        rate.add(16, clock())  # 16 results every 20 s: 0.8 a second
    assert rate.per_second(clock()) == pytest.approx(0.8, rel=0.25)


def test_a_model_job_loads_each_model_it_compares() -> None:
    clock = Clock()
    state = JobProgress(clock=clock)
    state.begin()
    state.report(0, 8)
    state.loading("first")
    assert state.phase == "loading"
    state.model_ready()
    for done in range(1, 5):
        clock.wait(2)
        state.report(done, 8)
    assert state.snapshot().seconds_left is not None
    state.loading("second")
    assert (state.phase, state.model) == ("loading", "second")
    assert state.snapshot().seconds_left is None  # the new model's speed is not known yet


@pytest.fixture
def french() -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


def test_durations_are_written_one_way_in_english() -> None:
    assert duration_text(20) == "less than a minute"
    assert duration_text(185) == "about 3 min"
    assert duration_text(507) == "about 8 min"
    assert duration_text(3600) == "about 1 h"
    assert duration_text(4800) == "about 1 h 20 min"


def test_durations_are_written_in_the_interface_language(french: None) -> None:
    assert duration_text(20) == "moins d’une minute"
    assert duration_text(185) == "environ 3 min"
    assert duration_text(4800) == "environ 1 h 20 min"


def test_training_speaks_of_time_left_like_every_other_job(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.stages.train.train_status import TrainStatus

    clock = Clock()
    status = TrainStatus(clock=clock)
    qtbot.addWidget(status)
    status.begin()
    status.follow({"event": "start", "total_steps": 60, "backend": "torch", "device": "cpu"})
    for step in range(1, 4):
        clock.wait(2)
        status.follow({"event": "step", "step": step, "total_steps": 60, "loss": 2.5,
                       "tokens": step * 400, "tokens_per_second": 0.0, "seconds_left": 58})
    assert status.status.text() == "Step 3 of 60, loss 2.500"
    assert status.speed.text() == ""  # three steps in four seconds: too soon to say
    for step in range(4, 11):
        clock.wait(2)
        status.follow({"event": "step", "step": step, "total_steps": 60, "loss": 2.4,
                       "tokens": step * 400, "tokens_per_second": 0.0, "seconds_left": 58})
    # the subprocess's own figures (a "0 tokens/s", a "0:58") are not what the window says
    assert status.speed.text() == "200 tokens/s · about 2 min left"
