"""Real glyphs for every script the issue names: each sample is laid out with the
application font (and its fallbacks) and every letter must come from a font that has it,
with no .notdef box; the packaged font files themselves (read with fontTools) must hold a
glyph for every character of the seventeen scripts, and a label in the application font
must find each character in one of its own families. Scripts whose font no registry
package ships (Thaana) are checked against the system's fonts and skipped, saying why,
when none covers them."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont, QTextLayout

from app.shell import fonts

ROOT = Path(__file__).resolve().parents[2]

# script: (sample, the packaged family expected to draw it, or None if no package has one)
SAMPLES: dict[str, tuple[str, str | None]] = {
    "Latin": ("Ẹ kú àárọ̀, good morning", "Noto Sans"),
    "Cyrillic": ("Доброе утро", "Noto Sans"),
    "Greek": ("Καλημέρα κόσμε", "Noto Sans"),
    "Arabic": ("مرحبا بالعالم، كيف حالك؟", "Noto Sans Arabic"),
    "Urdu": ("آپ کیسے ہیں؟", "Noto Sans Arabic"),
    "Hebrew": ("שלום עולם", "Noto Sans Hebrew"),
    "Devanagari": ("नमस्ते दुनिया", "Noto Sans Devanagari"),
    "Bengali": ("হ্যালো বিশ্ব", "Noto Sans Bengali"),
    "Tamil": ("வணக்கம் உலகம்", "Noto Sans Tamil"),
    "Ethiopic": ("ሰላም ለዓለም፤ ትግርኛ", "Noto Sans Ethiopic"),
    "Thai": ("สวัสดีชาวโลก", "Noto Sans Thai"),
    "Khmer": ("សួស្តីពិភពលោក", "Noto Sans Khmer"),
    "Myanmar": ("မင်္ဂလာပါ ကမ္ဘာ", "Noto Sans Myanmar"),
    "CJK": ("你好，世界。日本語のテキスト", "Noto Sans CJK"),
    "Hangul": ("안녕하세요 세계", "Noto Sans CJK"),
    "Tifinagh": ("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ", "DejaVu Sans"),
    "N'Ko": ("ߒߞߏ ߞߊ߲", "DejaVu Sans"),
    "Canadian syllabics": ("ᓀᐦᐃᔭᐍᐏᐣ", "DejaVu Sans"),
    "Thaana": ("ދިވެހިބަސް", None),
}


# The seventeen scripts issue #9 names (Urdu and Thaana above are extra).
REQUIRED = (
    "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Devanagari", "Bengali", "Tamil",
    "Ethiopic", "Thai", "Khmer", "Myanmar", "CJK", "Hangul", "Tifinagh", "N'Ko",
    "Canadian syllabics",
)  # fmt: skip


def no_font_has(text: str) -> list[str]:
    """The letters of ``text`` that no installed or registered family has a glyph for."""
    fonts_here = [QRawFont.fromFont(QFont(family)) for family in QFontDatabase.families()]
    return [ch for ch in text if unicodedata.category(ch)[0] == "L"
            and not any(f.isValid() and f.supportsCharacter(ord(ch)) for f in fonts_here)]


def drawn_with(text: str) -> tuple[set[str], list[str]]:
    """(families that draw ``text`` with the application font, letters no font has)."""
    nowhere = no_font_has(text)
    if nowhere:  # PySide6 6.11 crashes reading the raw font of a run drawn with no font
        return set(), nowhere
    layout = QTextLayout(text, QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    # A run without a font (no family at all) is what Qt draws when nothing has the glyphs.
    runs = [run for run in layout.glyphRuns() if run.rawFont().familyName()]
    families = {run.rawFont().familyName() for run in runs}
    boxes = len(runs) < len(layout.glyphRuns()) or any(0 in list(r.glyphIndexes()) for r in runs)
    missing = [
        ch
        for ch in text
        if unicodedata.category(ch)[0] == "L"
        and not any(run.rawFont().supportsCharacter(ord(ch)) for run in runs)
    ]
    return families, missing + (["(a .notdef box)"] if boxes else [])


def declared() -> bool:
    """Whether the project depends on the font packages (then they must be installed)."""
    return "manimgx-fonts" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def registered(qapp) -> list[str]:  # type: ignore[no-untyped-def]
    return fonts.register_fonts()


@pytest.mark.parametrize("script", list(SAMPLES))
def test_each_script_renders_with_a_font_that_covers_it(registered: list[str], script: str) -> None:
    sample, packaged = SAMPLES[script]
    families, missing = drawn_with(sample)
    if packaged is not None and not any(f.startswith(packaged) for f in registered):
        assert not declared(), "manimgx-fonts is a dependency but its fonts are not installed"
        if missing:
            pytest.skip(
                f"{packaged} is not installed (pip install manimgx-fonts "
                f"manimgx-fonts-cjk) and the system has no font for {script}"
            )
    elif packaged is None and missing:
        pytest.skip(
            f"no registry package ships a {script} font (Noto's is not on PyPI) and "
            f"this system has none: {''.join(missing[:5])} would be boxes"
        )
    assert not missing, f"{script} is drawn with {families} but lacks {missing}"
    if packaged is not None and registered:
        assert any(f.lower().startswith(packaged.lower()) for f in families), families


def test_fonts_are_registered_after_the_window_shows(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.shell import main as app_main

    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setenv("HANDLOOM_DATA_DIR", str(tmp_path / "data"))
    window = app_main.show_window([str(tmp_path / "none.handloom")])
    qtbot.addWidget(window)
    assert window.isVisible() and fonts._registered is None  # not before the first paint
    qtbot.waitUntil(lambda: fonts._registered is not None)
    assert set(fonts.registered_families()) >= (
        {"Noto Sans", "Noto Sans Ethiopic"} if fonts.font_files() else set()
    )
    window.close()


_TIMING = """
import time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(["handloom"])
label = QLabel("Handloom"); label.show(); app.processEvents()
from app.shell import fonts
started = time.perf_counter()
families = fonts.register_fonts()
print(len(families), round((time.perf_counter() - started) * 1000))
"""


def test_registering_costs_little_once_the_window_is_up() -> None:
    if not fonts.font_files():
        assert not declared(), "manimgx-fonts is a dependency but its fonts are not installed"
        pytest.skip("the font packages are not installed")
    out = subprocess.run(
        [sys.executable, "-c", _TIMING],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    count, ms = map(int, out.stdout.split())
    print(f"registered {count} families in {ms} ms")
    assert count >= 25
    assert ms < 1000  # about 40-70 ms here; it runs after the first paint in any case


def _cmaps() -> dict[str, set[int]]:
    """Code points per face of the packaged font files, read with fontTools (every face of
    a collection), keyed ``file#face``."""
    from fontTools.ttLib import TTCollection, TTFont

    faces: dict[str, set[int]] = {}
    for path in fonts.font_files():
        if path.suffix.lower() in (".ttc", ".otc"):
            collection = TTCollection(str(path), lazy=True)
            members = list(enumerate(collection.fonts))
        else:
            members = [(0, TTFont(str(path), lazy=True))]
        for number, face in members:
            faces[f"{path.name}#{number}"] = set(face.getBestCmap() or {})
    return faces


