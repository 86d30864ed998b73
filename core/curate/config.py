"""The "curate" job's config: one typed, frozen record with the defaults in one place.

``handloom curate`` builds it from its flags and the Curate page from its controls (Lift
too, with ``lift``); both write it with ``to_json``, the keys ``handloom curate`` has always
stored. A filter that is off is False, None or empty; the job runs the ones that are on.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.job_config import JobConfig

NEAR_DUP_THRESHOLD = 0.8  # the near-duplicate similarity asked for without a number


@dataclass(frozen=True)
class CurateConfig(JobConfig):
    """Which filters run (each owns one exclusion reason), and which reasons are lifted."""

    dedup: bool = False  # exact duplicates, keeping the first
    near_dup: float | None = None  # near-duplicates at this MinHash similarity
    min_chars: int | None = None
    max_chars: int | None = None
    languages: tuple[str, ...] = ()  # keep only these languages
    exclude_uncertain: bool = False  # also rows whose language the identifiers were unsure of
    scripts: tuple[str, ...] = ()  # keep only these scripts
    regex: str | None = None  # exclude instructions matching it
    pii: str | None = None  # personal data: "exclude" or "redact"
    templates: bool = False  # templated prompts
    template_min_group: int = 5  # the fewest prompts sharing a template that make one
    clear: tuple[str, ...] = ()  # lift every exclusion for these reasons

    @classmethod
    def lift(cls, reason: str) -> CurateConfig:
        """Lift every exclusion for ``reason``, running no filter."""
        return cls(clear=(reason,))
