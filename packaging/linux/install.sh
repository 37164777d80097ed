#!/usr/bin/env bash
# Install the one-folder build for the current user (or system-wide with PREFIX=/opt/weerwoord BIN=/usr/local/bin
# DATA=/usr/share as root): the program, a `weerwoord` command, the menu entry, AppStream data and the icons.
# PDF is registered as a type Weerwoord can open; it is not made the default PDF viewer.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local/opt/weerwoord}"
BIN="${BIN:-$HOME/.local/bin}"
DATA="${DATA:-$HOME/.local/share}"
ID=nl.weerwoord.Weerwoord
mkdir -p "$PREFIX" "$BIN" "$DATA/applications" "$DATA/metainfo"
cp -a "$HERE/." "$PREFIX/"
ln -sf "$PREFIX/weerwoord" "$BIN/weerwoord"
sed "s|^Exec=weerwoord|Exec=$BIN/weerwoord|; s|^TryExec=weerwoord|TryExec=$BIN/weerwoord|" \
    "$HERE/$ID.desktop" > "$DATA/applications/$ID.desktop"
cp "$HERE/$ID.metainfo.xml" "$DATA/metainfo/"
for png in "$HERE"/_internal/resources/icons/weerwoord-*.png; do
    size="$(basename "$png" .png | cut -d- -f2)"
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$HERE/_internal/resources/icons/weerwoord.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "installed in $PREFIX; run: weerwoord"
