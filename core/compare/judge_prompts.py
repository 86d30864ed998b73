"""What the arena's judge is asked, the grammars that make its answers exact JSON, and the
tolerant reading of a pairwise verdict.

A local judge is held by GBNF (as in ``core.judge.prompt``) to
``{"rationale": "...", "winner": "A" | "B" | "tie"}`` for a pair of answers and to
``{"rationale": "...", "score": 1-10}`` for one answer, the rationale first and bounded so
the answer fits its token budget. A remote judge may ignore grammars, so verdicts are also
read from prose ("[[A]]", "Winner: B", "Assistant A is better", "tie").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from core.judge.prompt import MAX_INSTRUCTION_CHARS, MAX_RESPONSE_CHARS, cut
from core.languages import language_names

VERDICTS = ("A", "B", "tie")
JSON_OVERHEAD_TOKENS = 16  # the JSON around the rationale, with room for odd tokenisations

PAIRWISE_SYSTEM = """\
You are a careful, impartial judge. You compare two answers, A and B, written by AI \
assistants to the same instruction, and decide which one is better: more helpful, \
correct, complete and written in the instruction's language. Do not let the order of the \
answers, their length or the assistants' names sway you.

Reply only with a JSON object with two keys: "rationale", one or two sentences that \
explain your decision, then "winner": "A", "B" or "tie"."""

GRADE_SYSTEM = """\
You are a careful, strict judge of an answer written by an AI assistant. Grade how \
helpful, correct, complete and well written it is, and whether it is in the \
instruction's language, from 1 (useless) to 10 (excellent).

Reply only with a JSON object with two keys: "rationale", one or two sentences that \
explain the grade, then "score", an integer from 1 to 10."""

_CHAR = 'char ::= [^"\\\\\\x7F\\x00-\\x1F] | "\\\\" (["\\\\/bfnrt] | "u" [0-9a-fA-F]{4})\n'


def rationale_chars(max_tokens: int) -> int:
    """The longest rationale that still leaves room for the JSON around it."""
    return max(1, min(600, max_tokens - JSON_OVERHEAD_TOKENS))


def _grammar(rationale: int, key: str, value_rule: str) -> str:
    # Compact JSON (no optional spaces): every token of a small budget goes to the answer.
    return (
        f'root ::= "{{\\"rationale\\":" rationale ",\\"{key}\\":" value "}}"\n'
        f'rationale ::= "\\"" char{{1,{max(1, rationale)}}} "\\""\n'
        + _CHAR + f"value ::= {value_rule}\n"
    )


def verdict_grammar(rationale: int) -> str:
    """GBNF for ``{"rationale": "...", "winner": "A" | "B" | "tie"}``."""
    return _grammar(rationale, "winner", '"\\"A\\"" | "\\"B\\"" | "\\"tie\\""')


def grade_grammar(rationale: int) -> str:
    """GBNF for ``{"rationale": "...", "score": 1-10}``."""
    return _grammar(rationale, "score", '"10" | [1-9]')


def _language_line(language: str | None) -> str:
    try:
        return f" (language: {language_names(language)[0]})" if language else ""
    except Exception:
        return ""


def pairwise_messages(instruction: str, first: str, second: str,
                      language: str | None) -> list[dict[str, str]]:
    """Ask which of two answers is better; ``first`` is shown as A."""
    user = (
        f"Instruction{_language_line(language)}:\n<<<\n{cut(instruction, MAX_INSTRUCTION_CHARS)}"
        f"\n>>>\n\nAnswer A:\n<<<\n{cut(first, MAX_RESPONSE_CHARS)}\n>>>\n\n"
        f"Answer B:\n<<<\n{cut(second, MAX_RESPONSE_CHARS)}\n>>>\n\nWhich answer is better?"
    )
    return [{"role": "system", "content": PAIRWISE_SYSTEM}, {"role": "user", "content": user}]


def grade_messages(instruction: str, answer: str, language: str | None) -> list[dict[str, str]]:
    """Ask for a 1-10 grade of one answer."""
    user = (
        f"Instruction{_language_line(language)}:\n<<<\n{cut(instruction, MAX_INSTRUCTION_CHARS)}"
        f"\n>>>\n\nAnswer:\n<<<\n{cut(answer, MAX_RESPONSE_CHARS)}\n>>>\n\nGrade the answer."
    )
    return [{"role": "system", "content": GRADE_SYSTEM}, {"role": "user", "content": user}]


@dataclass(frozen=True)
class Verdict:
    """"A", "B" or "tie" (None when unreadable), the rationale, and how it was read."""

    winner: str | None
    rationale: str
    method: str  # "json", "pattern" or "failed"


_WORD = {"a": "A", "b": "B", "tie": "tie", "draw": "tie", "equal": "tie", "both": "tie",
         "neither": "tie", "none": "tie"}
_BRACKETS = re.compile(r"\[\[\s*(A|B|tie|C)\s*\]\]", re.I)
_LABELLED = re.compile(r"(?:winner|verdict|better(?: answer)?|choice|decision)\W{0,4}"
                       r"(?:is\s+)?(?:answer\s+|assistant\s+)?\W?(A|B|tie|draw)\b", re.I)
_BETTER = re.compile(r"\b(?:answer|assistant|response)\s+(A|B)\s+is\s+(?:better|superior)", re.I)
_RATIONALE = re.compile(r'"rationale"\s*:\s*"((?:[^"\\]|\\.)*)"')
_TIE = re.compile(r"\b(?:it'?s a tie|tie|equally good|both (?:are )?equally)\b", re.I)


def parse_verdict(text: str) -> Verdict:
    """Read a pairwise verdict: exact JSON, JSON inside prose, then common phrasings."""
    raw = (text or "").strip()
    for candidate in [raw, *re.findall(r"\{[^{}]*\}", raw)]:
        try:
            data = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(data, dict):
            fields = {str(k).lower(): v for k, v in data.items()}
            value = next((fields[k] for k in ("winner", "verdict", "better") if k in fields), None)
            winner = _WORD.get(str(value).strip().lower()) if value is not None else None
            if winner:
                reason = fields.get("rationale") or fields.get("reason") or ""
                return Verdict(winner, str(reason).strip(), "json")
    # A cut-off JSON answer keeps its rationale; prose is its own rationale.
    quoted = _RATIONALE.search(raw)
    reason = quoted.group(1) if quoted else raw[:2000]
    for pattern in (_BRACKETS, _LABELLED, _BETTER):
        found = pattern.findall(raw)
        if found:
            last = found[-1].lower()
            return Verdict("tie" if last == "c" else _WORD.get(last), reason, "pattern")
    if _TIE.search(raw):
        return Verdict("tie", raw[:2000], "pattern")
    return Verdict(None, raw[:2000], "failed")
