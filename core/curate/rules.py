"""The simple filters: length bounds, a pattern, allowed languages and allowed scripts.

Each check returns ``None`` when the instruction passes and otherwise a short reason in
plain words ("shorter than 10 characters"), which the project stores next to the row:
curation records why a row was set aside and never deletes it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from core.errors import HandloomError


class InvalidPatternError(HandloomError):
    """A filter pattern typed by the user is not a valid regular expression."""

    def __init__(self, pattern: str, reason: str) -> None:
        self.pattern = pattern
        self.reason = reason
        super().__init__(f"The pattern {pattern!r} is not a valid regular expression: {reason}.")


def length_reason(
    text: str, min_chars: int | None = None, max_chars: int | None = None
) -> str | None:
    """Reason when ``text`` (without surrounding whitespace) is outside the length bounds.

    Lengths are in characters (code points), so a Chinese instruction of 20 characters
    and an English one of 20 letters compare alike; ``None`` leaves that side open.
    """
    length = len(text.strip())
    if min_chars is not None and length < min_chars:
        return f"shorter than {min_chars} characters"
    if max_chars is not None and length > max_chars:
        return f"longer than {max_chars} characters"
    return None


def compile_pattern(pattern: str, ignore_case: bool = True) -> re.Pattern[str]:
    """Compile a user's regular expression once, or raise ``InvalidPatternError``."""
    try:
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error as error:
        raise InvalidPatternError(pattern, str(error)) from None


def pattern_reason(text: str, pattern: re.Pattern[str] | str) -> str | None:
    """Reason when ``pattern`` occurs anywhere in ``text``.

    A string is compiled (case-insensitively) first; pass a compiled pattern when checking
    many rows.
    """
    compiled = compile_pattern(pattern) if isinstance(pattern, str) else pattern
    return f"matches the pattern {compiled.pattern!r}" if compiled.search(text) else None


def _language_tag(tag: str) -> str:
    """Lower-case a language tag and use hyphens ("pt_BR" -> "pt-br")."""
    return tag.strip().replace("_", "-").lower()


def language_reason(language: str | None, allowed: Collection[str]) -> str | None:
    """Reason when the stored ``language`` is not in the ``allowed`` list.

    Tags compare case-insensitively; an allowed tag without a region or script
    ("pt") admits all of its variants ("pt-BR", "pt-PT"), a specific one admits only
    itself. An unknown language (``None``, "", "und") is set aside unless the list names it.
    An empty ``allowed`` means no filter.
    """
    if not allowed:
        return None
    tag = _language_tag(language or "")
    wanted = {_language_tag(a) for a in allowed}
    if tag in wanted or tag.split("-")[0] in wanted:
        return None
    if tag in ("", "und"):
        return "language unknown"
    return f"language {language} not allowed"


def script_reason(script: str | None, allowed: Collection[str]) -> str | None:
    """Reason when the stored ISO 15924 ``script`` ("Latn", "Cyrl") is not ``allowed``.

    Codes compare case-insensitively. An unknown script (``None``, "", "Zyyy", "Zzzz") is
    set aside unless the list names it; an empty ``allowed`` means no filter.
    """
    if not allowed:
        return None
    code = (script or "").strip().lower()
    if code in {a.strip().lower() for a in allowed}:
        return None
    if code in ("", "zyyy", "zzzz"):
        return "script unknown"
    return f"script {script} not allowed"
