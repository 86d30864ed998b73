#!/usr/bin/env bash
# Smoke test of a frozen Handloom: run the bundle the way a person would, with no network.
#
#   packaging/smoke_test.sh [BUNDLE_DIR | TARBALL]     (default: dist/base/handloom)
#
# Given the Linux tar.gz, it first unpacks it and runs its install.sh into a scratch home
# (menu entry, MIME type, icons), runs the installed command, and uninstalls at the end.
# init → import → models list → generate with the bundled SmolLM2 (a few tokens) → the
# same under an emulated Haswell and Nehalem CPU (qemu-user) → export → first start of the
# window (the demo project) → the window offscreen on the project, saving a screenshot →
# the window under Xvfb with the system's XCB helper libraries hidden. Runs in a fresh user
# folder, outside the source tree, without a network (`unshare -rn` where the kernel allows
# it), and fails on any non-zero status, any Python traceback or a missing output.
set -euo pipefail

TARGET=${1:-dist/base/handloom}
TARGET=$(cd "$(dirname "$TARGET")" && pwd)/$(basename "$TARGET")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/handloom-smoke.XXXXXX")
KEEP=${HANDLOOM_SMOKE_KEEP:-}
cleanup() { [ -n "$KEEP" ] || rm -rf "$WORK"; }
trap cleanup EXIT
cd "$WORK"

export HANDLOOM_DATA_DIR="$WORK/data" HANDLOOM_CONFIG_DIR="$WORK/config"
export XDG_CONFIG_HOME="$WORK/xdg-config" HOME="$WORK/home"
export HANDLOOM_USER="Smoke Test" QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME HANDLOOM_MODELS_DIR HANDLOOM_RESOURCES HANDLOOM_TRAIN_PYTHON XDG_DATA_HOME
mkdir -p "$HOME"

INSTALLED=""
case "$TARGET" in
*.tar.gz)
    echo "== install $(basename "$TARGET")"
    tar -xzf "$TARGET" -C "$WORK"
    UNPACKED=$(find "$WORK" -maxdepth 2 -name install.sh -printf '%h\n' | head -1)
    [ -n "$UNPACKED" ] || { echo "smoke test: the tarball has no install.sh" >&2; exit 1; }
    "$UNPACKED/install.sh"
    SHARE="$HOME/.local/share"
    for placed in applications/handloom.desktop mime/packages/handloom.xml \
        icons/hicolor/scalable/apps/handloom.svg icons/hicolor/256x256/apps/handloom.png; do
        [ -f "$SHARE/$placed" ] || { echo "smoke test: install.sh did not place $placed" >&2; exit 1; }
    done
    grep -q "^Exec=\"$HOME/.local/lib/handloom/handloom\" %f$" "$SHARE/applications/handloom.desktop" \
        || { echo "smoke test: the menu entry does not run the installed program" >&2; exit 1; }
    BUNDLE="$HOME/.local/lib/handloom"
    EXE="$HOME/.local/bin/handloom"
    INSTALLED=$UNPACKED
    ;;
*)
    BUNDLE=$TARGET
    EXE="$BUNDLE/handloom"
    ;;
esac
[ -x "$EXE" ] || { echo "smoke test: no executable at $EXE" >&2; exit 1; }

OFFLINE=()
if unshare -rn true 2>/dev/null; then
    OFFLINE=(unshare -rn)  # a network namespace with nothing in it: any download fails
    echo "smoke test: running without a network"
else
    echo "smoke test: unshare is not allowed here; running with the network present"
fi

step() {  # step NAME COMMAND…: run it, show its output, fail on a traceback
    local name=$1
    shift
    echo "== $name"
    local started=$SECONDS
    if ! "${OFFLINE[@]}" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"; then
        cat "$WORK/$name.out" "$WORK/$name.err" >&2
        echo "smoke test: '$name' failed" >&2
        KEEP=1
        exit 1
    fi
    cat "$WORK/$name.out"
    if grep -q "Traceback (most recent call last)" "$WORK/$name.err"; then
        cat "$WORK/$name.err" >&2
        echo "smoke test: '$name' printed a traceback" >&2
        KEEP=1
        exit 1
    fi
    echo "   ($((SECONDS - started)) s)"
}

PROJECT="$WORK/smoke.handloom"
cat >"$WORK/prompts.jsonl" <<'EOF'
{"instruction": "Give me three tips for keeping tomatoes fresh.", "language": "en"}
{"instruction": "Andika sentensi moja kuhusu mvua.", "language": "sw"}
{"instruction": "Eleza kwa sentensi moja kwa nini anga ni la buluu na jua huchomoza mashariki."}
EOF

step version "$EXE" --version
# Fonts for every script, where app/shell/fonts.py looks for them inside the bundle.
for font in manimgx_fonts manimgx_fonts_cjk matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf; do
    [ -e "$BUNDLE/_internal/$font" ] || { echo "smoke test: the bundle lacks $font" >&2; exit 1; }
