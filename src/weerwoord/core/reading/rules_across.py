"""A table ruled only across: rules (or shaded bands) between its rows, no rule between its columns, whose columns
the header row's words show ("Nr. | Aanbeveling in het kort | Reactie College | Status | Gereed" on a shaded band,
a rule under each row), as a word processor or a browser prints a table with borders under its rows only.

Its header is a shaded band; its rows are the bands between the rules under it; its columns start where the header's
words start, each group of words set apart from the next by more than a wide space. A band is a row of the table only
when none of its words runs over a column's start: running text between two tables crosses them, and ends the table.
Rows that all look alike (a list set between rules, its numbers in a column of their own) make no table.

A table carried over from the page before has no header on its page: at the top of that page, under no shaded band of
its own, its columns are those its rows share (``tables_carried_over``).
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from typing import Any

from weerwoord.core.model import Rect

MIN_WIDTH = 150.0  # pt: a rule across a table is this long or longer
SAME = 3.0  # pt: rules whose ends lie this near are one table's; column starts this near are one
THIN = 3.0  # pt: a filled rectangle no higher than this is a rule; a higher one is a band (two rules, top and bottom)
COLUMN_GAP = 9.0  # pt: words this far apart on one header line stand in two columns (a space is 2-4 pt)
MIN_RULES = 4  # a header and two rows at least: four rules (or a band's top and bottom among them)
HEADER_WORDS = 5  # a header holds this many words a column or fewer; a band with more is a row (no header)
ROW_PAD = 1.5  # line heights: a row without a rule under (or over) it starts this near the rule beside it
LINE_GAP = 0.9  # line heights of white at most between two lines of such a row

Table = list[list[Rect]]
# a stretch across the page at a height (a rule's, or a band's top and bottom), from x0 to x1
Span = tuple[tuple[float, ...], float, float]


def tables_ruled_across(
    drawings: Sequence[dict[str, Any]],
    words: Sequence[Rect],
    pieced_only: bool = False,
    figures: Collection[Rect] = (),
) -> list[Table]:
    """The tables of a page ruled only across (see the module's description), each its rows of cells.
    ``pieced_only``: only where the rules are drawn cell by cell (short pieces end to end, which a grid finder
    takes for boxes and finds no table in). ``figures``: the words among ``words`` that hold a digit (no header's)."""
    if pieced_only and not _pieced(drawings):
        return []
    rules, shaded = _rules(drawings)
    found: list[Table] = []
    for (x0, x1), levels in _levels(rules):
        found.extend(_tables(x0, x1, levels, words, shaded, figures))
    return found


CARRIED_TOP = 0.3  # of the page's height: a table carried over from the page before starts above this


def tables_carried_over(drawings: Sequence[dict[str, Any]], words: Sequence[Rect], height: float) -> list[Table]:
    """The tables of a page ruled only across whose header stood on the page before (see ``_carried``): at the top
    of the page (a table lower down has its header on this page)."""
    rules, shaded = _rules(drawings)
    return [
        t
        for (x0, x1), levels in _levels(rules)
        # (not under a shaded header band of its own, the page's first: its header is here)
        if levels[0] <= CARRIED_TOP * height and not any(abs(a - levels[0]) <= SAME for a, _ in shaded)
        for t in _carried(x0, x1, levels, words)
    ]


def _levels(rules: list[tuple[float, float, float]]) -> list[tuple[tuple[float, float], list[float]]]:
    """The rules that start and end alike (one table's), as their ends and their heights, where they are enough."""
    groups: dict[tuple[int, int], set[float]] = {}
    for x0, y, x1 in rules:
        key = next((k for k in groups if abs(k[0] - x0) <= SAME and abs(k[1] - x1) <= SAME), (round(x0), round(x1)))
        groups.setdefault(key, set()).add(y)
    out = [((float(a), float(b)), _merged(sorted(ys))) for (a, b), ys in groups.items()]
    return [(ends, levels) for ends, levels in out if len(levels) >= MIN_RULES]


def _rules(drawings: Sequence[dict[str, Any]]) -> tuple[list[tuple[float, float, float]], list[tuple[float, float]]]:
    """The page's horizontal rules at least ``MIN_WIDTH`` long, as (x0, y, x1): lines, thin bars, and the top and
    bottom of a shaded band; and the shaded bands' tops and bottoms. Pieces end to end at one height are one rule
    (a table whose borders are drawn cell by cell, each cell's top and bottom a short line of its own; and its
    header's shading, cell by cell)."""
    pieces: list[Span] = [((y,), x0, x1) for x0, y, x1 in _lines(drawings)] + _thin_bars(drawings)
    shaded: list[tuple[float, float]] = []
    for (y0, y1), x0, x1, _ in _end_to_end(_bands(drawings)):
        if x1 - x0 >= MIN_WIDTH:
            pieces.extend((((y0,), x0, x1), ((y1,), x0, x1)))
            shaded.append((y0, y1))
    return [(x0, y, x1) for (y,), x0, x1, _ in _end_to_end(pieces) if x1 - x0 >= MIN_WIDTH], shaded


def _thin_bars(drawings: Sequence[dict[str, Any]]) -> list[Span]:
    """The page's filled rectangles no higher than a rule, as (middle,), x0, x1."""
    return [
        (((r.y0 + r.y1) / 2,), r.x0, r.x1)
        for d in drawings
        for item in d.get("items", ())
        if item and item[0] == "re" and (r := item[1]).height <= THIN
    ]


def _bands(drawings: Sequence[dict[str, Any]]) -> list[Span]:
    """The page's shaded rectangles higher than a rule, as (top, bottom), x0, x1."""
    return [
        ((r.y0, r.y1), r.x0, r.x1)
        for d in drawings
        if d.get("fill") is not None
        for item in d.get("items", ())
        if item and item[0] == "re" and (r := item[1]).height > THIN
    ]


def _lines(drawings: Sequence[dict[str, Any]]) -> list[tuple[float, float, float]]:
    """The page's horizontal lines, as (x0, y, x1)."""
    return [
        (min(a.x, b.x), (a.y + b.y) / 2, max(a.x, b.x))
        for d in drawings
        for item in d.get("items", ())
        if item and item[0] == "l"
        for a, b in [(item[1], item[2])]
        if abs(a.y - b.y) < 1 and abs(b.x - a.x) >= 1
    ]


def _pieced(drawings: Sequence[dict[str, Any]]) -> bool:
    """Whether a page's rules across are drawn in pieces: three rules ``MIN_WIDTH`` long or more, each of two
    lines (or thin bars) or more that meet end to end (a cell's top or bottom each); a band shaded cell by cell
    counts as two (its top and bottom: a header, and rows shaded every other one)."""
    joined = _end_to_end([((y,), x0, x1) for x0, y, x1 in _lines(drawings)] + _thin_bars(drawings))
    bands = _end_to_end(_bands(drawings))
    pieces = sum(1 for _, x0, x1, n in joined if n >= 2 and x1 - x0 >= MIN_WIDTH)
    return pieces + 2 * sum(1 for _, x0, x1, n in bands if n >= 2 and x1 - x0 >= MIN_WIDTH) >= 3


def _end_to_end(spans: Sequence[Span]) -> list[tuple[tuple[float, ...], float, float, int]]:
    """Stretches at one height (each within 1 pt) that meet or overlap, joined into one, with how many they were."""
    out: list[tuple[tuple[float, ...], float, float, int]] = []
    for at, x0, x1 in sorted(spans, key=lambda s: (tuple(round(v) for v in s[0]), s[1])):
        if out and all(abs(a - b) < 1 for a, b in zip(out[-1][0], at, strict=True)) and x0 <= out[-1][2] + 1:
            prev, px0, px1, n = out[-1]
            out[-1] = (prev, px0, max(px1, x1), n + 1)
        else:
            out.append((at, x0, x1, 1))
    return out


def _merged(ys: list[float]) -> list[float]:
    out: list[float] = []
    for y in ys:
        if out and y - out[-1] <= SAME:
            continue
        out.append(y)
    return out


def _tables(
    x0: float,
    x1: float,
    levels: list[float],
    words: Sequence[Rect],
    shaded: list[tuple[float, float]],
    figures: Collection[Rect] = (),
) -> list[Table]:
    """The tables between the rules at ``levels`` (from x0 to x1): each from a shaded band whose words stand in two
    groups or more (its header), down to the last band before one whose words run over a column's start, with two
    rows or more under the header that hold words in two columns or more."""
    bands = list(itertools.pairwise(levels))
    inside = _in_bands(x0, x1, bands, words)
    found: list[Table] = []
    k = 0
    while k < len(bands):
        a, b = bands[k]
        header = inside[k] and any(abs(a - t) <= SAME and abs(b - u) <= SAME for t, u in shaded)
        starts = _column_starts(inside[k]) if header else []
        # (or a header in plain type just above the rule, "Advies  Standpunt van de kerkraad  Timing", under running
        # text: a table printed with a rule under each row, none shaded)
        above = [] if header else _header_above(inside[k], b, figures)
        starts = _column_starts(above) if above else starts
        end = k + 1
        while len(starts) >= 2 and end < len(bands) and inside[end] and not _across(inside[end], starts):
            if above and not _starts_fit(inside[end], starts):
                break  # (under a header in plain type, a row's cells start where its columns do: not a new table's)
            end += 1
        body = range(k + 1, end)
        if len(starts) >= 2 and sum(len({_column(w[0], starts) for w in inside[r]}) >= 2 for r in body) >= 2:
            edges = [x0, *(s - 2 for s in starts[1:]), x1]
            rows = list(bands[k:end])
            if above:
                rows[0] = (min(w[1] for w in above) - SAME, b)
            beyond = (x0, x1, starts, words)
            # (the last row of a table shaded every other row: no rule under it)
            if end == len(bands) and (last := _row_beyond(*beyond, levels[-1], 1)):
                rows.append(last)
            # (a row, no header: a table carried over, shaded)
            if (
                not above
                and len(inside[k]) > HEADER_WORDS * len(starts)
                and (first := _row_beyond(*beyond, levels[k], -1))
            ):
                rows.insert(0, first)
            found.append([[(edges[i], a, edges[i + 1], b) for i in range(len(starts))] for a, b in rows])
            k = end
        else:
            k += 1
    return found


def _header_above(words: Sequence[Rect], rule: float, figures: Collection[Rect]) -> list[Rect]:
    """The words of a table's header in plain type standing just above ``rule`` at the bottom of a band of other
    text: its last line (two lines where the one above it stands close and runs over no column's start), in two
    groups or more of ``HEADER_WORDS`` words or fewer, no figure among them (a header names its columns: not a field
    table's first row, "Ons kenmerk  KF-SA/2027/37"), within a line's height of the rule, other text above it in
    its band; [] where there is none."""
    lines: list[list[Rect]] = []
    for w in sorted(words, key=lambda w: -(w[1] + w[3]) / 2):
        if lines and abs((lines[-1][0][1] + lines[-1][0][3]) / 2 - (w[1] + w[3]) / 2) <= SAME:
            lines[-1].append(w)
        else:
            lines.append([w])
    if not lines:
        return []
    last = lines[0]
    height = max(w[3] - w[1] for w in last)
    starts = _column_starts(last)
    if rule - max(w[3] for w in last) > height * ROW_PAD or len(starts) < 2:
        return []
    if any(sum(1 for w in last if _column(w[0], starts) == i) > HEADER_WORDS for i in range(len(starts))):
        return []
    if any(w in figures for w in last):
        return []
    taken = list(last)
    if len(lines) > 1:
        prev = lines[1]
        gap = min(w[1] for w in last) - max(w[3] for w in prev)
        close = gap <= height * LINE_GAP and not _across(prev, starts)
        if close and len(prev) <= HEADER_WORDS * len(starts) and not any(w in figures for w in prev):
            taken.extend(prev)
    # (under other text: a band of its own between two rules is a field table's first row, "To  Mayor and Members")
    return taken if len(taken) < len(words) else []


CARRIED_WORDS = 4  # words in a first cell, in one row at least: running text, not a list's numbers in a column


def _carried(x0: float, x1: float, levels: list[float], words: Sequence[Rect]) -> list[Table]:
    """A table carried over from the page before, its header left there: the bands between the rules, two or more
    of them holding words in the same two columns or more (a first column of text, "Beloon agrariërs … | 2027"),
    none running over a column's start (a band in the first column alone, a group's title "Aan beide ministers",
    is a row of its own); and the row above the first rule, the table's first on this page."""
    bands = list(itertools.pairwise(levels))
    inside = _in_bands(x0, x1, bands, words)
    split = [_column_starts(ws) for ws in inside if ws]
    split = [st for st in split if len(st) >= 2]
    if len(split) < 2 or any(len(st) != len(split[0]) for st in split):
        return []
    starts = split[0]
    if any(abs(a - b) > SAME * 2 for st in split for a, b in zip(st, starts, strict=True)):
        return []
    if not all(ws and not _across(ws, starts) for ws in inside):
        return []
    first_cells = [sum(1 for w in ws if _column(w[0], starts) == 0) for ws in inside]
    if max(first_cells) < CARRIED_WORDS:
        return []
    rows = list(bands)
    if first := _row_beyond(x0, x1, starts, words, levels[0], -1):
        rows.insert(0, first)
    edges = [x0, *(s - 2 for s in starts[1:]), x1]
    return [[[(edges[i], a, edges[i + 1], b) for i in range(len(starts))] for a, b in rows]]


def _in_bands(x0: float, x1: float, bands: list[tuple[float, float]], words: Sequence[Rect]) -> list[list[Rect]]:
    """The words within ``x0``–``x1`` whose middle stands in each band (top, bottom)."""
    return [[w for w in words if x0 - 1 <= w[0] and w[2] <= x1 + 1 and a <= (w[1] + w[3]) / 2 <= b] for a, b in bands]


def _row_beyond(
    x0: float, x1: float, starts: list[float], words: Sequence[Rect], level: float, way: int
) -> tuple[float, float] | None:
    """A row past a table's last rule (``way`` 1, below ``level``) or before its first (-1, above it), bounded by
    no rule: a table shaded every other row, whose last row is white, or whose first row on a page is the rest of
    a row carried over. Its lines follow each other closely from the rule on, none running over a column's start,
    and it holds words in two columns or more; ``None`` where there is no such row."""
    near = [w for w in words if x0 - 1 <= w[0] and w[2] <= x1 + 1 and ((w[1] + w[3]) / 2 - level) * way > 0]
    lines: list[list[Rect]] = []
    for w in sorted(near, key=lambda w: way * (w[1] + w[3]) / 2):
        if lines and abs((lines[-1][0][1] + lines[-1][0][3]) / 2 - (w[1] + w[3]) / 2) <= SAME:
            lines[-1].append(w)
        else:
            lines.append([w])
    taken: list[Rect] = []
    edge = level
    for line in lines:
        height = max(w[3] - w[1] for w in line)
        top, bottom = min(w[1] for w in line), max(w[3] for w in line)
        gap = (top - edge) if way > 0 else (edge - bottom)
        if gap > height * (ROW_PAD if not taken else LINE_GAP) or _across(line, starts):
            break
        taken.extend(line)
        edge = bottom if way > 0 else top
    if len({_column(w[0], starts) for w in taken}) < 2:
        return None
    far = edge + way * SAME
    return (level, far) if way > 0 else (far, level)


def _starts_fit(words: Sequence[Rect], starts: list[float]) -> bool:
    """Whether each group of words on each line starts where a column starts."""
    return all(any(abs(x - s) <= SAME * 2 for s in starts) for x in _column_starts(words))


def _across(words: Sequence[Rect], starts: list[float]) -> bool:
    """Whether a word runs over a column's start (running text, no row of the table)."""
    return any(w[0] < s - 1 and w[2] > s + 1 for w in words for s in starts[1:])


def _column_starts(header: Sequence[Rect]) -> list[float]:
    """Where the header's groups of words start: on each line, a group ends where the next word stands more than
    ``COLUMN_GAP`` away; the starts of all lines, those near each other taken as one."""
    lines: dict[int, list[Rect]] = {}
    for w in sorted(header, key=lambda w: (w[1], w[0])):
        key = next((k for k in lines if abs(k - w[1]) <= SAME), round(w[1]))
        lines.setdefault(key, []).append(w)
    starts: list[float] = []
    for ws in lines.values():
        ws.sort(key=lambda w: w[0])
        group_starts = [ws[0][0]] + [b[0] for a, b in itertools.pairwise(ws) if b[0] - a[2] > COLUMN_GAP]
        for x in group_starts:
            if not any(abs(x - s) <= SAME * 2 for s in starts):
                starts.append(x)
    starts.sort()
    return starts


def _column(x: float, starts: list[float]) -> int:
    return max((i for i, s in enumerate(starts) if x >= s - 2), default=0)
