"""Reading order on a page: one column, two of one width, or two of unequal width read row by row; lines
that share a baseline put together."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from weerwoord.core.model import union
from weerwoord.core.reading.column_regions import middle_region, side_by_side
from weerwoord.core.reading.page_lines import Line, PageLines, bold_ranges, is_label, table_area, word_line_ids


def reading_order(lines: list[Line], pg: PageLines, boxes: bool = True) -> list[Line]:
    """Body lines in reading order: one column top to bottom, or per band left column then right; the text of a
    box beside the running text after the text beside it."""
    if not lines:
        return []
    if boxes:
        _labels_on_first_lines(lines, pg)
    groups = _boxes_beside_text(lines, pg) if boxes and pg.boxes and not _boxes_in_two_columns(lines, pg) else []
    if groups:
        boxed = {id(ln) for group in groups for ln in group}
        around = reading_order([ln for ln in lines if id(ln) not in boxed], pg, boxes=False)
        column = max((ln.column for ln in around), default=0)
        # (top to bottom; boxes side by side at one height, a grid of cards, from left to right, each after the
        # one left of it whatever their lengths)
        row, row_end = None, 0
        for group in sorted(groups, key=lambda g: (_row_of(g), min(ln.bbox[0] for ln in g))):
            bottom = max(ln.bbox[3] for ln in group)
            at = next((k for k, ln in enumerate(around) if ln.bbox[1] >= bottom), len(around))
            here = _row_of(group)
            if here == row:
                at = max(at, row_end)
            column += 1
            for ln in group:
                ln.column = column
            placed = merge_same_baseline(sorted(group, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2))
            around[at:at] = placed
            row, row_end = here, at + len(placed)
        return around
    gutters = _gutters(lines)
    if len(gutters) >= 2:
        return _by_columns(lines, gutters)  # three columns or more (a Federal Register page)
    xmin = min(ln.bbox[0] for ln in lines)
    xmax = max(ln.bbox[2] for ln in lines)
    mid = (xmin + xmax) / 2
    left = [ln for ln in lines if ln.bbox[2] <= mid + 3]
    right = [ln for ln in lines if ln.bbox[0] >= mid - 3]
    crossing = [ln for ln in lines if ln.bbox[0] < mid - 3 and ln.bbox[2] > mid + 3]
    # two columns: enough on both sides, and few lines crossing the middle (a short right column counts too)
    two_col = len(left) >= 4 and len(right) >= 4 and (len(right) >= 0.2 * len(lines) or len(crossing) <= 2)
    if two_col:
        right_starts = Counter(round(ln.bbox[0]) for ln in right)
        two_col = right_starts.most_common(1)[0][1] >= 3
    unequal = False
    if not two_col:
        gutter = _gutter(lines)  # columns of unequal width: the gap between them is not in the middle
        if gutter is not None:
            mid, two_col, unequal = gutter, True, True
    if not two_col or unequal:
        region = middle_region(lines)
        if region is not None:
            return _around_region(lines, pg, region)
    ordered: list[Line] = []
    if not two_col:
        for ln in lines:
            ln.column = 0
        return merge_same_baseline(sorted(lines, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2))
    band: list[Line] = []
    column_no = 0

    def flush(before_across: bool = False) -> None:
        nonlocal column_no
        lcol = [ln for ln in band if ln.bbox[2] <= mid + 3]
        rcol = [ln for ln in band if ln.bbox[2] > mid + 3]
        # (a title set apart below both columns, over text across the page, comes after the right column: "Closing")
        after = _title_below(lcol, rcol) if before_across and not unequal else []
        lcol = [ln for ln in lcol if ln not in after]
        # columns of one width are one text flowing on; unequal ones may be a table without rules, row by row
        for row in _side_by_side_rows(lcol, rcol) if unequal else [(lcol, rcol, after) if after else (lcol, rcol)]:
            for col in row:
                column_no += 1
                for ln in col:
                    ln.column = column_no
                ordered.extend(merge_same_baseline(sorted(col, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2)))
        band.clear()

    spanning_run = False  # the last line placed spans both columns: the next spanning one runs on with it
    for ln in sorted(lines, key=lambda ln: ln.bbox[1]):
        spanning = ln.bbox[0] < mid - 3 and ln.bbox[2] > mid + 3
        if spanning:
            # a number hanging on its baseline ("I.  Laat elk besluit …") belongs to it, not to a column
            beside = [b for b in band if _same_baseline(b, ln) and b.bbox[2] <= ln.bbox[0]]
            for b in beside:
                band.remove(b)
            if band or not spanning_run:
                flush(before_across=True)
                column_no += 1  # full-width text after columns (or at the top) starts a column of its own
            if beside:
                ln = merge_same_baseline(sorted([*beside, ln], key=lambda x: x.bbox[0]))[0]
            ln.column = column_no  # … and its lines, one under the other, are one text (a letter under its head)
            ordered.append(ln)
            spanning_run = True
        elif spanning_run and _same_baseline(ordered[-1], ln) and ln.bbox[2] <= ordered[-1].bbox[0]:
            # … also when it stands a little lower than the line's top ("4" in a square beside "Strengthen …")
            ordered[-1] = merge_same_baseline([ln, ordered[-1]])[0]
        else:
            band.append(ln)
            spanning_run = False
    flush()
    return ordered


def _row_of(group: list[Line]) -> int:
    """The row of a grid a box's lines stand in, by their top (to a few points)."""
    return round(min(ln.bbox[1] for ln in group) / 6)


