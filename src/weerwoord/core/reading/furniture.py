"""Lines that are not the body: running headers and footers, page numbers, sidebars and footnotes."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

from weerwoord.core.reading.page_lines import (
    NUMBERED_TITLE,
    PAGE_NUMBER_RE,
    SUPERSCRIPTS,
    Line,
    PageLines,
    centred_in,
    ends_sentence,
    is_label,
    norm_key,
    table_area,
)


def _mark_table_lines(pg: PageLines) -> None:
    """Lines inside a ruled table are the table's (a status column at the right is no sidebar)."""
    for table in pg.tables:
        area = table_area(table)
        for ln in pg.lines:
            if centred_in(ln, area):
                ln.role = "table"


def mark_furniture(pages: list[PageLines], body_size: float) -> None:
    n = len(pages)
    zone_keys: Counter[str] = Counter()
    small: set[str] = set()  # the margin lines set smaller than the body
    per_page: list[set[str]] = []
    left_edges = [_left_edge(pg) for pg in pages]  # once per page: it is asked for every line
    for pg in pages:
        _mark_table_lines(pg)
    for pg, left in zip(pages, left_edges, strict=True):
        keys = set()
        # the margin zones: the top 11 % and the bottom 10 % of the page; the side zones: right of 62 % of the
        # width, or wholly left of the body's left edge (tested inline: this runs for every line of a document)
        top, foot, side, before = pg.height * 0.11, pg.height * 0.90, pg.width * 0.62, left - 5
        for ln in pg.lines:
            if ln.role == "table":
                continue
            if ln.rotated:
                ln.role = "furniture"
                continue
            x0, y0, x1, y1 = ln.bbox
            if y1 <= top or y0 >= foot or ((x0 >= side or x1 < before) and not is_label(ln.text.strip())):
                keys.add(norm_key(ln.text))
                if ln.size < 0.9 * body_size:
                    small.add(norm_key(ln.text))
        per_page.append(keys)
        zone_keys.update(keys)
    needed = 2 if n <= 3 else max(2, int(0.3 * n + 0.5))
    # (up to fourteen words; in small type, a running title naming the body, the advice, its number and date, up to
    # twenty-four: "Hoge Raad voor Preventie en Bescherming op het werk - Advies nr. 263 van 20 februari 2026")
    repeated = {k for k, c in zone_keys.items() if c >= needed and len(k.split()) <= (24 if k in small else 14)}
    for pg, left in zip(pages, left_edges, strict=True):
        sidebar_x = _sidebar_edge(pg, body_size)
        left_strip = _left_sidebar(pg, body_size)
        top, foot, side_x, before = pg.height * 0.11, pg.height * 0.90, pg.width * 0.62, left - 5
        for ln in pg.lines:
            if ln.role != "body":
                continue
            x0, y0, x1, y1 = ln.bbox
            margin = y1 <= top or y0 >= foot
            # (a number with text on its baseline a hanging indent away labels an item: "2   Regel vóór …")
            if PAGE_NUMBER_RE.match(ln.text.strip()) and _has_neighbour(ln, pg, reach=60):
                continue
            if (
                (
                    norm_key(ln.text) in repeated
                    and _repeated_apart(ln, pg, margin, (left, side_x, before), repeated, body_size)
                    and not CALLOUT_LABEL.fullmatch(ln.text.strip())
                )
                or (margin and PAGE_NUMBER_RE.match(ln.text.strip()) and not _has_neighbour(ln, pg))
                # a running title ending in its page ("Advies Koers 2027 · pagina 1"), printed on one page only
                or (margin and PAGE_TAIL.search(ln.text) and len(ln.text.split()) <= 10 and ln.size < body_size)
                or (margin and pg is not pages[0] and LETTER_REFERENCE.match(ln.text.strip()))
                # a running title in small type on the first line of a later page, printed there only (a two-page
                # advice: "Commissie bezwaarschriften Aldenstede | Advies BZ-2025-0388" over page 2)
                or (
                    y1 <= top
                    and pg is not pages[0]
                    and ln.size < 0.85 * body_size
                    and len(ln.text.split()) <= 14
                    and not ends_sentence(ln.text)
                    and y0 <= min(o.bbox[1] for o in pg.lines) + 2  # (on the page's first line, not a box's label)
                )
                or (sidebar_x is not None and ln.bbox[0] >= sidebar_x - 1)
                or (left_strip is not None and ln.bbox[2] <= left_strip and not is_label(ln.text.strip()))
            ):
                ln.role = "furniture"
        _box_text_with_its_label(pg, side_x)


