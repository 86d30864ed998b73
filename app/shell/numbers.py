"""Numbers and moments as the interface language writes them.

Every count, decimal and time the window shows goes through the ``QLocale`` of the
interface language (``i18n.install`` makes it Qt's default): Arabic digits and separators
in Arabic, a comma for decimals in French, Hindi's grouping in Hindi. Sentences keep their
``{0:,}`` placeholders (a grouped number, as Python writes it); ``fill`` formats them with
the locale instead of Python's English-only ``,``.
"""

from __future__ import annotations

import string
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QTimeZone


def locale() -> QLocale:
    """The interface language's locale (Qt's default once a language is installed)."""
    return QLocale()


def number(value: float, decimals: int | None = None) -> str:
    """``value`` with the language's digits and group separators; ``decimals`` places for a
    fraction (a whole number shows none)."""
    if decimals is None and (isinstance(value, int) or float(value).is_integer()):
        return locale().toString(int(value))
    return locale().toString(float(value), "f", 2 if decimals is None else decimals)


def percent(share: float, decimals: int = 0) -> str:
    """``share`` (0–1) as a percentage, with the language's digits and percent sign."""
    return number(100 * share, decimals) + locale().percent()


def _local(when: datetime | str) -> QDateTime | None:
    """``when`` (a ``datetime`` or an ISO 8601 text as the project stores it, UTC when it
    names no zone) in this computer's time zone; None for a text that is not a time."""
    if isinstance(when, str):
        try:
            when = datetime.fromisoformat(when.replace("Z", "+00:00"))
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())


def moment(when: datetime | str) -> str:
    """A moment in local time, as the language writes a short date and time."""
    stamp = _local(when)
    if stamp is None:
        return str(when)
    return locale().toString(stamp, QLocale.FormatType.ShortFormat)


def day(when: datetime | str) -> str:
    """The local day of a moment, as the language writes a short date."""
    stamp = _local(when)
    if stamp is None:
        return str(when)[:10]
    return locale().toString(stamp.date(), QLocale.FormatType.ShortFormat)


class _LocaleFormatter(string.Formatter):
    """``str.format`` whose numbers are written by the interface language."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return super().format_field(value, format_spec)
        spec = format_spec.replace(",", "")
        if spec.startswith("+"):  # a signed figure: "+0.25", "-1.10"
            shown = self.format_field(value, spec[1:])
            return (locale().positiveSign() + shown) if value >= 0 else shown
        if spec in ("", "d"):
            return number(value)
        if spec.startswith(".") and spec.endswith("f") and spec[1:-1].isdigit():
            return number(value, int(spec[1:-1]))
        if spec == "g":
            shown = format(value, "g")
            return number(value, len(shown.partition(".")[2]) if "e" not in shown else 2)
        return super().format_field(value, format_spec)


_FORMATTER = _LocaleFormatter()


def fill(text: str, *args: Any, **kwargs: Any) -> str:
    """``text.format(*args, **kwargs)`` with every number in the interface language."""
    return _FORMATTER.format(text, *args, **kwargs)
