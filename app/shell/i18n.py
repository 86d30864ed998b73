"""The interface language: which one the person chose, and loading its translations.

The choice lives in the user's own config file (``interface_language``; empty means "the
system's language"), never in a project. Translations are Qt ``.qm`` files compiled from
``resources/i18n/handloom_xx.ts`` by ``make translations`` (pyside6-lrelease); a checkout
whose ``.qm`` is missing or older than its ``.ts`` compiles it on first use; English has a
catalogue too, holding only its plural forms. Qt's own strings (dialog buttons, context
menus) come from PySide6's ``qtbase_xx.qm`` when present, else from Handloom's catalogue
(``app/shell/qt_strings.py``). The language's locale becomes Qt's default, so ``app.shell.numbers``
and Qt's widgets write numbers and dates its way. Arabic turns the whole interface right
to left.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

log = logging.getLogger("handloom.i18n")

SETTING = "interface_language"
SOURCE_LANGUAGE = "en"

# Each language in its own name, as a person looking for their language expects to see it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "es": "Español",
    "fr": "Français",
    "hi": "हिन्दी",
    "id": "Bahasa Indonesia",
    "ja": "日本語",
    "sw": "Kiswahili",
}
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
# English's catalogue holds only plural forms ("%Ln rows" → "1 row", "2 rows").
CATALOGUES = (SOURCE_LANGUAGE, *TRANSLATED)
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})

# Codes stored in the project and typed on the command line, shown in the window in the
# interface language (English shows the code with spaces for underscores).
_CODE_LABELS = (
    QT_TRANSLATE_NOOP("Codes", "included"),
    QT_TRANSLATE_NOOP("Codes", "excluded"),
    QT_TRANSLATE_NOOP("Codes", "duplicate"),
    QT_TRANSLATE_NOOP("Codes", "near duplicate"),
    QT_TRANSLATE_NOOP("Codes", "template"),
    QT_TRANSLATE_NOOP("Codes", "pii"),
    QT_TRANSLATE_NOOP("Codes", "moderation"),
    QT_TRANSLATE_NOOP("Codes", "length"),
    QT_TRANSLATE_NOOP("Codes", "language"),
    QT_TRANSLATE_NOOP("Codes", "script"),
    QT_TRANSLATE_NOOP("Codes", "regex"),
    QT_TRANSLATE_NOOP("Codes", "review"),
    QT_TRANSLATE_NOOP("Codes", "interrupted"),
    QT_TRANSLATE_NOOP("Codes", "failed"),
    QT_TRANSLATE_NOOP("Codes", "cancelled"),
    # flags the judge's rules and the translation checks raise
    QT_TRANSLATE_NOOP("Codes", "empty"),
    QT_TRANSLATE_NOOP("Codes", "truncated"),
    QT_TRANSLATE_NOOP("Codes", "repetition"),
    QT_TRANSLATE_NOOP("Codes", "wrong language"),
    QT_TRANSLATE_NOOP("Codes", "refusal"),
    QT_TRANSLATE_NOOP("Codes", "template tokens"),
    QT_TRANSLATE_NOOP("Codes", "chatter"),
    QT_TRANSLATE_NOOP("Codes", "extra text"),
    QT_TRANSLATE_NOOP("Codes", "copy of source"),
    QT_TRANSLATE_NOOP("Codes", "copy of example"),
    QT_TRANSLATE_NOOP("Codes", "length ratio"),
    # states of jobs and training runs
    QT_TRANSLATE_NOOP("Codes", "queued"),
    QT_TRANSLATE_NOOP("Codes", "running"),
    QT_TRANSLATE_NOOP("Codes", "paused"),
    QT_TRANSLATE_NOOP("Codes", "done"),
    # an exported dataset's splits
    QT_TRANSLATE_NOOP("Codes", "train"),
    QT_TRANSLATE_NOOP("Codes", "test"),
    # why an export leaves a response out (core.publish.dataset_rows.FILTERS)
    QT_TRANSLATE_NOOP("Codes", "rejected in review"),
    QT_TRANSLATE_NOOP("Codes", "not the selected response"),
    QT_TRANSLATE_NOOP("Codes", "not accepted in review"),
    QT_TRANSLATE_NOOP("Codes", "judge score below the minimum or missing"),
    QT_TRANSLATE_NOOP("Codes", "language not chosen"),
)

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def i18n_dir() -> Path:
    from core.resources import resource

    return resource("i18n")


def ts_path(code: str) -> Path:
    return i18n_dir() / f"handloom_{code}.ts"


def qm_path(code: str) -> Path:
    return i18n_dir() / f"handloom_{code}.qm"


def system_language() -> str:
    """The system's interface language if Handloom speaks it, else English."""
    return match_language([*QLocale.system().uiLanguages(), QLocale.system().name()])


