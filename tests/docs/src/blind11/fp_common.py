"""Shared layout helpers for the fpdf2 generators of blind round 11.

Engine: fpdf2 (core FPDF with TrueType fonts from the system, subset-embedded).
Run any pair script from the repository root with the separate venv, e.g.
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair2_ovv.py
(make the venv with `python3 -m venv /tmp/blind11env && /tmp/blind11env/bin/pip install reportlab pymupdf fpdf2`).

Text markup is fpdf2's own `markdown=True`: **bold**, __italic__ (no double hyphens in the prose!).
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

LIB = "/usr/share/fonts/truetype/liberation/"
DEJ = "/usr/share/fonts/truetype/dejavu/"
OUT = Path(__file__).resolve().parents[2]  # tests/docs


class Doc(FPDF):
    """A4 document with optional running header, footer and a right-hand sidebar (letters)."""

    def __init__(self, family="serif", running=None, footer="{n}", sidebar=None, sidebar_first_only=False,
                 left=25, right=25, top=22, size=10.5, first_page_running=False):
        super().__init__(format="A4", unit="mm")
        self.set_creator("blind11 fpdf2")
        self.set_creation_date(__import__("datetime").datetime(2025, 5, 1, tzinfo=__import__("datetime").timezone.utc))
        if family == "serif":
            files = ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic")
        elif family == "dejavu":
            files = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")
        else:
            files = ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic")
        base = DEJ if family == "dejavu" else LIB
        for style, f in zip(("", "B", "I", "BI"), files):
            self.add_font("body", style, base + f + ".ttf")
        self.add_font("side", "", LIB + "LiberationSans-Regular.ttf")
        self.add_font("side", "B", LIB + "LiberationSans-Bold.ttf")
        self.running = running
        self.footer_fmt = footer
        self.sidebar = sidebar
        self.sidebar_first_only = sidebar_first_only
        self.first_page_running = first_page_running
        self.size = size
        self.lh = size * 0.48
        self.set_margins(left, top, right + (45 if sidebar else 0))
        self.set_auto_page_break(True, 22)
        self.set_font("body", "", size)

    # page furniture -------------------------------------------------------
    def header(self):
        if self.running and (self.page_no() > 1 or self.first_page_running):
            self.set_font("side", "", 7.5)
            self.set_text_color(110)
            self.set_xy(self.l_margin, 10)
            self.cell(0, 4, self.running, align="L")
            self.set_draw_color(170)
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_text_color(0)
        if self.sidebar and (not self.sidebar_first_only or self.page_no() == 1):
            x = self.w - 62
            y = 40 if self.page_no() == 1 else 30
            for line in self.sidebar:
                if line.startswith("**"):
                    self.set_font("side", "B", 7.5)
                    line = line.strip("*")
                else:
                    self.set_font("side", "", 7.5)
                self.set_xy(x, y)
                self.cell(45, 3.6, line)
                y += 3.6 if line else 2.4
        self.set_font("body", "", self.size)
        self.set_y(self.t_margin)

    def footer(self):
        if not self.footer_fmt:
            return
        self.set_y(-15)
        self.set_font("side", "", 8)
        self.set_text_color(90)
        self.cell(0, 5, self.footer_fmt.format(n=self.page_no(), total="{nb}"), align="C")
        self.set_text_color(0)

    # blocks ----------------------------------------------------------------
    def gap(self, mm=2.5):
        self.ln(mm)

    def h1(self, text, size=None, before=4, after=2.5):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.gap(before)
        self.set_font("body", "B", size or self.size + 4)
        self.multi_cell(0, (size or self.size + 4) * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.gap(after)
        self.set_font("body", "", self.size)

    def h2(self, text, before=3, after=1.5, italic=False):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.gap(before)
        self.set_font("body", "BI" if italic else "B", self.size + 1)
        self.multi_cell(0, self.lh + 0.4, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.gap(after)
        self.set_font("body", "", self.size)

    def p(self, text, after=2.2, align="L", style="", size=None, indent=0):
        self.set_font("body", style, size or self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, self.lh, text, align=align, markdown=True,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.gap(after)
        self.set_font("body", "", self.size)

    def item(self, label, text, indent=0, width=9, after=1.8, bold_label=False, style=""):
        if self.get_y() > self.h - 32:
            self.add_page()
        x0 = self.l_margin + indent
        self.set_x(x0)
        self.set_font("body", "B" if bold_label else style, self.size)
        y = self.get_y()
        self.cell(width, self.lh, label)
        self.set_font("body", style, self.size)
        self.set_xy(x0 + width, y)
        self.multi_cell(self.epw - indent - width, self.lh, text, align="L", markdown=True,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.gap(after)

    def box(self, paragraphs, fill=(232, 236, 240), title=None):
        """Shaded box: consecutive filled multi_cells (no gaps between them)."""
        self.gap(1)
        self.set_fill_color(*fill)
        if title:
            self.set_font("body", "B", self.size)
            self.multi_cell(0, self.lh + 1, "  " + title, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                            padding=(2, 3, 1, 3))
        for para in paragraphs:
            self.set_font("body", "", self.size - 0.5)
            self.multi_cell(0, self.lh, para, fill=True, markdown=True, align="L", padding=(1.2, 4, 1.2, 4),
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.gap(3)
        self.set_font("body", "", self.size)

    def save(self, name):
        path = OUT / name
        self.output(str(path))
        return path
