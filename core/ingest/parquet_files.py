"""Reading Parquet files in batches, and the Arrow plumbing shared with datasets folders.

Columns that hold binary data (images, audio, HF ``Image`` features) are left out: they are
not instructions, and they could not be stored as the JSON provenance of a row anyway.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from core.errors import ImportFileError
from core.ingest.records import SourceRow

BATCH_ROWS = 8192


def holds_binary(kind: object) -> bool:
    """True when an Arrow type is, or contains, a binary type."""
    import pyarrow as pa

    assert isinstance(kind, pa.DataType)
    if pa.types.is_binary(kind) or pa.types.is_large_binary(kind):
        return True
    if pa.types.is_fixed_size_binary(kind):
        return True
    return any(holds_binary(kind.field(i).type) for i in range(kind.num_fields))


def first_line(error: BaseException) -> str:
    """The first line of an exception's message, cut to a readable length."""
    text = (str(error).strip().splitlines() or [type(error).__name__])[0]
    text = text.rstrip(".")
    return text if len(text) <= 160 else text[:157] + "..."


def read_parquet(path: Path) -> Iterator[SourceRow]:
    """Yield one row per Parquet row, numbered from 1, reading 8192 rows at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        if path.stat().st_size == 0:
            raise ImportFileError(path, None, "the file is empty.")
        parquet = pq.ParquetFile(path)
        columns = [f.name for f in parquet.schema_arrow if not holds_binary(f.type)]
    except FileNotFoundError as e:
        raise ImportFileError(path, None, "the file does not exist.") from e
    # damaged metadata also surfaces as undecodable column names (UnicodeDecodeError)
    except (pa.ArrowException, OSError, ValueError) as e:
        raise ImportFileError(
            path, None, f"the file is not a readable Parquet file ({first_line(e)})."
        ) from e
    line = 0
    batches = parquet.iter_batches(batch_size=BATCH_ROWS, columns=columns)
    while True:
        try:
            batch = next(batches, None)
        except (pa.ArrowException, OSError, ValueError) as e:
            raise ImportFileError(
                path, line + 1, f"the Parquet file is damaged from this row on ({first_line(e)})."
            ) from e
        if batch is None:
            return
        try:
            rows = batch.to_pylist()
        except (pa.ArrowException, ValueError) as e:  # UnicodeDecodeError: damaged text
            raise ImportFileError(
                path, line + 1, f"the Parquet file is damaged from this row on ({first_line(e)})."
            ) from e
        for fields in rows:
            line += 1
            yield SourceRow(line, fields)