def test_the_packaged_font_files_have_a_glyph_for_every_script() -> None:
    """Not the system's fonts: the files Handloom depends on, one face per sample (so that
    the sample is shaped by a single font)."""
    if not fonts.font_files():
        assert not declared(), "the font packages are dependencies but are not installed"
        pytest.skip("the font packages are not installed")
    faces = _cmaps()
    for script in REQUIRED:
        sample = SAMPLES[script][0]
        wanted = {ord(ch) for ch in sample if not ch.isspace()}
        covering = [name for name, points in faces.items() if wanted <= points]
        assert covering, (
            f"no packaged face covers {script}: the best lacks "
            f"{min((wanted - points for points in faces.values()), key=len)}"
        )


def test_a_label_in_the_application_font_finds_every_character(registered: list[str]) -> None:
    """Each character of each sample is in one of the families the application font falls
    back on, and that family is one Handloom registered (so no box, whatever the system)."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
    from PySide6.QtWidgets import QLabel

    if not registered:
        assert not declared(), "the font packages are dependencies but are not installed"
        pytest.skip("the font packages are not installed")
    known = set(QFontDatabase.families())
    for script in REQUIRED:
        sample = SAMPLES[script][0]
        label = QLabel(sample)
        families = [f for f in label.font().families() if f in known and f in registered]
        assert len(families) >= 20, families  # the fallbacks are installed on the app font
        metrics = {family: QFontMetrics(QFont(family)) for family in families}
        missing = [
            ch
            for ch in sample
            if not ch.isspace() and not any(m.inFontUcs4(ord(ch)) for m in metrics.values())
        ]
        assert not missing, f"{script}: {missing} would be boxes in a label"
        label.deleteLater()
