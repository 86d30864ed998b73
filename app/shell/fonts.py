"""Real glyphs for every script: the Noto fonts that ship in registry packages, registered
with Qt and set as fallbacks of the interface font.

A machine may have only a Latin font (DejaVu on a bare Linux), so Amharic, Devanagari or
Chinese would show as boxes. ``manimgx-fonts`` (Noto Sans and Noto Sans for Arabic,
Bengali, Devanagari, Ethiopic, Hebrew, Khmer, Myanmar, Tamil, Thai and more) and
``manimgx-fonts-cjk`` (Noto Sans CJK) carry the files. ``register_fonts`` adds them to
Qt's font database and makes the application font a list of families, the interface font
first, so a character the first font lacks is taken from the next one that has it, in any
widget. It is idempotent and runs after the window is shown (``register_later``), so it
never delays the first paint; with the font database already loaded it costs a few tens
of milliseconds.

No registry package ships Noto Sans Tifinagh, N'Ko or Canadian Aboriginal, so the DejaVu Sans
that ``matplotlib`` carries (free licence; it covers Tifinagh, N'Ko and Canadian syllabics) is
registered too, after the Noto faces. Matplotlib itself is never imported: only its font
files are read. Thaana has no packaged font; where the system has one, Qt's own fallback
finds it.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger("handloom.fonts")

FONT_PACKAGES = ("manimgx_fonts", "manimgx_fonts_cjk")
# Packages that carry a few useful fonts among other things: (package, folder, file names).
EXTRA_FONTS = (("matplotlib", "mpl-data/fonts/ttf", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")),)
_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")

# The order fallbacks are tried in after the interface font. Latin, Greek and Cyrillic come
# from Noto Sans; right-to-left scripts before the rest so that Noto's Arabic is preferred
# to a Latin font's few Arabic letters; emoji last.
FALLBACK_ORDER = (
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Ethiopic",
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Tamil",
    "Noto Sans Telugu",
    "Noto Sans Kannada",
    "Noto Sans Malayalam",
    "Noto Sans Gujarati",
    "Noto Sans Gurmukhi",
    "Noto Sans Oriya",
    "Noto Sans Sinhala",
    "Noto Sans Thai",
    "Noto Sans Lao",
    "Noto Sans Khmer",
    "Noto Sans Myanmar",
    "Noto Sans Georgian",
    "Noto Sans Armenian",
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Noto Sans CJK KR",
    "DejaVu Sans",  # Tifinagh, N'Ko, Canadian syllabics
    "Noto Sans Symbols",
    "Noto Emoji",
)

# Han characters are drawn the way each language writes them: the CJK face to put first.
CJK_FACE = {
    "ja": "Noto Sans CJK JP",
    "ko": "Noto Sans CJK KR",
    "zh": "Noto Sans CJK SC",
    "yue": "Noto Sans CJK HK",
    "zh-tw": "Noto Sans CJK TC",
    "zh-hant": "Noto Sans CJK TC",
}

_registered: list[str] | None = None


def font_files() -> list[Path]:
    """The font files of the installed font packages (none if they are not installed)."""
    files: list[Path] = []
    for package in FONT_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            files += sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in _SUFFIXES)
    for package, subfolder, names in EXTRA_FONTS:
        spec = importlib.util.find_spec(package)  # finds, does not import
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            found = (Path(folder, subfolder, name) for name in names)
            files += [path for path in found if path.is_file()]
    return files


def registered_families() -> list[str]:
    """Families added by ``register_fonts`` (empty before it ran)."""
    return list(_registered or [])


def register_fonts() -> list[str]:
    """Add the packaged fonts to Qt and make them fallbacks of the application font.

    Safe to call again: the second call does nothing. Returns the families added.
    """
    global _registered
    if _registered is not None:
        return list(_registered)
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the font %s", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered = families
    if families:
        install_fallbacks(families)
    return list(families)


def fallback_families(available: list[str]) -> list[str]:
    """``available`` families in the order they should be tried after the interface font."""
    known = [f for f in FALLBACK_ORDER if f in available]
    return known + [f for f in available if f not in known]


def install_fallbacks(available: list[str]) -> None:
    """Make the application font (and its family, wherever named) fall back on these."""
    fallbacks = fallback_families(available)
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    font = QGuiApplication.font()
    base = font.family()
    font.setFamilies([base, *[f for f in fallbacks if f != base]])
    QGuiApplication.setFont(font)
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    for family in {base, fixed, "Sans Serif", "sans-serif", "Monospace"}:
        if family:
            QFont.insertSubstitutions(family, [f for f in fallbacks if f != family])


def families_for_language(language: str | None) -> list[str] | None:
    """The application font's families with the CJK face of ``language`` (Japanese, Korean,
    Chinese) tried first among the fallbacks, so that Han characters take that language's
    shapes; None when the language needs no particular face."""
    face = CJK_FACE.get((language or "").lower())
    if face is None or face not in (_registered or []):
        return None
    families = QGuiApplication.font().families() or [QGuiApplication.font().family()]
    return [families[0], face, *[f for f in families[1:] if f != face]]


def register_later(parent: QObject) -> None:
    """Register the fonts once the event loop runs, after the window has painted."""
    QTimer.singleShot(0, parent, register_fonts)
