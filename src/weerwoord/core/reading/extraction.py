"""One page read: its lines with words, sizes and styles and its ruled tables; what a PDF page asks of MuPDF,
measured before it is read; whether a text is a jumble of symbols, or a page only images."""

from __future__ import annotations

import contextlib
import itertools
import re
import zlib
from pathlib import Path
from typing import Any

import pymupdf

from weerwoord.core.errors import AnalysisAborted, NotADocument
from weerwoord.core.model import Rect
from weerwoord.core.reading.columns import merge_same_baseline
from weerwoord.core.reading.grid import pieced_rules, ruled_tables
from weerwoord.core.reading.guard import Guard
from weerwoord.core.reading.opening import short_error
from weerwoord.core.reading.page_lines import Line, PageLines, is_label, make_line, table_area
from weerwoord.core.reading.rules_across import tables_carried_over, tables_ruled_across
from weerwoord.core.reading.unruled import tables_unruled
from weerwoord.core.words import _


def extract_checked(
    doc: Any, index: int, p: Path, boxes: BoxTrial | None = None, guard: Guard | None = None, plain: bool = False
) -> PageLines:
    try:
        page = doc[index]
        if guard is not None and doc.is_pdf:
            work = page_work(doc, page, exact_from=3 * guard.page_ops, cap=guard.page_bytes)
            guard.check_page(index + 1, doc.page_count, *work)
        return extract_page(page, index + 1, boxes, plain)
    except (AnalysisAborted, MemoryError):
        raise
    except Exception as err:
        message = _("Page {page} of {name} cannot be read ({detail}).").format(
            page=index + 1, name=p.name, detail=short_error(err)
        )
        raise NotADocument(message, str(p)) from err


_TEXT_OPS = (b"Tj", b"TJ", b"'", b'"')  # the operators that show text (a count from above: strings may hold them)
_DRAWN = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")
FORM_DEPTH = 12  # forms drawn inside forms beyond this are not counted (MuPDF stops nesting long before)


def page_work(doc: Any, page: Any, exact_from: int = 0, cap: int = 1 << 30) -> tuple[int, int]:
    """How much a PDF page asks of MuPDF, measured without reading its text: the decompressed bytes of its
    content streams and (at most) the text-showing operators in them, a form XObject counted as often as it is
    drawn. The operators are counted where the content is ``exact_from`` bytes or more; below that the count
    is a bound from the size (an operator takes 3 bytes at least: ``()'``), as an ordinary page's (30 KB) is
    far below any limit. A form is decompressed no further than ``cap`` bytes. The cost: the page's content
    decompressed once more (0.1 to 0.2 ms for a dense page, about 5 % of reading it)."""
    try:
        content = page.read_contents() or b""
    except Exception:  # unreadable content: the text reading says so in its own words
        return 0, 0
    forms: dict[int, dict[bytes, int]] = {}  # who draws (0: the page) → name → xref
    if b"Do" in content:
        with contextlib.suppress(Exception):  # a damaged resource dictionary: the text reading will say so
            for xref, name, invoker, _bbox in page.get_xobjects():
                forms.setdefault(int(invoker), {})[str(name).encode("latin-1", "replace")] = int(xref)
    done: dict[int, tuple[int, int]] = {}
    counting = False

    def measure(data: bytes, drawer: int, depth: int) -> tuple[int, int]:
        size = len(data)
        ops = sum(data.count(op) for op in _TEXT_OPS) if counting else size // 3
        names = forms.get(drawer)
        if names and depth < FORM_DEPTH and b"Do" in data:
            drawn: dict[bytes, int] = {}
            for m in _DRAWN.finditer(data):
                drawn[m.group(1)] = drawn.get(m.group(1), 0) + 1
            for name, times in drawn.items():
                xref = names.get(name)
                if xref is None:
                    continue
                if xref not in done:
                    done[xref] = (0, 0)  # a form that draws itself counts once
                    done[xref] = measure(_stream(doc, xref, cap), xref, depth + 1)
                f_size, f_ops = done[xref]
                size, ops = size + times * f_size, ops + times * f_ops
        return size, ops

    size, ops = measure(content, 0, 0)
    if size >= exact_from and exact_from > 0:
        counting = True
        done.clear()
        size, ops = measure(content, 0, 0)
    return size, ops


