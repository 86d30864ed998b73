"""The "curate" and "import" jobs' typed configs: the keys their builders have always stored,
a key left out counting as its default, and jobs stopped before the typed configs resumed
by runs that ask for the same."""

from __future__ import annotations

import threading

from core import jobs
from core.cli import build_parser
from core.cli.foundation import curate_config
from core.curate.config import CurateConfig
from core.demo import demo_file
from core.ingest.config import ImportConfig, import_config
from core.store.project import Project

# As `handloom curate p --dedup --near-dup` and the Curate page stored it before.
STORED = {"dedup": True, "near_dup": 0.8, "min_chars": None, "max_chars": None,
          "languages": [], "exclude_uncertain": False, "scripts": [], "regex": None,
          "pii": None, "templates": False, "template_min_group": 5, "clear": []}
# As the window, the demo and `handloom import` stored an import's config before.
IMPORTED = {"files": [str(demo_file())], "format": None, "columns": {}, "language": None,
            "licence": "CC0-1.0", "skip_bad_rows": False, "again": False}


def test_the_builders_store_the_keys_they_always_have() -> None:
    config = curate_config(build_parser().parse_args(["curate", "p", "--dedup", "--near-dup"]))
    assert config.to_json() == STORED and list(config.to_json()) == list(STORED)
    assert CurateConfig.from_json(STORED) == config
    lifted = CurateConfig.lift("pii").to_json()
    assert lifted == {**STORED, "dedup": False, "near_dup": None, "clear": ["pii"]}
    assert import_config([str(demo_file())], licence="CC0-1.0") == IMPORTED
    pulled = import_config(["user/set"], format="hf", revision="abc")
    assert pulled["revision"] == "abc" and list(pulled)[-1] == "revision"


def test_a_key_left_out_counts_as_its_default() -> None:
    assert CurateConfig.from_json({"dedup": True, "near_dup": 0.8, "job_id": "x"}) == (
        CurateConfig.from_json(STORED))
    # A curate config the seed recipe stored (no "exclude_uncertain") is the same curation.
    recipe = {k: v for k, v in STORED.items() if k != "exclude_uncertain"}
    assert CurateConfig.from_json(recipe) == CurateConfig.from_json(STORED)
    assert ImportConfig.from_json({"files": IMPORTED["files"], "licence": "CC0-1.0"}) == (
        ImportConfig.from_json(IMPORTED))


def test_an_import_and_a_curation_stopped_before_the_typed_configs_resume(
        project: Project) -> None:
    stopped = jobs.create(project, "import", IMPORTED)
    with project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'interrupted' WHERE id = ?", [stopped])
    record = jobs.start_or_resume(project, "import",
                                  import_config([str(demo_file())], licence="CC0-1.0"),
                                  lambda *_: None, threading.Event())
    assert record.id == stopped and record.state == "done", record.error
    stopped = jobs.create(project, "curate", STORED)
    with project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'cancelled' WHERE id = ?", [stopped])
    asked = CurateConfig(dedup=True, near_dup=0.8).to_json()
    record = jobs.start_or_resume(project, "curate", asked, lambda *_: None, threading.Event())
    assert record.id == stopped and record.state == "done", record.error
    assert record.result is not None and record.result["excluded_by_reason"]["duplicate"] == 1
