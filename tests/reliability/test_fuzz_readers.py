"""Fuzzing every import reader through the real import job against a real project.

Each case writes a file (a valid-ish file with random damage, or raw bytes), previews it as
the Import page does and imports it with ``jobs.start``, as ``handloom import`` does. It must end in success or a typed
``HandloomError`` — never another exception, never past its deadline — and a failed import
must leave the project's instructions exactly as they were.
"""

from __future__ import annotations

import itertools
import os
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import jobs
from core.errors import HandloomError
from core.ingest.config import import_config
from core.ingest.formats import preview
from core.store.project import Project
from tests.reliability import hostile
from tests.reliability.conftest import scale

_counter = itertools.count()
CASES = int(os.environ.get("HANDLOOM_FUZZ_CASES", "0"))  # overrides the scale when set
_COLUMN_OVERRIDES = st.one_of(
    st.none(),
    st.dictionaries(st.sampled_from(["instruction", "language", "author", "licence", "source_id"]),
                    hostile.column_names, min_size=1, max_size=2),
)


RESET_AFTER_ROWS = 2_000  # rows kept in the shared project before it is emptied


@pytest.fixture(scope="module")
def fuzz_project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    folder = tmp_path_factory.mktemp("fuzz-readers")
    project = Project.create(folder / "fuzz.handloom")
    yield project
    project.close()


def _instructions(project: Project) -> tuple[int, str]:
    return (project.scalar("SELECT count(*) FROM instructions"),
            hostile.content_hash(project.conn, ("instructions", "exclusions")))


def import_case(project: Project, tally: hostile.Tally, location: Path, fmt: str | None,
                columns: dict[str, str] | None, skip_bad: bool) -> None:
    """Import one fuzzed file and check the outcome; failures are collected in ``tally``."""
    if project.scalar("SELECT count(*) FROM instructions") > RESET_AFTER_ROWS:
        # Successful cases pile up rows, and hashing them before and after every case would
        # make thousands of cases quadratic; start again from an empty project instead.
        with project.write() as conn:
            for table in ("exclusions", "instructions", "sources"):
                conn.execute(f"DELETE FROM {table}")
    before = _instructions(project)
    config = import_config([str(location)], format=fmt, columns=columns or {},
                           skip_bad_rows=skip_bad, again=True)
    with tally.case():
        try:  # the Import page's preview reads the same file first
            with hostile.deadline():
                preview(location, fmt, overrides=columns or None)
        except HandloomError:
            pass
        except BaseException:
            tally.failures.append(f"preview of {location.name} ({fmt}): "
                                  f"{traceback.format_exc(limit=-4)}")
            return
        try:
            with hostile.deadline():
                record = jobs.start(project, "import", config, None, threading.Event())
        except HandloomError as e:
            if not str(e).strip() or "Traceback" in str(e):
                tally.failures.append(f"{location.name}: an empty or traceback sentence: {e!r}")
            after = _instructions(project)
            if after != before:
                tally.failures.append(f"{location.name}: a failed import changed the project")
            else:
                tally.typed += 1
            return
        except hostile.Hang as e:
            tally.failures.append(f"{location.name} ({fmt}): {e}")
            return
        except Exception:
            tally.failures.append(f"{location.name} ({fmt}): {traceback.format_exc(limit=-4)}")
            return
    imported = int((record.result or {}).get("imported", 0))
    if _instructions(project)[0] != before[0] + imported:
        tally.failures.append(f"{location.name}: reported {imported} rows, stored another count")
    tally.successes += 1


def _fuzz(
    name: str,
    files: st.SearchStrategy[Any],
    write: Callable[[Path, Any], Path],
    fmt: str | None,
    quick: int,
    full: int,
) -> Callable[..., None]:
    """A test that imports ``quick``/``full`` fuzzed files of one reader."""

    def test(fuzz_project: Project, tmp_path: Path,
             reliability_table: Callable[[str, list[str], list[object]], None]) -> None:
        tally = hostile.Tally()

        @settings(max_examples=CASES or scale(quick, full), deadline=None, database=None,
                  derandomize=True, suppress_health_check=list(HealthCheck))
        @given(content=files, columns=_COLUMN_OVERRIDES, skip_bad=st.booleans(),
               detect=st.booleans())
        def case(content: Any, columns: dict[str, str] | None, skip_bad: bool,
                 detect: bool) -> None:
            location = write(tmp_path / f"case-{next(_counter)}", content)
            import_case(fuzz_project, tally, location, None if detect else fmt, columns,
                        skip_bad)

        case()
        reliability_table("Fuzzed import files", hostile.TABLE_COLUMNS, tally.row(name))
        assert not tally.failures, "\n\n".join(tally.failures[:5])
        assert tally.typed and tally.successes, "the fuzzer should reach both outcomes"

    test.__name__ = f"test_fuzz_{name.replace('/', '_').replace(' ', '_')}"
    return test


def _file(suffix: str) -> Callable[[Path, bytes], Path]:
    def write(stem: Path, data: bytes) -> Path:
        path = stem.with_suffix(suffix)
        path.write_bytes(data)
        return path

    return write


def _folder(stem: Path, writer: Callable[[Path], None]) -> Path:
    writer(stem)
    return stem


test_fuzz_csv = _fuzz("csv", hostile.delimited_file(","), _file(".csv"), "csv", 40, 2000)
test_fuzz_tsv = _fuzz("tsv", hostile.delimited_file("\t"), _file(".tsv"), "tsv", 25, 2000)
test_fuzz_json = _fuzz("json", hostile.json_file(), _file(".json"), "json", 40, 2000)
test_fuzz_jsonl = _fuzz("jsonl", hostile.jsonl_file(), _file(".jsonl"), "jsonl", 40, 2000)
test_fuzz_txt = _fuzz("txt", hostile.text_file(), _file(".txt"), "txt", 25, 2000)
test_fuzz_parquet = _fuzz("parquet", hostile.parquet_file(), _file(".parquet"), "parquet",
                          25, 2000)
test_fuzz_saved_dataset = _fuzz("hf save_to_disk", hostile.saved_dataset(), _folder, "hf",
                                10, 1000)
test_fuzz_sharegpt = _fuzz("sharegpt layout", hostile.jsonl_file(chats=True), _file(".jsonl"),
                           "sharegpt", 20, 2000)
test_fuzz_messages = _fuzz("messages layout", hostile.jsonl_file(chats=True), _file(".jsonl"),
                           "messages", 20, 2000)
test_fuzz_lmsys = _fuzz("lmsys layout", hostile.jsonl_file(chats=True), _file(".jsonl"),
                        "lmsys", 20, 2000)
