"""Note anchors in the style of W3C Web Annotation selectors, and finding them again in a revised text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from rapidfuzz import fuzz

from app.core.model import Rect, TextRun, union

Side = Literal["advice", "response"]
SIDES: tuple[Side, ...] = ("advice", "response")

CONTEXT = 40  # characters of prefix and suffix kept around the quote
FUZZY_MIN_LENGTH = 16  # shorter quotes are only found again verbatim
FUZZY_THRESHOLD = 82.0  # rapidfuzz score (0-100) a changed quote must reach

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Anchor:
    """A quote with its context (TextQuoteSelector) and where it stood (page, offsets, rectangle)."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    page: int = 1  # 1-based
    start: int = 0  # offsets into the page text the anchor was made on (a hint only)
    end: int = 0
    rect: Rect | None = None
    side: Side | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "TextQuoteSelector",
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "page": self.page,
            "start": self.start,
            "end": self.end,
            "rect": [round(v, 2) for v in self.rect] if self.rect else None,
            "side": self.side,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Anchor:
        rect = data.get("rect")
        side = data.get("side")
        return cls(
            exact=str(data.get("exact", "")),
            prefix=str(data.get("prefix", "")),
            suffix=str(data.get("suffix", "")),
            page=int(data.get("page", 1)),
            start=int(data.get("start", 0)),
            end=int(data.get("end", 0)),
            rect=(float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3])) if rect else None,
            side=side if side in SIDES else None,
        )


@dataclass(frozen=True)
class Position:
    """Where an anchor was found: page (1-based), offsets into that page's text, and how."""

    page: int
    start: int
    end: int
    how: Literal["exact", "moved", "fuzzy"]
    score: float = 100.0


def make_anchor(
    page_text: str,
    page: int,
    start: int,
    end: int,
    *,
    rect: Rect | None = None,
    side: Side | None = None,
) -> Anchor:
    """An anchor for ``page_text[start:end]`` on ``page`` (1-based)."""
    start = max(0, min(start, len(page_text)))
    end = max(start, min(end, len(page_text)))
    return Anchor(
        exact=page_text[start:end],
        prefix=page_text[max(0, start - CONTEXT) : start],
        suffix=page_text[end : end + CONTEXT],
        page=page,
        start=start,
        end=end,
        rect=rect,
        side=side,
    )


def anchor_from_run(run: TextRun, start: int, end: int, *, side: Side | None = None) -> Anchor:
    """An anchor for ``run.text[start:end]`` (a passage of a recommendation or reply).

    Offsets are run offsets, not page offsets; :func:`resolve` treats them only as a hint.
    """
    start = max(0, min(start, len(run.text)))
    end = max(start, min(end, len(run.text)))
    spans = run.spans(start, end)
    page = spans[0].page if spans else run.page
    rect = union(spans[0].rects) if spans and spans[0].rects else None
    return Anchor(
        exact=run.text[start:end],
        prefix=run.text[max(0, start - CONTEXT) : start],
        suffix=run.text[end : end + CONTEXT],
        page=page,
        start=start,
        end=end,
        rect=rect,
        side=side,
    )


