"""Blind round 12 helper: HTML -> PDF with LibreOffice Writer (soffice --headless).

Imported by the gen_*_lo.py scripts; not a generator itself.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2]  # tests/docs


def html_to_pdf(html: str, out_name: str) -> Path:
    """Write ``html`` to a temporary file, convert it with LibreOffice Writer, move it to tests/docs/out_name."""
    tmp = Path(tempfile.mkdtemp(prefix="blind12_lo_"))
    src = tmp / (Path(out_name).stem + ".html")
    src.write_text(html, encoding="utf-8")
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/blind12_lo_profile",
            "--headless",
            "--infilter=HTML (StarWriter)",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(tmp),
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    out = DOCS / out_name
    shutil.move(str(tmp / (src.stem + ".pdf")), out)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def page(body: str, *, font: str = "Liberation Sans", size: str = "10.5pt", header: str = "",
         footer: str = "", extra_css: str = "") -> str:
    hdr = f'<div title="header"><p class="hdr">{header}</p></div>' if header else ""
    ftr = (
        '<div title="footer"><p class="ftr">' + footer
        + '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>'
        if footer is not None else ""
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.2cm 2cm 2.2cm; }}
body {{ font-family: '{font}'; font-size: {size}; }}
p {{ margin-top: 0; margin-bottom: 0.22cm; line-height: 130%; }}
h1 {{ font-size: 17pt; margin-bottom: 0.3cm; }}
h2 {{ font-size: 13pt; margin-top: 0.45cm; margin-bottom: 0.2cm; }}
h3 {{ font-size: 11pt; margin-top: 0.3cm; margin-bottom: 0.15cm; }}
li {{ margin-bottom: 0.12cm; line-height: 130%; }}
.hdr {{ font-size: 8pt; color: #666666; }}
.ftr {{ font-size: 8pt; color: #666666; }}
{extra_css}
</style></head><body>{hdr}{ftr}{body}</body></html>"""
