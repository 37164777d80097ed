"""Tables set without rules: an action plan's "Nr. | Reactie college | Actie | Gereed", a recommendations table
"Nr. | Aanbeveling | Prioriteit", laid out in columns by white space alone, each row's number beside its cells
(often centred in its row, as a word processor's table sets it).

Found from the lines' places alone: a first column of distinct row numbers or codes ("4", "3 en 6", "A2"; "-" for
a row that answers none), each with text beside it and nothing else in their column; two columns of text or more
to their right, with white running down between them and no line across; the rows are the bands around the
numbers, cut where the white between two numbers is widest. Only where most numbers stand lower than their rows'
first lines (in the middle of their rows): a table whose numbers stand level with its rows' first lines reads
right line by line already. One row alone is a table only under a header of its columns, at a page's foot (carried
over to the next page). A numbered list (a number and one column of text) is no table; nor is a column of figures,
a letterhead of short words, or a list beside a sidebar whose lines run on past the gaps between the items. The
lines found are then read as a ruled table's are (``ruled_tables``): each row's cells after its label, and none of
its lines set aside as a page's furniture.
"""

from __future__ import annotations

import itertools
import re
import statistics

from weerwoord.core.model import Rect
from weerwoord.core.reading.page_lines import Line, centred_in, table_area

Table = list[list[Rect]]

LABEL_CHARS = 12  # a row's label: "4", "3 en 6", "A2", "-", "R12a"
LABEL_WORDS = 3
GUTTER = 4.0  # points of white at least between two columns
SAME_X = 3.0  # labels of one column start this near each other
REACH = 2.5  # line pitches: how far above or below its labels a table's text may run on
MIN_COLUMNS = 3  # the labels' column and two columns of text at least
SAME_SIZE = 0.08  # a table's lines are set in one size, its header too (within this share)
CLEAR_GAP = 1.3  # a gap this many times the usual one between the lines of a cell parts two rows


def tables_unruled(lines: list[Line], ruled: list[Table]) -> list[Table]:
    """The tables without rules on a page (rows of cell rectangles, as ``grid.ruled_tables`` gives them), outside
    its ruled tables ``ruled``."""
    areas = [table_area(t) for t in ruled]
    body = [ln for ln in lines if ln.words and not ln.rotated and not any(centred_in(ln, a) for a in areas)]
    if len(body) < 6:
        return []
    labels = [ln for ln in body if _short(ln) and any(_beside(ln, other) for other in body)]
    if not labels:
        return []
    found: list[Table] = []
    used: set[int] = set()
    for group in _label_columns(labels, body):
        if any(id(ln) in used for ln in group):
            continue
        table = _table(group, body)
        if table is not None:
            found.append(table[0])
            used.update(table[1])
    return found


# a row's number or code: "4", "4.", "3 en 6", "A2", "R12a", "2.1", "IV", "-" (a row that answers none)
_NUMBER = r"(?:[A-Z]{1,3}[-.]?)?\d{1,2}(?:\.\d{1,2})?[a-z]?"
ROW_LABEL = re.compile(rf"^(?:{_NUMBER}\.?(?:\s*(?:en|and|&|,|-|–)\s*{_NUMBER})*|[IVX]{{1,5}}\.?|[-–—])$")


def _short(ln: Line) -> bool:
    text = ln.text.strip()
    return len(text) <= LABEL_CHARS and len(ln.words) <= LABEL_WORDS and bool(ROW_LABEL.match(text))


def _beside(label: Line, other: Line) -> bool:
    """Whether ``other`` stands to the right of ``label``, level with it."""
    return other.bbox[0] >= label.bbox[2] + GUTTER * 3 and _overlap(label, other) > 0


def _overlap(a: Line, b: Line) -> float:
    return min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])


def _label_columns(labels: list[Line], body: list[Line]) -> list[list[Line]]:
    """Labels that start at one x one under the other, with no other line starting in their column between
    them; each group top to bottom."""
    groups: list[list[Line]] = []
    for ln in sorted(labels, key=lambda ln: ln.bbox[0]):
        if groups and abs(groups[-1][0].bbox[0] - ln.bbox[0]) <= SAME_X:
            groups[-1].append(ln)
        else:
            groups.append([ln])
    runs: list[list[Line]] = []
    for group in groups:
        group.sort(key=lambda ln: ln.bbox[1])
        right = max(ln.bbox[2] for ln in group) + GUTTER
        run: list[Line] = []
        for ln in group:
            if run and any(
                o.bbox[0] < right and o.bbox[2] > group[0].bbox[0] and run[-1].bbox[3] <= o.bbox[1] < ln.bbox[1]
                for o in body
                if o is not ln and o is not run[-1]
            ):
                runs.append(run)
                run = []
            run.append(ln)
        runs.append(run)
    return runs


