"""Before the window opens: can Qt show one here, and if not, why not in one sentence.

Without a display, or on a Linux desktop that lacks the XCB helper libraries Qt's xcb
platform plugin needs, Qt aborts (exit status 134) and its reason reaches only the log.
``window_problem`` finds these cases first, naming the missing library and the packages
that provide it; ``fatal_exit`` is the net for any other fatal Qt message: the sentence on
stderr and exit status 1 instead of an abort.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

# The libraries Qt's xcb plugin (and Qt itself) loads on Linux, with the package that
# provides each on Debian/Ubuntu and on Fedora.
LIBRARY_PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}
for _name in ("xkb", "shape", "randr", "xfixes", "sync", "shm", "render", "xinput", "util"):
    LIBRARY_PACKAGES.setdefault(f"libxcb-{_name}.so.0", (f"libxcb-{_name}0", "libxcb"))
LIBRARY_PACKAGES["libxcb-xkb.so.1"] = ("libxcb-xkb1", "libxcb")
LIBRARY_PACKAGES["libxcb-sync.so.1"] = ("libxcb-sync1", "libxcb")
LIBRARY_PACKAGES["libxcb-util.so.1"] = ("libxcb-util1", "xcb-util")
# What a minimal desktop lacks most often since Qt 6.5: the XCB helper libraries.
HELPERS = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
           "libxcb-image.so.0", "libxcb-render-util.so.0", "libxkbcommon-x11.so.0")

NO_WINDOW_NEEDED = "Every command works without a window: see handloom --help."
# Qt platforms that need no display server (tests, screenshots, remote sessions).
_HEADLESS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}


def window_problem() -> str | None:
    """Why Qt cannot open a window here, as a sentence; None when it should work."""
    if not sys.platform.startswith("linux"):
        return None
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen in _HEADLESS:
        return None
    if chosen == "wayland" or (not chosen and os.environ.get("WAYLAND_DISPLAY")):
        return None  # Qt falls back to xcb by itself where Wayland fails
    display = os.environ.get("DISPLAY", "")
    if not display:
        return ("Handloom cannot open its window: there is no display (DISPLAY is not set). "
                f"{NO_WINDOW_NEEDED}")
    missing = missing_library(xcb_plugin())
    if missing:
        return missing_library_sentence(*missing)
    if not display_answers(display):
        return (f"Handloom cannot open its window: the display {display} does not answer "
                f"(no X server there, or no permission to use it). {NO_WINDOW_NEEDED}")
    return None


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin, as installed with PySide6 (or inside the bundle)."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = folder / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_library(plugin: Path | None) -> tuple[str, str] | None:
    """(library, loader's reason) for the first library the plugin cannot load, else None."""
    if plugin is None:
        return None
    import _ctypes

    try:
        # dlopen itself, not ctypes.CDLL: a frozen app's CDLL replaces the loader's sentence
        # with one of its own that names no library
        handle = _ctypes.dlopen(str(plugin), ctypes.RTLD_LOCAL | os.RTLD_NOW)
    except OSError as error:
        text = str(error)
        library, _, reason = text.partition(": ")
        name = Path(library).name
        if name == plugin.name or not name:  # the plugin itself is broken
            return plugin.name, reason or text
        return name, reason.strip()
    _ctypes.dlclose(handle)
    return None


def missing_library_sentence(library: str, reason: str) -> str:
    """The sentence for a library Qt's xcb plugin cannot load, with what to install."""
    debian = [LIBRARY_PACKAGES[name][0] for name in HELPERS]
    fedora = [LIBRARY_PACKAGES[name][1] for name in HELPERS]
    if library in LIBRARY_PACKAGES and library not in HELPERS:
        debian.insert(0, LIBRARY_PACKAGES[library][0])
        fedora.insert(0, LIBRARY_PACKAGES[library][1])
    why = "is missing" if "cannot open" in reason or "No such file" in reason else (
        f"cannot be loaded ({reason})")
    return (f"Handloom cannot open its window: Qt's X11 display plugin needs {library}, "
            f"which {why}. Install it with: sudo apt install {' '.join(debian)} "
            f"(Debian, Ubuntu), or sudo dnf install {' '.join(fedora)} (Fedora). "
            f"{NO_WINDOW_NEEDED}")


def display_answers(display: str) -> bool:
    """Whether an X server answers at ``display`` (what Qt's xcb plugin connects to)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # the plugin check would have named it; let Qt try
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def fatal_exit(message: str) -> None:
    """Qt's fatal message as a sentence on stderr, then exit status 1 (not an abort)."""
    first = message.strip().splitlines()[0] if message.strip() else "Qt stopped"
    sys.stderr.write(f"handloom: The window stopped: {first} {NO_WINDOW_NEEDED}\n")
    sys.stderr.flush()
    os._exit(1)