def _repeated_apart(
    ln: Line, pg: PageLines, margin: bool, edges: tuple[float, float, float], repeated: set[str], body_size: float
) -> bool:
    """Whether a line repeated on other pages stands apart from the body (in a margin, or beside the body as a
    sidebar's line does) as furniture: not a label hanging beside its text. (Asked only of repeated lines: the
    neighbours are looked for line by line.)"""
    left, side_x, before = edges
    x0, _, x1, _ = ln.bbox
    # a label hanging in the left margin beside its text ("Recommendation 1  The committee …") is not a sidebar,
    # however often it repeats
    # (or beside a paragraph whose lines its number stands between, in a column of its own)
    hanging = x1 < left and (_has_neighbour(ln, pg, reach=150) or _has_neighbour(ln, pg, reach=60, share=0.0))
    # (and a label at the top of a page beside the first line of its text: "Aanbeveling 7  Evalueer het Deltaplan
    # …", as repeated as a running head but set beside body text)
    hanging = hanging or (margin and _beside_body(ln, pg, repeated, body_size))
    side = (x0 >= side_x or x1 < before) and not is_label(ln.text.strip()) and not hanging
    # (a word of a justified line, set as a text of its own: "de" between "dat" and "normatieve")
    side = side and not _has_neighbour(ln, pg, reach=25, left=True)
    return (margin or side) and not hanging