def _table(group: list[Line], body: list[Line]) -> tuple[Table, set[int]] | None:
    left = min(ln.bbox[0] for ln in group) - SAME_X
    label_right = max(ln.bbox[2] for ln in group)
    top, bottom = group[0].bbox[1], group[-1].bbox[3]
    # between the first label and the last: nothing in the labels' column but the labels, and text to their right
    inside = [ln for ln in body if _overlap_band(ln, top, bottom) and ln.bbox[2] > left]
    labels = {id(ln) for ln in group}
    if any(_overlap_band(ln, top, bottom) and ln.bbox[2] <= left for ln in body):
        return None  # text left of the labels: they are no table's first column (a column of figures)
    if any(id(ln) not in labels and ln.bbox[0] < label_right + GUTTER for ln in inside):
        return None  # a line starting in the labels' column: a list's text running on, or a paragraph across
    content = [ln for ln in inside if id(ln) not in labels]
    if not content:
        return None
    text_left = min(ln.bbox[0] for ln in content)
    if text_left - label_right < GUTTER:
        return None
    gutters = _gutters(content)
    if len(gutters) + 2 < MIN_COLUMNS:
        return None  # a label and one column of text: a numbered list
    bounds = [left, (label_right + text_left) / 2, *gutters, max(ln.bbox[2] for ln in content) + 1]
    pitch = statistics.median(ln.height for ln in content) * 1.6
    # the table runs on above its first label (a header, or a row's first lines) and below its last one while its
    # lines stand in its columns
    above = _run_on(body, inside, bounds, top, -1, pitch)
    below = _run_on(body, inside, bounds, bottom, 1, pitch)
    if len(group) == 1 and not (_header(above, bounds) and _last_on_page(body, inside + below)):
        # one row alone: a table only under a header of its columns, carried over to the next page
        return None
    lines = above + inside + below
    bounds[-1] = max(ln.bbox[2] for ln in lines) + 1
    header = {id(o) for ln in above for o in above if _overlap(ln, o) > 0 and ln is not o}
    if any(ln.bbox[0] < bounds[1] and id(ln) not in labels and id(ln) not in header for ln in lines):
        return None  # the first column holds more than the rows' labels: no column of numbers
    numbered = [ln.text.strip() for ln in group if any(c.isdigit() for c in ln.text)]
    if not numbered or len(set(numbered)) < len(numbered):
        return None  # (dashes alone number nothing; nor does a column of figures, "58", "58", …)
    cuts = _row_cuts(group, lines, bounds, above)
    if cuts is None:
        return None
    upper = min(ln.bbox[1] for ln in lines) - 1
    lower = max(ln.bbox[3] for ln in lines) + 1
    edges = [upper, *cuts, lower]
    rows = [
        [(bounds[c], a, bounds[c + 1], b) for c in range(len(bounds) - 1)]
        for a, b in itertools.pairwise(edges)
        if b > a
    ]
    if len(rows) < 2 or (len(group) > 1 and not _centred(group, lines, cuts)):
        return None
    return rows, {id(ln) for ln in lines}


def _centred(group: list[Line], lines: list[Line], cuts: list[float]) -> bool:
    """Whether most labels stand lower than their row's first line, in its middle: a table as a word processor
    sets it, whose lines in reading order would part each label from its row's opening (labels level with their
    rows' first lines read right as they are)."""
    low = 0
    for label in group:
        mid = (label.bbox[1] + label.bbox[3]) / 2
        upper = max((c for c in cuts if c < mid), default=float("-inf"))
        first = min(
            (ln.bbox[1] for ln in lines if ln is not label and upper < ln.bbox[1] <= mid), default=label.bbox[1]
        )
        low += label.bbox[1] - first > 0.4 * label.height
    return 2 * low >= len(group)


def _last_on_page(body: list[Line], table: list[Line]) -> bool:
    """Whether nothing in the body's type stands below the table's lines (the page's number may)."""
    bottom = max(ln.bbox[3] for ln in table)
    size = statistics.median(ln.size for ln in table)
    return not any(ln.bbox[1] > bottom and abs(ln.size - size) <= SAME_SIZE * size for ln in body)


def _header(above: list[Line], bounds: list[float]) -> bool:
    """Whether the lines above hold a header: a cell level with each other in every column ("Nr. | Aanbeveling |
    Prioriteit")."""
    for ln in above:
        level = [o for o in above if _overlap(ln, o) > 0 and len(o.words) <= LABEL_WORDS + 1]
        columns = {_column((o.bbox[0] + o.bbox[2]) / 2, bounds) for o in level}
        if len(columns) == len(bounds) - 1:
            return True
    return False


def _column(x: float, bounds: list[float]) -> int:
    """The column ``x`` stands in (the last one, right of all)."""
    return next((c for c in range(len(bounds) - 2) if x < bounds[c + 1]), len(bounds) - 2)


def _overlap_band(ln: Line, top: float, bottom: float) -> bool:
    return ln.bbox[3] > top and ln.bbox[1] < bottom


def _gutters(content: list[Line]) -> list[float]:
    """The x of each white gap running down between the lines of text (no line across it)."""
    spans = sorted((ln.bbox[0], ln.bbox[2]) for ln in content)
    gaps: list[float] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= GUTTER:
            gaps.append((reach + x0) / 2)
        reach = max(reach, x1)
    return gaps


