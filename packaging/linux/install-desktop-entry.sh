#!/bin/sh
# Put ictviewer in this user's application menu, with its icon: run it from the unpacked
# bundle folder (`./install-desktop-entry.sh`), again after moving the folder;
# `./install-desktop-entry.sh --remove` takes it out again. Needs no root and no network.
#
# It installs the bundle's own resources/ictviewer.desktop (with Exec= pointing at this
# folder's ictviewer) and the resources/icons/hicolor icons under $XDG_DATA_HOME
# (~/.local/share), where the freedesktop menu and icon theme look.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
resources="$here/_internal/ictviewer/resources_data"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/ictviewer.desktop"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    find "$data/icons/hicolor" -path '*/apps/ictviewer.*' -delete 2>/dev/null || true
    echo "removed $entry and the ictviewer icons"
    exit 0
fi
if [ ! -x "$here/ictviewer" ] || [ ! -f "$resources/ictviewer.desktop" ]; then
    echo "install-desktop-entry.sh: run me from the ictviewer bundle folder" >&2
    exit 1
fi

mkdir -p "$data/applications"
for icon in "$resources"/icons/hicolor/*/apps/ictviewer.*; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$icon" "$data/icons/hicolor/$size/apps/"
done
# Exec= is quoted (the folder may have spaces, as the desktop entry spec allows);
# TryExec= takes a bare path.
sed -e "s|^Exec=ictviewer\$|Exec=\"$here/ictviewer\"|" \
    -e "s|^TryExec=ictviewer\$|TryExec=$here/ictviewer|" \
    "$resources/ictviewer.desktop" >"$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "installed $entry (Exec: $here/ictviewer)"