def _title_below(lcol: list[Line], rcol: list[Line]) -> list[Line]:
    """The left column's last lines where they stand below the right column's end, set apart from the line above
    them by a white gap and in bold or larger type: a title over the text across the page that follows."""
    if not lcol or not rcol:
        return []
    bottom = max(ln.bbox[3] for ln in rcol)
    lcol = sorted(lcol, key=lambda ln: ln.bbox[1])
    for k in range(len(lcol) - 1, max(0, len(lcol) - 3), -1):  # (the last line or two, never the first)
        first = lcol[k]
        apart = first.bbox[1] - lcol[k - 1].bbox[3] > 0.5 * first.height
        title = first.bold or first.size > 1.05 * lcol[k - 1].size
        if first.bbox[1] > bottom and apart and title:
            return lcol[k:]
    return []


def _around_region(lines: list[Line], pg: PageLines, region: tuple[float, float, float]) -> list[Line]:
    """The lines above a region of two columns in their order, then the region's left column and its right one, then
    the lines below it; each part's columns numbered on from the part before."""
    top, bottom, gap = region
    inside = [ln for ln in lines if ln.bbox[1] >= top - 0.5 and ln.bbox[3] <= bottom + 0.5]
    placed = {id(ln) for ln in inside}
    above = [ln for ln in lines if ln.bbox[3] <= top + 0.5 and id(ln) not in placed]
    placed |= {id(ln) for ln in above}
    below = [ln for ln in lines if id(ln) not in placed]
    out: list[Line] = []
    column = 0
    for part in (above, None, below):
        if part is None:
            halves = [[ln for ln in inside if ln.bbox[2] <= gap], [ln for ln in inside if ln.bbox[2] > gap]]
            for half in halves:
                column += 1
                for ln in half:
                    ln.column = column
                out.extend(merge_same_baseline(sorted(half, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2)))
            continue
        if not part:
            continue
        ordered = reading_order(part, pg, boxes=False)
        base = column + 1
        for ln in ordered:
            ln.column += base
        column = max(ln.column for ln in ordered)
        out.extend(ordered)
    return out


# "a)", "(b)": a lettered list's label; "(iv)", "vii)": a list numbered in small Roman numerals (numbers: see
# paragraphs)
CENTRED_LABEL = re.compile(r"\(?[a-z]\)|\([A-H]\)|\(?[ivx]{2,5}\)")
LABEL_REACH = 60.0  # points: how far right of a label alone its item's text may start


