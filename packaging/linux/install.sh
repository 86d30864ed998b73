#!/bin/sh
# Install Handloom for this user (no root needed): run it from the unpacked tar.gz.
#
#   ./install.sh              install into ~/.local (menu entry, icon, *.handloom association)
#   ./install.sh --uninstall  remove it again (your projects are never touched)
#
# Files: the program in ~/.local/lib/handloom, the command ~/.local/bin/handloom, the menu
# entry ~/.local/share/applications/handloom.desktop, the icon in ~/.local/share/icons and
# the file type application/x-handloom (*.handloom) in ~/.local/share/mime.
# PREFIX (default ~/.local) and XDG_DATA_HOME (default PREFIX/share) move them.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DATA=${XDG_DATA_HOME:-$PREFIX/share}
LIB="$PREFIX/lib/handloom"
BIN="$PREFIX/bin"

refresh() {
    # Tell the desktop about the new menu entry and file type; harmless when absent.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB"
    rm -f "$BIN/handloom" "$DATA/applications/handloom.desktop" \
        "$DATA/mime/packages/handloom.xml" \
        "$DATA/icons/hicolor/scalable/apps/handloom.svg" \
        "$DATA/icons/hicolor/256x256/apps/handloom.png" \
        "$DATA/icons/hicolor/scalable/mimetypes/application-x-handloom.svg"
    refresh
    echo "Handloom is uninstalled. Your .handloom projects and ~/.local/share/handloom are kept."
    exit 0
fi

[ -x "$HERE/handloom/handloom" ] || { echo "install.sh: run me from the unpacked Handloom folder" >&2; exit 1; }

mkdir -p "$LIB" "$BIN" "$DATA/applications" "$DATA/mime/packages" \
    "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/256x256/apps" \
    "$DATA/icons/hicolor/scalable/mimetypes"
rm -rf "$LIB"
cp -RP "$HERE/handloom" "$LIB"  # -P: the bundle's library symlinks stay symlinks
ln -sf "$LIB/handloom" "$BIN/handloom"

# The menu entry runs the installed program by its full path: ~/.local/bin is not on
# every desktop session's PATH.
sed -e "s|^Exec=handloom |Exec=\"$LIB/handloom\" |" -e "s|^TryExec=handloom$|TryExec=$LIB/handloom|" \
    "$HERE/handloom.desktop" >"$DATA/applications/handloom.desktop"
chmod 644 "$DATA/applications/handloom.desktop"
cp "$HERE/handloom-mime.xml" "$DATA/mime/packages/handloom.xml"
cp "$HERE/handloom.svg" "$DATA/icons/hicolor/scalable/apps/handloom.svg"
cp "$HERE/handloom.svg" "$DATA/icons/hicolor/scalable/mimetypes/application-x-handloom.svg"
cp "$HERE/handloom.png" "$DATA/icons/hicolor/256x256/apps/handloom.png"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    XDG_DATA_HOME="$DATA" xdg-mime default handloom.desktop application/x-handloom >/dev/null 2>&1 || true
fi

echo "Handloom is installed: find it in your applications menu, double-click a .handloom file,"
echo "or run $BIN/handloom (the window) and '$BIN/handloom --help' (the command line)."
