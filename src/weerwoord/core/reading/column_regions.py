"""Two columns that begin part-way down a page: below text across the page (and a table read row by row), a
chapter set in two columns of one width ("Our advice": a finding and a request side by side, four lines each)."""

from __future__ import annotations

from collections import Counter

from weerwoord.core.reading.page_lines import Line

MIDDLE = 0.12  # how far from the middle of the text (a share of its width) the gap between the columns may stand
ACROSS = 20.0  # points a line runs past the middle on both sides to be text across the page
COLUMN_LINES = 3  # lines each column holds at least
SIDE_BY_SIDE = 2  # lines of the two columns that share a baseline at least
ALIKE = 1.5  # the wider column this many times the narrower at most
ROWS = 2  # paragraphs of the two columns that open side by side: from this many, a table read row by row


def middle_region(lines: list[Line]) -> tuple[float, float, float] | None:
    """The top, the bottom and the gap's x of a run of lines between lines across the page (or the page's top or
    bottom) that stand in two columns on either side of the middle, none of them crossing it; or None."""
    if len(lines) < 2 * COLUMN_LINES:
        return None
    xmin = min(ln.bbox[0] for ln in lines)
    xmax = max(ln.bbox[2] for ln in lines)
    mid, width = (xmin + xmax) / 2, xmax - xmin
    ordered = sorted(lines, key=lambda ln: ln.bbox[1])
    run: list[Line] = []
    for ln in [*ordered, None]:
        if ln is not None and not (ln.bbox[0] < mid - ACROSS and ln.bbox[2] > mid + ACROSS):
            run.append(ln)
            continue
        # (from the right column's first line to its last: a letter's address under a letterhead of two columns,
        # on the left alone, is no part of the columns)
        right = [x for x in run if x.bbox[0] >= mid - MIDDLE * width]
        top = min((x.bbox[1] for x in right), default=0.0)
        bottom = max((x.bbox[3] for x in right), default=0.0)
        inside = [x for x in run if x.bbox[3] > top and x.bbox[1] < bottom]
        gap = _gap(inside, mid, width)
        if gap is not None:
            return min(x.bbox[1] for x in inside), max(x.bbox[3] for x in inside), gap
        run = []
    return None


def _gap(run: list[Line], mid: float, width: float) -> float | None:
    """The x of the gap between two columns of a run of lines, or None."""
    right = [ln for ln in run if ln.bbox[0] >= mid - MIDDLE * width]
    on_right = {id(ln) for ln in right}
    left = [ln for ln in run if ln.bbox[2] <= mid + MIDDLE * width and id(ln) not in on_right]
    if len(left) < COLUMN_LINES or len(right) < COLUMN_LINES or len(left) + len(right) < len(run):
        return None
    edge, start = max(ln.bbox[2] for ln in left), min(ln.bbox[0] for ln in right)
    starts = Counter(round(ln.bbox[0]) for ln in right)
    beside = sum(1 for r in right if any(side_by_side(r, lf) for lf in left))
    if edge >= start or starts.most_common(1)[0][1] < COLUMN_LINES or beside < SIDE_BY_SIDE:
        return None
    # (not a table without rules, its cells side by side row by row: a finding beside its recommendation, each
    # pair of paragraphs opening on one baseline, again and again)
    if sum(1 for r in _openings(right) if any(side_by_side(r, lf) for lf in _openings(left))) >= ROWS:
        return None
    # (two columns of one width: not a ministry's narrow column of "Ons kenmerk", "Bijlage(n)" beside the letter)
    widths = [max(ln.bbox[2] for ln in col) - min(ln.bbox[0] for ln in col) for col in (left, right)]
    if max(widths) > ALIKE * min(widths):
        return None
    return (edge + start) / 2


def _openings(column: list[Line]) -> list[Line]:
    """The lines of a column that open a paragraph: the first, and each set apart from the line above it."""
    lines = sorted(column, key=lambda ln: ln.bbox[1])
    return [ln for k, ln in enumerate(lines) if k == 0 or ln.bbox[1] - lines[k - 1].bbox[3] > 0.5 * ln.height]


def side_by_side(a: Line, b: Line) -> bool:
    """Whether two lines share more than half the height of the lower one: they stand side by side."""
    return min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1]) > 0.5 * min(a.height, b.height)
