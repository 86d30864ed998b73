"""Licences: what a source's or a model's licence text means, and what a dataset made from
them may be published under.

Instructions carry the licence of the text people wrote; responses carry the terms their
generator model puts on its outputs (Apache-2.0 and MIT put none; Llama and Gemma terms
do). The dataset's licence must honour every one of them, and anything that cannot be
honoured together, or is not known at all, is flagged before publishing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Licence:
    """A licence Handloom recognises; ``hub_id`` is the Hub's metadata value for it."""

    key: str
    name: str
    hub_id: str
    link: str | None = None
    kind: str = "open"  # open, terms, proprietary, unrecognised, unknown
    commercial: bool = True
    share_alike: bool = False
    no_derivatives: bool = False
    output_terms: str | None = None  # what the terms ask of anyone using the model's outputs


_LLAMA_OLD = (
    "its terms forbid using the outputs to improve any large language model other than "
    "{model} and its derivatives"
)
_LLAMA_NEW = (
    "a model trained on these outputs and distributed must have a name that begins with "
    "“Llama” and say “Built with Llama”"
)
_GEMMA = (
    "a model trained on these outputs may count as a Gemma “Model Derivative” and then "
    "carries the Gemma Terms of Use and its Prohibited Use Policy"
)

_KNOWN = [
    Licence("apache-2.0", "Apache License 2.0", "apache-2.0",
            "https://www.apache.org/licenses/LICENSE-2.0"),
    Licence("mit", "MIT License", "mit", "https://opensource.org/license/mit"),
    Licence("bsd-3-clause", "BSD 3-Clause License", "bsd-3-clause",
            "https://opensource.org/license/bsd-3-clause"),
    Licence("odc-by", "Open Data Commons Attribution License", "odc-by",
            "https://opendatacommons.org/licenses/by/1-0/"),
    Licence("odbl", "Open Database License", "odbl", "https://opendatacommons.org/licenses/odbl/",
            share_alike=True),
    Licence("llama2", "Llama 2 Community License", "llama2",
            "https://ai.meta.com/llama/license/", kind="terms",
            output_terms=_LLAMA_OLD.format(model="Llama 2")),
    Licence("llama3", "Meta Llama 3 Community License", "llama3",
            "https://llama.meta.com/llama3/license/", kind="terms",
            output_terms=_LLAMA_OLD.format(model="Llama 3")),
    Licence("llama3.1", "Llama 3.1 Community License", "llama3.1",
            "https://llama.meta.com/llama3_1/license/", kind="terms", output_terms=_LLAMA_NEW),
    Licence("llama3.2", "Llama 3.2 Community License", "llama3.2",
            "https://www.llama.com/llama3_2/license/", kind="terms", output_terms=_LLAMA_NEW),
    Licence("llama3.3", "Llama 3.3 Community License", "llama3.3",
            "https://www.llama.com/llama3_3/license/", kind="terms", output_terms=_LLAMA_NEW),
    Licence("llama4", "Llama 4 Community License", "llama4",
            "https://www.llama.com/llama4/license/", kind="terms", output_terms=_LLAMA_NEW),
    Licence("gemma", "Gemma Terms of Use", "gemma", "https://ai.google.dev/gemma/terms",
            kind="terms", output_terms=_GEMMA),
    Licence("qwen", "Qwen License Agreement", "other",
            "https://huggingface.co/Qwen/Qwen-7B/blob/main/LICENSE", kind="terms",
            output_terms="the Qwen License Agreement applies to models built with these outputs"),
    Licence("mistral-research", "Mistral AI Research License", "other",
            "https://mistral.ai/licenses/MRL-0.1.md", kind="terms", commercial=False,
            output_terms="the Mistral AI Research License allows research use only"),
    Licence("lmsys-chat-1m", "LMSYS-Chat-1M Dataset License Agreement", "other",
            "https://huggingface.co/datasets/lmsys/lmsys-chat-1m", kind="terms"),
    Licence("proprietary", "proprietary terms of service", "other", kind="proprietary",
            output_terms="commercial model providers' terms forbid using outputs to develop "
            "competing models"),
]
_BY_KEY = {licence.key: licence for licence in _KNOWN}
_ALIASES = {
    "apache 2.0": "apache-2.0", "apache2": "apache-2.0", "apache-2": "apache-2.0",
    "apache license 2.0": "apache-2.0", "apache license, version 2.0": "apache-2.0",
    "llama 2": "llama2", "llama-2": "llama2", "llama 3": "llama3", "llama-3": "llama3",
    "llama 3.1": "llama3.1", "llama-3.1": "llama3.1", "llama 3.2": "llama3.2",
    "llama-3.2": "llama3.2", "llama 3.3": "llama3.3", "llama-3.3": "llama3.3",
    "llama 4": "llama4", "gemma terms of use": "gemma", "gemma terms": "gemma",
    "tongyi-qianwen": "qwen", "qwen license": "qwen", "mrl": "mistral-research",
    "lmsys": "lmsys-chat-1m", "lmsys-chat-1m license": "lmsys-chat-1m",
    "openai": "proprietary", "gpt-4": "proprietary", "gpt-3.5": "proprietary",
    "claude": "proprietary", "gemini": "proprietary",
}
_CC = re.compile(r"^(?:cc|creative\s*commons)[\s_-]*(by(?:[\s_-]*(?:nc|sa|nd))*)"
                 r"(?:[\s_-]*v?(\d(?:\.\d)?))?(?:[\s_-]*international)?$")
