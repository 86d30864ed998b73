"""Rule-based flags beside the judge's score: problems a rule sees more reliably than a model.

- ``empty``: no words at all.
- ``truncated``: generation stopped at its token limit (finish reason "length").
- ``repetition``: a loop — a line said three times, one character run on and on, or most of
  the text made of repeated word (or, for scripts without spaces, character) n-grams.
- ``wrong_language``: the response is confidently in another language than its
  instruction. Short texts and code are not judged: identification is unreliable there.
- ``refusal``: AI boilerplate or a refusal ("As an AI language model", "I cannot help
  with that") in one of several languages (see ``refusals``).

``compute`` recomputes the flags of every response; it is quick (no model) and safe to run
again, and the judge job runs it first.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from core.curate.language import LanguageIdentifier
from core.errors import JobCancelled
from core.judge.refusals import find_refusal
from core.store.ids import now
from core.store.project import Project

RULE_FLAGS = ("empty", "truncated", "repetition", "wrong_language", "refusal")
CHUNK = 500

# Below this many letters (after code and links are removed) a language is not judged.
MIN_LETTERS_FOR_LANGUAGE = 40
# Identifier confidence needed before calling a language wrong (CLD2's reliable mode).
MIN_LANGUAGE_CONFIDENCE = 0.6
# Languages identifiers confuse with each other on short text; not called "wrong".
_CLOSE_LANGUAGES = [{"hr", "bs", "sr", "sh"}, {"ms", "id"}, {"no", "nb", "nn"}]

_CODE = re.compile(r"```.*?(?:```|$)|`[^`\n]*`|https?://\S+", re.S)
_RUN = re.compile(r"(\S)\1{29,}")
_NO_SPACE_SCRIPTS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u1000-\u109f]")


@dataclass(frozen=True)
class Flag:
    name: str
    detail: str


def detect(text: str, finish_reason: str | None, instruction_language: str | None,
           identify: Callable[[str], tuple[str | None, float]] | None = None) -> list[Flag]:
    """The rule flags of one response. ``identify`` names a text's language (with confidence)."""
    flags: list[Flag] = []
    if finish_reason == "length":
        flags.append(Flag("truncated", "generation stopped at its token limit"))
    if not has_words(text):
        return [Flag("empty", "the response has no words"), *flags]
    loop = repetition(text)
    if loop:
        flags.append(Flag("repetition", loop))
    wrong = wrong_language(text, instruction_language, identify)
    if wrong:
        flags.append(Flag("wrong_language", wrong))
    refusal = find_refusal(text)
    if refusal:
        flags.append(Flag("refusal", f"“{refusal}”"))
    return flags


def has_words(text: str | None) -> bool:
    return bool(re.search(r"\w", text or ""))


def repetition(text: str) -> str | None:
    """A sentence saying how the text loops, or None if it does not."""
    run = _RUN.search(text)
    if run:
        return f"the character “{run.group(1)}” repeats {len(run.group(0))} times"
    # Code may repeat a line legitimately; prose does not.
    lines = [line.strip() for line in prose(text).splitlines()]
    counts = Counter(line for line in lines if len(line) >= 12 and re.search(r"\w{3}", line))
    if counts:
        line, times = counts.most_common(1)[0]
        if times >= 3:
            return f"the line “{_short(line)}” appears {times} times"
    units, n = _units(text)
    if len(units) < n * 5:
        return None
    grams = [tuple(units[i : i + n]) for i in range(len(units) - n + 1)]
    counted = Counter(grams)
    repeated = sum(c for c in counted.values() if c > 1)
    share = repeated / len(grams)
    if share >= 0.5 and len(grams) - len(counted) >= 6:
        top, times = counted.most_common(1)[0]
        joiner = "" if n > 4 else " "
        return f"{share:.0%} of the text repeats itself (“{_short(joiner.join(top))}” {times} times)"
    return None


