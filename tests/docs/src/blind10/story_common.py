"""Shared helpers for the round-10 blind pairs laid out with PyMuPDF's Story API (HTML + CSS -> PDF).

Engine: pymupdf.Story placed page by page through pymupdf.DocumentWriter; a sidebar story and a footer
story are drawn beside the body on every page. Fonts: Liberation / DejaVu TrueType via pymupdf.Archive.
Run the pair scripts with /tmp/blindenv/bin/python (see common_rl.py for the venv; also needs fonttools).

MuPDF writes its ToUnicode map from the font's cmap, and Liberation maps U+00A0 and U+00AD to the same glyphs as
the space and the hyphen, so every space came out as a no-break space and every hyphen as a soft hyphen. The
fonts are therefore copied to a temporary folder with those two cmap entries removed (DejaVu is not used here:
MuPDF shapes it with fi/ffi ligatures).
"""

from __future__ import annotations

import io
from pathlib import Path

import pymupdf

DOCS = Path(__file__).resolve().parents[2]
FONT_DIR = Path("/tmp/blind10_fonts")


def _patched_fonts() -> None:
    from fontTools.ttLib import TTFont
    FONT_DIR.mkdir(exist_ok=True)
    for src in Path("/usr/share/fonts/truetype/liberation").glob("Liberation*-*.ttf"):
        out = FONT_DIR / src.name
        if out.exists():
            continue
        font = TTFont(str(src))
        for table in font["cmap"].tables:
            if table.isUnicode():
                table.cmap.pop(0x00A0, None)
                table.cmap.pop(0x00AD, None)
        font.save(str(out))


_patched_fonts()
ARCH = pymupdf.Archive()
ARCH.add(str(FONT_DIR))

FONT_CSS = """
@font-face {font-family: LSans; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LSans; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LSans; src: url(LiberationSans-Italic.ttf); font-style: italic;}
@font-face {font-family: LSans; src: url(LiberationSans-BoldItalic.ttf); font-weight: bold; font-style: italic;}
@font-face {font-family: LSerif; src: url(LiberationSerif-Regular.ttf);}
@font-face {font-family: LSerif; src: url(LiberationSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: LSerif; src: url(LiberationSerif-Italic.ttf); font-style: italic;}
@font-face {font-family: LSerif; src: url(LiberationSerif-BoldItalic.ttf); font-weight: bold; font-style: italic;}
"""

A4 = pymupdf.paper_rect("a4")


def render(out: Path, body_html: str, css: str, body_rect, *, sidebar=None, footer=None, header=None,
           first_body_rect=None, meta=None) -> int:
    """Lay out ``body_html`` page by page. ``sidebar(page_no)``/``footer(page_no, pages)``/``header(page_no)``
    return (html, rect) or None. Two passes so that footers can say 'N of M'."""
    pages = 0
    for pass_no in range(2):
        buf = io.BytesIO()
        writer = pymupdf.DocumentWriter(buf)
        story = pymupdf.Story(html=body_html, user_css=FONT_CSS + css, archive=ARCH)
        more, n = 1, 0
        while more:
            n += 1
            dev = writer.begin_page(A4)
            rect = first_body_rect if (n == 1 and first_body_rect) else body_rect
            more, _ = story.place(rect)
            story.draw(dev)
            for fn, args in ((sidebar, (n,)), (header, (n,)), (footer, (n, pages or 0))):
                if fn is None:
                    continue
                got = fn(*args)
                if got is None:
                    continue
                html, r = got
                s2 = pymupdf.Story(html=html, user_css=FONT_CSS + css, archive=ARCH)
                s2.place(r)
                s2.draw(dev)
            writer.end_page()
        writer.close()
        pages = n
    doc = pymupdf.open("pdf", buf.getvalue())
    doc.set_metadata({"producer": "PyMuPDF Story", "creationDate": "D:20250301120000",
                      "modDate": "D:20250301120000", **(meta or {})})
    doc.subset_fonts()
    doc.save(str(out), garbage=4, deflate=True, no_new_id=True)
    return pages