def _stream(doc: Any, xref: int, cap: int) -> bytes:
    """The decompressed stream ``xref``, at most ``cap`` + 1 bytes of it (Flate, the usual filter, decompressed
    here bit by bit; other filters by MuPDF, whole)."""
    try:
        kind, value = doc.xref_get_key(xref, "Filter")
        if kind == "name" and value == "/FlateDecode" and doc.xref_get_key(xref, "DecodeParms")[0] == "null":
            inflate = zlib.decompressobj()
            raw, out, size = doc.xref_stream_raw(xref) or b"", [], 0
            with contextlib.suppress(zlib.error):  # damaged further on: what came before is measured
                for at in range(0, len(raw), 1 << 16):
                    piece = inflate.decompress(raw[at : at + (1 << 16)], cap + 1 - size)
                    out.append(piece)
                    size += len(piece)
                    if size > cap:
                        break
                else:
                    out.append(inflate.flush())
            return b"".join(out)
        return bytes(doc.xref_stream(xref) or b"")[: cap + 1]
    except Exception:  # a damaged stream: MuPDF's reading of the page says what is wrong, or repairs it
        return b""


class BoxTrial:
    """Whether the pages of one document are still read with the glyph-box correction off first."""

    def __init__(self) -> None:
        self.uncorrected = True


def extract_page(page: Any, number: int, boxes: BoxTrial | None = None, plain: bool = False) -> PageLines:
    """Lines of one page with their words, sizes and styles (one TextPage, two extractions).

    ``boxes`` carries over from page to page whether the quicker uncorrected reading is worth trying; with
    ``plain`` the page's plain text is kept too (from the same TextPage: ligatures spelled out)."""
    # vectors come along in the same pass, so a page without any drawing skips the search for ruled tables
    flags = pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_COLLECT_VECTORS
    tp = page.get_textpage(flags=flags)
    words = None
    if boxes is None or boxes.uncorrected:
        info, words = _boxes_uncorrected(tp)
    if words is None:  # a font whose glyph box is lower than its size: PyMuPDF's correction changes its boxes
        if boxes is not None:
            boxes.uncorrected = False  # such a font is likely on the next pages too: no second try on them
        info = tp.extractDICT()
        words = tp.extractWORDS()
    by_line: dict[tuple[int, int], list[tuple[str, tuple[float, float, float, float]]]] = {}
    key: tuple[int, int] | None = None
    current: list[tuple[str, tuple[float, float, float, float]]] = []
    for w in words:  # in block, line, word order: group runs of one line without a lookup per word
        if (w[5], w[6]) != key:
            key = (w[5], w[6])
            current = by_line.setdefault(key, [])
        current.append((w[4], w[:4]))
    lines: list[Line] = []
    drawings: list[Rect] = []
    bno = -1  # the words number the text blocks only; the dict numbers the vector blocks too
    for block in info.get("blocks", []):
        if block.get("type", 0) != 0:
            if block.get("type") == 3:
                drawings.append(block["bbox"])
            continue
        bno += 1
        own: list[Line] = []
        for lno, line in enumerate(block.get("lines", [])):
            spans = line.get("spans", [])
            line_words = by_line.get((bno, lno), [])
            if not line_words or not spans:
                continue
            if _dingbat(spans[0]) and line_words[0][0] == spans[0]["text"].strip():
                line_words[0] = ("•", line_words[0][1])  # a bullet set in a font of signs, "n" or "l" in its code
            own.append(make_line(number, tuple(line["bbox"]), spans, line_words, line.get("dir", (1, 0))))
        lines.extend(_justified_lines(own) if len(own) > 2 else own)
    if drawings:
        _drawn_bullets(lines, drawings)
    rect = page.rect
    tables = _ruled_tables(page, words) if _may_hold_table(drawings) else []
    tables += tables_unruled(lines, tables)  # (and those set in columns by white space alone)
    # boxes a column wide or so, two lines high or more: a box of text that may stand beside the running text
    drawn = [d for d in drawings if 0.15 * rect.width <= d[2] - d[0] <= 0.6 * rect.width and d[3] - d[1] >= 24]
    pieced = pieced_rules(drawings) if not tables and drawings else []
    return PageLines(
        number,
        rect.width,
        rect.height,
        lines,
        tables,
        boxes=drawn,
        text=tp.extractText() if plain else None,
        pieced=pieced,
    )


JUSTIFIED_PIECES = 3  # a justified line read as this many lines or more on one baseline
JUSTIFIED_GAP = 2.0  # font sizes at most between them