def _labels_on_first_lines(lines: list[Line], pg: PageLines) -> None:
    """A list label alone on its line, set in the middle of its item's lines rather than on the first ("a)" beside
    the two lines of "de vervangende nieuwbouw … / 2028;", a list laid out as a table): moved onto the first line of
    its item, the nearest line to its right that starts above it, so that the two read as one line."""
    # (not in a ruled table, whose cells hold their numbers where they please)
    areas = [table_area(t) for t in pg.tables]
    for lab in lines:
        if len(lab.words) != 1 or not CENTRED_LABEL.fullmatch(lab.words[0][0]):
            continue
        x0, y0, x1, y1 = lab.bbox
        if any(a[0] - 2 <= x0 and x1 <= a[2] + 2 and a[1] - 2 <= y0 and y1 <= a[3] + 2 for a in areas):
            continue
        height = y1 - y0
        right = [ln for ln in lines if ln is not lab and 0 <= ln.bbox[0] - x1 <= LABEL_REACH]
        above = [ln for ln in right if y0 - 1.5 * height <= ln.bbox[1] <= y0 + 1]
        below = [ln for ln in right if y0 + 1 < ln.bbox[1] <= y0 + 1.5 * height]
        # (flanked: the item's first line a little above it, its next a little below)
        if not above or not below or any(_same_baseline(lab, ln) for ln in right):
            continue
        first = max(above, key=lambda ln: ln.bbox[1])
        top, bottom = first.bbox[1], first.bbox[3]
        lab.bbox = (x0, top, x1, bottom)
        lab.words = [(w, (r[0], top, r[2], bottom)) for w, r in lab.words]


def _boxes_beside_text(lines: list[Line], pg: PageLines) -> list[list[Line]]:
    """The lines of each drawn box that has running text beside it at the same height (a shaded "GGD adviseert"
    box right of the findings), two lines or more on each side."""
    groups = []
    taken: set[int] = set()
    # (the smallest box first: a line in a cell of a drawn table, and in the table's frame too, is read once, with
    # its cell)
    for x0, y0, x1, y1 in sorted(pg.boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])):
        inside = [ln for ln in lines if _in_box(ln, (x0, y0, x1, y1)) and id(ln) not in taken]
        beside = [
            ln for ln in lines if ln.bbox[1] < y1 and ln.bbox[3] > y0 and (ln.bbox[2] <= x0 + 2 or ln.bbox[0] >= x1 - 2)
        ]
        # (a box in a column of its own, with that column's text above or below it, is read with that column; for
        # a box a quarter of the page wide or more, a sidebar, only the text right above or below it: not a
        # table's column higher up the page)
        reach = MATE_GAP if x1 - x0 >= 0.25 * pg.width else pg.height
        mates = [
            ln
            for ln in lines
            if ((y0 - reach <= ln.bbox[3] <= y0) or (y1 <= ln.bbox[1] <= y1 + reach))
            and ln.bbox[0] >= x0 - 10
            and ln.bbox[2] <= x1 + 10
            and not any(_in_box(ln, box) for box in pg.boxes)  # (not the text of the next box down)
        ]
        if len(inside) >= 2 and len(beside) >= 2 and len(mates) < 2:
            groups.append(inside)
            taken.update(id(ln) for ln in inside)
    return groups


BOXED_PAGE = 0.5  # the share of a page's lines in drawn boxes from which the boxes are its text, not asides


def _boxes_in_two_columns(lines: list[Line], pg: PageLines) -> bool:
    """Whether the page's drawn boxes hold most of its text and it stands in two columns (no more): the boxes are
    its text, read column by column, no asides beside running text (a council's "Advies 1" to "Advies 7" in boxes
    down both columns). A poster of three columns or more keeps its boxes as they were."""
    boxed = sum(any(_in_box(ln, box) for box in pg.boxes) for ln in lines)
    lefts = {round(box[0] / 20) for box in pg.boxes}  # (the columns the boxes stand in, by their left edges)
    return boxed >= BOXED_PAGE * len(lines) and len(lefts) <= 2


MATE_GAP = 36.0  # points: how far above or below a box the text of its own column stands


def _in_box(ln: Line, box: tuple[float, float, float, float]) -> bool:
    x, y = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
    return box[0] - 1 <= x <= box[2] + 1 and box[1] - 1 <= y <= box[3] + 1


BARE_NUMBER = re.compile(r"^\d{1,2}[.)]?$")  # a number alone: "4" in a square beside its paragraph


GUTTER_BIN = 2.0  # points
MIN_GUTTER = 6.0  # points of white between two columns
MIN_COLUMN_LINES = 5