done
# The hidden entry the training process is started with in a frozen app: it must reach
# core.train.runner, which answers a missing config with a JSON error event.
echo "== training runner entry"
"${OFFLINE[@]}" "$EXE" --handloom-training-runner >"$WORK/runner.out" 2>"$WORK/runner.err" || true
grep -q '"event": *"error"' "$WORK/runner.out" \
    || { cat "$WORK/runner.out" "$WORK/runner.err" >&2; echo "smoke test: the training runner entry did not answer" >&2; exit 1; }
step init "$EXE" init "$PROJECT"
step import "$EXE" import "$PROJECT" "$WORK/prompts.jsonl" --licence CC0-1.0 --json
step stats "$EXE" stats "$PROJECT" --json  # the row without a language was identified
grep -q '"sw": 2' "$WORK/stats.out" || { echo "smoke test: language identification did not run" >&2; exit 1; }
step models "$EXE" models list "$PROJECT"
grep -q "SmolLM2-135M-Instruct" "$WORK/models.out" || { echo "smoke test: SmolLM2 is not registered" >&2; exit 1; }
step generate "$EXE" generate "$PROJECT" --model SmolLM2-135M-Instruct --max-tokens 12 \
    --parallel 2 --limit 2 --seed 1 --json
grep -q '"written": 2' "$WORK/generate.out" || { echo "smoke test: generate did not write 2 responses" >&2; exit 1; }
step responses "$EXE" responses "$PROJECT" --limit 2

# llama.cpp's CPU code on older CPUs: the bundle's own llama.cpp, in its own process, under
# Debian's qemu-user emulating an AVX2 laptop CPU without AVX-512 (Haswell) and a CPU with
# SSE4.2 only (Nehalem). `device --check` generates with the bundled model in that process.
# PyInstaller's bootloader restarts itself with exec() once it has set LD_LIBRARY_PATH, and an
# exec'd program runs natively, outside qemu-user; given the environment of its restarted
# self (_PYI_ARCHIVE_FILE, _PYI_PARENT_PROCESS_LEVEL=0, LD_LIBRARY_PATH) it runs in one
# process, under the emulator. OpenBLAS (NumPy's) is told the emulated CPU's core: through
# qemu-user it reads the host's on some hosts (Haswell kernels under -cpu Nehalem on an AMD
# EPYC host) and dies with SIGILL, which a real CPU of that kind never sees.
if [ "$(uname -m)" = x86_64 ] && command -v qemu-x86_64 >/dev/null; then
    for cpu in Haswell:haswell Nehalem:sse42; do
        step "cpu-${cpu%%:*}" env _PYI_ARCHIVE_FILE="$(readlink -f "$BUNDLE/handloom")" \
            _PYI_PARENT_PROCESS_LEVEL=0 LD_LIBRARY_PATH="$BUNDLE/_internal" \
            OPENBLAS_CORETYPE="${cpu%%:*}" \
            qemu-x86_64 -cpu "${cpu%%:*}" "$BUNDLE/handloom" device --check --json
        grep -q "\"variant\": \"${cpu##*:}\"" "$WORK/cpu-${cpu%%:*}.out" \
            || { echo "smoke test: not the ${cpu##*:} CPU code under ${cpu%%:*}" >&2; exit 1; }
        grep -q '"tokens": 8' "$WORK/cpu-${cpu%%:*}.out" \
            || { echo "smoke test: no generation under ${cpu%%:*}" >&2; exit 1; }
    done
elif [ "${HANDLOOM_REQUIRE_EMULATOR:-}" = 1 ]; then
    echo "smoke test: qemu-x86_64 (Debian's qemu-user) is needed for the older-CPU check" >&2
    exit 1
else
    echo "smoke test: qemu-x86_64 is not installed; the older-CPU check is skipped"
fi
step export "$EXE" export "$PROJECT" "$WORK/export" --format parquet --json
find "$WORK/export" -name '*.parquet' | grep -q . || { echo "smoke test: export wrote no parquet file" >&2; exit 1; }

# The training edition: a two-step LoRA run on the generated pairs, in the training
# subprocess that the frozen executable starts as itself (--handloom-training-runner).
if [ -d "$BUNDLE/_internal/torch" ]; then
    step response-ids "$EXE" responses "$PROJECT" --json
    for id in $(grep -o '"id": *"[^"]*"' "$WORK/response-ids.out" | cut -d'"' -f4); do
        step "accept-$id" "$EXE" review "$PROJECT" "$id" --accept
    done
    step train "$EXE" train "$PROJECT" --base SmolLM2-135M-Instruct --name smoke-tuned \
        --max-steps 2 --batch-size 1 --grad-accum 1 --max-seq-len 128 --eval-fraction 0 --json
    grep -q '"steps": 2' "$WORK/train.out" || { echo "smoke test: training did not run 2 steps" >&2; exit 1; }
