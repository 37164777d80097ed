"""The ruled-table finder (reading/grid.py) on PDFs drawn here: its tables, rows and cells."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

import pymupdf

from weerwoord.core.model import Rect
from weerwoord.core.reading import extraction, grid

XS = (60.0, 200.0, 380.0, 540.0)  # three columns
Page = pymupdf.Page


def _read(tmp_path: Path, draw: Callable[[Page], None]) -> list[list[list[Rect]]]:
    """Draw one A4 page, save it, open it again and find its ruled tables."""
    doc = pymupdf.open()
    draw(doc.new_page())
    path = tmp_path / "grid.pdf"
    doc.save(path)
    page = pymupdf.open(path)[0]
    m = page.transformation_matrix
    words = [(w[0], w[1], w[2], w[3]) for w in page.get_text("words")]
    return grid.ruled_tables(page.get_drawings(), tuple(page.rect), words, (m.d, m.f))


def _text(page: Page, xs: Sequence[float], ys: Sequence[float]) -> None:
    for r, (y0, y1) in enumerate(itertools.pairwise(ys)):
        for c, x0 in enumerate(xs[:-1]):
            page.insert_text((x0 + 4, (y0 + y1) / 2 + 3), f"r{r} c{c}", fontsize=9, fontname="helv")


def _cells(xs: Sequence[float], ys: Sequence[float]) -> list[list[Rect]]:
    return [[(x0, y0, x1, y1) for x0, x1 in itertools.pairwise(xs)] for y0, y1 in itertools.pairwise(ys)]


def _lines(page: Page, xs: Sequence[float], ys: Sequence[float], width: float = 0.5) -> None:
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), width=width)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=width)


def test_a_table_drawn_with_lines(tmp_path: Path) -> None:
    ys = (300.0, 330.0, 360.0, 390.0)

    def draw(page: Page) -> None:
        _lines(page, XS, ys)
        _text(page, XS, ys)

    assert _read(tmp_path, draw) == [_cells(XS, ys)]


def test_a_table_drawn_as_cell_rectangles(tmp_path: Path) -> None:
    ys = (100.0, 130.0, 160.0)

    def draw(page: Page) -> None:
        for y0, y1 in itertools.pairwise(ys):
            for x0, x1 in itertools.pairwise(XS):
                page.draw_rect((x0, y0, x1, y1), width=0.6)
        _text(page, XS, ys)

    assert _read(tmp_path, draw) == [_cells(XS, ys)]


def test_rules_drawn_as_thin_filled_bars_and_a_gap_where_they_meet(tmp_path: Path) -> None:
    # a rule as a filled bar 1 pt thick is one rule along its middle; bars that stop 1 pt short of each other
    # still meet
    ys = (200.0, 240.0, 280.0)

    def draw(page: Page) -> None:
        for y in ys:
            page.draw_rect((XS[0], y - 0.5, XS[-1] - 1, y + 0.5), color=None, fill=(0, 0, 0))
        for x in XS:
            page.draw_rect((x - 0.5, ys[0] + 1, x + 0.5, ys[-1]), color=None, fill=(0, 0, 0))
        _text(page, XS, ys)

    tables = _read(tmp_path, draw)
    assert len(tables) == 1 and len(tables[0]) == 2 and [len(row) for row in tables[0]] == [3, 3]
    top_left = tables[0][0][0]
    assert abs(top_left[0] - XS[0]) < 0.01 and abs(top_left[1] - ys[0]) < 1 and abs(top_left[3] - ys[1]) < 0.01


def test_a_merged_header_cell_is_one_cell(tmp_path: Path) -> None:
    ys = (400.0, 430.0, 460.0, 490.0)

    def draw(page: Page) -> None:
        for y in ys:
            page.draw_line((XS[0], y), (XS[-1], y), width=0.5)
        for x in (XS[0], XS[1], XS[3]):
            page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
        page.draw_line((XS[2], ys[1]), (XS[2], ys[-1]), width=0.5)  # no rule between columns 2 and 3 at the top
        page.insert_text((XS[0] + 4, 418), "Aanbeveling", fontsize=9, fontname="helv")
        page.insert_text((XS[1] + 4, 418), "Reactie van het kabinet", fontsize=9, fontname="helv")
        _text(page, XS, ys[1:])

    rows = _read(tmp_path, draw)[0]
    assert rows[0] == [(XS[0], ys[0], XS[1], ys[1]), (XS[1], ys[0], XS[3], ys[1])]
    assert rows[1:] == _cells(XS, ys[1:])


def test_shaded_rows_change_no_cell(tmp_path: Path) -> None:
    ys = (420.0, 450.0, 480.0, 510.0, 540.0)

    def draw(page: Page) -> None:
        for y0, y1 in zip(ys[::2], ys[1::2], strict=False):
            page.draw_rect((XS[0], y0, XS[-1], y1), color=None, fill=(0.85, 0.9, 0.95))
        _lines(page, XS, ys)
        _text(page, XS, ys)

    assert _read(tmp_path, draw) == [_cells(XS, ys)]


def test_a_table_of_shaded_cells_without_rules(tmp_path: Path) -> None:
    # cells only as filled boxes with a white gap of 2 pt between them: the boxes' edges snap into one grid
    ys = (410.0, 440.0, 470.0)

    def draw(page: Page) -> None:
        for y0, y1 in itertools.pairwise(ys):
            for x0, x1 in itertools.pairwise(XS):
                page.draw_rect((x0 + 1, y0 + 1, x1 - 1, y1 - 1), color=None, fill=(0.8, 0.85, 0.9))
        _text(page, XS, ys)

    rows = _read(tmp_path, draw)[0]
    assert [len(row) for row in rows] == [3, 3]
    assert all(
        abs(a - b) <= 1
        for row, want in zip(rows, _cells(XS, ys), strict=True)
        for c, w in zip(row, want, strict=True)
        for a, b in zip(c, w, strict=True)
    )


def test_two_tables_on_a_page_top_to_bottom(tmp_path: Path) -> None:
    low, high = (500.0, 530.0, 560.0), (120.0, 150.0, 180.0, 210.0)

    def draw(page: Page) -> None:
        for ys in (low, high):  # the lower one drawn first
            _lines(page, XS[:3], ys)
            _text(page, XS[:3], ys)

    assert _read(tmp_path, draw) == [_cells(XS[:3], high), _cells(XS[:3], low)]


def test_a_table_without_a_left_and_right_border(tmp_path: Path) -> None:
    # as many reports print them: full-width rules, rules between the columns only; the rules' envelope (it holds
    # text) closes the outer columns
    ys = (380.0, 410.0, 440.0, 470.0)

    def draw(page: Page) -> None:
        for y in ys:
            page.draw_line((XS[0], y), (XS[-1], y), width=0.5)
        for x in XS[1:-1]:
            page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
        _text(page, XS, ys)

    assert _read(tmp_path, draw) == [_cells(XS, ys)]


def test_the_envelope_holds_text_only_where_pymupdf_looks_for_it(tmp_path: Path) -> None:
    # PyMuPDF looks for an envelope's text in its mirror image (top to bottom); a borderless table high on an
    # empty page has none there, so only its inner column is closed: too few columns for a table
    ys = (80.0, 110.0, 140.0, 170.0)

    def draw(page: Page) -> None:
        for y in ys:
            page.draw_line((XS[0], y), (XS[-1], y), width=0.5)
        for x in XS[1:-1]:
            page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
        _text(page, XS, ys)

    assert _read(tmp_path, draw) == []


def test_a_boxed_paragraph_is_no_table(tmp_path: Path) -> None:
    def draw(page: Page) -> None:
        page.draw_rect((60, 300, 540, 380), width=0.8)
        page.draw_rect((60, 300, 540, 380), color=None, fill=(0.95, 0.95, 0.95))
        for k in range(4):
            page.insert_text((70, 320 + 16 * k), "Kader: de raad adviseert het kabinet om te investeren.", fontsize=10)

    assert _read(tmp_path, draw) == []


def test_a_grid_without_text_is_no_table(tmp_path: Path) -> None:
    ys = (300.0, 330.0, 360.0)
    assert _read(tmp_path, lambda page: _lines(page, XS, ys)) == []


def test_the_reader_finds_the_table_from_the_page_it_reads(tmp_path: Path) -> None:
    ys = (300.0, 330.0, 360.0, 390.0)
    doc = pymupdf.open()
    page = doc.new_page()
    _lines(page, XS, ys)
    _text(page, XS, ys)
    doc.save(tmp_path / "table.pdf")
    lines = extraction.extract_page(pymupdf.open(tmp_path / "table.pdf")[0], 1)
    assert lines.tables == [_cells(XS, ys)]


def test_a_table_low_on_a_turned_page_in_the_words_coordinates(tmp_path: Path) -> None:
    # a portrait page shown turned (/Rotate 90): its drawings and words are in the unrotated page's coordinates,
    # so the table under y = 595 (the turned page's height) is found there, where its words are
    ys = (600.0, 630.0, 660.0, 690.0)
    doc = pymupdf.open()
    page = doc.new_page()
    _lines(page, XS, ys)
    _text(page, XS, ys)
    page.set_rotation(90)
    doc.save(tmp_path / "turned.pdf")
    page = pymupdf.open(tmp_path / "turned.pdf")[0]
    assert extraction._ruled_tables(page) == [_cells(XS, ys)]
    first = page.get_text("words")[0]
    assert XS[0] < first[0] and ys[0] < first[1] < ys[1]
