"""The one data model: documents, text runs mapped to page rectangles, recommendations, replies, pairs."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

Rect = tuple[float, float, float, float]

Verdict = Literal["agrees", "partly", "disagrees", "noted", "unanswered"]
Category = Literal["agreement", "reservation", "disagreement", "commitment"]
LinkKind = Literal["number", "quote", "content", "manual"]
BlockKind = Literal["heading", "paragraph", "item"]

VERDICTS: tuple[Verdict, ...] = ("agrees", "partly", "disagrees", "noted", "unanswered")
CATEGORIES: tuple[Category, ...] = ("agreement", "reservation", "disagreement", "commitment")


class Piece(NamedTuple):
    """A stretch ``text[start:end]`` of a run that was printed at ``rect`` on ``page`` (1-based).

    A named tuple, not a frozen dataclass: there is one per printed word (a 300-page advice has 200,000), and
    a tuple is made about three times faster (reading that advice: 3.3 s → 2.3 s CPU).
    """

    start: int
    end: int
    page: int
    rect: Rect
    line: int  # document-wide line number: pieces on one line share it


_LINE = operator.itemgetter(4)  # a piece's line


@dataclass(frozen=True)
class PageSpan:
    """Where a passage stands on one page: the rectangles of its lines."""

    page: int
    rects: tuple[Rect, ...]

    def to_json(self) -> dict[str, object]:
        return {"page": self.page, "rects": [[round(v, 2) for v in r] for r in self.rects]}


@dataclass
class TextRun:
    """Clean text plus the map from character offsets back to page rectangles."""

    text: str
    pieces: list[Piece] = field(default_factory=list)

    @property
    def page(self) -> int:
        return self.pieces[0].page if self.pieces else 1

    @property
    def pages(self) -> list[int]:
        return sorted({p.page for p in self.pieces})

    def slice(self, start: int, end: int) -> TextRun:
        """The part ``text[start:end]``, with the pieces that fall in it (cut pieces are kept whole)."""
        start = max(0, start)
        end = min(len(self.text), end)
        pieces = [
            Piece(max(p.start, start) - start, min(p.end, end) - start, p.page, p.rect, p.line)
            for p in self.pieces
            if p.end > start and p.start < end
        ]
        return TextRun(self.text[start:end], pieces)

    def strip(self) -> TextRun:
        lead = len(self.text) - len(self.text.lstrip())
        return self.slice(lead, len(self.text.rstrip()))

    def spans(self, start: int = 0, end: int | None = None) -> list[PageSpan]:
        """Line rectangles of ``text[start:end]``, grouped per page in reading order."""
        stop = len(self.text) if end is None else end
        lines: dict[int, tuple[int, list[Rect]]] = {}
        order: list[int] = []
        pieces = [p for p in self.pieces if p[1] > start and p[0] < stop]  # p[1], p[0]: end, start
        # pieces come line by line: one look-up per line, not one per piece (a reply has thousands)
        for line, group in itertools.groupby(pieces, key=_LINE):
            on_line = list(group)
            rects = [p[3] for p in on_line]
            if line in lines:
                lines[line][1].extend(rects)
            else:
                lines[line] = (on_line[0][2], rects)
                order.append(line)
        by_page: dict[int, list[Rect]] = {}
        page_order: list[int] = []
        for line in order:
            page, rects = lines[line]
            if page not in by_page:
                by_page[page] = []
                page_order.append(page)
            by_page[page].append(union(rects))
        return [PageSpan(page, tuple(by_page[page])) for page in page_order]

    @staticmethod
    def concat(runs: Sequence[TextRun], sep: str = " ") -> TextRun:
        text_parts: list[str] = []
        pieces: list[Piece] = []
        offset = 0
        new = tuple.__new__  # a reply joins thousands of words: half the cost of calling the named tuple
        for i, run in enumerate(runs):
            if i:
                text_parts.append(sep)
                offset += len(sep)
            text_parts.append(run.text)
            if offset:
                pieces.extend([new(Piece, (p[0] + offset, p[1] + offset, p[2], p[3], p[4])) for p in run.pieces])
            else:
                pieces.extend(run.pieces)  # the first run's pieces stand where they stood
            offset += len(run.text)
        return TextRun("".join(text_parts), pieces)


def union(rects: Iterable[Rect]) -> Rect:
    x0, y0, x1, y1 = zip(*rects, strict=True)  # one C-level pass per coordinate (every line of every passage)
    return (min(x0), min(y0), max(x1), max(y1))


def spans_json(spans: Iterable[PageSpan]) -> list[dict[str, object]]:
    return [s.to_json() for s in spans]


@dataclass
class Block:
    """One unit of body text after cleaning: a heading, a paragraph or a list item."""

    kind: BlockKind
    run: TextRun
    size: float = 0.0  # dominant font size
    bold: bool = False
    italic: bool = False
    label: str = ""  # list label as printed ("1.", "a)", "•"), not part of ``run``
    x0: float = 0.0  # left edge of the first line
    table_row: int = 0  # rows of a ruled table: a number shared by the blocks of one row (0: not in a table)
    bold_lead: bool = False  # it opens with a bold line or sentence, whatever the style of the rest
    # where it mixes bold and plain type: the stretches of its text set in bold, as (start, end) offsets (a key
    # sentence in bold inside a plain paragraph); empty where it is set in one weight, which ``bold`` tells
    bold_spans: tuple[tuple[int, int], ...] = ()

    @property
    def text(self) -> str:
        return self.run.text

    @property
    def page(self) -> int:
        return self.run.page


@dataclass
class Document:
    """A document as read: its identity, its body blocks in reading order, and what was set aside."""

    path: str
    sha256: str
    title: str
    page_count: int
    language: str  # "nl" or "en"
    page_sizes: list[tuple[float, float]]
    blocks: list[Block]
    footnotes: list[Block] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    body_size: float = 10.0  # the font size most body text is set in
    repaired: bool = False  # the file was damaged and PyMuPDF repaired it while opening
    # the first pages' plain text, when the reader was asked to keep it (read_document's plain_pages)
    first_pages: list[str] = field(default_factory=list, repr=False, compare=False)

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "title": self.title,
            "pages": self.page_count,
            "language": self.language,
        }


@dataclass
class Recommendation:
    """A numbered (or positioned) recommendation of the advice."""

    number: str
    numbered: bool
    run: TextRun  # the full text, without its label
    also_at: list[TextRun] = field(default_factory=list)  # short repeats (summary)
    manual: bool = False
    evidence: list[str] = field(default_factory=list)  # why this is a recommendation, in short sentences
    addressee: str = ""  # the line above it that names whom it asks ("Aan de minister van OCW"), if any
    title: str = ""  # the sub-heading over it in the advice, where it titles this one alone ("3.3 Landschap …")
    cites: tuple[str, ...] = ()  # the report's paragraphs it stands for: "(§ 4) …", "… (Paragraph 27)"

    @property
    def text(self) -> str:
        return self.run.text

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.run.text,
            "page": self.run.page,
            "spans": spans_json(self.run.spans()),
            "also_at": [{"page": r.page, "rects": [list(x) for s in r.spans() for x in s.rects]} for r in self.also_at],
            "evidence": list(self.evidence),
        }


@dataclass
class Reply:
    """One reply section of the response."""

    id: str
    heading: str | None
    run: TextRun  # the body text of the section, without the heading
    heading_run: TextRun | None = None
    numbers: list[str] = field(default_factory=list)  # recommendation numbers the section names
    label: str = ""  # the section's own number, if its heading carries one
    group: str | None = None  # the heading over a group of sections: "Recommendations accepted in principle"

    @property
    def text(self) -> str:
        return self.run.text

    @property
    def page(self) -> int:
        return self.heading_run.page if self.heading_run and self.heading_run.pieces else self.run.page

    def all_spans(self) -> list[PageSpan]:
        runs = [r for r in (self.heading_run, self.run) if r is not None]
        merged: dict[int, list[Rect]] = {}
        for r in runs:
            for s in r.spans():
                merged.setdefault(s.page, []).extend(s.rects)
        return [PageSpan(p, tuple(rs)) for p, rs in merged.items()]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "heading": self.heading,
            "text": self.run.text,
            "page": self.page,
            "spans": spans_json(self.all_spans()),
        }


@dataclass
class Mark:
    """A stance phrase in a reply: its category, the rule that matched, where it stands."""

    category: Category
    rule: str
    start: int  # offsets into the reply's run
    end: int
    text: str
    spans: list[PageSpan]
    about_recommendation: bool = True  # False: a policy statement about third parties
    manual: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "category": self.category,
            "text": self.text,
            "rule": self.rule,
            "spans": spans_json(self.spans),
        }


@dataclass
class Pair:
    """A recommendation, its reply (or none), how they were linked and what the reply amounts to."""

    recommendation: Recommendation
    reply: Reply | None
    link: LinkKind
    confidence: float
    verdict: Verdict
    reason: str
    marks: list[Mark] = field(default_factory=list)
    verdict_manual: bool = False
    evidence: list[str] = field(default_factory=list)  # why this reply was linked, in short sentences
    parts: list[tuple[int, int]] = field(default_factory=list)  # of a shared reply, the stretches about this one

    @property
    def number(self) -> str:
        return self.recommendation.number

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.recommendation.number,
            "numbered": self.recommendation.numbered,
            "recommendation": self.recommendation.to_json(),
            "reply": self.reply.to_json() if self.reply else None,
            "link": self.link,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
            "verdict": self.verdict,
            "reason": self.reason,
            "marks": [m.to_json() for m in self.marks],
            # a reply shared with other recommendations: which stretches of its text are about this one
            "reply_parts": [
                {"start": a, "end": b, "spans": spans_json(self.reply.run.spans(a, b))} for a, b in self.parts
            ]
            if self.reply is not None
            else [],
        }


@dataclass
class Comparison:
    """The result of comparing an advice with a response: what the CLI prints and the window shows."""

    advice: Document
    response: Document
    pairs: list[Pair]
    unmatched_replies: list[Reply]
    warnings: list[str] = field(default_factory=list)  # where the two documents disagree, in plain words
    alternatives: list[dict[str, object]] = field(default_factory=list)  # other readings of the advice, scored

    def to_json(self) -> dict[str, object]:
        return {
            "schema": "weerwoord.compare/1",
            "advice": self.advice.to_json(),
            "response": self.response.to_json(),
            "pairs": [p.to_json() for p in self.pairs],
            "unmatched_replies": [r.to_json() for r in self.unmatched_replies],
            "warnings": list(self.warnings),
            "alternatives": list(self.alternatives),
        }
