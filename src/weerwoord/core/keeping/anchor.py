"""Note anchors in the style of W3C Web Annotation selectors, and finding them again in a revised text."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from rapidfuzz import fuzz

from weerwoord.core.model import Rect, TextRun, union

Side = Literal["advice", "response"]
SIDES: tuple[Side, ...] = ("advice", "response")

CONTEXT = 40  # characters of prefix and suffix kept around the quote
FUZZY_MIN_LENGTH = 16  # shorter quotes are only found again verbatim
FUZZY_THRESHOLD = 82.0  # rapidfuzz score (0-100) a changed quote must reach

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\S+")


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
    """A text with white space collapsed to single spaces, and the map back to the original offsets.

    The offsets are kept in arrays of machine integers, not a tuple per word: every page of both documents is
    indexed when notes are placed (a 300-page advice: 3 MB instead of 23 MB).
    """

    def __init__(self, text: str) -> None:
        self._begins = array("l")  # where each word starts and ends in the original text
        self._ends = array("l")
        self._starts = array("l")  # where each word starts in the normalised text
        words: list[str] = []
        pos = 0
        for m in _WORD.finditer(text):
            s, e = m.span()
            self._begins.append(s)
            self._ends.append(e)
            self._starts.append(pos)
            words.append(m.group())
            pos += e - s + 1
        self.text = " ".join(words)
        self._length = len(text)

    def _map(self, offset: int, is_end: bool) -> int:
        if not self._begins:
            return 0
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        within = offset - self._starts[i]
        s, e = self._begins[i], self._ends[i]
        if is_end and within == 0 and i > 0:  # an end just after a space: the end of the word before
            return self._ends[i - 1]
        return min(s + within, e)

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised range ``[start, end)``."""
        o_start = self._map(start, False)
        return o_start, max(o_start, self._map(end, True))


class PageIndex:
    """Page texts prepared once for many :func:`resolve` calls (an export resolves every note)."""

    def __init__(self, pages: Sequence[str]) -> None:
        self.norms = [_Normalised(t) for t in pages]


def index_pages(pages: Sequence[str]) -> PageIndex:
    return PageIndex(pages)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text)


def resolve(anchor: Anchor, pages: Sequence[str] | PageIndex) -> Position | None:
    """Find ``anchor`` in ``pages`` (the plain text of each page of a possibly revised document).

    First the exact quote (white space may differ): on the old page, then on the others, with
    prefix and suffix deciding between repeats. Then, for quotes long enough to judge, the most
    similar passage (rapidfuzz), favouring the old page. ``None``: the passage is gone — the note
    is orphaned (kept, and shown as such).
    """
    exact = _norm(anchor.exact).strip()
    if not exact:
        return None
    norms = pages.norms if isinstance(pages, PageIndex) else PageIndex(pages).norms
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
        start, end = _best_words(exact, text, *_widen_to_words(text, hit.dest_start, hit.dest_end))
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


def _word_starts(text: str, around: int, count: int) -> list[int]:
    """Offsets of word starts near ``around``: up to ``count`` words before and after it."""
    starts = [m.start() for m in re.finditer(r"\S+", text[max(0, around - 200) : around + 200])]
    base = max(0, around - 200)
    offsets = [base + s for s in starts]
    before = [o for o in offsets if o < around][-count:]
    after = [o for o in offsets if o >= around][: count + 1]
    return before + after


def _word_ends(text: str, around: int, count: int) -> list[int]:
    ends = [m.end() for m in re.finditer(r"\S+", text[max(0, around - 200) : around + 200])]
    base = max(0, around - 200)
    offsets = [base + e for e in ends]
    before = [o for o in offsets if o <= around][-(count + 1) :]
    after = [o for o in offsets if o > around][:count]
    return before + after


def _best_words(exact: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Move the ends of a rough match a few words either way, to the span most like ``exact``."""
    best = (fuzz.ratio(exact, text[start:end]), start, end)
    for s in _word_starts(text, start, 3):
        for e in _word_ends(text, end, 3):
            if e > s:
                score = fuzz.ratio(exact, text[s:e])
                if score > best[0]:
                    best = (score, s, e)
    return best[1], best[2]


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