def _justified_lines(own: list[Line]) -> list[Line]:
    """A block's lines with each justified line that MuPDF read as a line per word or two (its spaces wide as
    gaps) one line again: three pieces or more on one baseline, each a space's width or two from the next (else
    its words at the right, past 62 % of the page's width, read as a sidebar). A label hanging beside its text
    is two pieces, and stays apart."""
    rows: list[list[Line]] = []
    for ln in own:
        row = rows[-1] if rows else None
        if row is not None and abs(row[0].bbox[1] - ln.bbox[1]) < 1.5 and abs(row[0].bbox[3] - ln.bbox[3]) < 1.5:
            row.append(ln)
        else:
            rows.append([ln])
    if len(rows) == len(own):
        return own
    out: list[Line] = []
    for row in rows:
        row.sort(key=lambda ln: ln.bbox[0])
        gaps = [b.bbox[0] - a.bbox[2] for a, b in itertools.pairwise(row)]
        if len(row) >= JUSTIFIED_PIECES and all(0 <= g <= JUSTIFIED_GAP * row[0].size for g in gaps):
            out.extend(merge_same_baseline(row))
        else:
            out.extend(row)
    return out


# fonts of signs, not letters: a bullet set in one reads as the letter of its code ("■" of ZapfDingbats as "n")
DINGBAT_FONTS = ("zapfdingbats", "dingbats", "wingdings", "webdings")


def _dingbat(span: dict[str, Any]) -> bool:
    """Whether a span is one sign in a font of signs: a list's bullet."""
    return len(span["text"].strip()) == 1 and any(f in span["font"].lower() for f in DINGBAT_FONTS)


BULLET_SIZE = (1.5, 8.0)  # points: a drawn bullet's width and height, from a dot to a square
BULLET_GAP = 24.0  # points at most between a drawn bullet and the first word of its line


def _drawn_bullets(lines: list[Line], drawings: list[Rect]) -> None:
    """Give the lines that a drawn bullet stands before (a list a browser prints draws its discs and squares as
    paths, no character) that bullet as their first word, as a bullet in type would be: the line opens a list
    item. A bullet is a small square shape left of the line's first word, at the height of its middle."""
    small = [
        d
        for d in drawings
        if BULLET_SIZE[0] <= d[2] - d[0] <= BULLET_SIZE[1]
        and BULLET_SIZE[0] <= d[3] - d[1] <= BULLET_SIZE[1]
        and 0.6 <= (d[2] - d[0]) / (d[3] - d[1]) <= 1.6
    ]
    if not small or len(small) > 60:
        return  # none, or a page of small shapes (a chart, a check-box form): no bullets to tell apart
    for ln in lines:
        x0, y0, _, y1 = ln.words[0][1]
        for d in small:
            middle = (d[1] + d[3]) / 2
            if 0 < x0 - d[2] <= BULLET_GAP and y0 <= middle <= y1 and not is_label(ln.words[0][0]):
                ln.words.insert(0, ("•", (d[0], d[1], d[2], d[3])))
                if ln.word_lines is not None:
                    ln.word_lines.insert(0, ln.word_lines[0])
                ln.bbox = (min(ln.bbox[0], d[0]), ln.bbox[1], ln.bbox[2], ln.bbox[3])
                ln.plain = False
                break


def _may_hold_table(drawings: list[Rect]) -> bool:
    """Whether a page's drawings (the boxes of its paths) could be a ruled table, which has eight rules or
    more: eight drawings, or one that is a grid by itself (a table drawn as one path, two rows or more). A logo
    or a line under a heading is neither, and the page's drawings are then not taken apart (0.5 ms a page)."""
    return len(drawings) >= 8 or any(x1 - x0 >= 60 and y1 - y0 >= 20 for x0, y0, x1, y1 in drawings)


def _boxes_uncorrected(tp: Any) -> tuple[dict[str, Any], list[tuple[Any, ...]] | None]:
    """The page's dictionary and words with PyMuPDF's glyph-box correction off, where that changes nothing.

    PyMuPDF corrects the box of every character whose font is lower (ascender minus descender) than one em,
    and asks each character's font for those metrics to find out: a tenth of the work of reading a page. The
    uncorrected boxes are the same for every other font, and a font that would be corrected shows itself in
    the dictionary: its spans are lower than their size across the line (a ZapfDingbats bullet: 0.96 em). Such
    a page (and a line at a slant, not checked) gets ``None`` for words, and the caller reads it corrected.
    """
    previous = pymupdf.TOOLS.unset_quad_corrections()
    pymupdf.TOOLS.unset_quad_corrections(True)
    try:
        info = tp.extractDICT()
        return info, (tp.extractWORDS() if _glyph_boxes_whole(info) else None)
    finally:
        pymupdf.TOOLS.unset_quad_corrections(previous)


