"""A person's language label: set on chosen rows, and never overwritten by an identifier.

Relabelled rows get ``language_origin = 'person'``, lose the uncertain mark, and record
who set the label and when (``language_set_by``, ``language_set_at``). Identifying again
(after an identifier improved, or on a project imported before the uncertain mark)
touches only the rows an identifier labelled: a person's, the source's or the importer's
label stays.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from core.curate.language import LanguageIdentifier
from core.curate.scripts import script_of
from core.curator import current_curator
from core.errors import HandloomError, JobCancelled
from core.languages import (
    UnknownLanguageError,
    language_variant,
    normalise_language,
    script_variant,
)
from core.store.ids import now
from core.store.project import Project

CHUNK = 10_000

# The origins an identifier wrote; every other origin is a person's or a source's word.
IDENTIFIED = ("detected",)


class UnknownInstructionsError(HandloomError):
    """Ids given for relabelling that the project does not hold."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = list(missing)
        shown = ", ".join(self.missing[:5]) + ("…" if len(self.missing) > 5 else "")
        super().__init__(
            f"{len(self.missing):,} of the instructions to relabel are not in this project "
            f"({shown}); nothing was changed."
        )


def relabel(project: Project, ids: Sequence[str], language: str) -> int:
    """Set ``language`` (a code or name) as a person's label on the rows ``ids``.

    All or nothing: an unknown language or an id the project does not hold changes no row.
    Returns the number of rows relabelled.
    """
    code = normalise_language(language)
    if code is None:
        raise UnknownLanguageError(language)
    variant = language_variant(language)
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        raise HandloomError("Choose at least one instruction to relabel.")
    stamp, curator = now(), current_curator()
    with project.write() as conn:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS relabelled(id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM relabelled")
        conn.executemany("INSERT OR IGNORE INTO relabelled(id) VALUES (?)", [(i,) for i in wanted])
        missing = [
            row[0] for row in conn.execute(
                "SELECT id FROM relabelled WHERE id NOT IN (SELECT id FROM instructions) "
                "LIMIT 1000"
            )
        ]
        if missing:
            raise UnknownInstructionsError(missing)
        changed = conn.execute(
            "UPDATE instructions SET language = ?, language_variant = ?, language_origin = "
            "'person', language_confidence = NULL, language_uncertain = 0, language_set_by = ?, "
            "language_set_at = ? WHERE id IN (SELECT id FROM relabelled)",
            [code, variant, curator, stamp],
        ).rowcount
    return int(changed)


def identify_again(
    project: Project,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> dict[str, int]:
    """Identify the language of every row an identifier labelled, with today's identifier.

    Rows labelled by a person, the source or the importer are left alone. Each chunk is
    committed before the next, so a cancelled run keeps what it did. Returns counts of
    rows looked at, changed and now uncertain.
    """
    identifier = LanguageIdentifier()
    marks = ",".join("?" * len(IDENTIFIED))
    where = f"(language_origin IS NULL OR language_origin IN ({marks})) AND parent_id IS NULL"
    total = int(project.scalar(f"SELECT count(*) FROM instructions WHERE {where}", IDENTIFIED))
    report = {"identified": 0, "changed": 0, "uncertain": 0}
    last = 0
    while True:
        if cancel is not None and cancel.is_set():
            raise JobCancelled()
        rows = project.conn.execute(
            f"SELECT rowid, text, language, language_uncertain FROM instructions WHERE {where} "
            "AND rowid > ? ORDER BY rowid LIMIT ?",
            [*IDENTIFIED, last, CHUNK],
        ).fetchall()
        if not rows:
            break
        guesses = identifier.guesses([text for _, text, _, _ in rows])
        updates = []
        for (rowid, text, old, old_uncertain), guess in zip(rows, guesses, strict=True):
            variant = guess.variant or script_variant(guess.code, script_of(text))
            uncertain = 1 if guess.code and not guess.sure else 0
            report["changed"] += old != guess.code or old_uncertain != uncertain
            report["uncertain"] += uncertain
            origin = "detected" if guess.code else None
            updates.append((guess.code, origin, guess.confidence, uncertain, variant, rowid))
        with project.write() as conn:
            # The origin is checked again: a person may have relabelled a row meanwhile.
            conn.executemany(
                "UPDATE instructions SET language = ?, language_origin = ?, "
                "language_confidence = ?, language_uncertain = ?, language_variant = ? "
                f"WHERE rowid = ? AND (language_origin IS NULL OR language_origin IN ({marks}))",
                [(*u, *IDENTIFIED) for u in updates],
            )
        report["identified"] += len(rows)
        last = rows[-1][0]
        if progress is not None:
            progress(report["identified"], total)
    return report
