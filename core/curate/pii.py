"""Personal data in instructions: e-mail addresses, phone numbers, URLs, IP addresses, long numbers.

Precision matters more than recall here: an instruction flagged by mistake is lost to
the dataset, and most instructions that contain digits are about years, prices, maths
or software versions. So every kind has a narrow shape and a veto list:

- EMAIL: ASCII local part and domain with a letter top-level domain.
- URL: ``http(s)://``, ``ftp://`` or ``www.``; or a bare domain with a common top-level
  domain followed by a path (``github.com/name``). Trailing punctuation and unbalanced
  closing brackets are left out. Non-ASCII paths are allowed; text in CJK punctuation
  or full-width forms ends a URL.
- IP: dotted IPv4 (octets 0-255, not inside a longer dotted number, not after
  "version"/"v") and IPv6 with at least two groups and a digit, checked by ``ipaddress``.
- PHONE: ``+`` and 8-15 digits; or a national number that starts with 0 (9-15 digits,
  groups of two or more); or the North American ``(555) 123-4567`` shape; or Chinese
  and Indian mobiles (``138 0013 8000``, ``98765 43210``); or 7-15 digits right after a word such as "phone", "tel",
  "call", "WhatsApp", "电话". Dates, thousands groups ("1 500 000") and amounts after a
  currency sign are vetoed.
- NUMBER: a run of 9 or more digits (IDs, accounts), card numbers in groups of four and
  US social security numbers; not decimals, not amounts after a currency sign and not
  operands of arithmetic ("123456789 * 987654321").

Digits of any script count (``\\d`` is Unicode-aware), so Arabic-Indic ``٠١٢`` and
Devanagari ``०१२`` phone numbers are found; IP addresses are ASCII only.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

KINDS = ("URL", "EMAIL", "IP", "PHONE", "NUMBER")
"""Kinds in order of precedence: an earlier kind wins where two overlap."""
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class PiiMatch:
    """One piece of personal data: its kind (one of ``KINDS``) and ``text[start:end]``."""

    kind: str
    start: int
    end: int


_TLDS = (
    "com|org|net|edu|gov|info|biz|io|ai|co|dev|app|me|tv|uk|de|fr|es|it|nl|ru|cn|jp|kr|in"
    "|br|au|ca|ch|se|no|pl|tr|ir|id|vn|th|mx|ar|za|ng|ke|eg|sa|ae|pk|bd|ua|us|eu|ly|gl|gg"
)
_URL_CHAR = r"[^\s<>\"'`{}|\\^\u3000-\u303f\uff00-\uffef]"
_URL = re.compile(rf"\b(?:https?|ftp)://{_URL_CHAR}+|(?<![\w.@-])www\.{_URL_CHAR}+", re.IGNORECASE)
# A bare domain with a path is found from its ".com/" outwards: scanning every word for a
# domain shape would cost more than all the other kinds together.
_TLD_SLASH = re.compile(rf"\.(?:{_TLDS})/", re.IGNORECASE)
_HOST_BEFORE = re.compile(r"(?<![\w.@/-])[a-z0-9-]+(?:\.[a-z0-9-]+)*$", re.IGNORECASE)
_URL_REST = re.compile(f"{_URL_CHAR}*")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@{_LABEL}(?:\.{_LABEL})*\.[A-Za-z]{{2,24}}"
    r"(?![A-Za-z0-9-])"
)
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(
    rf"(?=[0-9])(?<![0-9.]){_OCTET}(?:\.{_OCTET}){{3}}(?:/[0-9]{{1,2}})?(?![0-9]|\.[0-9])"
)
_VERSION_BEFORE = re.compile(r"(?:\bv|\bver\.?|\bversion|\brelease|\bbuild)\s*$", re.IGNORECASE)
_IPV6 = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{1,4}|:)"
    r"(?:%\w+)?(?![\w:]|\.\d)"
)
_GROUP = r"(?:\(\d{1,5}\)|\d+)"
_SEP = r"(?:[ \u00a0.\-]|(?<=\))|(?=\())"
# Letters of other scripts may touch a number ("电话13800138000"); ASCII letters may not.
_PHONE = re.compile(
    rf"(?=[+(\d])(?<![A-Za-z_+.,/\-])(?<!\d)\+?{_GROUP}(?:{_SEP}{_GROUP}){{0,7}}(?![\d%A-Za-z_]|[.,]\d)"
)
_NANP = re.compile(r"(?:1[ .\-]?)?(?:\([2-9]\d\d\) ?|[2-9]\d\d[ .\-])\d{3}[ .\-]\d{4}")
_MOBILE = re.compile(r"1[3-9]\d[ \-]\d{4}[ \-]\d{4}|[6-9]\d{4}[ \-]\d{5}")  # China, India
_DATE = re.compile(r"\d{4}[.\-]\d{1,2}[.\-]\d{1,2}|\d{1,2}[.\-]\d{1,2}[.\-]\d{2,4}")
_PHONE_WORD = re.compile(
    r"(?:\b(?:(?:cell|mobile|smart)?phone|tel|telephone|mobile|cell|call|fax|whats ?app|hotline"
    r"|téléphone|teléfono|telefone|telefon|телефон)|電話|电话|手机|携帯|번호|هاتف|جوال)"
    r"\s*(?:number|no\.?|#)?\s*(?:is|:|at|on|me at|me on)?\s*$",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?=\d)(?<![A-Za-z_.,])(?<!\d)"
    r"(?:\d{9,}|\d{4}(?:[ \-]\d{4}){2,3}|\d{4}[ \-]\d{6}[ \-]\d{5}|\d{3}-\d{2}-\d{4})"
    r"(?![A-Za-z_]|\d|[.,]\d)"
)
_CURRENCY = "$€£¥₹₩₽₺₦₱฿₫"
_OPERATORS = "*/^=×÷+<>%"
_ANY_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"


def _digits(span: str) -> int:
    """Number of decimal digits of any script in ``span``."""
    return sum(ch.isdigit() for ch in span)


def _before(text: str, start: int, width: int = 30) -> str:
    """Up to ``width`` characters before ``start``: the context the vetoes look at."""
    return text[max(0, start - width) : start]


def _url_end(text: str, start: int, end: int) -> int:
    """Trim trailing punctuation and closing brackets that the URL does not open."""
    while end > start:
        last = text[end - 1]
        if last in ".,;:!?'\"":
            end -= 1
        elif last in ")]}" and text.count("([{"[")]}".index(last)], start, end) < text.count(
            last, start, end
        ):
            end -= 1
        else:
            break
    return end


def _urls(text: str) -> list[PiiMatch]:
    """URLs with a scheme or "www.", and bare domains followed by a path."""
    found: list[PiiMatch] = []
    if "://" in text or "www." in text or "WWW." in text:
        for m in _URL.finditer(text):
            found.append(PiiMatch("URL", m.start(), _url_end(text, m.start(), m.end())))
    for m in _TLD_SLASH.finditer(text):
        host = _HOST_BEFORE.search(text, max(0, m.start() - 253), m.start())
        if host is not None and not any(f.start <= m.start() < f.end for f in found):
            rest = _URL_REST.match(text, m.end())
            end = _url_end(text, host.start(), rest.end() if rest else m.end())
            found.append(PiiMatch("URL", host.start(), end))
    return [f for f in found if f.end - f.start > 4]


def _is_ipv6(span: str) -> bool:
    """True for a real IPv6 address with two or more groups and a digit (not ``std::``)."""
    groups = [g for g in span.split("%")[0].split(":") if g]
    if len(groups) < 2 or not any(ch.isdigit() for ch in span):
        return False
    try:
        ipaddress.IPv6Address(span.split("%")[0])
    except ValueError:
        return False
    return True


def _is_phone(text: str, start: int, end: int) -> bool:
    """Decide whether the digit groups ``text[start:end]`` form a phone number."""
    span = text[start:end]
    digits = _digits(span)
    if digits < 7 or digits > 15 or (start and text[start - 1] in _CURRENCY):
        return False
    if span.startswith("+"):
        return digits >= 8
    if _DATE.match(span):
        return False
    groups = re.findall(r"\d+", span)
    if (
        len(groups) > 1
        and len(groups[0]) <= 3
        and not groups[0].startswith(("0", "０", "٠", "۰"))
        and all(len(g) == 3 for g in groups[1:])
    ):
        return False  # thousands: "1 500 000", "12.345.678"
    if _PHONE_WORD.search(_before(text, start)):
        return True
    if _NANP.fullmatch(span) or _MOBILE.fullmatch(span):
        return True
    first = span.lstrip("(")
    if first[:1].isdigit() and int(first[0]) == 0 and digits >= 9 and len(groups) > 1:
        return all(len(g) >= 2 for g in groups) or span.count("(0)") == 1
    return False


def _is_number(text: str, start: int, end: int) -> bool:
    """Decide whether a long digit run is an identifier rather than an amount or an operand."""
    before = text[max(0, start - 8) : start].rstrip()[-1:]
    after = text[end : end + 8].lstrip()[:1]
    return not (before and before in _CURRENCY + _OPERATORS) and not (
        after and after in _OPERATORS + "-−"
    )


def find_pii(text: str) -> list[PiiMatch]:
    """Every piece of personal data in ``text``, sorted by position and never overlapping."""
    found: list[PiiMatch] = []
    # Counting digits first skips the costly patterns for most texts: a phone needs 7
    # digits, an IP address 4, a long number 9. Counting ten characters beats a \d scan.
    if text.isascii():
        digits = sum(map(text.count, _ASCII_DIGITS))
    else:
        digits = len(_ANY_DIGIT.findall(text))
    if "/" in text or "www." in text or "WWW." in text:
        found += _urls(text)
    if "@" in text:
        found += [PiiMatch("EMAIL", m.start(), m.end()) for m in _EMAIL.finditer(text)]
    if digits >= 4 and text.count(".") >= 3:
        for m in _IPV4.finditer(text):
            if not _VERSION_BEFORE.search(_before(text, m.start(), 12)):
                found.append(PiiMatch("IP", m.start(), m.end()))
    if digits >= 1 and ("::" in text or text.count(":") >= 7):
        found += [PiiMatch("IP", m.start(), m.end()) for m in _IPV6.finditer(text)]
    if digits >= 7:
        for m in _PHONE.finditer(text):
            if _is_phone(text, m.start(), m.end()):
                found.append(PiiMatch("PHONE", m.start(), m.end()))
    if digits >= 9:
        for m in _NUMBER.finditer(text):
            if _is_number(text, m.start(), m.end()):
                found.append(PiiMatch("NUMBER", m.start(), m.end()))
    return _without_overlaps(found)


def _without_overlaps(found: list[PiiMatch]) -> list[PiiMatch]:
    """Keep the earlier kind in ``KINDS`` wherever two matches overlap; sort by position."""
    if len(found) < 2:
        return found
    kept: list[PiiMatch] = []
    for match in sorted(found, key=lambda m: (_RANK[m.kind], m.start)):
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def redact(text: str) -> str:
    """``text`` with each piece of personal data replaced by ``[EMAIL]``, ``[PHONE]`` and so on."""
    parts: list[str] = []
    last = 0
    for match in find_pii(text):
        parts += [text[last : match.start], f"[{match.kind}]"]
        last = match.end
    return "".join(parts) + text[last:]


def pii_reason(text: str) -> str | None:
    """A short reason such as "contains personal data: email, phone", or None."""
    kinds = sorted({m.kind for m in find_pii(text)}, key=KINDS.index)
    return "contains personal data: " + ", ".join(k.lower() for k in kinds) if kinds else None
