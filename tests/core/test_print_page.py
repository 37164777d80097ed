"""A page as drawing data for the printer: rectangles, lines and text as they are; anything else means a picture."""

from __future__ import annotations

import pymupdf

from weerwoord.core.publishing.print_page import family_of, page_drawing


def test_shapes_and_text_are_read_as_they_are_drawn() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.draw_rect(pymupdf.Rect(50, 60, 250, 90), color=(0, 0, 0), fill=(0.9, 0.9, 0.9), width=0.5)
    page.draw_line((50, 100), (250, 100), color=(1, 0, 0), width=2)
    page.insert_text((60, 80), "Aanbeveling 1", fontsize=11, fontname="hebo", color=(0, 0, 0.5))
    drawing = page_drawing(page)
    assert drawing.vector and (drawing.width, drawing.height) == (595, 842)
    rect, line = drawing.shapes
    assert rect.kind == "rect" and rect.stroke == (0.0, 0.0, 0.0)
    assert rect.fill is not None and [round(c, 3) for c in rect.fill] == [0.9, 0.9, 0.9]
    assert [round(c) for c in rect.coords] == [50, 60, 250, 90]
    assert (line.kind, line.stroke, line.width) == ("line", (1.0, 0.0, 0.0), 2.0)
    (span,) = drawing.spans
    assert (span.text, round(span.x), round(span.y), span.size, span.bold) == ("Aanbeveling 1", 60, 80, 11, True)
    assert [round(c, 2) for c in span.colour] == [0.0, 0.0, 0.5] and span.width > 50


def test_a_page_with_a_picture_or_a_curve_is_printed_as_a_picture() -> None:
    doc = pymupdf.open()
    pictured = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 4), False)
    pix.clear_with(200)
    pictured.insert_image(pymupdf.Rect(10, 10, 50, 50), pixmap=pix)
    curved = doc.new_page()
    curved.draw_circle((100, 100), 20)
    turned = doc.new_page()
    turned.insert_text((100, 100), "gedraaid", rotate=90)
    assert [page_drawing(p).vector for p in doc] == [False, False, False]


def test_font_families() -> None:
    assert family_of("Nimbus Sans Bold") == "Nimbus Sans"
    assert family_of("ABCDEF+Arial-BoldMT") == "Arial"
    assert family_of("Noto Sans Symbols2 Regul") == "Noto Sans Symbols2"