def _gutters(lines: list[Line]) -> list[float]:
    """The x of each white gap that runs down the page between columns of text, where there are three columns or
    more, each of several lines (a line across the page, a title, may cross a gap; a handful may); else none."""
    xmin = min(ln.bbox[0] for ln in lines)
    xmax = max(ln.bbox[2] for ln in lines)
    bins = int((xmax - xmin) / GUTTER_BIN) + 1
    if bins < 10:
        return []
    # how many lines cover each bin: +1 where a line starts, -1 where it stops, summed from the left
    steps = [0] * (bins + 1)
    for ln in lines:
        start, stop = int((ln.bbox[0] - xmin) / GUTTER_BIN), int((ln.bbox[2] - xmin) / GUTTER_BIN)
        if start < stop:
            steps[start] += 1
            steps[stop] -= 1
    cover = list(itertools.accumulate(steps[:bins]))
    few = max(2, len(lines) // 25)  # lines across a gap: titles over all columns
    gaps: list[float] = []
    k = 0
    while k < bins:
        if cover[k] > few:
            k += 1
            continue
        j = k
        while j < bins and cover[j] <= few:
            j += 1
        if k > 0 and j < bins and (j - k) * GUTTER_BIN >= MIN_GUTTER:
            gaps.append(xmin + (k + j) / 2 * GUTTER_BIN)
        k = j
    if len(gaps) < 2:
        return []
    edges = [xmin - 1, *gaps, xmax + 1]
    counts = [sum(1 for ln in lines if a <= ln.bbox[0] and ln.bbox[2] <= b) for a, b in itertools.pairwise(edges)]
    if not all(c >= MIN_COLUMN_LINES for c in counts):
        return []
    # columns of text are set alike, of one width; columns of unequal width are a table without rules, to be read
    # row by row ("Advies GMR | Reactie College van Bestuur | Aanpassing plan")
    widths = [b - a for a, b in itertools.pairwise(edges)]
    return gaps if max(widths) <= 1.4 * min(widths) else []


def _by_columns(lines: list[Line], gutters: list[float]) -> list[Line]:
    """Lines of three or more columns in reading order: per band between lines that cross a gutter, each column
    top to bottom, left to right."""
    ordered: list[Line] = []
    band: list[Line] = []
    column_no = 0

    def flush() -> None:
        nonlocal column_no
        for k in range(len(gutters) + 1):
            low = gutters[k - 1] if k else float("-inf")
            high = gutters[k] if k < len(gutters) else float("inf")
            col = [ln for ln in band if low <= (ln.bbox[0] + ln.bbox[2]) / 2 < high]
            if not col:
                continue
            column_no += 1
            for ln in col:
                ln.column = column_no
            ordered.extend(merge_same_baseline(sorted(col, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2)))
        band.clear()

    for ln in sorted(lines, key=lambda ln: ln.bbox[1]):
        if any(ln.bbox[0] < g < ln.bbox[2] for g in gutters):
            flush()
            column_no += 1
            ln.column = column_no
            ordered.append(ln)
        else:
            band.append(ln)
    flush()
    return ordered


def _gutter(lines: list[Line]) -> float | None:
    """The x of a white gap between two columns of unequal width (a recommendation beside its reply), or None.

    A right column is a left edge, away from the left margin, where at least three lines start, with at least
    four lines wholly left of it and three lines there sharing a baseline with a line of the left column.
    """
    xmin = min(ln.bbox[0] for ln in lines)
    xmax = max(ln.bbox[2] for ln in lines)
    span = xmax - xmin
    starts = Counter(round(ln.bbox[0]) for ln in lines if xmin + 0.25 * span < ln.bbox[0] < xmin + 0.75 * span)
    for start, count in starts.most_common(3):
        if count < 3:
            break
        right = [ln for ln in lines if ln.bbox[0] >= start - 1.5]
        # (numbers hanging before their items, "I." … "V.", or a number alone in a square, are no column of their own)
        left = [
            ln
            for ln in lines
            if ln.bbox[2] <= start - 3
            and not (len(ln.words) == 1 and (is_label(ln.text.strip()) or BARE_NUMBER.match(ln.text.strip())))
        ]
        if len(left) < 4 or len(right) < 3:
            continue
        beside = sum(1 for r in right if any(side_by_side(r, lf) for lf in left))
        if beside >= 3:
            edge = max(ln.bbox[2] for ln in left)
            return (edge + start) / 2 if edge < start else start - 3
    return None


def _side_by_side_rows(lcol: list[Line], rcol: list[Line]) -> list[tuple[list[Line], ...]]:
    """Two columns, split into rows where they are a table without rules (each recommendation beside its reply,
    or a margin column of labels: "Accept" beside the reply, "Financial implications" beside the costs).

    Such a row starts at the same height in both columns, each after white space; flowing columns of one text
    rarely do that twice, so rows are only made when at least two such starts are found. Then a left line that
    starts a paragraph where the right column is empty beside it (a heading above a row) starts a row too.
    """
    if not lcol or not rcol:
        return [(lcol, rcol)]

    def starts(col: list[Line]) -> list[Line]:
        out = []
        ordered = sorted(col, key=lambda ln: ln.bbox[1])
        for k, ln in enumerate(ordered):
            if k == 0 or ln.bbox[1] - ordered[k - 1].bbox[3] > 0.3 * ln.height:
                out.append(ln)
        return out

    right_starts = [ln.bbox[1] for ln in starts(rcol)]
    left_starts = starts(lcol)
    aligned = [ln.bbox[1] for ln in left_starts if any(abs(ln.bbox[1] - r) <= 2.0 for r in right_starts)]
    if len(aligned) < 2:
        return [(lcol, rcol)]
    alone = [
        ln.bbox[1]
        for ln in left_starts
        if not any(r.bbox[1] < ln.bbox[3] - 1 and r.bbox[3] > ln.bbox[1] + 1 for r in rcol)
    ]
    top = min(ln.bbox[1] for ln in lcol + rcol)
    cuts = sorted({y for y in aligned + alone if y > top + 2})
    rows: list[tuple[list[Line], ...]] = []
    bounds = [-1e9, *cuts, 1e9]
    for upper, lower in itertools.pairwise(bounds):
        left = [ln for ln in lcol if upper - 2 <= ln.bbox[1] < lower - 2]
        right = [ln for ln in rcol if upper - 2 <= ln.bbox[1] < lower - 2]
        if left or right:
            rows.append((left, right))
    return rows


def _same_baseline(a: Line, b: Line) -> bool:
    overlap = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
    return overlap > 0.6 * min(a.height, b.height)


def merge_same_baseline(lines: list[Line]) -> list[Line]:
    """Lines in the order given, those that share a baseline joined left to right (one line)."""
    # lines that share a baseline are put left to right first
    clusters: list[list[Line]] = []
    for ln in lines:
        if clusters:
            a, b = clusters[-1][0].bbox, ln.bbox
            overlap = (a[3] if a[3] < b[3] else b[3]) - (a[1] if a[1] > b[1] else b[1])
            if overlap > 0.6 * min(a[3] - a[1], b[3] - b[1]):
                clusters[-1].append(ln)
                continue
        clusters.append([ln])
    if len(clusters) == len(lines):
        return lines  # no two lines share a baseline (most pages): nothing to merge
    lines = [ln for c in clusters for ln in (sorted(c, key=lambda ln: ln.bbox[0]) if len(c) > 1 else c)]
    out: list[Line] = []
    bold_words: dict[int, int] = {}  # of a line merged here: its words in pieces set in bold
    for ln in lines:
        if out:
            prev = out[-1]
            if _same_baseline(prev, ln) and ln.bbox[0] >= prev.bbox[2] - 2:
                merged = Line(
                    prev.page,
                    union([prev.bbox, ln.bbox]),
                    prev.words + ln.words,
                    max(prev.size, ln.size) if prev.size < ln.size * 0.8 else prev.size,
                    prev.bold,
                    prev.italic,
                    id=prev.id,
                    column=prev.column,
                    # (a margin number before a bold sentence: the line opens as its text does)
                    opens_bold=prev.opens_bold or (len(prev.words) == 1 and ln.opens_bold),
                    bold_x=bold_ranges(prev) + bold_ranges(ln),
                )
                # the words of the second line keep their own line id through ``word_lines``
                merged.word_lines = word_line_ids(prev) + [ln.id] * len(ln.words)
                if prev.size >= ln.size * 0.8:
                    merged.size = prev.size if len(prev.words) >= len(ln.words) else ln.size
                    # (bold where most of its words are in pieces set in bold: a justified line read a word at a
                    # time, "Government's decision:" in bold and eight plain words after it, is plain)
                    bold_words[id(merged)] = bold_words.get(id(prev), len(prev.words) if prev.bold else 0) + (
                        len(ln.words) if ln.bold else 0
                    )
                    merged.bold = 2 * bold_words[id(merged)] > len(merged.words)
                out[-1] = merged
                continue
        out.append(ln)
    return out
