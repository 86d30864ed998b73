"""Replace identical copies of a shared library in one folder by relative symlinks.

    python packaging/link_duplicates.py dist/base/handloom

Wheels cannot hold symlinks, so a library shipped under its link name and its SONAME
(llama_cpp/lib/libllama.so and libllama.so.0, pyarrow's libarrow_python.so, .so.2600 and
.so.2600.1.0) is there two or three times, byte for byte. The longest name (the real
versioned file) stays a file; the shorter names in the same folder become symlinks to it, so
ctypes.CDLL("…/libllama.so") and the dynamic loader's "libllama.so.0" find the same file.
Only names of one library (one is the other plus a version suffix) are linked, never two
different libraries that happen to be equal. tar keeps the symlinks; so does install.sh.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path

_LIBRARY = re.compile(r"^(?P<stem>.+?)\.(so|dylib)(\.[0-9.]+)?$")


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def link_duplicates(root: Path) -> list[tuple[Path, str, int]]:
    """Link the duplicates under root: (each replaced file, the name it points to, bytes saved)."""
    linked: list[tuple[Path, str, int]] = []
    for folder, _dirs, names in os.walk(root):
        groups: dict[str, list[Path]] = {}
        for name in names:
            path = Path(folder) / name
            match = _LIBRARY.match(name)
            if match and path.is_file() and not path.is_symlink():
                groups.setdefault(match["stem"], []).append(path)
        for paths in groups.values():
            if len(paths) < 2:
                continue
            by_content: dict[tuple[int, str], list[Path]] = {}
            for path in paths:
                by_content.setdefault((path.stat().st_size, _digest(path)), []).append(path)
            for same in by_content.values():
                if len(same) < 2:
                    continue
                keep = max(same, key=lambda p: (len(p.name), p.name))
                for path in same:
                    if path != keep:
                        size = path.stat().st_size
                        path.unlink()
                        path.symlink_to(keep.name)
                        linked.append((path, keep.name, size))
    return linked


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: link_duplicates.py BUNDLE_DIR", file=sys.stderr)
        return 2
    root = Path(argv[0])
    linked = link_duplicates(root)
    for path, target, _size in linked:
        print(f"  {path.relative_to(root)} -> {target}")
    saved = sum(size for _, _, size in linked) / 1e6
    print(f"link_duplicates: {len(linked)} identical copies made symlinks ({saved:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