def _fits(ln: Line, bounds: list[float]) -> bool:
    """Whether a line stands in one column of the table (crosses no boundary between columns)."""
    # (a header's cell centred over a narrow column may stand out a little: "Nr." over "1")
    # (the last column open to the right: "Prioriteit" over "hoog")
    return bounds[0] <= ln.bbox[0] and not any(
        ln.bbox[0] < b - GUTTER and b + GUTTER < ln.bbox[2] for b in bounds[1:-1]
    )


def _run_on(
    body: list[Line], inside: list[Line], bounds: list[float], edge: float, step: int, pitch: float
) -> list[Line]:
    """The lines above (``step`` -1) or below (1) the labels that still stand in the table's columns, near enough
    one after the other: a header whose cells stand level, a row's lines beside its label's; not a heading in the
    labels' column alone ("Vervolg"), nor a line across."""
    taken = {id(ln) for ln in inside}
    rest = [ln for ln in body if id(ln) not in taken and ln.bbox[2] > bounds[0]]
    rest = [ln for ln in rest if (ln.bbox[3] <= edge + 1 if step < 0 else ln.bbox[1] >= edge - 1)]
    rest.sort(key=lambda ln: -ln.bbox[3] if step < 0 else ln.bbox[1])
    out: list[Line] = []
    reach = edge
    size = statistics.median(ln.size for ln in inside)
    for ln in rest:
        distance = reach - ln.bbox[3] if step < 0 else ln.bbox[1] - reach
        # (not a page's number or running title under or above it, in smaller type: "blad 1 van 2")
        if distance > REACH * pitch or not _fits(ln, bounds) or abs(ln.size - size) > SAME_SIZE * size:
            break
        # in the labels' column: only as a header's first cell, level with the others
        if ln.bbox[2] <= bounds[1] and (
            step > 0 or not any(_overlap(ln, o) > 0 and o.bbox[0] >= bounds[1] for o in rest)
        ):
            break
        out.append(ln)
        reach = min(reach, ln.bbox[1]) if step < 0 else max(reach, ln.bbox[3])
    return out


def _row_cuts(group: list[Line], lines: list[Line], bounds: list[float], above: list[Line]) -> list[float] | None:
    """Where one row ends and the next begins: between two labels, in the widest white across all columns (or
    right above the later label, where no white is clearly wider than between a cell's lines); above the first
    label, under a header and where a row carried over from the page before ends."""
    usual = _usual_gap([ln for ln in lines if ln not in above], bounds)  # (not the gap under a header)
    cuts: list[float] = []
    centres = [(ln.bbox[1] + ln.bbox[3]) / 2 for ln in group]
    for k in range(1, len(group)):
        white = _whites(lines, centres[k - 1], centres[k])
        if not white:
            return None  # text all the way from one label to the next: no rows
        widest = max(white, key=lambda w: w[1] - w[0])
        if widest[1] - widest[0] >= CLEAR_GAP * usual:
            cuts.append((widest[0] + widest[1]) / 2)
        else:
            before = [w for w in white if w[1] <= group[k].bbox[1] + 1]
            if not before:
                return None
            cuts.append((before[-1][0] + before[-1][1]) / 2)
    if above:
        white = _whites(lines, min(ln.bbox[1] for ln in above), centres[0])
        clear = [w for w in white if w[1] - w[0] >= CLEAR_GAP * usual]
        if clear:
            widest = max(clear, key=lambda w: w[1] - w[0])
            cuts.insert(0, (widest[0] + widest[1]) / 2)
    return cuts


def _whites(lines: list[Line], a: float, b: float) -> list[tuple[float, float]]:
    """The bands between heights ``a`` and ``b`` that no line covers, top to bottom."""
    spans = sorted((ln.bbox[1], ln.bbox[3]) for ln in lines if ln.bbox[3] > a and ln.bbox[1] < b)
    out: list[tuple[float, float]] = []
    reach = a
    for y0, y1 in spans:
        if y0 > reach:
            out.append((reach, y0))
        reach = max(reach, y1)
    if b > reach:
        out.append((reach, b))
    # (the first and last bands reach to the labels' middles: only white between lines counts)
    return [w for w in out if w[0] != a and w[1] != b]


def _usual_gap(lines: list[Line], bounds: list[float]) -> float:
    """The usual white between two lines of one cell: the lower quartile of the gaps between lines one under the
    other in a column (most of a column's gaps are between a cell's lines; a status column's, between rows)."""
    gaps: list[float] = []
    for c in range(1, len(bounds) - 1):
        col = sorted(
            (ln for ln in lines if bounds[c] <= (ln.bbox[0] + ln.bbox[2]) / 2 < bounds[c + 1]),
            key=lambda ln: ln.bbox[1],
        )
        gaps += [b.bbox[1] - a.bbox[3] for a, b in itertools.pairwise(col) if b.bbox[1] > a.bbox[3]]
    return statistics.quantiles(gaps, n=4)[0] if len(gaps) >= 2 else gaps[0] if gaps else 2.0
