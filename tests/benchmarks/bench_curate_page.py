"""The Curate page on a million instructions: first rows, search, and a jump to the end.

Run with ``pytest tests/benchmarks/bench_curate_page.py -m benchmark`` (about a minute to
build the project). Targets: first rows < 0.5 s after the page is built, a full-text search
(count + first page) < 0.2 s. Each figure is compared in the same run with the strongest
alternatives: Qt's own lazy ``QSqlQueryModel`` (fetches 256 rows at a time and does not
know its row count) and a model that loads every row with one SELECT.
``HANDLOOM_BENCH_ROWS`` changes the size.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.shell.session import Session
from app.stages.curate.page import CuratePage
from app.widgets.instruction_model import BLOCK
from core.store import instructions
from core.store.instructions import LIST_COLUMNS, Filters, fts_query
from tests.gui.bulk import fill_project

pytestmark = pytest.mark.benchmark

ROWS = int(os.environ.get("HANDLOOM_BENCH_ROWS", "1000000"))
FIRST_ROWS_TARGET = 0.5
SEARCH_TARGET = 0.2
SEARCH = "cassava"  # one word in 16 instructions: about 62,000 matches in a million
SELECT_ALL = f"SELECT {LIST_COLUMNS} FROM instructions i LEFT JOIN sources s ON s.id = i.source_id"


@pytest.fixture(scope="module")
def built() -> dict[str, str]:
    return {}


@pytest.fixture(scope="module")
def big_project(tmp_path_factory: pytest.TempPathFactory, built: dict[str, str]) -> Path:
    started = time.perf_counter()
    path = fill_project(tmp_path_factory.mktemp("bench") / "million.handloom", ROWS)
    built["line"] = (
        f"built a {ROWS:,}-instruction project in {time.perf_counter() - started:.1f} s "
        f"({path.stat().st_size / 1e6:.0f} MB)"
    )
    return path


@pytest.fixture
def say(capsys: pytest.CaptureFixture[str]) -> Callable[[str], None]:
    """Print past pytest's capture: the figures are the point of a benchmark."""

    def write(line: str) -> None:
        with capsys.disabled():
            print(line)

    return write


def _best(runs: int, work: Callable[[], object]) -> tuple[float, float]:
    """(first run, best run) in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times[0], min(times)


def _line(what: str, seconds: float, target: float | None = None) -> str:
    text = f"  {what:<52} {seconds * 1000:9.1f} ms"
    if target:
        text += f"   {seconds / target:5.2f} of the target ({target * 1000:.0f} ms)"
    return text


def _ratio(alternative: str, ours: float, theirs: float) -> str:
    verdict = f"{theirs / ours:.1f}x faster" if ours <= theirs else f"{ours / theirs:.1f}x slower"
    return f"  -> ours / {alternative} = {ours / theirs:.3f} ({verdict})"


class _QtSqlModel:
    """Qt's lazy SQL model over the same query (the strongest ready-made alternative)."""

    def __init__(self, path: Path, where: str = "", params: tuple[str, ...] = ()) -> None:
        from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel

        name = f"bench-{id(self)}"
        self.db = QSqlDatabase.addDatabase("QSQLITE", name)
        self.db.setDatabaseName(str(path))
        assert self.db.open()
        query = QSqlQuery(self.db)
        query.setForwardOnly(False)
        query.prepare(f"{SELECT_ALL}{where} ORDER BY i.rowid")
        for value in params:
            query.addBindValue(value)
        assert query.exec()
        self.model = QSqlQueryModel()
        self.model.setQuery(query)

    def first_text(self) -> str:
        return str(self.model.index(0, 1).data())

    def last_text(self) -> str:
        while self.model.canFetchMore():
            self.model.fetchMore()
        return str(self.model.index(self.model.rowCount() - 1, 1).data())


def _naive(path: Path, where: str = "", params: tuple[str, ...] = ()) -> list[tuple]:
    """Every matching row in memory (as tuples, the cheapest form) with one SELECT."""
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(f"{SELECT_ALL}{where} ORDER BY i.rowid", params).fetchall()
    finally:
        conn.close()


