"""A recipe's settings: the seed method's stages and every value they run with.

A recipe is a preset ("seed", "seed-translated", "quick") with any value changed by a
recipe file (TOML, the same names) or the command line. The settings are plain frozen
dataclasses, so two runs of the same command have equal settings, and equal settings are
how a run finds the recipe it continues.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from core.errors import HandloomError
from core.generate.config import GenerateConfig
from core.judge.config import FollowupConfig, JudgeConfig
from core.train.config import TrainingConfig
from core.translate.config import TranslateConfig

SMOLLM2 = "SmolLM2-135M-Instruct"
GEMMA = "gemma-3-270m"


class RecipeError(HandloomError):
    """A recipe cannot run as written (an unknown preset, a setting out of range)."""


@dataclass(frozen=True)
class CurateSettings:
    """The seed method's filters: exact duplicates, templated prompts, personal data."""

    dedup: bool = True
    templates: bool = True
    pii: str | None = "exclude"  # "exclude", "redact" or None
    min_chars: int | None = None
    max_chars: int | None = None


@dataclass(frozen=True)
class TranslateSettings:
    max_tokens: int = TranslateConfig.max_tokens
    temperature: float = TranslateConfig.temperature
    parallel: int = TranslateConfig.parallel


@dataclass(frozen=True)
class GenerateSettings:
    samples: int = GenerateConfig.samples
    max_tokens: int = GenerateConfig.max_tokens
    temperature: float = GenerateConfig.temperature
    top_p: float = GenerateConfig.top_p
    seed: int | None = 1
    parallel: int = GenerateConfig.parallel


@dataclass(frozen=True)
class JudgingSettings:
    max_tokens: int = JudgeConfig.max_tokens
    parallel: int = JudgeConfig.parallel
    context: int = JudgeConfig.context


@dataclass(frozen=True)
class SelectSettings:
    min_score: float | None = None
    exclude_flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class SecondTurnSettings:
    enabled: bool = True
    min_score: float = FollowupConfig.min_score
    max_tokens: int = FollowupConfig.max_tokens
    judge_max_tokens: int = FollowupConfig.judge_max_tokens
    parallel: int = FollowupConfig.parallel


@dataclass(frozen=True)
class TrainSettings:
    enabled: bool = True
    name: str | None = None  # None: the preset and a short hash of the settings
    preset: str = "quick"
    max_steps: int | None = None
    epochs: float | None = None
    learning_rate: float | None = None
    lora_r: int | None = None
    lora_alpha: int | None = None
    batch_size: int | None = None
    max_seq_len: int | None = None
    eval_fraction: float | None = None
    seed: int | None = TrainingConfig.seed


@dataclass(frozen=True)
class ReportSettings:
    """After training: the base and the tuned model on the held-out instructions, judged."""

    enabled: bool = True
    max_tokens: int = 256


@dataclass(frozen=True)
class RecipeSettings:
    """Everything one recipe runs with; the field names are the recipe file's keys."""

    preset: str = "seed"
    files: tuple[str, ...] = ()  # instructions to import first (none: the project's own)
    language: str | None = None  # answer only instructions in this language (None: all)
    target_language: str | None = None  # translate into this language first
    teacher: str = SMOLLM2
    judge: str = SMOLLM2
    student: str = GEMMA
    limit: int | None = None  # only the first N included instructions
    curate: CurateSettings = field(default_factory=CurateSettings)
    translate: TranslateSettings = field(default_factory=TranslateSettings)
    generate: GenerateSettings = field(default_factory=GenerateSettings)
    judging: JudgingSettings = field(default_factory=JudgingSettings)
    select: SelectSettings = field(default_factory=SelectSettings)
    second_turn: SecondTurnSettings = field(default_factory=SecondTurnSettings)
    train: TrainSettings = field(default_factory=TrainSettings)
    report: ReportSettings = field(default_factory=ReportSettings)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["files"] = list(self.files)
        data["select"]["exclude_flags"] = list(self.select.exclude_flags)
        return data

    def validate(self) -> RecipeSettings:
        """Raise a RecipeError naming the first value that cannot work."""
        if self.limit is not None and self.limit < 1:
            raise RecipeError("The recipe's limit must be at least 1 instruction.")
        if not 1 <= self.generate.samples <= 64:
            raise RecipeError("The recipe's answers per instruction must be between 1 and 64.")
        if self.curate.pii not in (None, "exclude", "redact"):
            raise RecipeError("The recipe's personal-data filter must be exclude or redact.")
        if self.train.max_steps is not None and self.train.max_steps < 1:
            raise RecipeError("The recipe's training steps must be at least 1.")
        if not 0 <= self.second_turn.min_score <= 10:
            raise RecipeError("The second turn's minimum score must be between 0 and 10.")
        return self