class _Normalised:
    """A text with runs of white space collapsed to one space, and the map back to the original offsets."""

    def __init__(self, text: str) -> None:
        out: list[str] = []
        starts: list[int] = []
        pos = 0
        for m in _SPACE.finditer(text):
            for i in range(pos, m.start()):
                out.append(text[i])
                starts.append(i)
            if out and out[-1] != " ":
                out.append(" ")
                starts.append(m.start())
            pos = m.end()
        for i in range(pos, len(text)):
            out.append(text[i])
            starts.append(i)
        self.text = "".join(out)
        self._starts = starts
        self._length = len(text)

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised range ``[start, end)``."""
        if not self._starts:
            return 0, 0
        o_start = self._starts[start] if start < len(self._starts) else self._length
        o_end = self._starts[end - 1] + 1 if 0 < end <= len(self._starts) else o_start
        return o_start, max(o_start, o_end)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text)


def resolve(anchor: Anchor, pages: Sequence[str]) -> Position | None:
    """Find ``anchor`` in ``pages`` (the plain text of each page of a possibly revised document).

    First the exact quote (white space may differ): on the old page, then on the others, with
    prefix and suffix deciding between repeats. Then, for quotes long enough to judge, the most
    similar passage (rapidfuzz), favouring the old page. ``None``: the passage is gone — the note
    is orphaned (kept, and shown as such).
    """
    exact = _norm(anchor.exact).strip()
    if not exact:
        return None
    norms = [_Normalised(t) for t in pages]
    found = _exact(anchor, exact, norms)
    if found is not None:
        return found
    if len(exact) < FUZZY_MIN_LENGTH:
        return None
    return _fuzzy(anchor, exact, norms)


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    prefix = _norm(anchor.prefix).strip()
    suffix = _norm(anchor.suffix).strip()
    score = 0.0
    if prefix:
        before = text[max(0, start - len(prefix) - 2) : start].strip()
        score += fuzz.ratio(prefix, before[-len(prefix) :]) if before else 0.0
    if suffix:
        after = text[end : end + len(suffix) + 2].strip()
        score += fuzz.ratio(suffix, after[: len(suffix)]) if after else 0.0
    return score


def _page_order(anchor: Anchor, count: int) -> list[int]:
    """Page indexes (0-based), the old page first, then outward."""
    old = min(max(anchor.page - 1, 0), max(count - 1, 0))
    return sorted(range(count), key=lambda i: (abs(i - old), i))


def _exact(anchor: Anchor, exact: str, norms: Sequence[_Normalised]) -> Position | None:
    best: tuple[float, int, int, int] | None = None  # (score, page index, start, end) normalised
    for rank, index in enumerate(_page_order(anchor, len(norms))):
        text = norms[index].text
        at = text.find(exact)
        while at >= 0:
            end = at + len(exact)
            # context decides; then the old page; then the old offset
            score = _context_score(anchor, text, at, end) - rank * 5.0
            if index == anchor.page - 1:
                score -= abs(at - anchor.start) / 10_000
            if best is None or score > best[0]:
                best = (score, index, at, end)
            at = text.find(exact, at + 1)
    if best is None:
        return None
    _, index, start, end = best
    o_start, o_end = norms[index].original(start, end)
    how: Literal["exact", "moved"] = "exact" if index == anchor.page - 1 else "moved"
    return Position(index + 1, o_start, o_end, how)


def _fuzzy(anchor: Anchor, exact: str, norms: Sequence[_Normalised]) -> Position | None:
    best: tuple[float, float, int, int, int] | None = None  # (rank score, quote score, page, start, end)
    for rank, index in enumerate(_page_order(anchor, len(norms))):
        text = norms[index].text
        if not text.strip():
            continue
        hit = fuzz.partial_ratio_alignment(exact, text, score_cutoff=FUZZY_THRESHOLD)
        if hit is None:
            continue
        start, end = hit.dest_start, hit.dest_end
        start, end = _widen_to_words(text, start, end)
        quote = fuzz.ratio(exact, text[start:end])
        if quote < FUZZY_THRESHOLD - 10:
            continue
        score = hit.score + _context_score(anchor, text, start, end) / 20 - rank * 0.5
        if best is None or score > best[0]:
            best = (score, hit.score, index, start, end)
    if best is None:
        return None
    _, quote_score, index, start, end = best
    o_start, o_end = norms[index].original(start, end)
    return Position(index + 1, o_start, o_end, "fuzzy", round(quote_score, 1))


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Stretch a match to whole words: a note never starts or ends inside a word."""
    while start > 0 and not text[start - 1].isspace() and not text[start].isspace():
        start -= 1
    while end < len(text) and end > 0 and not text[end].isspace() and not text[end - 1].isspace():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
