"""What every typed job config shares: read from and written to the ``jobs`` table as JSON.

A config is a frozen dataclass that also derives from ``JobConfig``. ``from_json`` reads any
config stored before (a key it lacks takes its default; keys that are not settings, such as
the ``job_id`` a running job is given, are left out); ``to_json`` writes every setting
except the rarer ones listed in ``WRITTEN_WHEN_SET``, written only when not at their default, so
stored configs keep the keys they have always had.
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
        concurrency = getattr(self, "concurrency", None)
        if isinstance(concurrency, list):  # one per endpoint, as JSON stores it
            object.__setattr__(self, "concurrency", tuple(concurrency))

    @classmethod
    def from_json(cls: type[C], data: dict[str, Any]) -> C:
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        values = {k: v for k, v in data.items() if k in known}
        if values.get("wait_for_servers", 0) is None:
            values.pop("wait_for_servers")  # stored by windows that did not ask
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if f.name in self.WRITTEN_WHEN_SET and value == f.default:
                continue
            data[f.name] = list(value) if isinstance(value, tuple) else value
        return data