PRESETS: dict[str, RecipeSettings] = {
    # The seed method for an English set: one answer per instruction, judged 0-10, a second
    # turn kept at 9 or more, then a LoRA fine-tune with the loss on assistant tokens.
    "seed": RecipeSettings(preset="seed", language="en"),
    # The seed method for another language: translate the instructions first, six answers
    # each, the judge's best kept, a second turn kept at 9 or more, then the fine-tune.
    "seed-translated": RecipeSettings(
        preset="seed-translated",
        target_language="ja",
        generate=GenerateSettings(samples=6),
    ),
    # A look at the whole chain in minutes on the bundled models: eight instructions, two
    # short answers each, short judgements and second turns, a few training steps.
    "quick": RecipeSettings(
        preset="quick",
        student=SMOLLM2,
        limit=8,
        generate=GenerateSettings(samples=2, max_tokens=96, parallel=8),
        judging=JudgingSettings(max_tokens=96, parallel=8, context=1024),
        second_turn=SecondTurnSettings(max_tokens=64, judge_max_tokens=96, parallel=4),
        train=TrainSettings(preset="quick", max_steps=20, max_seq_len=256, batch_size=2),
        report=ReportSettings(max_tokens=96),
    ),
}


def preset(name: str) -> RecipeSettings:
    try:
        return PRESETS[name]
    except KeyError:
        raise RecipeError(
            f"There is no recipe preset “{name}” (choose {', '.join(PRESETS)})."
        ) from None


def _section(cls: type[Any], current: Any, values: Any, where: str) -> Any:
    if not isinstance(values, dict):
        raise RecipeError(f"[{where}] in the recipe file must be a table of settings.")
    known = {f.name: f for f in fields(cls)}
    for key in values:
        if key not in known:
            raise RecipeError(f"The recipe file has an unknown setting “{where}.{key}”.")
    changes = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return replace(current, **changes)


def with_values(base: RecipeSettings, values: dict[str, Any], where: str = "recipe") -> RecipeSettings:
    """``base`` with the values of a recipe file (or the command line) written over it."""
    sections = {f.name: f for f in fields(RecipeSettings) if f.name in (
        "curate", "translate", "generate", "judging", "select", "second_turn", "train",
        "report")}
    top: dict[str, Any] = {}
    result = base
    for key, value in values.items():
        if key in sections:
            section_cls = type(getattr(base, key))
            result = replace(result, **{key: _section(section_cls, getattr(result, key), value,
                                                       key)})
        elif key in {f.name for f in fields(RecipeSettings)}:
            top[key] = tuple(value) if isinstance(value, list) else value
        else:
            raise RecipeError(f"The {where} has an unknown setting “{key}”.")
    return replace(result, **top)


def read_file(path: str | Path) -> dict[str, Any]:
    """The values of a recipe file (TOML)."""
    try:
        with Path(path).open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise RecipeError(f"There is no recipe file at {path}.") from None
    except tomllib.TOMLDecodeError as e:
        raise RecipeError(f"{Path(path).name} is not a valid recipe file: {e}.") from None


def settings_from(preset_name: str | None, file_values: dict[str, Any] | None,
                  overrides: dict[str, Any]) -> RecipeSettings:
    """The preset (named by the file, else ``preset_name``, else "seed"), then the file's
    values, then the command line's (``overrides``, dotted keys for a section's values)."""
    file_values = dict(file_values or {})
    name = str(file_values.pop("preset", None) or preset_name or "seed")
    if preset_name and file_values and preset_name != name:
        raise RecipeError("Give the preset in the recipe file or on the command line, not both.")
    settings = replace(with_values(preset(name), file_values, "recipe file"), preset=name)
    nested: dict[str, Any] = {}
    for key, value in overrides.items():
        if value is None:
            continue
        section, dot, leaf = key.partition(".")
        if dot:
            nested.setdefault(section, {})[leaf] = value
        else:
            nested[key] = value
    return with_values(settings, nested, "command line").validate()


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def to_toml(values: dict[str, Any]) -> str:
    """Settings (``RecipeSettings.to_json()``) as a recipe file; unset values are left out,
    since TOML has no null and a left-out value is the preset's."""
    top = [f"{k} = {_toml_value(v)}" for k, v in values.items()
           if not isinstance(v, dict) and v is not None]
    parts = ["\n".join(top)]
    for key, section in values.items():
        if isinstance(section, dict):
            lines = [f"{k} = {_toml_value(v)}" for k, v in section.items() if v is not None]
            parts.append(f"[{key}]\n" + "\n".join(lines))
    return "\n\n".join(parts) + "\n"
