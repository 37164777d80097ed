"""Shared reportlab helpers for the round-10 blind pairs (engine: reportlab Platypus).

Run the pair scripts with a Python that has reportlab (NOT the project's .venv), e.g.
    python3 -m venv /tmp/blindenv && /tmp/blindenv/bin/pip install reportlab pymupdf
    /tmp/blindenv/bin/python tests/docs/src/blind10/pair1_select.py
Fonts: DejaVu / Liberation TrueType from the Debian font packages, embedded as subsets.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

DOCS = Path(__file__).resolve().parents[2]

_FONTS = {
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf",
}
_DEJAVU = {
    "DejaVuSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
}


def register_fonts() -> None:
    for fam, pat in _FONTS.items():
        names = []
        for suffix, tag in (("Regular", ""), ("Bold", "-Bold"), ("Italic", "-Italic"), ("BoldItalic", "-BoldItalic")):
            pdfmetrics.registerFont(TTFont(fam + tag, pat.format(suffix)))
            names.append(fam + tag)
        pdfmetrics.registerFontFamily(fam, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])
    for fam, files in _DEJAVU.items():
        tags = ("", "-Bold", "-Italic", "-BoldItalic")
        for f, tag in zip(files, tags):
            pdfmetrics.registerFont(TTFont(fam + tag, f"/usr/share/fonts/truetype/dejavu/{f}.ttf"))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-Bold", italic=fam + "-Italic",
                                      boldItalic=fam + "-BoldItalic")


def styles(base: str = "LibSerif", size: float = 11, lead: float = 14.5) -> dict[str, ParagraphStyle]:
    s = {}
    s["body"] = ParagraphStyle("body", fontName=base, fontSize=size, leading=lead, alignment=TA_JUSTIFY,
                               spaceAfter=6)
    s["left"] = ParagraphStyle("left", parent=s["body"], alignment=TA_LEFT)
    s["h1"] = ParagraphStyle("h1", fontName=base + "-Bold", fontSize=size + 6, leading=lead + 7, spaceBefore=10,
                             spaceAfter=8)
    s["h2"] = ParagraphStyle("h2", fontName=base + "-Bold", fontSize=size + 2.5, leading=lead + 3, spaceBefore=10,
                             spaceAfter=5, keepWithNext=1)
    s["h3"] = ParagraphStyle("h3", fontName=base + "-BoldItalic", fontSize=size, leading=lead, spaceBefore=6,
                             spaceAfter=3, keepWithNext=1)
    s["small"] = ParagraphStyle("small", fontName=base, fontSize=size - 2.5, leading=lead - 3.5)
    s["quote"] = ParagraphStyle("quote", parent=s["body"], leftIndent=22, rightIndent=14, fontName=base + "-Italic")
    return s


def numbered(style: ParagraphStyle, indent: float = 26) -> ParagraphStyle:
    """A hanging-indent variant for numbered paragraphs (the number sits in the hang)."""
    return ParagraphStyle(style.name + "_num", parent=style, leftIndent=indent, firstLineIndent=-indent)
