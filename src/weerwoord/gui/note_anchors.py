"""Anchors for notes made in the window: from selected words, from a reviewer's annotation; and their places."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # weerwoord.core.keeping.anchor (and rapidfuzz) are imported when an anchor is first made or placed
    from weerwoord.core.keeping.anchor import Anchor, PageIndex
    from weerwoord.core.publishing.export_pdf import PageText

Rect = tuple[float, float, float, float]
LINE_WORDS = 14  # an anchor taken from a line near a note icon keeps at most this many words


def union(rects: Sequence[Sequence[float]]) -> Rect:
    return (min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects), max(r[3] for r in rects))


_union = union


def text_from_words(words: Sequence[Sequence[Any]]) -> PageText:
    """A page's text built from its word boxes (x0, y0, x1, y1, word, block, line), as the export builds it."""
    from weerwoord.core.publishing.export_pdf import PageText

    parts: list[str] = []
    out: list[tuple[int, int, Rect, int]] = []
    offset = 0
    last: tuple[int, int] | None = None
    line_no = -1
    for w in words:
        block, line = int(w[5]), int(w[6])
        if last is not None:
            parts.append(" " if (block, line) == last else "\n")
            offset += 1
        if (block, line) != last:
            line_no += 1
        last = (block, line)
        parts.append(str(w[4]))
        out.append((offset, offset + len(str(w[4])), (float(w[0]), float(w[1]), float(w[2]), float(w[3])), line_no))
        offset += len(str(w[4]))
    return PageText("".join(parts), out)


def area_anchor(text: PageText, page: int, areas: Sequence[Rect], side: str) -> Anchor | None:
    """An anchor on the words whose centres lie in ``areas``: the selected lines, or the quads of a highlight."""
    hits = []
    for s, e, rect, _line in text.words:
        cx, cy = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
        if any(a[0] - 1 <= cx <= a[2] + 1 and a[1] - 1 <= cy <= a[3] + 1 for a in areas):
            hits.append((s, e, rect))
    if not hits:
        return None
    from weerwoord.core.keeping.anchor import make_anchor

    return make_anchor(
        text.text,
        page,
        min(h[0] for h in hits),
        max(h[1] for h in hits),
        rect=_union([h[2] for h in hits]),
        side=side,  # type: ignore[arg-type]
    )


def icon_anchor(text: PageText, page: int, icon: Rect, side: str, reach: float = 40.0) -> Anchor | None:
    """An anchor on the printed line a note icon stands at: the first line at or just below it.

    Viewers put a note's icon at the start of the passage or in the margin beside it; a line above the
    icon counts less than one below. None when no line is within ``reach`` points.
    """
    lines: dict[int, list[tuple[int, int, Rect]]] = {}
    for s, e, rect, line in text.words:
        lines.setdefault(line, []).append((s, e, rect))
    best: tuple[float, int] | None = None
    for line, words in lines.items():
        box = _union([w[2] for w in words])
        below = max(0.0, box[1] - icon[3])
        above = max(0.0, icon[1] - box[3])
        distance = below + above * 2
        if distance <= reach and (best is None or distance < best[0]):
            best = (distance, line)
    if best is None:
        return None
    words = lines[best[1]][:LINE_WORDS]
    from weerwoord.core.keeping.anchor import make_anchor

    return make_anchor(
        text.text,
        page,
        words[0][0],
        words[-1][1],
        rect=_union([w[2] for w in words]),
        side=side,  # type: ignore[arg-type]
    )


def pdf_to_page(rect: Sequence[float], page_height: float) -> Rect:
    """An XFDF/PDF rectangle (origin bottom left) in page coordinates (origin top left), for unrotated pages."""
    x0, y0, x1, y1 = rect[:4]
    return (min(x0, x1), page_height - max(y0, y1), max(x0, x1), page_height - min(y0, y1))


def quads_to_rects(coords: Sequence[float], page_height: float) -> list[Rect]:
    """XFDF quad points (eight numbers per quad, PDF space) as page rectangles."""
    out = []
    for i in range(0, len(coords) - 7, 8):
        xs = coords[i : i + 8 : 2]
        ys = coords[i + 1 : i + 8 : 2]
        out.append(pdf_to_page((min(xs), min(ys), max(xs), max(ys)), page_height))
    return out


def place(anchor: Anchor, index: PageIndex, texts: Sequence[PageText]) -> tuple[int, list[Rect]] | None:
    """Where ``anchor`` is in this document now: page (1-based) and a rectangle per line; None if orphaned."""
    from weerwoord.core.keeping.anchor import resolve

    pos = resolve(anchor, index)
    if pos is None:
        return None
    rects = texts[pos.page - 1].rects(pos.start, pos.end) if 0 < pos.page <= len(texts) else []
    return pos.page, rects