def _units(text: str) -> tuple[list[str], int]:
    """Words and n=4, or characters and n=8 for scripts written without spaces."""
    if len(_NO_SPACE_SCRIPTS.findall(text)) > len(text) / 4:
        return [c for c in text if not c.isspace()], 8
    return re.findall(r"\w+", text.lower()), 4


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def prose(text: str) -> str:
    """The text without code blocks, inline code and links (identifiers misread those)."""
    return _CODE.sub(" ", text)


def wrong_language(text: str, expected: str | None,
                   identify: Callable[[str], tuple[str | None, float]] | None) -> str | None:
    """A sentence naming the response's language when it is confidently not ``expected``."""
    if not expected or identify is None:
        return None
    words = prose(text)
    if sum(ch.isalpha() for ch in words) < MIN_LETTERS_FOR_LANGUAGE:
        return None
    found, confidence = identify(words)
    if found is None or confidence < MIN_LANGUAGE_CONFIDENCE or _same_language(found, expected):
        return None
    return f"written in {found}, the instruction is in {expected} ({confidence:.0%} sure)"


def _same_language(a: str, b: str) -> bool:
    a, b = a.split("-")[0].lower(), b.split("-")[0].lower()
    return a == b or any(a in group and b in group for group in _CLOSE_LANGUAGES)


def compute(project: Project, progress: Callable[[int, int, str], None] | None = None,
            cancel: threading.Event | None = None,
            response_ids: Iterable[str] | None = None) -> dict[str, Any]:
    """Recompute the rule flags of every response (or of ``response_ids``); returns counts."""
    identifier = LanguageIdentifier()

    def identify(text: str) -> tuple[str | None, float]:
        return identifier.identify([text])[0]

    sql = ("SELECT r.rowid, r.id, r.text, r.finish_reason, i.language FROM responses r "
           "JOIN instructions i ON i.id = r.instruction_id WHERE r.rowid > ?")
    params: list[Any] = []
    if response_ids is not None:
        wanted = list(response_ids)
        sql += " AND r.id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(wanted))
    total = int(project.scalar(f"SELECT count(*) FROM ({sql})", [0, *params]))
    counts: Counter[str] = Counter()
    done = 0
    last = 0
    while True:
        if cancel is not None and cancel.is_set():
            raise JobCancelled()
        rows = project.conn.execute(sql + " ORDER BY r.rowid LIMIT ?",
                                    [last, *params, CHUNK]).fetchall()
        if not rows:
            break
        stamp = now()
        with project.write() as conn:
            for rowid, response_id, text, finish, language in rows:
                last = rowid
                found = detect(text, finish, language, identify)
                conn.execute(
                    f"DELETE FROM response_flags WHERE response_id = ? AND flag IN "
                    f"({','.join('?' * len(RULE_FLAGS))})", [response_id, *RULE_FLAGS])
                conn.executemany(
                    "INSERT OR REPLACE INTO response_flags(response_id, flag, detail, created_at) "
                    "VALUES (?, ?, ?, ?)", [(response_id, f.name, f.detail, stamp) for f in found])
                counts.update(f.name for f in found)
        done += len(rows)
        if progress is not None:
            progress(done, total, "Checking responses for loops, cut-offs and refusals")
    return {"responses": done, "flags": {name: counts.get(name, 0) for name in RULE_FLAGS}}


def run(project: Project, config: dict[str, Any], progress: Callable[[int, int, str], None],
        cancel: threading.Event) -> dict[str, Any]:
    """The ``flag`` job: recompute every response's rule flags (``handloom flag``)."""
    return compute(project, progress, cancel)


def counts(project: Project) -> dict[str, int]:
    """How many responses carry each flag (every flag name, zero included)."""
    found = {r["flag"]: r["n"] for r in project.query(
        "SELECT flag, count(*) AS n FROM response_flags GROUP BY flag")}
    return {name: int(found.get(name, 0)) for name in (*RULE_FLAGS, *sorted(
        set(found) - set(RULE_FLAGS)))}
