"""The translation job: translate original instructions into one language with one model.

Runs on the same batched engine as generation. A translation is keyed by (original,
target language, model) and committed the moment it finishes, so a killed job resumes
with what is missing and never writes one twice. With ``back_translate`` each new
translation is then translated back and scored with chrF against its original.

Config: ``core.translate.config.TranslateConfig`` (``model``, ``target``, optional ``source``,
else every language but the target, ``limit``, the first N originals, ``parallel``,
``max_tokens``, ``temperature``, ``back_translate``); the prompt and glossary are read from
the project.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from core.curate.language import LanguageIdentifier
from core.curator import current_curator
from core.engine.generation import GenerationRequest
from core.errors import HandloomError, JobCancelled
from core.generate.backends import Backend, open_backend
from core.jobs import Progress
from core.languages import normalise_language
from core.store import registry
from core.store.project import Project
from core.translate import checks, glossary, prompt, quality, records
from core.translate.config import TranslateConfig
from core.translate.prompt import PromptTemplate

CHUNK = 256
# How a translation decodes when its config does not say (recorded with every translation).
DEFAULTS: dict[str, Any] = {
    "max_tokens": TranslateConfig.max_tokens,
    "temperature": TranslateConfig.temperature,
    "top_p": 0.95,
    "repeat_penalty": 1.0,
}


def _language(value: str | None, what: str) -> str | None:
    if not value:
        return None
    code = normalise_language(value)
    if not code:
        raise HandloomError(f"'{value}' is not a {what} language code Handloom recognises.")
    return code


def _chosen(config: dict[str, Any], target: str) -> tuple[str, list[Any]]:
    """SQL for the originals to translate: included, not translations, not in the target."""
    sql = (
        "SELECT rowid FROM instructions WHERE status = 'included' AND parent_id IS NULL "
        "AND language IS NOT NULL AND language != ?"
    )
    params: list[Any] = [target]
    if config.get("source"):
        sql += " AND language = ?"
        params.append(_language(config["source"], "source"))
    sql += " ORDER BY rowid"
    if config.get("limit"):
        sql += " LIMIT ?"
        params.append(int(config["limit"]))
    return sql, params


class _Translator:
    """One run: the pair's templates and glossaries, the backend, and the counts."""

    def __init__(
        self, project: Project, config: dict[str, Any], backend: Backend, model_id: str
    ) -> None:
        self.project, self.config, self.backend, self.model_id = project, config, backend, model_id
        self.settings: dict[str, Any] = {
            k: config.get(k) if config.get(k) is not None else v for k, v in DEFAULTS.items()
        }
        self.templates: dict[tuple[str, str], PromptTemplate] = {}
        self.glossaries: dict[tuple[str, str], list[glossary.GlossaryTerm]] = {}
        self.in_flight: dict[str, dict[str, Any]] = {}

    def template(self, source: str, target: str) -> PromptTemplate:
        if (source, target) not in self.templates:
            self.templates[source, target] = prompt.in_use(self.project, source, target)
            self.glossaries[source, target] = glossary.terms(self.project, source, target)
        return self.templates[source, target]

    def request(self, key: str, text: str, source: str, target: str) -> GenerationRequest:
        template = self.template(source, target)
        terms = glossary.terms_in(text, self.glossaries[source, target])
        rendered = self.backend.render(
            [{"role": "user", "content": prompt.render(template, text, terms)}]
        )
        label = prompt.answer_label(template)
        stop = (*self.backend.stop, *((f"\n{label}",) if label else ()))
        settings = {
            **self.settings,
            "template_id": template.id,
            "template_version": template.version,
            "stop": list(stop),
            "glossary": [[t.source_term, t.target_term] for t in terms],
        }
        self.in_flight[key] = {"prompt": rendered, "settings": settings, "template": template.text}
        return GenerationRequest(
            key=key,
            prompt=rendered,
            # A translation is about as long as its source: bound a model that rambles.
            max_tokens=min(int(self.settings["max_tokens"]), 32 + len(text)),
            temperature=float(self.settings["temperature"]),
            top_p=float(self.settings["top_p"]),
            repeat_penalty=float(self.settings["repeat_penalty"]),
            seed=self.config.get("seed"),
            stop=stop,
        )


def _pending_translations(t: _Translator, target: str) -> Iterator[GenerationRequest]:
    """Requests for the chosen originals without a translation, a chunk at a time."""
    sql, params = _chosen(t.config, target)
    last = 0
    while True:
        rows = t.project.conn.execute(
            f"SELECT i.rowid, i.id, i.text, i.language FROM instructions i "
            f"WHERE i.rowid IN ({sql}) AND i.rowid > ? AND NOT EXISTS (SELECT 1 FROM "
            "translations x WHERE x.original_id = i.id AND x.target_language = ? "
            "AND x.model_id = ?) ORDER BY i.rowid LIMIT ?",
            [*params, last, target, t.model_id, CHUNK],
        ).fetchall()
        if not rows:
            return
        for rowid, original_id, text, language in rows:
            last = rowid
            request = t.request(original_id, text, language, target)
            t.in_flight[original_id].update(text=text, language=language)
            yield request


