#!/bin/sh
# Round-10 blind pairs: regenerate all fourteen PDFs (run from the repository root).
# Needs a SEPARATE venv (never the project's .venv):
#   python3 -m venv /tmp/blindenv && /tmp/blindenv/bin/pip install reportlab pymupdf fonttools
# and, for pairs 3 and 4, LibreOffice: apt-get install --no-install-recommends libreoffice-writer-nogui fonts-liberation
#   pair1_select.py, pair2_au.py, pair6_aiv.py  reportlab Platypus
#   pair3_gao.py, pair4_rekenkamer.py           LibreOffice Writer (HTML import) + PyMuPDF page stamping
#   pair5_kamerbrief.py, pair7_inspectorate.py  PyMuPDF Story API
set -e
PY=${PY:-/tmp/blindenv/bin/python}
for s in pair1_select pair2_au pair3_gao pair4_rekenkamer pair5_kamerbrief pair6_aiv pair7_inspectorate; do
    "$PY" tests/docs/src/blind10/$s.py
done
