"""Shared helpers for the reportlab (Platypus) generators of blind round 11.

Engine: reportlab Platypus, Liberation/DejaVu TrueType fonts from the system (subset-embedded).
Run any pair script from the repository root with the separate venv, e.g.
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair1_pac.py
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether, PageBreak)

OUT = Path(__file__).resolve().parents[2]
LIB = "/usr/share/fonts/truetype/liberation/"


def fonts(prefix, family="Sans"):
    names = {"": "Regular", "B": "Bold", "I": "Italic", "BI": "BoldItalic"}
    for k, v in names.items():
        pdfmetrics.registerFont(TTFont(f"{prefix}{k}", f"{LIB}Liberation{family}-{v}.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily(prefix, normal=prefix, bold=prefix + "B", italic=prefix + "I", boldItalic=prefix + "BI")


def styles(font, size=10.5, lead=None):
    lead = lead or size * 1.38
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.6,
                               alignment=TA_LEFT)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=size - 1.5, leading=(size - 1.5) * 1.35)
    s["h1"] = ParagraphStyle("h1", parent=s["body"], fontName=font + "B", fontSize=size + 5, leading=(size + 5) * 1.25,
                             spaceBefore=10, spaceAfter=8)
    s["h2"] = ParagraphStyle("h2", parent=s["body"], fontName=font + "B", fontSize=size + 1.5,
                             leading=(size + 1.5) * 1.3, spaceBefore=8, spaceAfter=4)
    s["h3"] = ParagraphStyle("h3", parent=s["body"], fontName=font + "BI", fontSize=size, spaceBefore=5, spaceAfter=3)
    s["title"] = ParagraphStyle("title", parent=s["body"], fontName=font + "B", fontSize=22, leading=27, spaceAfter=10)
    s["num"] = ParagraphStyle("num", parent=s["body"], leftIndent=11 * mm, bulletIndent=0, bulletFontName=font)
    s["numb"] = ParagraphStyle("numb", parent=s["num"], bulletFontName=font + "B")
    s["cell"] = ParagraphStyle("cell", parent=s["body"], fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0)
    return s


def build(name, story, on_page, margins=(25 * mm, 25 * mm, 25 * mm, 22 * mm), title="", frames=None):
    path = OUT / name
    left, right, top, bottom = margins
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=title, author="", creator="blind11 reportlab",
                          invariant=1)
    frame = Frame(left, bottom, A4[0] - left - right, A4[1] - top - bottom, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="all", frames=frames or [frame], onPage=on_page)])
    doc.build(story)
    return path
