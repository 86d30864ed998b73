"""Tidying the text of an instruction: one Unicode form and predictable whitespace.

Two instructions that differ only in how they were typed (composed or decomposed accents,
Windows line endings, double spaces, a run of blank lines) should be stored the same way,
so that exact deduplication finds them. ``tidy`` runs on every imported row, so the common
case (one short line of ASCII) takes a fast path of a few C-level scans.
"""

from __future__ import annotations

import re
import unicodedata

# A run of spaces/tabs after a visible character (leading indentation is left alone, because
# instructions often hold code whose indentation carries meaning).
_INNER_RUN = re.compile(r"(?<=[^ \t\n])(?:[ \t]{2,}|\t)")
_TRAILING = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Return ``text`` in NFC with whitespace tidied, the form every instruction is stored in.

    The rules: Windows and old Mac line endings become ``\\n``; the text is stripped; trailing
    spaces on each line go; a run of spaces/tabs inside a line becomes one space (indentation
    at the start of a line is kept, for code); more than one blank line becomes one.
    """
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text:
        text = text.strip()
        if "  " in text or "\t" in text:
            text = _INNER_RUN.sub(" ", text)
        return text
    text = _TRAILING.sub("\n", text.strip())
    if "  " in text or "\t" in text:
        text = _INNER_RUN.sub(" ", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text
