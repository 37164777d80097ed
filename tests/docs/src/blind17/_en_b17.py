"""Blind round 17 (English pairs) helper (copied from round 16's _en_b16.py and adapted): fonts for
reportlab, a small fpdf2 document class, HTML -> PDF through LibreOffice Writer, HTML -> PDF through PyMuPDF Story,
and a checker for the expected.json phrases (it also refuses a phrase found only by joining a word broken by a
hyphen at a line end).

Imported by the gen_en_*.py scripts of round 17; not a generator itself. Needs a venv outside the repository
with reportlab, fpdf2 and pymupdf (e.g. /tmp/blind17enenv), plus Debian's fonts-dejavu,
fonts-liberation, fonts-liberation2 (Story) and libreoffice-writer-nogui (LibreOffice).

Check a pair:  /tmp/blind17enenv/bin/python tests/docs/src/blind17/_en_b17.py blind17_en_<genre>
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2]  # tests/docs
LIB = "/usr/share/fonts/truetype/liberation/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- reportlab

def rl_register() -> None:
    """Register DejaVu Serif and Sans (four faces each) with reportlab under 'Serif' and 'Sans'."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = {
        "Serif": ("DejaVuSerif", {"": "", "-Bold": "-Bold", "-Italic": "-Italic", "-BoldItalic": "-BoldItalic"}),
        "Sans": ("DejaVuSans", {"": "", "-Bold": "-Bold", "-Italic": "-Oblique", "-BoldItalic": "-BoldOblique"}),
    }
    for fam, (base, table) in faces.items():
        for suffix, face in table.items():
            pdfmetrics.registerFont(TTFont(fam + suffix, DEJAVU + base + face + ".ttf"))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-BoldItalic")


# ---------------------------------------------------------------- fpdf2

def fp_doc_class():
    from fpdf import FPDF

    class Doc(FPDF):
        def __init__(self, *, fmt="A4", footer_text="", header_text="", family="serif", size=11, **kw):
            super().__init__(format=fmt, unit="mm", **kw)
            for fam, base in (("serif", "LiberationSerif"), ("sans", "LiberationSans")):
                self.add_font(fam, "", LIB + base + "-Regular.ttf")
                self.add_font(fam, "B", LIB + base + "-Bold.ttf")
                self.add_font(fam, "I", LIB + base + "-Italic.ttf")
                self.add_font(fam, "BI", LIB + base + "-BoldItalic.ttf")
            self.fam, self.size = family, size
            self.footer_text, self.header_text = footer_text, header_text
            self.set_margins(24, 20, 24)
            self.set_auto_page_break(True, 22)
            self.set_creation_date(datetime(2025, 5, 1, tzinfo=UTC))
            self.first_page_plain = True

        def header(self):
            if self.header_text and self.page_no() > 1:
                self.set_font("sans", "", 8)
                self.set_text_color(100)
                self.cell(0, 5, self.header_text, align="L", new_x="LMARGIN", new_y="NEXT")
                self.set_draw_color(160)
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.ln(4)
                self.set_text_color(0)

        def footer(self):
            if self.first_page_plain and self.page_no() == 1:
                return
            self.set_y(-14)
            self.set_font("sans", "", 8)
            self.set_text_color(100)
            self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="R")
            self.set_text_color(0)

        def para(self, text, *, style="", size=None, indent=0, after=2.4, lh=None, align="J", family=None):
            size = size or self.size
            self.set_font(family or self.fam, style, size)
            self.set_x(self.l_margin + indent)
            self.multi_cell(self.epw - indent, lh or size * 0.5, text, markdown=True, align=align,
                            new_x="LMARGIN", new_y="NEXT")
            self.ln(after)

        def hanging(self, label, text, *, width=9, size=None, style="", after=2.0):
            size = size or self.size
            self.set_font(self.fam, style, size)
            y = self.get_y()
            if y + size * 0.5 * 2 > self.page_break_trigger:
                self.add_page()
                y = self.get_y()
            self.set_x(self.l_margin)
            self.cell(width, size * 0.5, label)
            self.set_xy(self.l_margin + width, y)
            self.multi_cell(self.epw - width, size * 0.5, text, markdown=True, align="J",
                            new_x="LMARGIN", new_y="NEXT")
            self.ln(after)

        def heading(self, text, size=13, before=3, after=1.5, family="sans", color=(0, 0, 0)):
            self.ln(before)
            if self.get_y() + 20 > self.page_break_trigger:
                self.add_page()
            self.set_font(family, "B", size)
            self.set_text_color(*color)
            self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
            self.ln(after)

    return Doc


# ---------------------------------------------------------------- LibreOffice

def html_to_pdf(html: str, out_name: str) -> Path:
    """Convert ``html`` with LibreOffice Writer (headless) and move the PDF to tests/docs/out_name."""
    tmp = Path(tempfile.mkdtemp(prefix="blind17en_lo_"))
    src = tmp / (Path(out_name).stem + ".html")
    src.write_text(html, encoding="utf-8")
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/blind17en_lo_profile", "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp), str(src)],
        check=True, capture_output=True,
    )
    out = DOCS / out_name
    shutil.move(str(tmp / (src.stem + ".pdf")), out)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def stamp(pdf: Path, furniture) -> None:
    """Call ``furniture(page, number, count)`` on every page of ``pdf`` (running headers/footers drawn with
    PyMuPDF in DejaVu: LibreOffice's HTML import only puts header/footer divs on odd pages), subset the
    fonts and save in place."""
    import pymupdf

    doc = pymupdf.open(pdf)
    for i, pg in enumerate(doc):
        furniture(pg, i + 1, doc.page_count)
    doc.subset_fonts()
    data = doc.tobytes(garbage=4, deflate=True)
    doc.close()
    pdf.write_bytes(data)


