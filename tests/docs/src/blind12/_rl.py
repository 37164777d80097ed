"""Blind round 12 helper for the reportlab generators: fonts and paragraph styles.

Imported by the gen_*_rl.py scripts; not a generator itself.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

DOCS = Path(__file__).resolve().parents[2]
FONTS = {
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif{}.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf",
}


def register(family: str) -> None:
    if family == "DejaVuSerif":
        faces = {"": "", "-Bold": "-Bold", "-Italic": "-Italic", "-BoldItalic": "-BoldItalic"}
    else:
        faces = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
    for suffix, face in faces.items():
        pdfmetrics.registerFont(TTFont(family + suffix, FONTS[family].format(face)))
    addMapping(family, 0, 0, family)
    addMapping(family, 1, 0, family + "-Bold")
    addMapping(family, 0, 1, family + "-Italic")
    addMapping(family, 1, 1, family + "-BoldItalic")


def styles(family: str, size: float = 10.5) -> dict[str, ParagraphStyle]:
    register(family)
    base = ParagraphStyle("body", fontName=family, fontSize=size, leading=size * 1.38, spaceAfter=size * 0.6)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=family + "-Bold", fontSize=size * 1.8,
                                leading=size * 2.2, spaceAfter=size),
        "h1": ParagraphStyle("h1", base, fontName=family + "-Bold", fontSize=size * 1.35, leading=size * 1.7,
                             spaceBefore=size * 0.9, spaceAfter=size * 0.5),
        "h2": ParagraphStyle("h2", base, fontName=family + "-Bold", fontSize=size * 1.1, leading=size * 1.45,
                             spaceBefore=size * 0.6, spaceAfter=size * 0.35),
        "small": ParagraphStyle("small", base, fontSize=size * 0.8, leading=size * 1.05, spaceAfter=2),
        "italic": ParagraphStyle("italic", base, fontName=family + "-Italic"),
        "num": ParagraphStyle("num", base, leftIndent=size * 2.2, firstLineIndent=-size * 2.2),
        "cell": ParagraphStyle("cell", base, fontSize=size * 0.86, leading=size * 1.12, spaceAfter=3),
        "cellb": ParagraphStyle("cellb", base, fontName=family + "-Bold", fontSize=size * 0.86,
                                leading=size * 1.12, spaceAfter=3),
    }
