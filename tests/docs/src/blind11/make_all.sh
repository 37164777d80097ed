#!/bin/sh
# Blind round 11: regenerate all pairs. Run from the repository root with the separate venv:
#   python3 -m venv /tmp/blind11env && /tmp/blind11env/bin/pip install reportlab pymupdf fpdf2
#   sh tests/docs/src/blind11/make_all.sh
# Engines: reportlab Platypus (pair1, pair5, pair8), fpdf2 (pair2, pair4, pair7),
# LibreOffice Writer from HTML + PyMuPDF stamping (pair3, pair6; needs soffice).
set -e
PY=${PY:-/tmp/blind11env/bin/python}
cd "$(dirname "$0")"
for s in pair1_pac.py pair2_ovv.py pair3_ombudsman.py pair4_oag.py pair5_rob.py pair6_housing.py \
         pair7_raadvanstate.py pair8_send.py; do
    "$PY" "$s"
done
