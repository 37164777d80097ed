#!/usr/bin/env bash
# Install the one-folder build for the current user (or system-wide with PREFIX=/opt/weerwoord BIN=/usr/local/bin
# DATA=/usr/share as root): the program, a `weerwoord` command, the menu entry, AppStream data and the icons.
# PDF is registered as a type Weerwoord can open; it is not made the default PDF viewer.
#
#   ./install.sh                 install (over an earlier install by this script: that one is removed first)
#   ./install.sh --uninstall     remove exactly what it installed (with the same PREFIX, BIN and DATA)
#
# What it writes outside PREFIX, and the folders it had to make, are listed in PREFIX/.install-manifest;
# --uninstall removes those files, those folders when they are left empty, and PREFIX. Your notes and settings
# (~/.local/share/Weerwoord, ~/.config/Weerwoord) are yours: neither step touches them.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local/opt/weerwoord}"
BIN="${BIN:-$HOME/.local/bin}"
DATA="${DATA:-$HOME/.local/share}"
ID=nl.weerwoord.Weerwoord
MANIFEST="$PREFIX/.install-manifest"

say() { printf 'weerwoord: %s\n' "$*" >&2; }

refresh_caches() {
    if [ -d "$DATA/applications" ] && command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    fi
    if [ -f "$DATA/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q "$DATA/icons/hicolor" 2>/dev/null || true
    fi
}

uninstall() {
    if [ ! -f "$MANIFEST" ]; then
        say "no install by this script in $PREFIX (no $MANIFEST); nothing removed"
        return 1
    fi
    local kind path dirs=()
    while IFS=$'\t' read -r kind path; do
        case "$kind" in
            file) if [ -f "$path" ] && [ ! -L "$path" ]; then rm -f "$path"; fi ;;
            link) # only while it still points into this install
                if [ -L "$path" ] && [ "$(readlink "$path")" = "$PREFIX/weerwoord" ]; then rm -f "$path"; fi ;;
            dir) dirs=("$path" "${dirs[@]}") ;; # the deepest, made last, goes first
        esac
    done <"$MANIFEST"
    rm -rf "$PREFIX"
    refresh_caches
    for path in "${dirs[@]}"; do
        # only when empty, but for the cache the refresh keeps there: something of yours in it stays
        [ -d "$path" ] || continue
        if [ "$(ls -A "$path")" = mimeinfo.cache ]; then
            rm -f "$path/mimeinfo.cache"
        fi
        rmdir "$path" 2>/dev/null || true
    done
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    echo "removed Weerwoord from $PREFIX"
    exit 0
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi

[ -x "$HERE/weerwoord" ] || { say "run this from the unpacked build (no weerwoord program beside it)"; exit 1; }
if [ "$HERE" = "$(cd "$PREFIX" 2>/dev/null && pwd)" ]; then
    say "this is the installed copy; to install another version run its own install.sh"
    exit 1
fi
if [ -f "$MANIFEST" ]; then
    uninstall
elif [ -e "$PREFIX" ] && [ -n "$(ls -A "$PREFIX")" ]; then
    say "$PREFIX exists and was not made by this script; remove it or choose another PREFIX"
    exit 1
fi

entries=()
made_dir() { # make a folder, listing each one that did not exist yet
    local d="$1" missing=()
    while [ ! -d "$d" ]; do
        missing=("$d" "${missing[@]}")
        d="$(dirname "$d")"
    done
    for d in "${missing[@]}"; do
        mkdir "$d"
        entries+=("dir	$d")
    done
}
put() { # $1 = a file written outside PREFIX
    entries+=("file	$1")
}

made_dir "$PREFIX"
cp -a "$HERE/." "$PREFIX/"
made_dir "$BIN"
if [ -e "$BIN/weerwoord" ] || [ -L "$BIN/weerwoord" ]; then
    say "$BIN/weerwoord exists and is left alone; the program is $PREFIX/weerwoord"
else
    ln -s "$PREFIX/weerwoord" "$BIN/weerwoord"
    entries+=("link	$BIN/weerwoord")
fi
made_dir "$DATA/applications"
sed "s|^Exec=weerwoord|Exec=$PREFIX/weerwoord|; s|^TryExec=weerwoord|TryExec=$PREFIX/weerwoord|" \
    "$HERE/$ID.desktop" >"$DATA/applications/$ID.desktop"
put "$DATA/applications/$ID.desktop"
made_dir "$DATA/metainfo"
cp "$HERE/$ID.metainfo.xml" "$DATA/metainfo/"
put "$DATA/metainfo/$ID.metainfo.xml"
for png in "$HERE"/_internal/resources/icons/weerwoord-*.png; do
    size="$(basename "$png" .png | cut -d- -f2)"
    made_dir "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
    put "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
done
made_dir "$DATA/icons/hicolor/scalable/apps"
cp "$HERE/_internal/resources/icons/weerwoord.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
put "$DATA/icons/hicolor/scalable/apps/$ID.svg"
printf '%s\n' "${entries[@]}" >"$MANIFEST"
refresh_caches
echo "installed in $PREFIX; run: weerwoord (remove with: $PREFIX/install.sh --uninstall)"
