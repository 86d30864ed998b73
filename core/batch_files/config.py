"""The batch file jobs' configs: ``batch_write`` carries the work of a "generate" or "judge"
job (its settings, the same keys that job stores) beside the file's ``kind`` and ``path``;
``batch_read`` only the kind and the results file.

The work's settings are read as that job's typed config (``GenerateConfig``, ``JudgeConfig``),
so writing a batch file again from the window or the command line with the same settings is
the same job, whichever keys each side wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.job_config import JobConfig
from core.stages import StageConfig, config_class


@dataclass(frozen=True)
class BatchReadConfig(JobConfig):
    """Which stage's results (``kind``: "generate" or "judge") are read from which file."""

    kind: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class BatchWriteConfig:
    """Which stage's pending requests are written to which file, and that work's settings
    (None for a stage Handloom writes no batch files for: the job says so)."""

    kind: str | None = None
    path: str | None = None
    work: StageConfig | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BatchWriteConfig:
        kind = data.get("kind")
        settings = {k: v for k, v in data.items() if k not in ("kind", "path")}
        work = config_class(kind) if kind in ("generate", "judge") else None
        return cls(kind=kind, path=data.get("path"),
                   work=work.from_json(settings) if work is not None else None)

    def to_json(self) -> dict[str, Any]:
        settings = self.work.to_json() if self.work is not None else {}
        return {**settings, "kind": self.kind, "path": self.path}