_CC0 = re.compile(r"^(?:cc[\s_-]*0|cc[\s_-]*zero|public[\s_-]*domain)(?:[\s_-]*1\.0)?$")


def normalise_licence(text: str | None) -> Licence:
    """What a licence text names; an unfamiliar text is kept as 'unrecognised'."""
    raw = (text or "").strip()
    if not raw:
        return Licence("unknown", "unknown", "unknown", kind="unknown")
    value = re.sub(r"\s+", " ", raw.lower())
    value = _ALIASES.get(value, value)
    if value in _BY_KEY:
        return _BY_KEY[value]
    if value.startswith("gemma"):
        return _BY_KEY["gemma"]
    if _CC0.match(value):
        return Licence("cc0-1.0", "CC0 1.0 (public domain)", "cc0-1.0",
                       "https://creativecommons.org/publicdomain/zero/1.0/")
    match = _CC.match(value)
    if match:
        parts = [p for p in re.split(r"[\s_-]+", match.group(1)) if p]
        version = match.group(2) or "4.0"
        version = version if "." in version else f"{version}.0"
        key = "cc-" + "-".join(parts) + f"-{version}"
        path = "-".join(parts)
        return Licence(
            key, f"CC {'-'.join(p.upper() for p in parts)} {version}", key,
            f"https://creativecommons.org/licenses/{path}/{version}/",
            commercial="nc" not in parts, share_alike="sa" in parts,
            no_derivatives="nd" in parts,
        )
    return Licence(_slug(raw), raw, "other", kind="unrecognised")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-") or "other"


@dataclass(frozen=True)
class LicenceUse:
    """One licence as it enters the dataset: on instructions (``role`` 'instructions') or
    on a generator's outputs ('responses'), with how many rows and from where."""

    role: str
    licence: Licence
    rows: int
    where: tuple[str, ...]  # source or model names


@dataclass(frozen=True)
class Problem:
    """Something to tell the person before publishing; 'conflict' blocks, 'warning' informs."""

    level: str
    message: str


@dataclass
class LicenceReport:
    """The licence a dataset (or model) is published under, why, and what to watch."""

    hub_id: str
    name: str
    link: str | None
    uses: list[LicenceUse] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def conflicts(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "conflict"]

    def card_metadata(self) -> dict[str, str]:
        """The ``license`` (plus ``license_name``/``license_link`` for 'other') fields."""
        data = {"license": self.hub_id}
        if self.hub_id == "other":
            data["license_name"] = _slug(self.name)
            data["license_link"] = "LICENSE.md"
        return data

    def to_json(self) -> dict[str, object]:
        return {
            "licence": self.hub_id,
            "name": self.name,
            "link": self.link,
            "uses": [
                {"role": u.role, "licence": u.licence.name, "hub_id": u.licence.hub_id,
                 "rows": u.rows, "where": list(u.where)}
                for u in self.uses
            ],
            "problems": [{"level": p.level, "message": p.message} for p in self.problems],
        }


