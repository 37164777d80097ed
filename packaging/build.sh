#!/usr/bin/env bash
# Build the one-folder program with PyInstaller: dist/weerwoord/ on Linux (and dist/Weerwoord.app on macOS).
#   packaging/build.sh && .venv/bin/python packaging/smoke_test.py dist/weerwoord
# Uses the project's .venv (made by ./run-tests or ./weerwoord) and installs into it what packaging/lock/build.txt
# holds (PyInstaller with it), each file checked against its hash; the spec stops when the .venv differs from it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || { echo "no .venv: run ./run-tests (or ./weerwoord) once first" >&2; exit 1; }
if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null; then
    # PyInstaller reads the libraries' links with objdump; so does the smoke test (the GNU C library needed)
    source packaging/bootstrap.sh
    ww_apt_install binutils
fi
"$PY" packaging/lockcheck.py packaging/lock/build.txt >/dev/null ||
    "$PY" -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r packaging/lock/build.txt

version="$("$PY" -c 'import weerwoord; print(weerwoord.__version__)')"
mkdir -p build
# the AGPL source offer: the committed source of this version ships inside the build (Help ▸ About says where)
git archive --format=tar.gz --prefix="weerwoord-$version/" -o "build/weerwoord-$version-src.tar.gz" HEAD
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    echo "note: the working tree has uncommitted changes; the shipped source archive is HEAD" >&2
fi

start=$SECONDS
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/weerwoord.spec
if [ "$(uname -s)" = Linux ]; then
    # desktop integration next to the program; install with packaging/linux/install.sh
    cp packaging/linux/nl.weerwoord.Weerwoord.desktop packaging/linux/nl.weerwoord.Weerwoord.metainfo.xml dist/weerwoord/
    cp packaging/linux/install.sh dist/weerwoord/
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate packaging/linux/nl.weerwoord.Weerwoord.desktop
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net --explain packaging/linux/nl.weerwoord.Weerwoord.metainfo.xml >/dev/null
    fi
fi
echo "built dist/weerwoord in $((SECONDS - start)) s: $(du -sh dist/weerwoord | cut -f1)"
