"""What the readers hand over: a source row, and the instruction it becomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class SourceRow(NamedTuple):
    """One record of a source file, exactly as read (immutable).

    A named tuple rather than a frozen dataclass: it is made once per row of a million-row
    import, and a frozen dataclass costs five times as much to create.

    ``line`` is 1-based and strictly increasing through a file, so an import can resume after
    the last line it stored: for CSV/TSV the physical line where the record starts; for JSON
    lines and plain text the physical line (of a block: its first line); for a JSON array the
    element's index + 1 (for JSON objects that follow one another: the line each starts on);
    for Parquet, datasets folders and lists inside a JSON object the row's index + 1, counted
    on through every split. ``split`` names that split (a DatasetDict's, or the JSON key).
    """

    line: int
    fields: dict[str, Any]
    split: str | None = None


@dataclass(slots=True)
class ImportedInstruction:
    """What one source row becomes: the instruction text and what is known about it."""

    line: int
    text: str  # tidied: NFC, whitespace tidied (see core.ingest.text.tidy)
    original_text: str  # exactly as read
    language: str | None  # as the source gives it; the import job normalises codes
    author: str | None
    licence: str | None
    source_ref: str | None  # the source's own id for the row
    consent: str | None
    moderation_flagged: bool  # LMSYS: any openai_moderation entry flagged
    provenance: dict[str, Any] = field(default_factory=dict)  # everything else worth keeping
