"""The Tokenizer fit cache: measurements kept in the project (table ``tokenizer_fit``) keyed
on the model file's sha256, the language, the sample size asked for and a hash of the
sampled texts, so the Models page shows them at once and a check is repeated only when the
sample changed."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Protocol

from core.engine.fit_verdict import Counts
from core.store.ids import now
from core.store.project import Project


class Sample(Protocol):
    """The sampled texts of one language, as the cache keys them."""

    @property
    def language(self) -> str: ...

    @property
    def key(self) -> str: ...  # hash of the method and the texts


def cached(project: Project, sha: str, sample: Sample, size: int) -> Counts | None:
    """The counts measured before for this model file and sample, if any."""
    row = project.query(
        "SELECT counts FROM tokenizer_fit WHERE model_sha256 = ? AND language = ? "
        "AND sample_size = ? AND sample_hash = ?",
        [sha, sample.language, size, sample.key],
    )
    return Counts(**json.loads(row[0]["counts"])) if row else None


def store(project: Project, sha: str, sample: Sample, size: int, counts: Counts) -> None:
    """Keep ``counts``; measurements of an earlier sample of this language go."""
    with project.write() as conn:
        conn.execute(
            "DELETE FROM tokenizer_fit WHERE model_sha256 = ? AND language = ? AND sample_size = ?",
            [sha, sample.language, size],
        )
        conn.execute(
            "INSERT INTO tokenizer_fit(model_sha256, language, sample_size, sample_hash, counts, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [sha, sample.language, size, sample.key, json.dumps(asdict(counts)), now()],
        )
