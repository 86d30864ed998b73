"""Where Handloom's shipped files (demo data, prompt templates, fonts, icons) are."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the packages in a checkout, inside a frozen bundle."""
    override = os.environ.get("HANDLOOM_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """Per-user folder for Handloom's own data (demo project, assembled models, logs)."""
    from platformdirs import user_data_dir

    path = Path(os.environ.get("HANDLOOM_DATA_DIR") or user_data_dir("handloom"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    """Where bundled models are assembled and file checksums are remembered.

    ``HANDLOOM_MODELS_DIR`` overrides it (the tests share one across a session).
    """
    path = Path(os.environ.get("HANDLOOM_MODELS_DIR") or data_dir() / "models")
    path.mkdir(parents=True, exist_ok=True)
    return path