fi

# First start of the window: no project yet, so the demo project is made from the bundled
# demo data (with the bundled model registered) and opened, offline.
step first-start env HANDLOOM_SCREENSHOT="$WORK/first-start.png" "$EXE"
[ -s "$WORK/first-start.png" ] || { echo "smoke test: the first start showed no demo project" >&2; exit 1; }

# The window: open the project offscreen, wait until it has drawn, save a screenshot.
SHOT=${HANDLOOM_SMOKE_SCREENSHOT:-$WORK/window.png}
step window env HANDLOOM_SCREENSHOT="$SHOT" "$EXE" "$PROJECT"
[ -s "$SHOT" ] || { echo "smoke test: the window saved no screenshot" >&2; exit 1; }
# A real X server, on a desktop without the XCB helper libraries Qt's xcb plugin needs: in
# a mount namespace each system copy reads as an empty file, so the window can only open
# with the copies the bundle carries.
if command -v Xvfb >/dev/null && unshare -rm true 2>/dev/null; then
    DISPLAY_NUMBER=$((50 + $$ % 40))
    Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUMBER" ] && break; sleep 0.1; done
    HIDE=""
    for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-image.so.0 \
        libxcb-render-util.so.0 libxkbcommon-x11.so.0; do
        for dir in /usr/lib/x86_64-linux-gnu /usr/lib64 /usr/lib; do
            if [ -e "$dir/$lib" ]; then
                HIDE="$HIDE mount --bind /dev/null $(readlink -f "$dir/$lib") &&"
                break
            fi
        done
    done
    echo "== window under Xvfb without the system XCB helper libraries"
    if ! env -u QT_QPA_PLATFORM DISPLAY=":$DISPLAY_NUMBER" HANDLOOM_SCREENSHOT="$WORK/xvfb.png" \
        unshare -rm sh -c "$HIDE exec \"\$@\"" sh "$EXE" "$PROJECT" \
        >"$WORK/xvfb.out" 2>"$WORK/xvfb.err"; then
        cat "$WORK/xvfb.out" "$WORK/xvfb.err" >&2
        kill "$XVFB" 2>/dev/null || true
        echo "smoke test: the window did not open under Xvfb without the system XCB libraries" >&2
        KEEP=1
        exit 1
    fi
    [ -s "$WORK/xvfb.png" ] || { echo "smoke test: no screenshot under Xvfb" >&2; exit 1; }
    # Where a library is missing everywhere (the bundle's copy hidden too), and where there
    # is no display at all, the window says why in one sentence and the status is 1.
    echo "== window without libxcb-icccm anywhere"
    HIDE_ALL="$HIDE mount --bind /dev/null $(readlink -f "$BUNDLE/_internal/libxcb-icccm.so.4") &&"
    status=0
    env -u QT_QPA_PLATFORM DISPLAY=":$DISPLAY_NUMBER" unshare -rm sh -c "$HIDE_ALL exec \"\$@\"" \
        sh "$EXE" "$PROJECT" >"$WORK/noxcb.out" 2>"$WORK/noxcb.err" || status=$?
    kill "$XVFB" 2>/dev/null || true
    grep -q "needs libxcb-icccm.so.4" "$WORK/noxcb.err" && [ "$status" = 1 ] \
        || { cat "$WORK/noxcb.err" >&2; echo "smoke test: no sentence for a missing XCB library (status $status)" >&2; exit 1; }
    cat "$WORK/noxcb.err"
elif [ "${HANDLOOM_REQUIRE_EMULATOR:-}" = 1 ]; then
    echo "smoke test: Xvfb and unshare -rm are needed for the window check" >&2
    exit 1
else
    echo "smoke test: Xvfb is not installed; the window check on a real X server is skipped"
fi

echo "== window without a display"
status=0
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$EXE" "$PROJECT" \
    >"$WORK/nodisplay.out" 2>"$WORK/nodisplay.err" || status=$?
grep -q "there is no display" "$WORK/nodisplay.err" && [ "$status" = 1 ] \
    || { cat "$WORK/nodisplay.err" >&2; echo "smoke test: no sentence without a display (status $status)" >&2; exit 1; }
cat "$WORK/nodisplay.err"

SIZE=$(du -sh "$BUNDLE" | cut -f1)
if [ -n "$INSTALLED" ]; then
    "$INSTALLED/install.sh" --uninstall
    [ ! -e "$EXE" ] && [ ! -e "$HOME/.local/share/applications/handloom.desktop" ] \
        || { echo "smoke test: install.sh --uninstall left files behind" >&2; exit 1; }
fi
echo "smoke test: passed ($SIZE installed)"
