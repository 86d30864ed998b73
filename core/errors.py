"""Typed errors that carry a plain sentence for the person using Handloom.

The window shows ``str(error)``; the command line prints it and exits non-zero. The
sentence speaks of neither the window's controls nor the command line's flags: a hint in
the command line's words (``--again``) goes in ``cli_hint``, which only the command line
prints, and an error the window words itself carries its facts as attributes (see
``app/shell/error_words.py``). Anything that is not a ``HandloomError`` is a bug and may show a
traceback.
"""

from __future__ import annotations

from pathlib import Path


class HandloomError(Exception):
    """An expected failure with a sentence a person can act on; ``cli_hint`` says what to
    type at the command line, for the command line only."""

    cli_hint: str | None = None

    def __init__(self, *args: object, cli_hint: str | None = None) -> None:
        super().__init__(*args)
        if cli_hint is not None:
            self.cli_hint = cli_hint


class ProjectError(HandloomError):
    """The project file cannot be opened, created or upgraded."""


class ProjectDamagedError(ProjectError):
    """SQLite cannot read the project file; ``backup`` is its newest automatic backup, if any."""

    def __init__(self, message: str, path: Path, backup: Path | None, *,
                 cli_hint: str | None = None) -> None:
        super().__init__(message, cli_hint=cli_hint)
        self.path = path
        self.backup = backup


class ImportFileError(HandloomError):
    """A file being imported is malformed; names the file and, where known, the line."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path = Path(path)
        self.line = line
        self.problem = problem
        where = f"Line {line} of {self.path.name}" if line is not None else f"{self.path.name}"
        super().__init__(f"{where}: {problem}")


class JobCancelled(HandloomError):
    """Raised inside a job when its cancel event is set; never shown as an error."""

    def __init__(self) -> None:
        super().__init__("Cancelled.")


class JobInterrupted(HandloomError):
    """A job cannot go on for now (its servers are all gone); it stops as ``interrupted``,
    keeping everything it wrote, and resumes later."""


class DiskFullError(HandloomError):
    """The disk (or the project's page limit) is full; the last committed state is intact."""


class AlreadyImportedError(HandloomError):
    """A file (or, ``pulled``, a Hub dataset) already imported into this project, asked for
    again without saying so."""

    def __init__(self, name: str, day: str, rows: int, *, pulled: bool = False) -> None:
        super().__init__(
            f"{name} was already imported on {day} ({rows} instructions).",
            cli_hint="Pass --again to import it a second time.",
        )
        self.name, self.day, self.rows, self.pulled = name, day, rows, pulled
