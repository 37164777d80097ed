#!/usr/bin/env bash
# Make the lock again: exact versions with the hashes of every file PyPI has for them (Linux, Windows, macOS;
# Python 3.11 and newer), for the three ways Weerwoord is installed:
#   app.txt    ./weerwoord                  the program's packages, and setuptools to install it
#   dev.txt    ./run-tests, .ci/run         the same and the test tools (pyproject.toml's `dev` extra)
#   build.txt  packaging/build.sh, build.ps1  the same and PyInstaller, for the frozen build
# build.txt is resolved first and constrains the others, so a package has one version in all three.
# Needs uv (pip install uv). Run it after changing the dependencies in pyproject.toml, or to take newer
# versions, then ./run-tests (tests/packaging/test_lock.py checks the lock against pyproject.toml).
set -euo pipefail
cd "$(dirname "$0")/../.."
UV="${UV:-uv}"
compile() {
    # $1 = the lock to write; the rest = uv's further arguments
    local out="$1"
    shift
    "$UV" pip compile pyproject.toml packaging/lock/pins.in "$@" --universal --python-version 3.11 \
        --generate-hashes --no-strip-markers --custom-compile-command packaging/lock/update.sh \
        --quiet -o "packaging/lock/$out"
}
printf 'pyinstaller>=6.10\n' >packaging/lock/.build.in
trap 'rm -f packaging/lock/.build.in' EXIT
compile build.txt --extra dev packaging/lock/.build.in --upgrade
compile dev.txt --extra dev --constraints packaging/lock/build.txt
printf 'setuptools>=77\n' >packaging/lock/.build.in  # pyproject.toml's [build-system]: installed without isolation
compile app.txt packaging/lock/.build.in --constraints packaging/lock/build.txt
echo "packaging/lock: app.txt, dev.txt and build.txt made"
