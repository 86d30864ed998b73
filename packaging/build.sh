#!/usr/bin/env bash
# Build Handloom's one-folder app with PyInstaller and pack it for the OS this runs on:
# a tar.gz (Linux), a .dmg (macOS) or an Inno Setup installer (Windows, needs iscc).
#
#   EDITION=base|training ACCEL=cpu|cuda|vulkan PYTHON=.venv/bin/python packaging/build.sh
#
# ACCEL only names the artefact: the GPU support is whatever llama-cpp-python (and torch)
# were built with in the environment PyInstaller collects from (see the CI workflow).
set -euo pipefail
cd "$(dirname "$0")/.."

EDITION=${EDITION:-base}
ACCEL=${ACCEL:-cpu}
PYTHON=${PYTHON:-.venv/bin/python}
case "$EDITION" in base|training) ;; *) echo "EDITION must be base or training" >&2; exit 2 ;; esac
VERSION=$("$PYTHON" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
MACHINE=$(uname -m)

rm -rf "dist/$EDITION"
EDITION="$EDITION" "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "dist/$EDITION" --workpath "build/$EDITION" packaging/handloom.spec
[ -n "${KEEP_BUILD:-}" ] || rm -rf "build/$EDITION"

case "$(uname -s)" in
Linux)
    # Symbol tables and debug symbols (pyarrow's libraries, libpython, pycld2…) are tens of
    # MB and nothing reads them at run time. Libraries auditwheel grafted into a wheel's
    # `*.libs` folder were rewritten by patchelf, and a full strip breaks them ("ELF load
    # command address/offset not page-aligned": why the spec has no strip=True); of those,
    # only the debug sections go.
    if command -v file >/dev/null && command -v strip >/dev/null; then
        find "dist/$EDITION/handloom" -type f -name '*.so*' -print0 |
            while IFS= read -r -d '' lib; do
                kind=$(file -b "$lib")
                case "$lib" in
                */*.libs/*) [[ "$kind" == *"with debug_info"* ]] && strip --strip-debug "$lib" ;;
                *) [[ "$kind" == *"not stripped"* ]] && strip --strip-unneeded "$lib" ;;
                esac || true
            done
    fi
    # Wheels hold a library under each of its names (libllama.so and .so.0, pyarrow's
    # libarrow_python.so{,.2600,.2600.1.0}): identical copies become relative symlinks.
    "$PYTHON" packaging/link_duplicates.py "dist/$EDITION/handloom"
    NAME="handloom-$VERSION-linux-$MACHINE-$EDITION-$ACCEL"
    STAGE="dist/stage/$NAME"
    rm -rf "dist/stage"
    mkdir -p "$STAGE"
    mv "dist/$EDITION/handloom" "$STAGE/handloom"
    cp packaging/linux/install.sh packaging/linux/handloom.desktop \
        packaging/linux/handloom-mime.xml "$STAGE/"
    cp resources/icons/handloom.svg resources/icons/handloom.png "$STAGE/"
    cp packaging/linux/README.txt "$STAGE/README.txt"
    tar -C dist/stage -czf "dist/$NAME.tar.gz" "$NAME"
    # Keep the unpacked app where `make package-test` and the smoke test look for it.
    mv "$STAGE/handloom" "dist/$EDITION/handloom"
    rm -rf dist/stage
    echo "Built dist/$NAME.tar.gz ($(du -h "dist/$NAME.tar.gz" | cut -f1) packed, $(du -sh "dist/$EDITION/handloom" | cut -f1) installed)"
    ;;
Darwin)
    EDITION="$EDITION" ACCEL="$ACCEL" VERSION="$VERSION" packaging/macos/build-dmg.sh
    ;;
MINGW* | MSYS* | CYGWIN*)
    iscc "/DEdition=$EDITION" "/DAccel=$ACCEL" "/DAppVersion=$VERSION" packaging/windows/handloom.iss
    ;;
*)
    echo "No installer format for $(uname -s); the app is in dist/$EDITION/handloom" ;;
esac
