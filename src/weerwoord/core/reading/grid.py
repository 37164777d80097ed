"""The ruled tables of a page, found from its vector drawings alone: the rules, snapped and joined, the cells
they close, the cells' rows and tables.

What PyMuPDF's ``page.find_tables(strategy="lines")`` finds (its port of pdfplumber's table finder), step for step
and with its tolerances, without what makes it slow for us: it first takes every character of the page apart in
Python, where only two questions are asked of the text (is there text in a box, does a table hold any), which the
page's words answer here. Its rules:

* every axis-parallel line of a path (a line, a side of a rectangle or quad, a path's closing line) is a rule;
  a rectangle no more than 3 pt thin is one rule along its middle (a rule drawn as a filled bar);
* the paths' boxes that lie within 3 pt of each other make one envelope; an envelope that holds text adds its
  four sides as rules (so a table printed without a left and right border, but with shaded rows or rules that
  end where the table ends, is closed); PyMuPDF looks for that text in the box mirrored top to bottom (the
  characters' ``y0``/``y1`` are PDF coordinates, the box's are not), which is kept, to find the same tables;
* rules less than 3 pt apart across are moved to their mean (snapped), rules on one line less than 3 pt apart
  along are joined, and what is shorter than 3 pt after that is dropped;
* rules meet where they cross or come within 3 pt of crossing; a cell is the smallest rectangle from a meeting
  point to the right and down whose four sides lie along rules (a merged cell spans grid cells and is one cell);
* cells that share a corner make one table, which needs two different left and two different right sides and
  some text; its rows are its cells by their top, left to right.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

from weerwoord.core.model import Rect

SNAP = 3.0  # rules nearer than this across are one rule (PyMuPDF's snap tolerance)
JOIN = 3.0  # pieces of a rule nearer than this along it are one rule (its join tolerance)
MEET = 3.0  # rules that come this near to crossing meet (its intersection tolerance)
MIN_RULE = 3.0  # a rule shorter than this (after joining) is none (its edge_min_length)
THIN = 3.0  # a rectangle no thicker than this is one rule along its middle

Edge = list[float]  # [x0, top, x1, bottom, length]: a horizontal rule has top == bottom
Table = list[list[Rect]]


def ruled_tables(
    drawings: Sequence[dict[str, Any]],
    page: Rect,
    words: Sequence[Rect],
    flip: tuple[float, float] = (-1.0, 0.0),
) -> list[Table]:
    """The ruled tables of a page, each its rows of cells (top to bottom, each row left to right).

    ``drawings``: ``page.get_drawings()``; ``page``: the page's rectangle; ``words``: the boxes of the page's
    words; ``flip``: the y part (d, f) of the page's transformation matrix, y' = d·y + f, with which PyMuPDF
    (mis)places the characters it looks for in an envelope (see the module's description)."""
    horizontal, vertical = _rules(_seen(drawings), page, words, flip)
    if not horizontal or not vertical:
        return []
    found = _found(horizontal, vertical, words)
    # a table whose columns are ruled in its header row only, its rows by rules across (an HTML table with borders
    # under its rows, as a browser prints it): the header's column sides carried down to its last rule, when that
    # closes more cells than the rules alone (which may close the header and a shaded band under it)
    carried = _header_columns(horizontal, vertical)
    if carried:
        last = _open_last_row(carried, words)
        more = _found(horizontal + last[:1], vertical + carried + last[1:], words)
        if _cell_count(more) > _cell_count(found):
            found = more
    return found


OPEN_ROW_GAP = 8.0  # pt: a last row's text starts this near under the last rule …
LINE_GAP = 4.0  # … and its lines follow each other this closely


def _open_last_row(carried: list[Edge], words: Sequence[Rect]) -> list[Edge]:
    """A last row left open under the carried columns' last rule (no rule under it, as a browser or a word processor
    prints a table ruled between its rows): its bottom rule and its columns' sides down to it, where the text under
    the rule starts at once, stands in two columns or more and crosses no column's side (a note under a table
    runs across them); none otherwise."""
    xs = sorted({e[0] for e in carried})
    low = max(e[3] for e in carried)
    left, right, inner = xs[0], xs[-1], xs[1:-1]
    below = sorted(
        (w for w in words if w[1] > low - 1 and w[0] >= left - SNAP and w[2] <= right + SNAP), key=lambda w: w[1]
    )
    if not below or below[0][1] - low > OPEN_ROW_GAP:
        return []
    row: list[Rect] = []
    bottom = low
    for w in below:
        if row and w[1] - bottom > LINE_GAP:
            break
        if any(w[0] < x - 1 < w[2] - 2 for x in inner):
            return []  # text across a column's side: no row of this table
        row.append(w)
        bottom = max(bottom, w[3])
    if len({sum(1 for x in inner if w[0] >= x - 1) for w in row}) < 2:
        return []
    bottom += 2
    return [[left, bottom, right, bottom, right - left], *([x, low, x, bottom, bottom - low] for x in xs)]


def _cell_count(tables: list[Table]) -> int:
    return sum(len(row) for table in tables for row in table)


def _seen(drawings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The drawings without the fills painted over a larger fill of the same colour, with no stroke: a shaded box
    whose text a typesetter backs word by word in the box's own colour (PyMuPDF's Story) shows no rules, however
    many rectangles it paints."""
    fills = [
        (d["rect"], d.get("fill"))
        for d in drawings
        if d.get("fill") is not None and d.get("color") is None and d.get("rect") is not None
    ]
    if len(fills) < 8:
        return list(drawings)  # (a page with a few shaded boxes: nothing painted over)
    big = [(r, c) for r, c in fills if r.width * r.height >= 400]

    def hidden(d: dict[str, Any]) -> bool:
        r, c = d.get("rect"), d.get("fill")
        if c is None or d.get("color") is not None or r is None:
            return False
        return any(
            c == bc
            and b is not r
            and b.x0 - 0.5 <= r.x0
            and r.x1 <= b.x1 + 0.5
            and b.y0 - 0.5 <= r.y0
            and r.y1 <= b.y1 + 0.5
            and b.width * b.height > r.width * r.height
            for b, bc in big
        )

    return [d for d in drawings if not hidden(d)]


def _found(horizontal: list[Edge], vertical: list[Edge], words: Sequence[Rect]) -> list[Table]:
    found = []
    for cells in _tables(_cells(horizontal, vertical)):
        if len({c[0] for c in cells}) < 2 or len({c[2] for c in cells}) < 2 or not _holds_text(cells, words):
            continue
        rows = _rows(cells)
        if len(rows) >= 2:  # two columns or more: two left sides, above
            found.append((min((c[1], c[0]) for c in cells), rows))
    found.sort(key=lambda t: t[0])
    return [rows for _key, rows in found]


def _header_columns(horizontal: list[Edge], vertical: list[Edge]) -> list[Edge]:
    """The sides of a header row's cells (three or more vertical rules of one span) carried down to the lowest of
    the two or more rules across the same width below it; none when there is no such header."""
    spans: dict[tuple[float, float], list[float]] = {}
    for v in vertical:
        spans.setdefault((round(v[1], 1), round(v[3], 1)), [])
    for (top, bottom), xs in spans.items():
        # (the table's outer sides may run on down a shaded band under the header: "Systemic risk oversight")
        xs.extend(v[0] for v in vertical if v[1] <= top + SNAP and v[3] >= bottom - SNAP)
    out: list[Edge] = []
    for (top, bottom), xs in spans.items():
        if len(set(xs)) < 3 or bottom - top > 40:
            continue
        left, right = min(xs), max(xs)
        below = [
            h[1]
            for h in horizontal
            if h[1] > bottom + SNAP
            and h[0] <= left + SNAP
            and h[2] >= right - SNAP
            and h[2] - h[0] <= right - left + 2 * SNAP
        ]
        if len(below) < 2:
            continue
        low = max(below)
        # (no rule down the rows inside the table: a page of boxes side by side has their sides there; a shaded band
        # across the whole table, a group's row, has its sides on the table's own)
        if any(bottom + SNAP < v[3] and v[1] < low - SNAP and left + SNAP < v[0] < right - SNAP for v in vertical):
            continue
        out.extend([x, top, x, low, low - top] for x in sorted(set(xs)))
    return out


# --- the rules ---------------------------------------------------------------------------------------------------


def _rules(
    drawings: Sequence[dict[str, Any]], page: Rect, words: Sequence[Rect], flip: tuple[float, float]
) -> tuple[list[Edge], list[Edge]]:
    """The page's horizontal and vertical rules, snapped, joined and long enough."""
    raw: list[Edge] = []
    for path in drawings:
        raw.extend(_path_rules(path, page))
    for box in _envelopes(drawings):
        if _text_in_mirror(box, words, flip):
            x0, y0, x1, y1 = box
            for a, b in (((x0, y0), (x1, y0)), ((x0, y1), (x1, y1)), ((x0, y0), (x0, y1)), ((x1, y0), (x1, y1))):
                edge = _line(a, b, page)
                if edge is not None:
                    raw.append(edge)
    # PyMuPDF's ``filter_edges`` (a rule of 1 pt or more), in the order the rules were found
    horizontal = [e for e in raw if e[1] == e[3] and e[4] >= 1]
    vertical = [e for e in raw if e[1] != e[3] and e[4] >= 1]
    horizontal = _joined(_snapped(horizontal, 1), across=1, lo=0, hi=2)
    vertical = _joined(_snapped(vertical, 0), across=0, lo=1, hi=3)
    return [e for e in horizontal if e[4] >= MIN_RULE], [e for e in vertical if e[4] >= MIN_RULE]


def _path_rules(path: dict[str, Any], page: Rect) -> Iterable[Edge]:
    """The axis-parallel lines of one path (PyMuPDF's ``make_edges``)."""
    items = list(path.get("items") or ())
    if path.get("closePath") and items and items[0][0] == "l" and items[-1][0] == "l":
        items.append(("l", items[-1][2], items[0][1]))
    for item in items:
        kind = item[0]
        ends: list[tuple[tuple[float, float], tuple[float, float]]] = []
        if kind == "l":
            ends = [(tuple(item[1]), tuple(item[2]))]
        elif kind == "re":
            r = item[1]
            x0, x1 = min(r.x0, r.x1), max(r.x0, r.x1)
            y0, y1 = min(r.y0, r.y1), max(r.y0, r.y1)
            w, h = x1 - x0, y1 - y0
            if (w <= THIN and w < h) or (h <= THIN and h < w):  # a rule drawn as a thin rectangle
                if w < h:
                    x = abs(x1 + x0) / 2
                    ends = [((x, y0), (x, y1))]
                else:
                    y = abs(y1 + y0) / 2
                    ends = [((x0, y), (x1, y))]
            else:
                ends = [((x0, y0), (x0, y1)), ((x0, y1), (x1, y1)), ((x1, y1), (x1, y0)), ((x1, y0), (x0, y0))]
        elif kind == "qu":
            ul, ur, ll, lr = (tuple(p) for p in item[1])
            ends = [(ul, ll), (ll, lr), (lr, ur), (ur, ul)]
        for a, b in ends:
            edge = _line(a, b, page)
            if edge is not None:
                yield edge


def _line(a: Sequence[float], b: Sequence[float], page: Rect) -> Edge | None:
    """A line from ``a`` to ``b`` as a rule, cut to the page; none if it is at a slant (more than 3 pt both
    ways) or off the page. A line that is not exactly level counts as vertical, as in PyMuPDF."""
    if abs(a[0] - b[0]) > SNAP and abs(a[1] - b[1]) > SNAP:
        return None
    x0, x1 = min(a[0], b[0]), max(a[0], b[0])
    y0, y1 = min(a[1], b[1]), max(a[1], b[1])
    if x0 > page[2] or x1 < page[0] or y0 > page[3] or y1 < page[1]:
        return None
    x0, x1 = max(x0, page[0]), min(x1, page[2])
    y0, y1 = max(y0, page[1]), min(y1, page[3])
    width, height = x1 - x0, y1 - y0
    if width == height == 0:
        return None
    return [x0, y0, x1, y1, width if y0 == y1 else height]


def _snapped(edges: list[Edge], across: int) -> list[Edge]:
    """Rules whose place across (x0 of a vertical rule, top of a horizontal one) is within SNAP of the next
    moved to their cluster's mean (pdfplumber's ``snap_objects``, with its arithmetic and order)."""
    if not edges:
        return []
    values = sorted({e[across] for e in edges})
    cluster: dict[float, int] = {}
    n, last = 0, values[0]
    for v in values:
        if v > last + SNAP:
            n += 1
        cluster[v] = n
        last = v
    groups: dict[int, list[Edge]] = {}
    for e in edges:
        groups.setdefault(cluster[e[across]], []).append(e)
    out: list[Edge] = []
    other = across + 2  # x1 of a vertical rule, bottom of a horizontal one
    for k in sorted(groups):
        members = groups[k]
        mean = sum(e[across] for e in members) / len(members)
        for e in members:
            shift = mean - e[across]
            moved = list(e)
            moved[across] = e[across] + shift
            moved[other] = e[other] + shift
            out.append(moved)
    return out


def _joined(edges: list[Edge], across: int, lo: int, hi: int) -> list[Edge]:
    """Pieces of one rule (the same place across) within JOIN of each other along it made one (pdfplumber's
    ``join_edge_group``), ordered by their place across."""
    lines: dict[float, list[Edge]] = {}
    for e in edges:
        lines.setdefault(e[across], []).append(e)
    out: list[Edge] = []
    for place in sorted(lines):
        pieces = sorted(lines[place], key=lambda e: e[lo])
        joined = [pieces[0]]
        for e in pieces[1:]:
            last = joined[-1]
            if e[lo] <= last[hi] + JOIN:
                if e[hi] > last[hi]:
                    grown = list(last)
                    grown[hi] = e[hi]
                    grown[4] = e[hi] - last[lo]
                    joined[-1] = grown
            else:
                joined.append(e)
        out.extend(joined)
    return out


def _envelopes(drawings: Sequence[dict[str, Any]]) -> list[Rect]:
    """The boxes of the paths, those within SNAP of each other joined into one (PyMuPDF's ``clean_graphics``)."""
    seen: dict[Rect, None] = {}
    for path in drawings:
        r = path.get("rect")
        if r is not None:
            seen.setdefault((r[0], r[1], r[2], r[3]), None)
    boxes = sorted(seen, key=lambda r: (r[3], r[0]))
    found: list[Rect] = []
    while boxes:
        x0, y0, x1, y1 = boxes[0]
        grown = True
        while grown:
            grown = False
            for i in range(len(boxes) - 1, 0, -1):
                if _near((x0, y0, x1, y1), boxes[i]):
                    b = boxes[i]
                    x0, y0 = min(x0, b[0], b[2]), min(y0, b[1], b[3])
                    x1, y1 = max(x1, b[0], b[2]), max(y1, b[1], b[3])
                    del boxes[i]
                    grown = True
        found.append((x0, y0, x1, y1))
        del boxes[0]
    return found


def _near(r1: Rect, r2: Rect) -> bool:
    """Whether two boxes come within SNAP of each other (PyMuPDF's ``are_neighbors``, both ways round)."""
    s = SNAP
    for a, b in ((r1, r2), (r2, r1)):
        if (b[0] - s <= a[0] <= b[2] + s or b[0] - s <= a[2] <= b[2] + s) and (
            b[1] - s <= a[1] <= b[3] + s or b[1] - s <= a[3] <= b[3] + s
        ):
            return True
    return False


def _text_in_mirror(box: Rect, words: Sequence[Rect], flip: tuple[float, float]) -> bool:
    """Whether a word lies within ``box`` across and within its mirror image (y' = d·y + f) from top to bottom:
    where PyMuPDF's ``chars_in_rect`` finds its characters."""
    d, f = flip
    for w in words:
        if box[0] <= w[0] and w[2] <= box[2]:
            a, b = d * w[1] + f, d * w[3] + f
            if box[1] <= min(a, b) and max(a, b) <= box[3]:
                return True
    return False


# --- the cells and tables ----------------------------------------------------------------------------------------


def _cells(horizontal: list[Edge], vertical: list[Edge]) -> list[Rect]:
    """The smallest rectangle closed by rules from every meeting point (pdfplumber's ``intersections_to_cells``)."""
    meets: dict[tuple[float, float], tuple[set[tuple[float, ...]], set[tuple[float, ...]]]] = {}
    for v in sorted(vertical, key=lambda e: (e[0], e[1])):
        for h in sorted(horizontal, key=lambda e: (e[1], e[0])):
            if v[1] <= h[1] + MEET and v[3] >= h[1] - MEET and v[0] >= h[0] - MEET and v[0] <= h[2] + MEET:
                at = (v[0], h[1])
                if at not in meets:
                    meets[at] = (set(), set())
                meets[at][0].add(tuple(v[:4]))
                meets[at][1].add(tuple(h[:4]))
    by_x: dict[float, list[tuple[float, float]]] = {}
    by_y: dict[float, list[tuple[float, float]]] = {}
    for pt in sorted(meets):
        by_x.setdefault(pt[0], []).append(pt)
        by_y.setdefault(pt[1], []).append(pt)

    def down(p: tuple[float, float], q: tuple[float, float]) -> bool:
        return not meets[p][0].isdisjoint(meets[q][0])

    def across(p: tuple[float, float], q: tuple[float, float]) -> bool:
        return not meets[p][1].isdisjoint(meets[q][1])

    cells: list[Rect] = []
    for pt in sorted(meets):
        below = [q for q in by_x[pt[0]] if q[1] > pt[1]]
        right = [q for q in by_y[pt[1]] if q[0] > pt[0]]
        cell = None
        for b in below:
            if not down(pt, b):
                continue
            for r in right:
                if not across(pt, r):
                    continue
                corner = (r[0], b[1])
                if corner in meets and down(corner, r) and across(corner, b):
                    cell = (pt[0], pt[1], corner[0], corner[1])
                    break
            if cell is not None:
                break
        if cell is not None:
            cells.append(cell)
    return cells


def _tables(cells: list[Rect]) -> list[list[Rect]]:
    """Cells that share a corner, directly or through others, as one table each."""
    owner = list(range(len(cells)))

    def root(i: int) -> int:
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    corners: dict[tuple[float, float], int] = {}
    for i, (x0, y0, x1, y1) in enumerate(cells):
        for corner in ((x0, y0), (x0, y1), (x1, y0), (x1, y1)):
            j = corners.setdefault(corner, i)
            owner[root(j)] = root(i)
    groups: dict[int, list[Rect]] = {}
    for i, cell in enumerate(cells):
        groups.setdefault(root(i), []).append(cell)
    return list(groups.values())


def _holds_text(cells: list[Rect], words: Sequence[Rect]) -> bool:
    """Whether a word overlaps the table's box (PyMuPDF drops a table without text)."""
    x0, y0 = min(c[0] for c in cells), min(c[1] for c in cells)
    x1, y1 = max(c[2] for c in cells), max(c[3] for c in cells)
    return any(w[0] < x1 and w[2] > x0 and w[1] < y1 and w[3] > y0 for w in words)


def _rows(cells: list[Rect]) -> Table:
    """The table's cells by their top, each row left to right."""
    rows: dict[float, list[Rect]] = {}
    for cell in sorted(cells, key=lambda c: (c[1], c[0])):
        rows.setdefault(cell[1], []).append(cell)
    return [rows[top] for top in sorted(rows)]


# --- a table carried over to the next page ---------------------------------------------------------------------

Pieced = tuple[list[float], list[float]]  # the rules' places down the page, and the columns' places across


def pieced_rules(boxes: Sequence[Rect]) -> list[Pieced]:
    """Rules across drawn in pieces that meet at the same places on two lines or more, one above the other: the
    rows of a table whose cells' borders a browser or a word processor draws one by one (from the boxes of a page's
    vector drawings). A table carried over to the next page, without its header, has only these to show its columns
    (see :func:`carried_over`). Rules drawn whole count where a shaded band down their rows shows a column."""
    lines: dict[float, list[Rect]] = {}
    for b in boxes:
        if b[3] - b[1] <= THIN and b[2] - b[0] >= MIN_RULE:
            y = next((k for k in lines if abs(k - b[1]) <= SNAP), b[1])
            lines.setdefault(y, []).append(b)
    places: list[tuple[float, tuple[float, ...]]] = []
    for y in sorted(lines):
        pieces = sorted(lines[y])
        meets = [a[2] for a, b in itertools.pairwise(pieces) if abs(b[0] - a[2]) <= JOIN]
        if len(meets) == len(pieces) - 1:  # (or a rule drawn whole: its columns shaded, below)
            places.append((y, (pieces[0][0], *meets, max(p[2] for p in pieces))))
    out: list[Pieced] = []
    k = 0
    while k < len(places):
        j = k
        while j + 1 < len(places) and _same_places(places[j + 1][1], places[k][1]):
            j += 1
        ys, xs = [y for y, _ in places[k : j + 1]], list(places[k][1])
        if j > k and len(xs) == 2:
            xs = [xs[0], *_shaded_sides(boxes, ys, xs), xs[1]]
        if j > k and len(xs) > 2:
            out.append((ys, xs))
        k = j + 1
    return out


def _shaded_sides(boxes: Sequence[Rect], ys: list[float], xs: list[float]) -> list[float]:
    """The places inside rules drawn whole where a shaded band down the rows sets a column apart (a table whose
    columns show only in its shading: "De Raad adviseert" on a pale band beside the rows it advises on), or a rule
    down them (a thin box: one place, its middle; the last row of a ruled table, alone at the top of the next page)."""
    sides = {
        round(side, 1)
        for b in boxes
        if b[3] - b[1] > THIN and b[1] <= ys[0] + SNAP and b[3] >= ys[-1] - SNAP
        for side in ((b[0], b[2]) if b[2] - b[0] > THIN else ((b[0] + b[2]) / 2,))
        if xs[0] + SNAP < side < xs[1] - SNAP
    }
    return sorted(sides)


def _same_places(a: Sequence[float], b: Sequence[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= SNAP for x, y in zip(a, b, strict=True))


def carried_over(before: list[Table], pieced: list[Pieced]) -> list[Table]:
    """The rows of a table carried over from the page before (whose last table has the same columns as the pieces
    of rules here), each row a cell per column between two rules; none where the columns are not the same."""
    if not before or not before[-1]:
        return []
    last = before[-1][-1]
    columns = sorted({round(c[0], 1) for c in last} | {round(c[2], 1) for c in last})
    out: list[Table] = []
    for ys, xs in pieced:
        if not _same_places(xs, columns):
            continue
        rows = [[(xs[c], top, xs[c + 1], bottom) for c in range(len(xs) - 1)] for top, bottom in itertools.pairwise(ys)]
        out.append(rows)
    return out