def test_first_rows_and_jump_to_the_end(qtbot, big_project: Path, built, say) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    session.open(big_project)
    pages: list[CuratePage] = []

    def first_rows() -> None:
        page = CuratePage(session)  # counts, then data() fetches the first block
        assert page.model.index(0, 0).data()
        pages.append(page)

    cold, ours = _best(3, first_rows)
    page = pages[-1]
    assert page.model.rowCount() == ROWS
    assert page.model.fetches == 1

    def last_row() -> None:
        page.model.refresh()
        assert page.model.index(ROWS - 1, 0).data()

    _, ours_last = _best(3, last_row)

    def scroll_up_one_block() -> None:  # the neighbour of a cached block: found by rowid
        page.model.refresh()
        page.model.index(ROWS - 1, 0).data()
        started = time.perf_counter()
        assert page.model.index(ROWS - 1 - BLOCK, 0).data()
        steps.append(time.perf_counter() - started)

    steps: list[float] = []
    for _ in range(3):
        scroll_up_one_block()
    ours_step = min(steps)
    offset_step = _best(3, lambda: instructions.page(session.project, Filters(), ROWS // 2, BLOCK))[
        1
    ]

    qt_first = _best(3, lambda: _QtSqlModel(big_project).first_text())[1]
    qt_model = _QtSqlModel(big_project)
    qt_model.first_text()
    qt_last = _best(1, qt_model.last_text)[1]
    naive = _best(1, lambda: _naive(big_project))[1]

    say(f"\n{built.pop('line', '')}")
    say(f"Curate page, {ROWS:,} instructions")
    say(_line("first rows after building the page (first run)", cold, FIRST_ROWS_TARGET))
    say(_line("first rows after building the page (best of 3)", ours, FIRST_ROWS_TARGET))
    say(_line("QSqlQueryModel: first rows", qt_first))
    say(_line("load every row with one SELECT: first rows", naive))
    say(_ratio("loading every row", ours, naive))
    say(_ratio("QSqlQueryModel (no row count, so no scroll bar to the end)", ours, qt_first))
    say(_line("jump to the last row (count + block at the end)", ours_last))
    say(_line("QSqlQueryModel: jump to the last row (fetch all)", qt_last))
    say(_ratio("QSqlQueryModel", ours_last, qt_last))
    say(_line("scroll to the next block at the end (by rowid)", ours_step))
    say(_line("the same block found by offset (half way down)", offset_step))
    say(_ratio("fetching by offset", ours_step, offset_step))
    for p in pages:
        p.deleteLater()
    session.close()
    assert ours < FIRST_ROWS_TARGET * 4  # a regression guard, not the target


def test_search_count_and_first_page(qtbot, big_project: Path, say) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    session.open(big_project)
    page = CuratePage(session)
    counts: list[int] = []

    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            page.search.setText(text)
            page.apply_filters()  # what the 200 ms debounce then calls
            counts.append(page.model.rowCount())
            assert page.model.index(0, 0).data()

        return run

    def clear() -> None:
        page.search.clear()
        page.apply_filters()

    cold, ours = _best(1, search(SEARCH))
    timings = []
    for _ in range(3):
        clear()
        timings.append(_best(1, search(SEARCH))[1])
    ours = min(timings + [ours])
    matches = counts[-1]
    rare = _best(1, search("poem lentils"))[1]
    prefix = _best(1, search("cass"))[1]

    where, params = Filters(search=SEARCH).where()
    naive = _best(1, lambda: _naive(big_project, where, tuple(params)))[1]
    qt = _best(1, lambda: _QtSqlModel(big_project, where, tuple(params)).first_text())[1]

    say(
        f"\nSearch on {ROWS:,} instructions for {SEARCH!r} ({fts_query(SEARCH)}), "
        f"{matches:,} matches"
    )
    say(_line("count + first page (first run)", cold, SEARCH_TARGET))
    say(_line("count + first page (best of 4)", ours, SEARCH_TARGET))
    say(_line("prefix 'cass' (typing still going on)", prefix, SEARCH_TARGET))
    say(_line("two words, 'poem lentils'", rare, SEARCH_TARGET))
    say(_line("QSqlQueryModel: first page, no count", qt))
    say(_line("load every match with one SELECT", naive))
    say(_ratio("loading every match", ours, naive))
    say(_ratio("QSqlQueryModel (first page only, no count)", ours, qt))
    page.deleteLater()
    session.close()
    assert matches > 0
