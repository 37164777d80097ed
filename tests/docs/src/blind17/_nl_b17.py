"""Blind round 17 (Dutch pairs) helper: paths, fonts, LibreOffice conversion (HTML with header/footer divs),
an fpdf2 page class with footnotes, PyMuPDF Story fonts and stamping, and a checker that compares a pair's
expected.json with the PDFs' text layer (PyMuPDF, not the app). Copied from round 16's _nl_b16.py.

Imported by the gen_nl_*.py scripts; not a generator itself. Check pairs by hand with
    /tmp/blind17nlenv/bin/python tests/docs/src/blind17/_nl_b17.py blind17_nl_wrr
(venv: python3 -m venv /tmp/blind17nlenv && /tmp/blind17nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools)
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2]  # tests/docs
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"


# ---------------------------------------------------------------- reportlab

def rl_register() -> None:
    """Register DejaVu Sans and Liberation Serif families with reportlab (names 'dvs' and 'lser')."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fams = {
        "dvs": (DEJAVU + "DejaVuSans.ttf", DEJAVU + "DejaVuSans-Bold.ttf", DEJAVU + "DejaVuSans-Oblique.ttf",
                DEJAVU + "DejaVuSans-BoldOblique.ttf"),
        "lser": (LIB + "LiberationSerif-Regular.ttf", LIB + "LiberationSerif-Bold.ttf",
                 LIB + "LiberationSerif-Italic.ttf", LIB + "LiberationSerif-BoldItalic.ttf"),
        "lsans": (LIB + "LiberationSans-Regular.ttf", LIB + "LiberationSans-Bold.ttf",
                  LIB + "LiberationSans-Italic.ttf", LIB + "LiberationSans-BoldItalic.ttf"),
    }
    for fam, (r, b, i, bi) in fams.items():
        for name, path in ((fam, r), (fam + "-B", b), (fam + "-I", i), (fam + "-BI", bi)):
            pdfmetrics.registerFont(TTFont(name, path))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")


# ---------------------------------------------------------------- LibreOffice

def html_to_pdf(html: str, out_name: str) -> Path:
    """Convert ``html`` with LibreOffice Writer (headless) and move the PDF to tests/docs/out_name."""
    tmp = Path(tempfile.mkdtemp(prefix="blind17nl_lo_"))
    src = tmp / (Path(out_name).stem + ".html")
    src.write_text(html, encoding="utf-8")
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/blind17nl_lo_profile", "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp), str(src)],
        check=True, capture_output=True,
    )
    out = DOCS / out_name
    shutil.move(str(tmp / (src.stem + ".pdf")), out)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def stamp(path: Path, header: str, footer: str = "Pagina {page} van {pages}", *, skip_first: bool = True,
          size: float = 7.5) -> None:
    """Write a running header (left) and footer (right) on every page of ``path`` with PyMuPDF (Liberation Sans,
    subset), skipping the cover; used for LibreOffice output, whose HTML import puts header/footer divs on odd
    pages only."""
    import pymupdf

    tmpdir = Path(tempfile.mkdtemp(prefix="blind17nl_stamp_"))
    font = str(story_fonts(tmpdir)["LiberationSans-Regular.ttf"])  # no U+00A0: spaces stay spaces
    doc = pymupdf.open(path)
    n = len(doc)
    for i, page in enumerate(doc):
        if skip_first and i == 0:
            continue
        r = page.rect
        if header:
            page.insert_text((68, 40), header, fontname="lsans", fontfile=font, fontsize=size, color=(0.4, 0.4, 0.4))
        if footer:
            t = footer.format(page=i + 1, pages=n)
            w = pymupdf.Font(fontfile=font).text_length(t, fontsize=size)
            page.insert_text((r.width - 68 - w, r.height - 30), t, fontname="lsans",
                             fontfile=font, fontsize=size, color=(0.4, 0.4, 0.4))
    doc.subset_fonts()
    tmp = path.with_suffix(".tmp.pdf")
    doc.save(tmp, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    tmp.replace(path)
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------- fpdf2

def fpdf_doc_class():
    from datetime import datetime, timezone

    from fpdf import FPDF

    class Doc(FPDF):
        """A4 page with Liberation fonts, running header/footer and footnotes printed at the foot of the page."""

        def __init__(self, *, header_text="", footer_text="{page}", family="serif", size=10.5, cover=True):
            super().__init__(format="A4", unit="mm")
            for fam, base in (("serif", "LiberationSerif"), ("sans", "LiberationSans")):
                self.add_font(fam, "", LIB + base + "-Regular.ttf")
                self.add_font(fam, "B", LIB + base + "-Bold.ttf")
                self.add_font(fam, "I", LIB + base + "-Italic.ttf")
                self.add_font(fam, "BI", LIB + base + "-BoldItalic.ttf")
            self.fam, self.size = family, size
            self.header_text, self.footer_text, self.cover = header_text, footer_text, cover
            self.notes: dict[int, list[tuple[str, str]]] = {}
            self.set_margins(24, 22, 24)
            self.set_auto_page_break(True, 34)
            self.set_creation_date(datetime(2025, 6, 2, tzinfo=timezone.utc))

        def header(self):
            if self.header_text and not (self.cover and self.page_no() == 1):
                self.set_font("sans", "", 8)
                self.set_text_color(90)
                self.cell(0, 4, self.header_text, align="L", new_x="LMARGIN", new_y="NEXT")
                self.set_draw_color(150)
                self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
                self.ln(6)
                self.set_text_color(0)

        def footer(self):
            notes = self.notes.get(self.page_no(), [])
            if notes:
                self.set_y(-30 - 3.6 * max(0, len(notes) - 2))
                self.set_draw_color(0)
                self.line(self.l_margin, self.get_y(), self.l_margin + 45, self.get_y())
                self.ln(1)
                for mark, text in notes:
                    self.set_font("serif", "", 8)
                    self.multi_cell(0, 3.6, f"{mark}  {text}", new_x="LMARGIN", new_y="NEXT")
            if self.cover and self.page_no() == 1:
                return
            self.set_y(-13)
            self.set_font("sans", "", 8)
            self.set_text_color(90)
            self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="R")
            self.set_text_color(0)

        def note(self, mark, text):
            self.notes.setdefault(self.page_no(), []).append((mark, text))

        def para(self, text, *, style="", size=None, indent=0, after=2.2, lh=None, align="J", family=None):
            size = size or self.size
            self.set_font(family or self.fam, style, size)
            self.set_x(self.l_margin + indent)
            self.multi_cell(self.epw - indent, lh or size * 0.52, text, markdown=True, align=align,
                            new_x="LMARGIN", new_y="NEXT")
            self.ln(after)

        def heading(self, text, size=13, before=3, after=1.5, family="sans", color=(0, 0, 0)):
            self.ln(before)
            self.set_font(family, "B", size)
            self.set_text_color(*color)
            self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
            self.ln(after)

    return Doc


