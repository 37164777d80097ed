#!/usr/bin/env bash
# Weerwoord's set-up on a fresh machine, sourced by ./weerwoord and ./run-tests:
# the system libraries Qt needs (Debian/Ubuntu), a virtual environment in .venv, the Python packages.
# Safe to run again: it only does what is missing.
set -euo pipefail

WW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WW_VENV="$WW_ROOT/.venv"

ww_say() { printf 'weerwoord: %s\n' "$*" >&2; }

ww_find_python() {
    local c
    for c in python3.13 python3.12 python3.11 python3; do
        if command -v "$c" >/dev/null 2>&1 &&
            "$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            command -v "$c"
            return 0
        fi
    done
    ww_say "Python 3.11 or newer is needed (on Debian/Ubuntu: sudo apt-get install python3 python3-venv)."
    return 1
}

ww_apt_install() {
    # install Debian packages when we may: as root, or with sudo (asking for the password at a terminal);
    # otherwise print the one line that installs them and stop
    local runner=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            runner=(sudo -n)
        elif command -v sudo >/dev/null 2>&1 && [ -t 0 ] && [ -t 2 ]; then
            ww_say "these system packages are missing: $*; installing them with sudo (it may ask for your password)"
            runner=(sudo)
        else
            ww_say "these system packages are missing; install them (as root, or ask your administrator), then run this again:"
            printf '  sudo apt-get install %s\n' "$*" >&2
            return 1
        fi
    fi
    ww_say "installing system packages: $*"
    "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ww_ld_cache() {
    # the dynamic linker's list of libraries; ldconfig lives in /sbin, which is not on an ordinary user's PATH
    local c
    for c in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
        if command -v "$c" >/dev/null 2>&1; then
            "$c" -p 2>/dev/null && return 0
        fi
    done
    return 1
}

ww_has_lib() {
    # $1 = a library's file name; $2 = the linker's cache (empty when ldconfig could not be run)
    if [ -n "$2" ]; then
        grep -qF "$1 " <<<"$2" && return 0
    fi
    local d
    for d in /lib/*-linux-gnu /usr/lib/*-linux-gnu /lib64 /usr/lib64 /lib /usr/lib; do
        [ -e "$d/$1" ] && return 0
    done
    return 1
}

ww_missing_libs() {
    # the Debian packages of the system libraries Qt needs that are not installed, one a line;
    # $1 = "display" to also check what a window on an X11/Wayland desktop needs
    local have lib pkg pair
    have="$(ww_ld_cache || true)"
    local pairs=(
        "libEGL.so.1:libegl1" "libGL.so.1:libgl1" "libxkbcommon.so.0:libxkbcommon0"
        "libfontconfig.so.1:libfontconfig1" "libfreetype.so.6:libfreetype6" "libdbus-1.so.3:libdbus-1-3"
        "libglib-2.0.so.0:libglib2.0-0"
    )
    if [ "${1:-}" = "display" ]; then
        pairs+=(
            "libxkbcommon-x11.so.0:libxkbcommon-x11-0" "libxcb-cursor.so.0:libxcb-cursor0"
            "libxcb-icccm.so.4:libxcb-icccm4" "libxcb-keysyms.so.1:libxcb-keysyms1"
            "libxcb-shape.so.0:libxcb-shape0" "libxcb-render-util.so.0:libxcb-render-util0"
            "libxcb-image.so.0:libxcb-image0" "libxcb-randr.so.0:libxcb-randr0" "libX11-xcb.so.1:libx11-xcb1"
        )
    fi
    for pair in "${pairs[@]}"; do
        lib="${pair%%:*}"
        pkg="${pair##*:}"
        ww_has_lib "$lib" "$have" || echo "$pkg"
    done
    command -v fc-list >/dev/null 2>&1 || echo fontconfig
}

ww_system_libs() {
    # $1 = "display" to also check what a window on an X11/Wayland desktop needs
    [ "$(uname -s)" = "Linux" ] || return 0
    command -v apt-get >/dev/null 2>&1 || return 0
    local missing
    mapfile -t missing < <(ww_missing_libs "${1:-}")
    if [ ${#missing[@]} -gt 0 ]; then
        ww_apt_install "${missing[@]}" || return 1
    fi
}

ww_test_tools() {
    # optional tools that some tests use to read outputs back with a second reader (poppler's pdfinfo says
    # "Tagged: yes" of the briefing PDF); installed only where that needs no password (as root, as in CI, or with
    # sudo that asks none); without them those tests are skipped
    command -v pdfinfo >/dev/null 2>&1 && return 0
    [ "$(uname -s)" = "Linux" ] && command -v apt-get >/dev/null 2>&1 || return 0
    if [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; then
        ww_apt_install poppler-utils || ww_say "poppler-utils could not be installed: the pdfinfo checks are skipped"
    fi
    return 0
}

ww_venv() {
    # $1 = "dev" to include the test tools. The packages come from the lock (packaging/lock/: exact versions,
    # each file checked against its hash), then Weerwoord itself as an editable install, built without
    # network by the setuptools the lock brought
    local py extras stamp want lock
    extras="${1:-}"
    if [ ! -x "$WW_VENV/bin/python" ]; then
        py="$(ww_find_python)"
        if ! "$py" -m venv "$WW_VENV" 2>/dev/null; then
            rm -rf "$WW_VENV"
            ww_apt_install python3-venv || return 1
            "$py" -m venv "$WW_VENV"
        fi
    fi
    lock="$WW_ROOT/packaging/lock/app.txt"
    [ "$extras" = "dev" ] && lock="$WW_ROOT/packaging/lock/dev.txt"
    want="$( (cat "$WW_ROOT/pyproject.toml" "$lock"; echo "$extras") | sha256sum | cut -c1-16)"
    # an install with the test tools also serves the app: running the tests and then the app must not reinstall
    local with_dev
    with_dev="$( (cat "$WW_ROOT/pyproject.toml" "$WW_ROOT/packaging/lock/dev.txt"; echo "dev") | sha256sum | cut -c1-16)"
    stamp="$WW_VENV/.weerwoord-installed"
    local have
    have="$(cat "$stamp" 2>/dev/null || true)"
    if [ "$have" != "$want" ] && [ "$have" != "$with_dev" ]; then
        ww_say "installing Python packages into .venv (first run only): ${lock#"$WW_ROOT"/}"
        local pip=("$WW_VENV/bin/python" -m pip --disable-pip-version-check)
        "${pip[@]}" install -q --require-hashes --no-deps -r "$lock" >&2
        "${pip[@]}" install -q --no-deps --no-build-isolation -e "$WW_ROOT" >&2
        local broken
        broken="$("${pip[@]}" check 2>&1)" || { ww_say "the installed packages do not fit together:"; echo "$broken" >&2; return 1; }
        echo "$want" >"$stamp"
    fi
}
