"""Tokenizer fit: how many tokens each registered model spends on each language of the project.

A model whose vocabulary barely covers a language splits its text into many small pieces: the
context window holds less of it, training and generation cost more per instruction, and the
model learns the language worse. Before a community spends days on a model, this check
tokenizes a sample of the project's own included instructions per language (up to
``DEFAULT_SAMPLE``, the same ones every time: ordered by the random tail of their UUIDv7 ids)
with each model's real vocabulary, read by llama.cpp (``core.engine.vocabulary``), and
compares it with English.

The measures (tokens per word, tokens per character, byte-fallback share), the cost relative
to English and the poor-fit threshold are defined and justified in ``core.engine.fit_verdict``.

**English reference**: the project's English instructions when there are at least
``MIN_REFERENCE_INSTRUCTIONS`` with ``MIN_REFERENCE_WORDS`` words, otherwise the 60
instructions shipped in ``resources/fit/english_reference.jsonl``.

Results are cached in the project (table ``tokenizer_fit``, ``core.fit.cache``) keyed on the model file's
sha256, the language, the sample size asked for and a hash of the sampled texts, so the
Models page shows them at once and a check is repeated only when the sample changed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from core.engine.fit_verdict import (
    POOR_FIT_BYTE_SHARE,
    POOR_FIT_RATIO,
    Counts,
    LanguageFit,
    characters_in,
    measure,
    rates,
    verdict,
    words_in,
)
from core.errors import HandloomError, JobCancelled
from core.fit import cache
from core.resources import resource
from core.store.project import Project

DEFAULT_SAMPLE = 500
MIN_REFERENCE_INSTRUCTIONS = 10
MIN_REFERENCE_WORDS = 100
METHOD = "fit-1"  # part of every cache key: change it when the measures change

Progress = Callable[[int, int, str], None]

__all__ = ["Counts", "FitReport", "LanguageFit", "ModelFit", "report", "run"]


@dataclass(frozen=True)
class ModelFit:
    model: str
    kind: str
    sha256: str | None
    vocabulary: str | None
    skipped: str | None  # why the model was not measured
    english: dict[str, Any] | None  # the reference's counts and rates for this model
    languages: list[LanguageFit] = field(default_factory=list)


@dataclass(frozen=True)
class FitReport:
    sample: int
    threshold: float
    byte_threshold: float
    reference: dict[str, Any]  # {"source": "project" | "shipped", "instructions", "words"}
    languages: list[str]
    models: list[ModelFit]
    missing: int  # measurements not made yet (only when read without computing)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def model(self, name: str) -> ModelFit:
        return next(m for m in self.models if m.model == name)


@dataclass(frozen=True)
class _Sample:
    language: str
    texts: list[str]
    key: str  # hash of the method and the texts

    @classmethod
    def of(cls, language: str, texts: list[str]) -> _Sample:
        digest = hashlib.sha256(METHOD.encode())
        for text in texts:
            digest.update(b"\0" + text.encode("utf-8"))
        return cls(language, texts, digest.hexdigest())


def _languages(project: Project) -> list[str]:
    rows = project.query(
        "SELECT language, COUNT(*) AS n FROM instructions WHERE status = 'included' "
        "AND language IS NOT NULL AND language NOT IN ('und', 'mul', 'mis', 'zxx') "
        "GROUP BY language ORDER BY n DESC, language"
    )
    return [r["language"] for r in rows]


def _sample(project: Project, language: str, size: int) -> _Sample:
    # The tail of a UUIDv7 is random, so this is a fixed pseudo-random sample.
    rows = project.query(
        "SELECT text FROM instructions WHERE status = 'included' AND language = ? "
        "ORDER BY substr(id, 25), id LIMIT ?",
        [language, size],
    )
    return _Sample.of(language, [r["text"] for r in rows])


def shipped_reference() -> list[str]:
    path = resource("fit", "english_reference.jsonl")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        raise HandloomError(
            f"The English reference for the fit check is missing: {path}."
        ) from None
    return [json.loads(line)["instruction"] for line in lines if line.strip()]


def _reference(english: _Sample | None, size: int) -> tuple[_Sample, str]:
    if (
        english is not None
        and len(english.texts) >= MIN_REFERENCE_INSTRUCTIONS
        and sum(words_in(t) for t in english.texts) >= MIN_REFERENCE_WORDS
    ):
        return english, "project"
    # Kept in the cache under its own name, so that it never replaces the project's English.
    return _Sample.of("reference:en", shipped_reference()[:size]), "shipped"


def _script(sample: _Sample) -> str | None:
    from core.curate.scripts import script_of

    return script_of("\n".join(sample.texts[:200]))


def _tokenizer_key(project: Project, record: Any) -> str | None:
    """The sha256 of the file holding the model's vocabulary (an adapter's is its base's)."""
    if record.base_id:
        from core.store import registry

        return str(registry.get(project, record.base_id).sha256 or "") or None
    return str(record.sha256 or "") or None