def match_language(names: list[str]) -> str:
    """The first of ``names`` (BCP-47 or POSIX: "sw-KE", "ar_EG") Handloom speaks."""
    for name in names:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language() -> str:
    """The code stored in the user's settings, or "" for "follow the system"."""
    from core.curator import read_user_settings

    value = read_user_settings().get(SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else ""


def choose_language(code: str) -> None:
    """Store the person's choice ("" follows the system's language)."""
    from core.curator import write_user_setting

    write_user_setting(SETTING, code if code in LANGUAGES else "")


def effective_language() -> str:
    return chosen_language() or system_language()


def current_language() -> str:
    """The language whose translations are installed now."""
    return _current


def installed() -> bool:
    """Whether ``install`` has loaded a catalogue into the running application."""
    return bool(_installed)


def code_label(code: str) -> str:
    """A stored code (a status, an exclusion reason) as the interface language says it."""
    return QCoreApplication.translate("Codes", code.replace("_", " "))


def left_to_right(path: object) -> str:
    """``path`` (a file or folder) isolated as left-to-right text (LRI…PDI), for a sentence
    of the interface: in an Arabic sentence its slashes then stay where they belong
    ("/tmp/data", not "tmp/data/"), even where a folder's name is in Arabic. Qt lays out
    isolates since 6.3 (Unicode 6.3's algorithm). A path shown alone needs none: a label
    takes its direction from its text."""
    return f"\u2066{path}\u2069"


def interface_locale(code: str) -> QLocale:
    """The locale numbers and dates are written in for interface language ``code``: the
    system's own when it speaks that language (its region's conventions), else the
    language's usual one."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(code)


def lrelease() -> str | None:
    """pyside6-lrelease beside this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def compile_translations(codes: tuple[str, ...] = CATALOGUES) -> list[Path]:
    """Compile each ``.ts`` whose ``.qm`` is missing or stale; returns the ``.qm`` files."""
    tool = lrelease()
    compiled = []
    for code in codes:
        ts, qm = ts_path(code), qm_path(code)
        if not ts.exists():
            continue
        if tool and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            # Written beside and renamed, so a window starting meanwhile never reads half.
            partial = qm.with_name(f"{qm.name}.{os.getpid()}.part")
            try:
                subprocess.run([tool, "-silent", str(ts), "-qm", str(partial)], check=True,
                               capture_output=True, timeout=120)
                os.replace(partial, qm)
            except (OSError, subprocess.SubprocessError) as e:
                log.warning("could not compile %s: %s", ts.name, e)
                partial.unlink(missing_ok=True)
        if qm.exists():
            compiled.append(qm)
    return compiled


def install(code: str | None = None) -> str:
    """Load the translations of ``code`` (default: the person's choice) into the app.

    Replaces whatever was installed before, sets the layout direction and makes the
    language's locale Qt's default, so numbers and dates read alike in Qt's widgets and in
    the sentences (``app.shell.numbers``). English loads a catalogue too: its plural forms.
    Returns the language now in use. Widgets built afterwards speak it; the window
    rebuilds its pages to switch while it runs.
    """
    global _current
    app = QCoreApplication.instance()
    code = code if code in LANGUAGES else effective_language()
    if app is None:
        return SOURCE_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(interface_locale(code))
    compile_translations((code,))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"handloom_{code}", str(i18n_dir())), (f"qtbase_{code}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith("handloom") and code != SOURCE_LANGUAGE:
            log.warning("no translations for %s in %s", code, folder)
    if isinstance(app, QApplication):
        direction = (Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                     else Qt.LayoutDirection.LeftToRight)
        app.setLayoutDirection(direction)
    _current = code
    return code