# ---------------------------------------------------------------- PyMuPDF Story

def story_fonts(tmpdir: Path) -> dict[str, Path]:
    """Copies of Liberation Sans/Serif without cmap entries for U+00A0 and U+00AD (MuPDF would otherwise map the
    space and hyphen glyphs to them in the text layer). Returns {file name: path} inside tmpdir."""
    from fontTools.ttLib import TTFont

    out = {}
    for base in ("LiberationSans", "LiberationSerif"):
        for style in ("Regular", "Bold", "Italic", "BoldItalic"):
            name = f"{base}-{style}.ttf"
            f = TTFont(LIB + name)
            for t in f["cmap"].tables:
                for cp in (0x00A0, 0x00AD):
                    t.cmap.pop(cp, None)
            f.save(tmpdir / name)
            out[name] = tmpdir / name
    return out


def story_css_fonts() -> str:
    rules = []
    for fam, base in (("lsans", "LiberationSans"), ("lserif", "LiberationSerif")):
        for style, w, i in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"),
                            ("Italic", "normal", "italic"), ("BoldItalic", "bold", "italic")):
            rules.append(f"@font-face {{font-family: {fam}; src: url({base}-{style}.ttf); "
                         f"font-weight: {w}; font-style: {i};}}")
    return "\n".join(rules)


# ---------------------------------------------------------------- checking

def _norm(s: str) -> str:
    s = s.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    s = re.sub(r"-\n(?=[a-zà-ÿ])", "", s)  # a word hyphenated at a line end
    return re.sub(r"\s+", " ", s).strip().lower()


def pdf_text(path: Path) -> str:
    import pymupdf

    with pymupdf.open(path) as doc:
        return _norm("\n".join(p.get_text() for p in doc))


def check(name: str) -> bool:
    """Every starts_with in the advice, every reply phrase in the response exactly once."""
    exp = json.loads((DOCS / f"{name}.expected.json").read_text(encoding="utf-8"))
    adv, resp = pdf_text(DOCS / f"{name}_advice.pdf"), pdf_text(DOCS / f"{name}_response.pdf")
    ok = True
    import pymupdf

    pages = [len(pymupdf.open(DOCS / f"{name}_{k}.pdf")) for k in ("advice", "response")]
    print(f"  {name}: advice {pages[0]} p., response {pages[1]} p., {len(exp['recommendations'])} recommendations")
    phrases = [r["starts_with"] for r in exp["recommendations"]] + [
        r["reply_contains"] for r in exp["recommendations"] if r["reply_contains"]] + exp["unmatched_replies_contain"]
    for ph in phrases:
        if re.search("[\ufb00-\ufb06\u00ad\u00a0]", ph):
            ok = False
            print(f"  {name}: phrase holds a ligature/soft hyphen/nbsp: {ph!r}")
    for r in exp["recommendations"]:
        n = adv.count(_norm(r["starts_with"]))
        if n < 1:
            ok = False
            print(f"  {name} {r['number']}: starts_with NOT in advice")
        elif n > 1:
            print(f"  {name} {r['number']}: starts_with {n}x in advice (repeated)")
        if r["reply_contains"] is not None:
            k = resp.count(_norm(r["reply_contains"]))
            if k != 1:
                ok = False
                print(f"  {name} {r['number']}: reply_contains found {k}x in response")
        elif r["verdict"] != "unanswered":
            ok = False
            print(f"  {name} {r['number']}: no reply but verdict {r['verdict']}")
    for u in exp["unmatched_replies_contain"]:
        k = resp.count(_norm(u))
        if k != 1:
            ok = False
            print(f"  {name}: unmatched phrase found {k}x: {u!r}")
    print(f"{name}: {'OK' if ok else 'PROBLEMS'}")
    return ok


if __name__ == "__main__":
    sys.exit(0 if all(check(n) for n in sys.argv[1:]) else 1)