def _glyph_boxes_whole(info: dict[str, Any]) -> bool:
    """Whether every span stands at least its font size tall across its line (no box would be corrected)."""
    for block in info.get("blocks", ()):
        if block.get("type", 0) != 0:
            continue
        for line in block.get("lines", ()):
            dx, dy = line.get("dir", (1.0, 0.0))
            if dy == 0:
                across = 1  # horizontal: the box's height
            elif dx == 0:
                across = 0  # vertical: its width
            else:
                return False
            for s in line.get("spans", ()):
                b = s["bbox"]
                if b[across + 2] - b[across] < s["size"] * 0.9999:
                    return False
    return True


def _ruled_tables(page: Any, words: list[tuple[Any, ...]] | None = None) -> list[list[list[Rect]]]:
    """Cells (rows of rectangles) of the ruled tables on a page (``words``: its words as MuPDF gives them, read
    from the page when not given); only pages with enough ruling are searched, from their drawings (``grid``:
    what PyMuPDF's ``find_tables`` finds with its "lines" strategy, without taking the page's every character
    apart in Python first)."""
    try:
        drawings = page.get_drawings()
    except Exception:
        return []
    rules = sum(1 for d in drawings for item in d.get("items", ()) if item and item[0] in ("l", "re"))
    if rules < 4:
        return []
    if words is None:
        words = page.get_text("words", flags=pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_PRESERVE_WHITESPACE)
    boxes = [(w[0], w[1], w[2], w[3]) for w in words]
    figures = {(w[0], w[1], w[2], w[3]) for w in words if any(ch.isdigit() for ch in w[4])}
    if not _grid_like(drawings):  # (two rows of two cells drawn as boxes: a table)
        # (or rules across only, under a header of columns)
        return tables_ruled_across(drawings, boxes, figures=figures)
    # drawings and words are in the unrotated page's coordinates (find_tables turned a rotated page first, and
    # its cells were then in other coordinates than the words)
    area = page.rect * page.derotation_matrix if page.rotation else page.rect
    m = page.transformation_matrix
    flip = (m.d, m.f) if not page.rotation else (-1.0, area.y1)
    try:
        found = ruled_tables(drawings, tuple(area), boxes, flip)
    except Exception:  # a drawing the finder cannot take apart: the page is read without tables, as before
        return []
    # (shaded header cells side by side look like a grid, but the rows are ruled across only: a table whose borders
    # are drawn cell by cell, tops and bottoms)
    # (and a table ruled across whose header stood on the page before, its rules drawn as thin bars, a shaded band
    # among them: the grid's boxes close no cell)
    if found:
        # (and a table ruled across only below the grids: a letter's shaded field table over its table of decisions,
        # whose rows are ruled across)
        below = max(table_area(t)[3] for t in found)
        return found + [t for t in tables_ruled_across(drawings, boxes, figures=figures) if table_area(t)[1] >= below]
    return tables_ruled_across(drawings, boxes, pieced_only=True, figures=figures) or tables_carried_over(
        drawings, boxes, area.y1 - area.y0
    )


def _grid_like(drawings: list[dict[str, Any]]) -> bool:
    """Whether the page's rules and boxes could make a table of two rows and two columns or more: three
    horizontal and three vertical edges at different places. Shaded boxes, a cover's blocks of colour and rules
    under headings fail this, and PyMuPDF's table search (a third of the reading time on such pages) is skipped."""
    xs: set[int] = set()
    ys: set[int] = set()
    for d in drawings:
        for item in d.get("items", ()):
            if not item:
                continue
            if item[0] == "re":
                r = item[1]
                xs.update((round(r.x0), round(r.x1)))
                ys.update((round(r.y0), round(r.y1)))
            elif item[0] == "l":
                a, b = item[1], item[2]
                if abs(a.x - b.x) < 1:
                    xs.add(round(a.x))
                elif abs(a.y - b.y) < 1:
                    ys.add(round(a.y))
        if len(xs) >= 3 and len(ys) >= 3:
            return True
    return False


# characters a font without a map to Unicode gives: MuPDF's replacement character, control characters (the
# glyph numbers themselves) and the private use area
_GARBLE = re.compile("[\ufffd\x00-\x08\x0b-\x1f\ue000-\uf8ff]")
GARBLED_SHARE = 0.3  # of the characters of the first words


def garbled(pages: list[PageLines], sample: int = 4000) -> bool:
    """Whether the document's text is mostly characters that stand for no letter (of its first ``sample``
    words; pages of fine text after a garbled cover page still count)."""
    words: list[str] = []
    for pg in pages:
        for line in pg.lines:
            words.extend(w for w, _rect in line.words)
        if len(words) >= sample:
            break
    text = "".join(words)
    return len(text) >= 20 and len(_GARBLE.findall(text)) > GARBLED_SHARE * len(text)


def has_images(page: Any) -> bool:
    try:
        return bool(page.get_images())
    except Exception:
        return False
