"""Proposals for the reader's repairs: the number printed at the start of a selection, more recommendations
like the ones already marked, and hints where the response names or quotes one the list lacks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from weerwoord.core.model import Block, Comparison, Document, Piece, Recommendation, Reply

Rect = tuple[float, float, float, float]

# "5.", "5)", "A3", "2.1", "iv.", "Recommendation 7:", "Aanbeveling 4 –", "(b)"
_LABEL = re.compile(
    r"^\s*(?:(?:recommendations?|aanbeveling(?:en)?|rec\.?)\s+)?\(?"
    r"(?P<number>\d+(?:\.\d+)*[a-z]?|[A-Z]\d+(?:\.\d+)*|[A-Za-z](?=[.)])|[ivxlc]+(?=[.)]))"
    r"\s*[.):\u2013\u2014-]?\s+(?=\S)",
    re.I,
)


def printed_label(text: str) -> tuple[str, str] | None:
    """The number or label printed at the start of ``text`` and the text after it, or None.

    >>> printed_label("5. introduce a deposit return scheme")
    ('5', 'introduce a deposit return scheme')
    >>> printed_label("Recommendation 7: Publish the data")
    ('7', 'Publish the data')
    """
    m = _LABEL.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip()
    return (m.group("number"), rest) if rest else None


@dataclass
class Proposal:
    """A passage of the advice that looks like the recommendations already marked."""

    number: str
    text: str
    page: int
    rects: list[Rect]
    why: str


def _shape(label: str) -> str:
    """A label's pattern: digits become 9, letters a/A, punctuation stays ("12." → "9.", "A3" → "A9")."""
    shape = re.sub(r"\d+", "9", label.strip())
    shape = re.sub(r"[a-z]+", "a", shape)
    return re.sub(r"[A-Z]+", "A", shape)


def _block_of(doc: Document, rec: Recommendation) -> Block | None:
    """The advice block the recommendation starts in (its first printed line)."""
    if not rec.run.pieces:
        return None
    first = rec.run.pieces[0]
    for block in doc.blocks:
        for p in block.run.pieces[:3]:
            if p.page == first.page and _overlaps(p.rect, first.rect):
                return block
    return None


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _indent(block: Block) -> float:
    return block.run.pieces[0].rect[0] if block.run.pieces else 0.0


def _label_number(block: Block) -> str:
    label = block.label.strip()
    if label:
        return re.sub(r"[^\w.]|(?<=\w)\.$", "", label).strip(".")
    found = printed_label(block.run.text)
    return found[0] if found else ""


def more_like(doc: Document, examples: list[Recommendation], known: list[Recommendation]) -> list[Proposal]:
    """Blocks of the advice set like ``examples`` (same kind, label pattern, type style and indentation) that are
    no recommendation yet, in reading order. Needs two examples that agree on all of these."""
    blocks = [b for b in (_block_of(doc, r) for r in examples) if b is not None]
    if len(blocks) < 2:
        return []
    model = blocks[0]
    looks = {(b.kind, _shape(b.label), round(b.size), b.bold, b.italic) for b in blocks}
    if len(looks) != 1:
        return []
    indents = [_indent(b) for b in blocks]
    if max(indents) - min(indents) > 4:
        return []
    taken = {(p.page, p.rect) for r in known for p in r.run.pieces}
    numbers = {r.number.lower() for r in known}
    out: list[Proposal] = []
    for block in doc.blocks:
        if block in blocks or not block.run.pieces:
            continue
        if (block.kind, _shape(block.label), round(block.size), block.bold, block.italic) != next(iter(looks)):
            continue
        if abs(_indent(block) - indents[0]) > 4:
            continue
        if any((p.page, p.rect) in taken for p in block.run.pieces):
            continue
        number = _label_number(block)
        if not number or number.lower() in numbers:
            continue
        numbers.add(number.lower())
        page = block.run.pieces[0].page
        rects = _line_rects([p for p in block.run.pieces if p.page == page])
        why = (
            f"set like recommendations {examples[0].number} and {examples[1].number}: "
            f"label '{model.label or number}', {'bold ' if model.bold else ''}{round(model.size)} pt, "
            f"indented {round(indents[0])} pt"
        )
        out.append(Proposal(number, block.run.text.strip(), page, rects, why))
    return out


def _line_rects(pieces: list[Piece]) -> list[Rect]:
    """One rectangle per printed line."""
    lines: dict[int, list[float]] = {}
    for p in pieces:
        r = lines.setdefault(p.line, [p.rect[0], p.rect[1], p.rect[2], p.rect[3]])
        r[0], r[1], r[2], r[3] = min(r[0], p.rect[0]), min(r[1], p.rect[1]), max(r[2], p.rect[2]), max(r[3], p.rect[3])
    return [(r[0], r[1], r[2], r[3]) for r in lines.values()]


@dataclass
class Hint:
    """Something in the response that points to a recommendation the list lacks, with the fix it suggests."""

    message: str
    proposal: Proposal | None  # the passage of the advice to add, when it was found
    number: str = ""  # the number the response cites
    where: str = ""  # the heading (or id) of the section that cites it


_CITED = re.compile(r"\b(?:recommendations?|aanbeveling(?:en)?)\s+(\d+(?:\.\d+)*[a-z]?|[A-Z]\d+)\b", re.I)


def hints(comparison: Comparison) -> list[Hint]:
    """Recommendation numbers the response cites that are not in the list, each with the advice passage that
    carries that number when one is found ("add it as recommendation 5?")."""
    numbers = {p.number.lower() for p in comparison.pairs}
    replies = [p.reply for p in comparison.pairs if p.reply is not None] + list(comparison.unmatched_replies)
    cited: dict[str, str] = {}
    for reply in replies:
        for text in (reply.heading or "", reply.text):
            for m in _CITED.finditer(text):
                if m.group(1).lower() not in numbers:
                    cited.setdefault(m.group(1), reply.heading or reply.id)
    out = []
    for number, where in cited.items():
        proposal = _numbered_block(comparison.advice, number)
        message = f"The response cites recommendation {number} (under '{where}'), which is not in the list."
        out.append(Hint(message, proposal, number, where))
    return out


def _numbered_block(doc: Document, number: str) -> Proposal | None:
    for block in doc.blocks:
        if block.kind == "heading" or not block.run.pieces:
            continue
        if _label_number(block).lower() == number.lower():
            page = block.run.pieces[0].page
            text = block.run.text.strip()
            found = printed_label(text) if not block.label else None
            rects = _line_rects([p for p in block.run.pieces if p.page == page])
            return Proposal(number, found[1] if found else text, page, rects, f"the advice's item {number}")
    return None


def reply_for(number: str, replies: list[Reply]) -> Reply | None:
    """The reply that names recommendation ``number`` in its heading or carries it as its own label, if one does."""
    low = number.lower()
    for reply in replies:
        if low in (n.lower() for n in reply.numbers) or reply.label.lower() == low:
            return reply
    return None
