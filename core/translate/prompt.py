"""The translation prompt of each language pair: a default, and versions people edit.

The default is a few-shot completion prompt ("English: …\\nSpanish: …"), because the
multilingual model Handloom ships (Gemma 3 270M) is a base model that continues a
pattern far better than it follows an order; a chat model receives the same text as its
user turn. Editing a template stores a new version, so every translation can say which
prompt wrote it. Placeholders: ``{text}`` (required), ``{glossary}``,
``{source_language}`` and ``{target_language}`` (English names); other braces are kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.curator import current_curator
from core.errors import HandloomError
from core.languages import language_names
from core.store.ids import new_id, now
from core.store.project import Project
from core.translate.glossary import GlossaryTerm

KIND = "translation"

# The same two requests in each language, for the few-shot examples of the default prompt.
# A pair with no entry gets a prompt without examples; people add their own by editing it.
EXAMPLES: dict[str, tuple[str, str]] = {
    "en": ("Where is the nearest bus stop?", "Write a short poem about the rain."),
    "es": (
        "¿Dónde está la parada de autobús más cercana?",
        "Escribe un poema corto sobre la lluvia.",
    ),
    "fr": ("Où se trouve l'arrêt de bus le plus proche ?", "Écris un court poème sur la pluie."),
    "de": ("Wo ist die nächste Bushaltestelle?", "Schreibe ein kurzes Gedicht über den Regen."),
    "pt": ("Onde fica o ponto de ônibus mais próximo?", "Escreva um poema curto sobre a chuva."),
    "sw": ("Kituo cha basi kilicho karibu zaidi kiko wapi?", "Andika shairi fupi kuhusu mvua."),
}


class PromptTemplateError(HandloomError):
    """A translation prompt that cannot be used as it is."""


@dataclass(frozen=True)
class PromptTemplate:
    """One version of the prompt for a language pair; ``version`` 0 is the unsaved default."""

    source_language: str
    target_language: str
    text: str
    version: int
    id: str | None = None
    created_by: str | None = None
    created_at: str | None = None

    @property
    def name(self) -> str:
        return pair_name(self.source_language, self.target_language)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "source_language": self.source_language,
            "target_language": self.target_language,
            "version": self.version,
            "text": self.text,
            "created_by": self.created_by,
            "created_at": self.created_at,
        }


def pair_name(source: str, target: str) -> str:
    return f"{source}->{target}"


def english_name(code: str) -> str:
    return language_names(code)[0]


def default_template(source: str, target: str) -> str:
    """The prompt a pair starts with: an order, two examples where known, then the text."""
    src, tgt = english_name(source), english_name(target)
    lines = [
        f"Translate {src} into {tgt}. Keep the meaning, tone and formatting; "
        "do not answer or explain the text.",
        "",
    ]
    if source in EXAMPLES and target in EXAMPLES:
        for a, b in zip(EXAMPLES[source], EXAMPLES[target], strict=True):
            lines += [f"{src}: {a}", f"{tgt}: {b}", ""]
    return "\n".join(lines) + f"\n{{glossary}}{src}: {{text}}\n{tgt}:"


def validate(text: str) -> None:
    if "{text}" not in text:
        raise PromptTemplateError(
            "The translation prompt must contain {text}, where the instruction goes."
        )


def _from_row(row: dict[str, object]) -> PromptTemplate:
    return PromptTemplate(
        source_language=str(row["source_language"]),
        target_language=str(row["target_language"]),
        text=str(row["text"]),
        version=int(row["version"]),  # type: ignore[call-overload]
        id=str(row["id"]),
        created_by=str(row["created_by"]),
        created_at=str(row["created_at"]),
    )


def versions(project: Project, source: str, target: str) -> list[PromptTemplate]:
    """Every saved version of the pair's prompt, oldest first."""
    rows = project.query(
        "SELECT * FROM prompt_templates WHERE kind = ? AND name = ? ORDER BY version",
        [KIND, pair_name(source, target)],
    )
    return [_from_row(r) for r in rows]


def current_template(project: Project, source: str, target: str) -> PromptTemplate:
    """The newest saved version of the pair's prompt, else the default (version 0)."""
    saved = versions(project, source, target)
    if saved:
        return saved[-1]
    return PromptTemplate(source, target, default_template(source, target), version=0)


def save_template(project: Project, source: str, target: str, text: str) -> PromptTemplate:
    """Store ``text`` as the pair's next version; saving the current text again is a no-op."""
    validate(text)
    current = current_template(project, source, target)
    if current.text == text and current.version > 0:
        return current
    with project.write() as conn:
        version = 1 + int(
            conn.execute(
                "SELECT coalesce(max(version), 0) FROM prompt_templates WHERE kind = ? AND name = ?",
                [KIND, pair_name(source, target)],
            ).fetchone()[0]
        )
        conn.execute(
            "INSERT INTO prompt_templates(id, kind, name, source_language, target_language, text, "
            "version, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                new_id(),
                KIND,
                pair_name(source, target),
                source,
                target,
                text,
                version,
                current_curator(),
                now(),
            ],
        )
    return versions(project, source, target)[-1]


def in_use(project: Project, source: str, target: str) -> PromptTemplate:
    """The template a job uses: the current one, saved as version 1 if it was the default,
    so that every translation points at a stored prompt."""
    template = current_template(project, source, target)
    if template.version == 0:
        template = save_template(project, source, target, template.text)
    return template


def glossary_block(terms: list[GlossaryTerm], source: str, target: str) -> str:
    if not terms:
        return ""
    src, tgt = english_name(source), english_name(target)
    lines = [f"Use these {tgt} terms for these {src} words:"]
    lines += [f"{t.source_term} = {t.target_term}" for t in terms]
    return "\n".join(lines) + "\n\n"


def render(template: PromptTemplate, text: str, terms: list[GlossaryTerm]) -> str:
    """The prompt for one instruction, with the glossary terms that occur in it."""
    source, target = template.source_language, template.target_language
    glossary = glossary_block(terms, source, target)
    body = template.text
    if glossary and "{glossary}" not in body:
        body = glossary + body
    return (
        body.replace("{glossary}", glossary)
        .replace("{source_language}", english_name(source))
        .replace("{target_language}", english_name(target))
        .replace("{text}", text)
    )


def answer_label(template: PromptTemplate) -> str | None:
    """The label that introduces the text in the prompt ("English:"), if any.

    A base model that finished its translation starts the next example with this label,
    so it is where generation stops.
    """
    for line in template.text.splitlines():
        if "{text}" in line:
            label = line.split("{text}", 1)[0].replace("{glossary}", "")
            label = label.replace("{source_language}", english_name(template.source_language))
            return label.strip() or None
    return None