# ---------------------------------------------------------------- PyMuPDF Story

STORY_FONTS_CSS = """
@font-face {font-family: StSerif; src: url(DejaVuSerif.ttf);}
@font-face {font-family: StSerif; src: url(DejaVuSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: StSerif; src: url(DejaVuSerif-Italic.ttf); font-style: italic;}
@font-face {font-family: StSerif; src: url(DejaVuSerif-BoldItalic.ttf); font-weight: bold; font-style: italic;}
@font-face {font-family: StSans; src: url(DejaVuSans.ttf);}
@font-face {font-family: StSans; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: StSans; src: url(DejaVuSans-Oblique.ttf); font-style: italic;}
"""


def story_to_pdf(html: str, css: str, out_name: str, *, page=(595, 842), margins=(62, 70, 62, 70),
                 furniture=None) -> Path:
    """Lay ``html`` out with PyMuPDF Story (DejaVu fonts: with Liberation, Story's text layer maps
    spaces to U+00A0 and hyphens to U+00AD), then call ``furniture(page, number, count)``
    on every page for running headers/footers, subset the fonts and save to tests/docs/out_name
    (no random ID, fixed metadata)."""
    import io

    import pymupdf

    arch = pymupdf.Archive(DEJAVU)
    story = pymupdf.Story(html=html, user_css=STORY_FONTS_CSS + css, archive=arch)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    mediabox = pymupdf.Rect(0, 0, *page)
    where = pymupdf.Rect(margins[0], margins[1], page[0] - margins[2], page[1] - margins[3])
    more = 1
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    if furniture:
        for i, pg in enumerate(doc):
            furniture(pg, i + 1, doc.page_count)
    doc.set_metadata({"producer": "PyMuPDF Story", "creator": "blind17 generator",
                      "creationDate": "D:20250501000000Z", "modDate": "D:20250501000000Z"})
    doc.subset_fonts()
    out = DOCS / out_name
    doc.save(out, garbage=4, deflate=True, no_new_id=True)
    doc.close()
    return out


# ---------------------------------------------------------------- checking the expected phrases

def flat_text(pdf: Path, *, fold_ligatures: bool = True, join_hyphens: bool = True) -> str:
    import pymupdf

    with pymupdf.open(pdf) as doc:
        text = " ".join(page.get_text() for page in doc)
    text = text.replace("\u00ad", "")
    for lig, plain in (("\ufb00", "ff"), ("\ufb01", "fi"), ("\ufb02", "fl"), ("\ufb03", "ffi"), ("\ufb04", "ffl")):
        text = text.replace(lig, plain) if fold_ligatures else text
    if join_hyphens:
        text = re.sub(r"-\s*\n\s*(?=[a-z])", "-", text)  # keep hyphens of wrapped compounds
    return re.sub(r"\s+", " ", text)


LIGATURES = re.compile("[\ufb00-\ufb06]")


def check(name: str) -> bool:
    exp = json.loads((DOCS / f"{name}.expected.json").read_text(encoding="utf-8"))
    adv = flat_text(DOCS / f"{name}_advice.pdf")
    resp = flat_text(DOCS / f"{name}_response.pdf")
    raw = flat_text(DOCS / f"{name}_advice.pdf", fold_ligatures=False) + " | " + flat_text(
        DOCS / f"{name}_response.pdf", fold_ligatures=False)
    plain = flat_text(DOCS / f"{name}_advice.pdf", join_hyphens=False) + " | " + flat_text(
        DOCS / f"{name}_response.pdf", join_hyphens=False)
    ok = True
    phrases = [r["starts_with"] for r in exp["recommendations"]]
    phrases += [r["reply_contains"] for r in exp["recommendations"] if r["reply_contains"]]
    for phrase in phrases + exp["unmatched_replies_contain"]:
        if LIGATURES.search(phrase):
            ok = False
            print(f"  ligature code point in expected phrase: {phrase!r}")
        elif phrase not in raw:
            print(f"  (warning) found only after folding ligatures: {phrase!r}")
        if phrase not in plain:
            ok = False
            print(f"  phrase found only by joining a word broken by a hyphen at a line end: {phrase!r}")
    for rec in exp["recommendations"]:
        n = adv.count(rec["starts_with"])
        if n < 1:
            ok = False
            print(f"  rec {rec['number']}: starts_with NOT in advice: {rec['starts_with']!r}")
        rc = rec["reply_contains"]
        if rc is not None:
            c = resp.count(rc)
            if c != 1:
                ok = False
                print(f"  rec {rec['number']}: reply_contains found {c}x in response: {rc!r}")
            if rc in adv:
                print(f"  rec {rec['number']}: (warning) reply_contains also in advice: {rc!r}")
        print(f"  rec {rec['number']}: starts_with x{n} in advice, verdict {rec['verdict']}")
    for u in exp["unmatched_replies_contain"]:
        c = resp.count(u)
        if c != 1:
            ok = False
            print(f"  unmatched phrase found {c}x: {u!r}")
    print(name, "OK" if ok else "PROBLEMS")
    return ok


if __name__ == "__main__":
    sys.exit(0 if all(check(n) for n in sys.argv[1:]) else 1)
