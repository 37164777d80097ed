"""Shared helpers for the LibreOffice generators of blind round 11.

Engine: LibreOffice Writer (headless) converting hand-written HTML to PDF; running headers and page numbers are
stamped afterwards with PyMuPDF (Liberation Sans, embedded as a subset).
Needs `soffice` on the PATH (`apt-get install -y --no-install-recommends libreoffice-writer-nogui`).
Run any pair script from the repository root with the separate venv, e.g.
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair3_ombudsman.py
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pymupdf

OUT = Path(__file__).resolve().parents[2]
SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"

CSS = """
body { font-family: '%(font)s'; font-size: %(size)spt; line-height: 1.3; }
h1 { font-size: %(h1)spt; font-weight: bold; margin-top: 14pt; margin-bottom: 6pt; }
h2 { font-size: %(h2)spt; font-weight: bold; margin-top: 10pt; margin-bottom: 4pt; }
h3 { font-size: %(size)spt; font-weight: bold; font-style: italic; margin-top: 8pt; margin-bottom: 2pt; }
p { margin-top: 0pt; margin-bottom: 6pt; }
li { margin-bottom: 4pt; }
table { border-collapse: collapse; }
td, th { vertical-align: top; padding: 3pt; }
"""


def html_doc(body, font="Liberation Sans", size=10.5, h1=15, h2=12, extra_css=""):
    css = CSS % {"font": font, "size": size, "h1": h1, "h2": h2} + extra_css
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def convert(html, name, header=None, footer="{n}", first_header=False, margins=None):
    """HTML -> PDF with LibreOffice, then stamp header/footer with PyMuPDF. Returns the output path."""
    tmp = Path(tempfile.mkdtemp(prefix="blind11_lo_"))
    src = tmp / (Path(name).stem + ".html")
    src.write_text(html, encoding="utf-8")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp),
                    str(src)], check=True, capture_output=True, timeout=240)
    pdf = pymupdf.open(tmp / (src.stem + ".pdf"))
    total = pdf.page_count
    for i, page in enumerate(pdf, 1):
        page.insert_font(fontname="lsans", fontfile=SANS)
        w, h = page.rect.width, page.rect.height
        if header and (i > 1 or first_header):
            page.insert_text((56, 36), header, fontname="lsans", fontsize=7.5, color=(0.35, 0.35, 0.35))
            page.draw_line((56, 41), (w - 56, 41), color=(0.6, 0.6, 0.6), width=0.4)
        if footer:
            text = footer.format(n=i, total=total)
            tw = pymupdf.get_text_length(text, fontsize=8, fontname="helv")
            page.insert_text(((w - tw) / 2, h - 28), text, fontname="lsans", fontsize=8, color=(0.3, 0.3, 0.3))
    pdf.set_metadata({"creator": "blind11 LibreOffice", "producer": "LibreOffice + PyMuPDF"})
    out = OUT / name
    pdf.subset_fonts()
    pdf.save(out, garbage=4, deflate=True)
    shutil.rmtree(tmp, ignore_errors=True)
    return out