def _box_text_with_its_label(pg: PageLines, side_x: float) -> None:
    """The lines right under a label set aside in the side zone ("ADVIES 6" in a box beside the text, repeated on
    other pages), at its left edge and a line apart, are the box's text: aside with it."""
    lines = sorted(pg.lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    for k, label in enumerate(lines):
        if label.role != "furniture" or label.bbox[0] < side_x or len(label.words) > 4:
            continue
        last = label
        for ln in lines[k + 1 :]:
            if abs(ln.bbox[0] - label.bbox[0]) > 4:
                continue  # (the running text beside the box)
            if ln.role != "body" or ln.bbox[1] - last.bbox[3] > 0.8 * last.height:
                break
            ln.role = "furniture"
            last = ln


# a box's label beside the text that says what it holds, with no number: the advice's own text ("OUR RECOMMENDATION",
# "Ons advies"), not a sidebar repeated on each page
CALLOUT_LABEL = re.compile(r"(?:our|my)?\s*(?:recommendation|advice)|(?:ons|onze|mijn)?\s*(?:advies|aanbeveling)", re.I)
PAGE_TAIL = re.compile(r"[·|–—-]\s*(?:pagina|page|blz\.?|p\.)\s*\d{1,4}(?:\s*(?:van|of|/)\s*\d{1,4})?\s*$", re.I)
# a letter's reference repeated at the top of its later pages: "Ons kenmerk 52819604", "Our reference: …"
LETTER_REFERENCE = re.compile(
    r"^(?:ons kenmerk|uw kenmerk|kenmerk|our ref(?:erence)?|your ref(?:erence)?)\b[:.]?\s*[\w/.\-]{1,30}$", re.I
)


def _beside_body(ln: Line, pg: PageLines, repeated: set[str], body_size: float) -> bool:
    """Whether a line of body size stands on the same baseline a little to the right that repeats on no other
    page: text that the line labels, not the other half of a running head."""
    return _has_neighbour(
        ln, pg, reach=120, only=lambda o: o.size >= 0.9 * body_size and norm_key(o.text) not in repeated
    )


def _has_neighbour(
    ln: Line,
    pg: PageLines,
    reach: float = 30,
    left: bool = False,
    only: Callable[[Line], bool] | None = None,
    share: float = 0.5,
) -> bool:
    """Another line (one that passes ``only``, if given) stands on the same baseline just to the right (with
    ``left``, or just to the left): a number there labels a footnote; a word with neighbours on both sides is part
    of a line of body text. ``share``: how much of the lower line's height the two share at least (0: any, a
    paragraph number centred beside its paragraph's lines, "6.1" between the two lines of its recommendation)."""
    for other in pg.lines:
        if other is ln:
            continue
        overlap = min(other.bbox[3], ln.bbox[3]) - max(other.bbox[1], ln.bbox[1])
        if (
            overlap > share * min(other.height, ln.height)
            and (0 <= other.bbox[0] - ln.bbox[2] < reach or (left and 0 <= ln.bbox[0] - other.bbox[2] < reach))
            and (only is None or only(other))  # (the test asked of the few lines beside it, not of every line)
        ):
            return True
    return False


def _left_edge(pg: PageLines) -> float:
    edges = Counter(round(ln.bbox[0]) for ln in pg.lines)
    return float(edges.most_common(1)[0][0]) if edges else 0.0


def _sidebar_edge(pg: PageLines, body_size: float) -> float | None:
    """The left edge of a narrow sidebar in smaller print on the right, when the page has one."""
    side = [
        ln
        for ln in pg.lines
        if ln.role == "body" and ln.bbox[0] >= pg.width * 0.62 and ln.bbox[2] - ln.bbox[0] <= pg.width * 0.36
    ]
    if not side:
        return None
    edge = min(ln.bbox[0] for ln in side)
    main = [ln for ln in pg.lines if ln.role == "body" and ln.bbox[0] < pg.width * 0.5]
    if len(main) < 3 or any(edge - 2 < ln.bbox[2] for ln in main if ln.size >= body_size * 0.95 and ln.bbox[0] < edge):
        # body lines run into the strip: it is a column of the body, not a sidebar
        if not all(ln.size < body_size * 0.95 for ln in side):
            return None
        if any(ln.bbox[2] > edge + 2 and ln.bbox[0] < edge for ln in main):
            return None
    small = all(ln.size < body_size * 0.95 for ln in side)
    if not small and _third_column(pg, side, edge, body_size):
        return None
    if small or len(side) >= 2:
        return edge
    return None


SIDE_LINES = 4  # small lines a sidebar on the left holds at least
SIDE_GAP = 2.6  # … each this many line heights below the one before at most: a block, not labels beside paragraphs
SIDE_CLEARANCE = 15.0  # points between the sidebar and the body's left edge at least


def _left_sidebar(pg: PageLines, body_size: float) -> float | None:
    """The right edge of a narrow sidebar in smaller print on the left (a municipal letter's "Nummer", "Datum",
    "Contact" beside the text), when the page has one: a block of small lines close under each other, wholly left
    of the body, which no line of body size runs into."""
    strip = pg.width * 0.3
    main = [ln for ln in pg.lines if ln.role == "body" and ln.bbox[0] >= strip * 0.5 and ln.size >= body_size * 0.95]
    if len(main) < 5:
        return None
    body_left = min(ln.bbox[0] for ln in main)
    side = sorted(
        (
            ln
            for ln in pg.lines
            if ln.role == "body" and ln.size < body_size * 0.95 and ln.bbox[2] <= body_left - SIDE_CLEARANCE
        ),
        key=lambda ln: ln.bbox[1],
    )
    if len(side) < SIDE_LINES or body_left > strip * 1.2:
        return None
    close = all(b.bbox[1] - a.bbox[1] <= SIDE_GAP * a.height for a, b in itertools.pairwise(side))
    edge = max(ln.bbox[2] for ln in side)
    crossing = any(ln.bbox[0] < edge and ln.bbox[2] > body_left for ln in pg.lines if ln.role == "body")
    return edge if close and not crossing else None


def _third_column(pg: PageLines, side: list[Line], edge: float, body_size: float) -> bool:
    """Whether the strip on the right is the last of three columns of body text (a Federal Register page): a
    middle column of body-size lines as wide as it, and the strip holding half as many lines as that at least."""
    width = max(ln.bbox[2] for ln in side) - edge
    middle = [
        ln
        for ln in pg.lines
        if ln.role == "body" and pg.width * 0.3 <= ln.bbox[0] < edge - 2 and ln.size >= body_size * 0.95
    ]
    if len(middle) < 5:
        return False
    mid_width = max(ln.bbox[2] for ln in middle) - min(ln.bbox[0] for ln in middle)
    body_lines = [ln for ln in side if ln.size >= body_size * 0.95]
    return abs(mid_width - width) <= 0.3 * width and len(body_lines) >= 0.5 * len(middle)


LETTER_ITEM = re.compile(r"\(?[a-h]\)(?:\s|$)")  # a lettered list's item, "a) …", "(b) …"


def mark_footnotes(pages: list[PageLines], body_size: float) -> None:
    for pg in pages:
        body = [ln for ln in pg.lines if ln.role == "body"]
        if not body:
            continue
        big = [ln for ln in body if ln.size >= body_size * 0.95]
        if not big:
            continue
        last_big = max(ln.bbox[3] for ln in big)
        small = [
            ln
            for ln in body
            if ln.size <= body_size * 0.92 and ln.bbox[1] >= last_big - 1 and ln.bbox[1] > pg.height * 0.5
        ]
        if not small or len(small) > 0.5 * len(body):
            continue
        if sum(bool(LETTER_ITEM.match(ln.text.lstrip())) for ln in small) >= 2:
            continue  # a lettered list set small ("a) de vervangende nieuwbouw …", "b) …"), no notes
        small.sort(key=lambda ln: (round(ln.bbox[1]), ln.bbox[0]))
        first = small[0].text.lstrip()
        if first[:1].isdigit() or first[:1] in SUPERSCRIPTS + "*†‡" or first[:1].islower():
            for ln in small:
                ln.role = "footnote"


def mark_plain_page_cuts(pages: list[PageLines]) -> None:
    """In extracted text a page cut leaves a page number ("- 3 -", "Pagina 3 van 8") and, beside it, the
    running title: both are furniture."""
    lines = [ln for pg in pages for ln in pg.lines]
    for i, ln in enumerate(lines):
        if not PAGE_NUMBER_RE.match(ln.text.strip()):
            continue
        ln.role = "furniture"
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines):
                other = lines[j]
                near = abs(other.bbox[1] - ln.bbox[1]) < 2.5 * max(ln.height, 1.0)
                words = other.text.split()
                if near and len(words) <= 8 and not ends_sentence(other.text) and not NUMBERED_TITLE.match(other.text):
                    other.role = "furniture"
