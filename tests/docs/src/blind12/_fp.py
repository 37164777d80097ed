"""Blind round 12 helper for the fpdf2 generators: a small FPDF subclass with system fonts and simple blocks.

Imported by the gen_*_fp.py scripts; not a generator itself.
"""
from __future__ import annotations

from pathlib import Path

from datetime import datetime, timezone

from fpdf import FPDF

DOCS = Path(__file__).resolve().parents[2]
LIB = "/usr/share/fonts/truetype/liberation/"


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
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(datetime(2025, 3, 1, tzinfo=timezone.utc))
        self.add_page()

    def header(self):
        if self.header_text and self.page_no() > 1:
            self.set_font("sans", "", 8)
            self.set_text_color(110)
            self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-15)
        self.set_font("sans", "", 8)
        self.set_text_color(110)
        self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")
        self.set_text_color(0)

    def para(self, text, *, style="", size=None, indent=0, after=2.2, lh=None, align="J"):
        size = size or self.size
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh or size * 0.5, text, markdown=True, align=align,
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def heading(self, text, size=13, before=3, after=1.5, family="sans", color=(0, 0, 0)):
        self.ln(before)
        self.set_font(family, "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(after)
