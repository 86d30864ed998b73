"""Who is working: the curator's display name, kept per person, never per project.

Project files travel between people, so the name lives in the user's own config file
(or ``HANDLOOM_USER``) and is only copied into the rows that person makes.
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path


def config_dir() -> Path:
    """The per-user folder for Handloom's settings (``HANDLOOM_CONFIG_DIR`` overrides)."""
    from platformdirs import user_config_dir

    return Path(os.environ.get("HANDLOOM_CONFIG_DIR") or user_config_dir("handloom"))


def _config_file() -> Path:
    return config_dir() / "settings.json"


def read_user_settings() -> dict[str, object]:
    try:
        data = json.loads(_config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_user_setting(key: str, value: object) -> None:
    data = read_user_settings()
    data[key] = value
    path = _config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def current_curator() -> str:
    """The display name recorded on rows this person makes."""
    name = os.environ.get("HANDLOOM_USER") or read_user_settings().get("curator")
    if isinstance(name, str) and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def has_chosen_name() -> bool:
    """Whether the person has told Handloom their name (the window asks once)."""
    return bool(os.environ.get("HANDLOOM_USER") or read_user_settings().get("curator"))


def name_is_fixed() -> bool:
    """Whether ``HANDLOOM_USER`` sets the name for this run (then settings cannot change it)."""
    return bool(os.environ.get("HANDLOOM_USER"))


def set_curator(name: str) -> None:
    write_user_setting("curator", name.strip())