def _back_rows(
    project: Project, config: dict[str, Any], target: str, model_id: str
) -> list[tuple[str, str, str, str]]:
    """(translation id, machine text, original text, source language) lacking a score."""
    sql, params = _chosen(config, target)
    return project.conn.execute(
        "SELECT t.instruction_id, t.machine_text, o.text, o.language FROM translations t "
        f"JOIN instructions o ON o.id = t.original_id WHERE o.rowid IN ({sql}) "
        "AND t.target_language = ? AND t.model_id = ? AND t.back_translation IS NULL "
        "ORDER BY o.rowid",
        [*params, target, model_id],
    ).fetchall()


def count_pending(project: Project, config: dict[str, Any], model_id: str) -> tuple[int, int]:
    """(translations still to write, originals chosen in all)."""
    target = _language(config["target"], "target")
    assert target
    sql, params = _chosen(config, target)
    chosen = int(project.scalar(f"SELECT count(*) FROM ({sql})", params))
    done = int(
        project.scalar(
            f"SELECT count(*) FROM translations t JOIN instructions o ON o.id = t.original_id "
            f"WHERE o.rowid IN ({sql}) AND t.target_language = ? AND t.model_id = ?",
            [*params, target, model_id],
        )
    )
    return chosen - done, chosen


def run(
    project: Project, config: dict[str, Any], progress: Progress, cancel: threading.Event
) -> dict[str, Any]:
    """Write the missing translations (and back-translations); see ``handloom translate``."""
    TranslateConfig.from_json(config).validated()
    target = _language(config.get("target"), "target")
    if not target:
        raise HandloomError("Say which language to translate into.", cli_hint="For example --to sw.")
    model = registry.get(project, config["model"])
    back = bool(config.get("back_translate"))
    if back:
        quality.ensure_available()
    todo, chosen = count_pending(project, config, model.id)
    back_todo = len(_back_rows(project, config, target, model.id)) if back else 0
    total = todo * (2 if back else 1) + back_todo
    report: dict[str, Any] = {
        "model": model.name,
        "target": target,
        "originals": chosen,
        "written": 0,
        "back_translated": 0,
        "failed": 0,
        "flags": {},
    }
    if total == 0:
        progress(chosen, chosen, "Every chosen instruction is already translated")
        return report
    curator, identifier = current_curator(), LanguageIdentifier()
    errors: list[str] = []
    done = 0

    def step(message: str) -> None:
        nonlocal done
        done += 1
        progress(done, total, message)  # the progress line works out the rate and time left
        if cancel.is_set():
            raise JobCancelled()

    progress(0, total, f"Loading {model.name}")
    with open_backend(model, config, progress, waiting=lambda s: progress(0, total, s),
                      cancel=cancel) as backend:
        t = _Translator(project, config, backend, model.id)
        stream = getattr(progress, "stream", None)  # the window shows text as it is written
        pending = _pending_translations(t, target)
        for result in backend.generate(pending, on_tokens=stream, cancel=cancel):
            item = t.in_flight.pop(result.key)
            if result.finish_reason == "error":
                errors.append(result.error or "unknown error")
                report["failed"] += 1
                continue
            checked = checks.check(
                result.text,
                item["text"],
                source_language=item["language"],
                target_language=target,
                identifier=identifier,
                finish_reason=result.finish_reason,
                prompt_template=item["template"],
            )
            records.store(
                project,
                original_id=result.key,
                source_language=item["language"],
                target_language=target,
                model_id=model.id,
                job_id=config.get("job_id"),
                prompt=item["prompt"],
                settings=item["settings"],
                text=checked.text,
                flags=checked.flags,
                curator=curator,
            )
            report["written"] += 1
            for flag in checked.flags:
                report["flags"][flag] = report["flags"].get(flag, 0) + 1
            step(f"Translated {report['written']:,}")
        if back:
            _back_translate(project, config, t, target, model.id, report, errors, step, cancel)
    if errors:
        raise HandloomError(
            f"{len(errors)} translations could not be made ({errors[0]}); "
            "run it again to retry them."
        )
    return report


def _back_translate(
    project: Project,
    config: dict[str, Any],
    t: _Translator,
    target: str,
    model_id: str,
    report: dict[str, Any],
    errors: list[str],
    step: Any,
    cancel: threading.Event,
) -> None:
    """Translate each new translation back and store its chrF against the original."""
    rows = {row[0]: row for row in _back_rows(project, config, target, model_id)}
    requests = (
        t.request(key, machine, target, source) for key, (_, machine, _, source) in rows.items()
    )
    for result in t.backend.generate(requests, cancel=cancel):
        t.in_flight.pop(result.key, None)
        if result.finish_reason == "error":
            errors.append(result.error or "unknown error")
            continue
        _, _, original, source = rows[result.key]
        back = checks.clean(
            result.text, rows[result.key][1], source_language=target, target_language=source
        ).text
        records.store_back_translation(project, result.key, back, quality.chrf(back, original))
        report["back_translated"] += 1
        step(f"Back-translated {report['back_translated']:,}")
