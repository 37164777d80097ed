"""Shared helpers for the LibreOffice-made round-10 blind pairs.

Engine: LibreOffice Writer (headless) converts hand-written HTML to PDF with the "HTML (StarWriter)" import
filter; PyMuPDF (in /tmp/blindenv) then stamps the running header and the page numbers on every page, as
LibreOffice's HTML import only repeats headers on alternate pages.
Needs: apt-get install libreoffice-writer-nogui fonts-liberation; /tmp/blindenv with pymupdf.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pymupdf

DOCS = Path(__file__).resolve().parents[2]


def html_to_pdf(html: str, out: Path, header: str | None, footer_fmt: str | None, font: str = "helv",
                first_header: bool = False, meta: dict | None = None, header_right: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".html")
        src.write_text(html, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", tmp, str(src)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        doc = pymupdf.open(Path(tmp) / (out.stem + ".pdf"))
        n = doc.page_count
        for i, page in enumerate(doc, start=1):
            w, h = page.rect.width, page.rect.height
            if header and (i > 1 or first_header):
                if header_right:
                    tl = pymupdf.get_text_length(header, fontname=font, fontsize=8)
                    page.insert_text((w - 56 - tl, 36), header, fontname=font, fontsize=8, color=(0.3, 0.3, 0.3))
                else:
                    page.insert_text((56, 36), header, fontname=font, fontsize=8, color=(0.3, 0.3, 0.3))
                page.draw_line((56, 40), (w - 56, 40), color=(0.5, 0.5, 0.5), width=0.5)
            if footer_fmt:
                text = footer_fmt.format(page=i, pages=n)
                tl = pymupdf.get_text_length(text, fontname=font, fontsize=8.5)
                page.insert_text(((w - tl) / 2, h - 28), text, fontname=font, fontsize=8.5, color=(0.2, 0.2, 0.2))
        doc.set_metadata({"producer": "LibreOffice 7.4", "creationDate": "D:20250301120000",
                          "modDate": "D:20250301120000", **(meta or {})})
        doc.save(str(out), garbage=4, deflate=True, no_new_id=True)