def derive(uses: Iterable[LicenceUse]) -> LicenceReport:
    """The licence that honours every use, with conflicts and warnings."""
    uses = [u for u in uses if u.rows > 0]
    problems: list[Problem] = []
    for use in uses:
        problems += _problems_of(use)
    binding = [u for u in uses if u.role != "responses" or _binds_outputs(u.licence)]
    licences = {u.licence.key: u.licence for u in binding}
    non_commercial = [u for u in binding if not u.licence.commercial]
    share_alike = [u for u in binding if u.licence.share_alike and u.licence.commercial]
    for sa in share_alike:
        for nc in non_commercial:
            problems.append(Problem(
                "conflict",
                f"{_where(sa)} ({sa.licence.name}) must be shared under the same licence, but "
                f"{_where(nc)} ({nc.licence.name}) forbids commercial use; they cannot be "
                "published together.",
            ))
    if any(lic.kind == "unknown" for lic in licences.values()):
        chosen = Licence("unknown", "unknown", "unknown", kind="unknown")
    elif len(licences) == 1:
        chosen = next(iter(licences.values()))
    elif licences and all(_attribution_at_most(lic) for lic in licences.values()):
        # CC BY (or BY-NC) asks the most of these; honouring it honours the rest.
        strictest = "cc-by-nc-4.0" if non_commercial else "cc-by-4.0"
        if any(lic.key.startswith("cc-by") for lic in licences.values()):
            chosen = normalise_licence(strictest)
        else:
            keys = sorted(licences)
            chosen = Licence("combined", " and ".join(keys), "other", "LICENSE.md")
    elif not licences:
        chosen = Licence("unknown", "unknown", "unknown", kind="unknown")
    else:
        keys = sorted(licences)
        chosen = Licence("combined", " and ".join(keys), "other", "LICENSE.md", kind="terms")
    return LicenceReport(chosen.hub_id, chosen.name, chosen.link, uses, problems)


def _binds_outputs(licence: Licence) -> bool:
    """Whether a generator's licence says anything about its outputs (Apache-2.0 does not)."""
    return licence.kind != "open" or not licence.commercial


def _attribution_at_most(licence: Licence) -> bool:
    """Open licences asking at most attribution (and perhaps non-commercial use): no
    share-alike, no ban on changes, no terms of use."""
    return licence.kind == "open" and not (licence.share_alike or licence.no_derivatives)


def _where(use: LicenceUse) -> str:
    names = ", ".join(use.where[:3]) + ("…" if len(use.where) > 3 else "")
    if use.role not in ("instructions", "responses"):
        return f"the {use.role} {names}"
    return f"{use.rows:,} {use.role} from {names}" if names else f"{use.rows:,} {use.role}"


def _problems_of(use: LicenceUse) -> list[Problem]:
    lic, where = use.licence, _where(use)
    found: list[Problem] = []
    if lic.kind == "unknown":
        found.append(Problem(
            "conflict",
            f"No licence is recorded for {where}, so nobody can tell whether they may be "
            "published; record "
            + ("the source's licence (the licence given when importing it) first."
               if use.role == "instructions" else "the model's licence first."),
        ))
    elif lic.kind == "proprietary":
        found.append(Problem("conflict", f"{where}: {lic.output_terms}."))
    elif lic.kind == "unrecognised":
        found.append(Problem(
            "warning",
            f"Handloom does not know the licence “{lic.name}” of {where}; check its terms "
            "yourself before publishing.",
        ))
    if not lic.commercial:
        found.append(Problem(
            "warning", f"{where} are under {lic.name}: the dataset may only be used "
            "non-commercially.",
        ))
    if lic.no_derivatives:
        found.append(Problem(
            "warning", f"{where} are under {lic.name}, which forbids sharing changed text: "
            "translated or edited instructions from them must not be published.",
        ))
    if lic.kind == "terms" and lic.output_terms and use.role == "responses":
        found.append(Problem("warning", f"{where} were written by a {lic.name} model: "
                             f"{lic.output_terms}."))
    if lic.key == "lmsys-chat-1m":
        found.append(Problem("warning", f"{where} are under the {lic.name}; read it before "
                             "publishing text derived from the conversations."))
    return found
