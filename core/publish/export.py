"""Writing a dataset folder that ``datasets`` loads unchanged, with its card and licence.

Parquet and JSON Lines go to ``data/<split>-00000-of-00001.<ext>`` with a README whose
``configs`` name the splits, the layout ``load_dataset(folder)`` and the Hub understand;
``arrow`` is a ``DatasetDict.save_to_disk`` folder for ``load_from_disk``. The folder is
written under a temporary name and renamed when complete, so a failed or cancelled
export never leaves a half-written dataset behind.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from core.curator import current_curator
from core.errors import JobCancelled
from core.publish import dataset_card
from core.publish.dataset_rows import COLUMNS, ExportError, ExportOptions, Tally, rows
from core.publish.licences import (
    Licence,
    LicenceReport,
    LicenceUse,
    derive,
    normalise_licence,
)
from core.store.ids import new_id, now
from core.store.project import Project

Progress = Callable[[int, int, str], None]
BATCH_ROWS = 5_000



@dataclass(frozen=True)
class ExportResult:
    """What an export wrote, for the window, the CLI's ``--json`` and the push queue."""

    id: str
    path: Path
    format: str
    rows: int
    splits: dict[str, int]
    languages: dict[str, int]
    removed: dict[str, int]
    licence: LicenceReport

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "path": str(self.path), "format": self.format, "rows": self.rows,
                "splits": self.splits, "languages": self.languages, "removed": self.removed,
                "licence": self.licence.to_json()}


def _schema() -> Any:
    import pyarrow as pa

    message = pa.struct([("role", pa.string()), ("content", pa.string())])
    types = {"string": pa.string(), "float64": pa.float64(), "bool": pa.bool_(),
             "chat": pa.list_(message)}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


class _SplitWriters:
    """One file per split, opened when its first row arrives."""

    def __init__(self, folder: Path, fmt: str) -> None:
        self.folder = folder
        self.fmt = "jsonl" if fmt == "jsonl" else "parquet"
        self.schema = _schema()
        self.open: dict[str, Any] = {}
        self.files: dict[str, Path] = {}

    def write(self, split: str, batch: list[dict[str, Any]]) -> None:
        if split not in self.open:
            path = self.folder / "data" / f"{split}-00000-of-00001.{self.fmt}"
            path.parent.mkdir(parents=True, exist_ok=True)
            self.files[split] = path
            if self.fmt == "jsonl":
                self.open[split] = path.open("wb")
            else:
                import pyarrow.parquet as pq

                self.open[split] = pq.ParquetWriter(path, self.schema)
        if self.fmt == "jsonl":
            out = self.open[split]
            for row in batch:
                out.write(orjson.dumps({c: row[c] for c, _ in COLUMNS}) + b"\n")
        else:
            import pyarrow as pa

            table = pa.Table.from_pylist([{c: r[c] for c, _ in COLUMNS} for r in batch],
                                         schema=self.schema)
            self.open[split].write_table(table)

    def close(self) -> None:
        for out in self.open.values():
            out.close()
        self.open = {}


def export_dataset(
    project: Project,
    out_dir: Path | str,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    *,
    pretty_name: str | None = None,
    repo_id: str | None = None,
    make_parents: bool = False,
) -> ExportResult:
    """Write the project's dataset to ``out_dir`` (absent or empty) and record the export;
    with ``make_parents`` the folders above it are made when missing (the window's export
    dialog may name a new folder inside new ones)."""
    options = (options or ExportOptions()).checked()
    if make_parents:
        Path(out_dir).parent.mkdir(parents=True, exist_ok=True)
    out = Path(out_dir).resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError(f"{out} already exists and is not an empty folder; choose another.")
    if not out.parent.is_dir():
        raise ExportError(f"The folder {out.parent} does not exist.")
    export_id = new_id()
    partial = out.parent / f".{out.name}.partial-{export_id[-8:]}"
    try:
        tally, report, card = _write(project, partial, options, progress, cancel,
                                     pretty_name or project.path.stem, repo_id)
        if out.exists():
            out.rmdir()
        partial.rename(out)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    with project.write() as conn:
        conn.execute(
            "INSERT INTO exports(id, path, format, options, rows, card, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [export_id, str(out), options.format,
             json.dumps({**options.to_json(), "licence": report.to_json()}, ensure_ascii=False),
             tally.rows, card, current_curator(), now()],
        )
    return ExportResult(export_id, out, options.format, tally.rows, dict(tally.splits),
                        dict(tally.languages.most_common()), tally.removed, report)


def preview(project: Project, options: ExportOptions | None = None,
            progress: Progress | None = None,
            cancel: threading.Event | None = None, *, card: bool = False,
            pretty_name: str | None = None) -> dict[str, Any]:
    """What an export with ``options`` would hold and its licence, without writing it: the
    Publish page shows this (conflicts included) before anything is published. With
    ``card``, also the README.md the export would write (``None`` when no row passes)."""
    options = (options or ExportOptions()).checked()
    tally = Tally()
    for _ in rows(project, options, tally):
        if tally.considered % 1000 == 0:
            if progress:
                progress(tally.considered, 0, "Counting")
            if cancel is not None and cancel.is_set():
                raise JobCancelled()
    report = licence_report(project, tally)
    result: dict[str, Any] = {
        "rows": tally.rows, "splits": dict(tally.splits),
        "languages": dict(tally.languages.most_common()), "removed": tally.removed,
        "licence": report.to_json()}
    if card:
        result["card"] = dataset_card.build(
            project, options, tally, report, pretty_name or project.path.stem
        ) if tally.rows else None
    return result


