"""What every typed job config shares: read from and written to the ``jobs`` table as JSON.

A config is a frozen dataclass that also derives from ``JobConfig``. ``from_json`` reads any
config stored before (a key it lacks, or stores as null, takes its default; keys that are not
settings, such as the ``job_id`` a running job is given, are left out); ``to_json`` writes
every setting except the rarer ones listed in ``WRITTEN_WHEN_SET``, written only when not at
their default, so stored configs keep the keys they have always had.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, ClassVar, TypeVar

C = TypeVar("C", bound="JobConfig")

WAIT_FOR_SERVERS = 120.0  # seconds every server may be gone before a job stops


class JobConfig:
    """The JSON side of a typed job config (see the module text)."""

    WRITTEN_WHEN_SET: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        # JSON stores a tuple (models, languages, a concurrency per endpoint) as a list
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if isinstance(value, list):
                object.__setattr__(self, f.name, tuple(value))

    @classmethod
    def from_json(cls: type[C], data: dict[str, Any]) -> C:
        defaults = {f.name: f.default for f in fields(cls)}  # type: ignore[arg-type]
        # A null where the setting has a default counts as that default, as the jobs read it
        # (a window that did not ask stored "wait_for_servers": null).
        values = {k: v for k, v in data.items()
                  if k in defaults and (v is not None or defaults[k] is None)}
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if f.name in self.WRITTEN_WHEN_SET and value == f.default:
                continue
            data[f.name] = list(value) if isinstance(value, tuple) else value
        return data
