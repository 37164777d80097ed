"""A table ruled only across: rules (or shaded bands) between its rows, no rule between its columns, whose columns
the header row's words show ("Nr. | Aanbeveling in het kort | Reactie College | Status | Gereed" on a shaded band,
a rule under each row), as a word processor or a browser prints a table with borders under its rows only.

Its header is a shaded band; its rows are the bands between the rules under it; its columns start where the header's
words start, each group of words set apart from the next by more than a wide space. A band is a row of the table only
when none of its words runs over a column's start: running text between two tables crosses them, and ends the table.
Rows that all look alike (a list set between rules, its numbers in a column of their own) make no table.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from weerwoord.core.model import Rect

MIN_WIDTH = 150.0  # pt: a rule across a table is this long or longer
SAME = 3.0  # pt: rules whose ends lie this near are one table's; column starts this near are one
THIN = 3.0  # pt: a filled rectangle no higher than this is a rule; a higher one is a band (two rules, top and bottom)
COLUMN_GAP = 9.0  # pt: words this far apart on one header line stand in two columns (a space is 2-4 pt)
MIN_RULES = 4  # a header and two rows at least: four rules (or a band's top and bottom among them)

Table = list[list[Rect]]


def tables_ruled_across(drawings: Sequence[dict[str, Any]], words: Sequence[Rect]) -> list[Table]:
    """The tables of a page ruled only across (see the module's description), each its rows of cells."""
    groups: dict[tuple[int, int], set[float]] = {}
    rules, shaded = _rules(drawings)
    for x0, y, x1 in rules:
        key = next((k for k in groups if abs(k[0] - x0) <= SAME and abs(k[1] - x1) <= SAME), (round(x0), round(x1)))
        groups.setdefault(key, set()).add(y)
    found: list[Table] = []
    for (x0, x1), ys in groups.items():
        levels = _merged(sorted(ys))
        if len(levels) < MIN_RULES:
            continue
        found.extend(_tables(float(x0), float(x1), levels, words, shaded))
    return found


def _rules(drawings: Sequence[dict[str, Any]]) -> tuple[list[tuple[float, float, float]], list[tuple[float, float]]]:
    """The page's horizontal rules at least ``MIN_WIDTH`` long, as (x0, y, x1): lines, thin bars, and the top and
    bottom of a shaded band; and the shaded bands' tops and bottoms."""
    out: list[tuple[float, float, float]] = []
    shaded: list[tuple[float, float]] = []
    for d in drawings:
        for item in d.get("items", ()):
            if not item:
                continue
            if item[0] == "l":
                a, b = item[1], item[2]
                if abs(a.y - b.y) < 1 and abs(b.x - a.x) >= MIN_WIDTH:
                    out.append((min(a.x, b.x), (a.y + b.y) / 2, max(a.x, b.x)))
            elif item[0] == "re":
                r = item[1]
                if r.width < MIN_WIDTH:
                    continue
                if r.height <= THIN:
                    out.append((r.x0, (r.y0 + r.y1) / 2, r.x1))
                elif d.get("fill") is not None:
                    out.extend(((r.x0, r.y0, r.x1), (r.x0, r.y1, r.x1)))
                    shaded.append((r.y0, r.y1))
    return out, shaded


def _merged(ys: list[float]) -> list[float]:
    out: list[float] = []
    for y in ys:
        if out and y - out[-1] <= SAME:
            continue
        out.append(y)
    return out


def _tables(
    x0: float, x1: float, levels: list[float], words: Sequence[Rect], shaded: list[tuple[float, float]]
) -> list[Table]:
    """The tables between the rules at ``levels`` (from x0 to x1): each from a shaded band whose words stand in two
    groups or more (its header), down to the last band before one whose words run over a column's start, with two
    rows or more under the header that hold words in two columns or more."""
    bands = list(itertools.pairwise(levels))
    inside = [[w for w in words if x0 - 1 <= w[0] and w[2] <= x1 + 1 and a <= (w[1] + w[3]) / 2 <= b] for a, b in bands]
    found: list[Table] = []
    k = 0
    while k < len(bands):
        a, b = bands[k]
        header = inside[k] and any(abs(a - t) <= SAME and abs(b - u) <= SAME for t, u in shaded)
        starts = _column_starts(inside[k]) if header else []
        end = k + 1
        while len(starts) >= 2 and end < len(bands) and inside[end] and not _across(inside[end], starts):
            end += 1
        body = range(k + 1, end)
        if len(starts) >= 2 and sum(len({_column(w[0], starts) for w in inside[r]}) >= 2 for r in body) >= 2:
            edges = [x0, *(s - 2 for s in starts[1:]), x1]
            found.append([[(edges[i], a, edges[i + 1], b) for i in range(len(starts))] for a, b in bands[k:end]])
            k = end
        else:
            k += 1
    return found


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