def preview_named(project: Project, options: ExportOptions | None = None,
                  progress: Progress | None = None, cancel: threading.Event | None = None, *,
                  pretty_name: str | None = None) -> dict[str, Any]:
    """The ``preview`` with its card, plus ``language_names``: each language's English name
    (its code where Handloom knows none), for a screen that lists them."""
    from core.languages import UnknownLanguageError, language_names

    result = preview(project, options, progress, cancel, card=True, pretty_name=pretty_name)
    names = {}
    for code in result["languages"]:
        try:
            names[code] = language_names(code)[0]
        except UnknownLanguageError:
            names[code] = code
    result["language_names"] = names
    return result


def start_folder(project: Project) -> Path:
    """Where to suggest writing an export, near the person's work: the last export's
    folder, the last imported file's, or the project's."""
    for sql in (
        "SELECT path FROM exports ORDER BY created_at DESC LIMIT 1",
        "SELECT location AS path FROM sources ORDER BY created_at DESC LIMIT 1",
    ):
        rows = project.query(sql)
        if rows and rows[0]["path"]:
            folder = Path(str(rows[0]["path"])).expanduser().parent
            if folder.is_absolute() and folder.is_dir():  # a Hub dataset's name is not a path
                return folder
    return project.path.resolve().parent


def _write(project: Project, folder: Path, options: ExportOptions, progress: Progress | None,
           cancel: threading.Event | None, pretty_name: str,
           repo_id: str | None) -> tuple[Tally, LicenceReport, str]:
    folder.mkdir()
    total = int(project.scalar(
        "SELECT count(*) FROM responses r JOIN instructions i ON i.id = r.instruction_id "
        "WHERE i.status = 'included'"))
    tally = Tally()
    staging = folder / ".staging" if options.format == "arrow" else folder
    writers = _SplitWriters(staging, options.format)
    pending: dict[str, list[dict[str, Any]]] = defaultdict(list)
    try:
        for row in rows(project, options, tally):
            pending[row["split"]].append(row)
            if len(pending[row["split"]]) >= BATCH_ROWS:
                writers.write(row["split"], pending.pop(row["split"]))
            if tally.considered % 1000 == 0:
                if progress:
                    progress(tally.considered, total, "Exporting")
                if cancel is not None and cancel.is_set():
                    raise JobCancelled()
        for split, batch in pending.items():
            writers.write(split, batch)
    finally:
        writers.close()
    if tally.rows == 0:
        removed = ", ".join(f"{k} {v:,}" for k, v in tally.removed.items() if v)
        raise ExportError(
            f"Nothing to export: of {tally.considered:,} responses to included instructions, "
            f"none passed the filters{' (' + removed + ')' if removed else ''}."
        )
    if options.format == "arrow":
        _to_arrow(writers.files, folder)
    report = licence_report(project, tally)
    card = dataset_card.build(project, options, tally, report, pretty_name, repo_id)
    (folder / "README.md").write_text(card, encoding="utf-8")
    (folder / "LICENSE.md").write_text(
        dataset_card.licence_section(report).replace("## Licence", "# Licence", 1) + "\n",
        encoding="utf-8")
    if progress:
        progress(tally.considered, total, "Exported")
    return tally, report, card


def _to_arrow(parquet_files: dict[str, Path], folder: Path) -> None:
    """Turn the staged Parquet splits into a ``save_to_disk`` folder."""
    import datasets
    from datasets.utils import logging as datasets_logging

    cache = folder / ".staging" / "cache"
    quiet = datasets_logging.is_progress_bar_enabled()
    if quiet:  # Handloom reports its own progress
        datasets_logging.disable_progress_bar()
    try:
        parts = {split: datasets.Dataset.from_parquet(str(path), cache_dir=str(cache))
                 for split, path in sorted(parquet_files.items())}
        datasets.DatasetDict(parts).save_to_disk(str(folder))
        del parts
    finally:
        if quiet:
            datasets_logging.enable_progress_bar()
    shutil.rmtree(folder / ".staging")


def licence_report(project: Project, tally: Tally) -> LicenceReport:
    """The licence of the exported rows: their instructions' and their generators'."""
    groups: dict[tuple[str, Licence], tuple[int, set[str]]] = {}

    def add(role: str, text: str | None, rows: int, where: str) -> None:
        key = (role, normalise_licence(text))
        count, names = groups.get(key, (0, set()))
        groups[key] = (count + rows, names | {where})

    for (licence, source), n in tally.instruction_licences.items():
        add("instructions", licence, n, source)
    models = {r["id"]: r for r in project.query("SELECT id, name, licence FROM models")}
    for model_id, n in tally.models.items():
        add("responses", models[model_id]["licence"], n, models[model_id]["name"])
    return derive(LicenceUse(role, lic, n, tuple(sorted(names)))
                  for (role, lic), (n, names) in groups.items())