# -- the check -------------------------------------------------------------------------------


def report(
    project: Project,
    *,
    model: str | None = None,
    sample: int = DEFAULT_SAMPLE,
    compute: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> FitReport:
    """The fit of every registered model (or ``model``) for every language of the project.

    With ``compute`` the measurements missing from the cache are made (each is committed as
    it is made, so a stopped check continues where it stopped); without it only the cache is
    read and ``missing`` counts what is not measured yet.
    """
    from core.store import registry

    if sample < 1:
        raise HandloomError("The sample size must be at least one instruction per language.")
    languages = _languages(project)
    samples = [_sample(project, lang, sample) for lang in languages]
    samples = [s for s in samples if any(characters_in(t) for t in s.texts)]
    english = next((s for s in samples if s.language == "en"), None)
    reference, source = _reference(english, sample)
    scripts = {s.language: _script(s) for s in samples}
    records = [registry.get(project, model)] if model else registry.list_models(project)

    plans: list[tuple[Any, str | None, list[_Sample], dict[str, Counts]]] = []
    for record in records:
        sha = _tokenizer_key(project, record) if record.kind != "remote" else None
        wanted = [reference] + [s for s in samples if s is not reference]
        found = {
            s.language + s.key: c for s in wanted if sha and (c := cache.cached(project, sha, s, sample))
        }
        plans.append((record, sha, wanted, found))
    total = sum(len(w) - len(f) for r, sha, w, f in plans if sha)
    done, missing = 0, 0
    fits: list[ModelFit] = []
    for record, sha, wanted, found in plans:
        skipped = None
        if record.kind == "remote":
            skipped = (
                "runs on a server, and an OpenAI-compatible server does not share its "
                "vocabulary, so its tokenizer cannot be measured here"
            )
        elif not sha:
            skipped = "its file was registered without a checksum, so results cannot be kept"
        todo = [s for s in wanted if s.language + s.key not in found] if not skipped else []
        if todo and not compute:
            missing += len(todo)
        elif todo:
            from core.engine.vocabulary import Vocabulary

            try:
                vocabulary = Vocabulary(record.file())
            except HandloomError as e:
                skipped, todo = str(e), []
                done += len(wanted) - len(found)
            else:
                with vocabulary:
                    for s in todo:
                        if progress:
                            progress(done, total, f"{record.name}: {s.language}")
                        if cancel is not None and cancel.is_set():
                            raise JobCancelled()
                        counts = measure(vocabulary, s.texts)
                        cache.store(project, str(sha), s, sample, counts)
                        found[s.language + s.key] = counts
                        done += 1
        reference_counts = found.get(reference.language + reference.key)
        rows = [
            verdict(
                s.language, scripts.get(s.language), found[s.language + s.key], reference_counts
            )
            for s in samples
            if reference_counts and s.language + s.key in found
        ]
        fits.append(
            ModelFit(
                model=record.name,
                kind=record.kind,
                sha256=sha,
                vocabulary=reference_counts.vocabulary if reference_counts else None,
                skipped=skipped,
                english=rates(reference_counts) if reference_counts else None,
                languages=rows,
            )
        )
    if progress:
        progress(total, total, "Tokenizer fit measured")
    words = sum(words_in(t) for t in reference.texts)
    return FitReport(
        sample=sample,
        threshold=POOR_FIT_RATIO,
        byte_threshold=POOR_FIT_BYTE_SHARE,
        reference={"source": source, "instructions": len(reference.texts), "words": words},
        languages=[s.language for s in samples],
        models=fits,
        missing=missing,
    )


def run(
    project: Project, config: dict[str, Any], progress: Progress, cancel: threading.Event
) -> dict[str, Any]:
    """The check as a job: ``config`` holds ``model`` (optional) and ``sample``."""
    return report(
        project,
        model=config.get("model"),
        sample=int(config.get("sample") or DEFAULT_SAMPLE),
        progress=progress,
        cancel=cancel,
    ).to_json()
