"""A quality estimate without a reference: translate back and compare with the source.

chrF (character n-gram F-score, as sacrebleu computes it) between the back-translation
and the original instruction. It is rough, but it ranks the translations worth a
reviewer's look first, in any script, without a second model.
"""

from __future__ import annotations

from typing import Any

from core.errors import HandloomError


class QualityToolMissing(HandloomError):
    """sacrebleu, which computes chrF, is not installed."""

    def __init__(self) -> None:
        super().__init__(
            "Back-translation scores need the “sacrebleu” package, which is not installed."
        )


def _chrf() -> Any:
    try:
        from sacrebleu.metrics import CHRF
    except ImportError:
        raise QualityToolMissing() from None
    return CHRF()


def ensure_available() -> None:
    """Fail before any translation work if chrF cannot be computed."""
    _chrf()


def chrf(back_translation: str, original: str) -> float:
    """chrF (0-100) of a back-translation against the original text."""
    if not back_translation.strip() or not original.strip():
        return 0.0
    return round(float(_chrf().sentence_score(back_translation, [original]).score), 2)
