"""Cut the other replies like this one: the passages of the response that start as the replies the reader cut."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from weerwoord.core.keeping.cuts import Flat
from weerwoord.core.model import Block, Document, Piece, Rect
from weerwoord.core.words import _

if TYPE_CHECKING:
    from weerwoord.core.keeping.anchor import Anchor

QUOTE_SCORE = 85.0  # how alike (rapidfuzz partial ratio, 0-100) a block must be to a recommendation to quote it
QUOTE_MIN = 24  # characters: a shorter block is too short to count as a quotation

# a word and a number at the start of a block: "Recommendation 3:", "Aanbeveling 12 –", "Reactie op 4"
_NAMED = re.compile(r"^\s*(?P<word>(?:[^\W\d_]+\.?\s+){1,3}?)\(?(?P<number>\d+(?:\.\d+)*[a-z]?|[A-Z]\d+)\b")


@dataclass
class CutProposal:
    """A passage of the response proposed as the reply to recommendation ``number``, with why."""

    number: str
    text: str
    page: int
    rects: list[Rect]
    why: str
    anchor: Anchor
    kind: str = "reply"  # (the proposals dialog shows recommendations otherwise)


@dataclass(frozen=True)
class _Look:
    """How the block a reply starts with (or follows) is set: kind, label pattern, type, the word before its number,
    and whether it quotes the recommendation."""

    kind: str
    label: str
    size: int
    bold: bool
    italic: bool
    word: str
    quotes: bool


def _shape(label: str) -> str:
    shape = re.sub(r"\d+", "9", label.strip())
    shape = re.sub(r"[a-z]+", "a", shape)
    return re.sub(r"[A-Z]+", "A", shape)


class _Blocks:
    """The response's blocks with where each stands in its whole text, and what each is a reply to."""

    def __init__(self, doc: Document, flat: Flat, recommendations: Mapping[str, str]) -> None:
        self.blocks = list(doc.blocks)
        self.flat = flat
        self.body = doc.body_size
        self.recs = {n: " ".join(t.split()).lower() for n, t in recommendations.items()}
        self.ranges: list[tuple[int, int]] = []
        offset = 0
        for b in self.blocks:  # as cuts.flat_text joins them
            self.ranges.append((offset, offset + len(b.run.text)))
            offset += len(b.run.text) + 2
        self._quoted: dict[int, str | None] = {}

    def at(self, offset: int) -> int | None:
        """The block the text at ``offset`` belongs to (the next one when it falls between two)."""
        for i, (_a, b) in enumerate(self.ranges):
            if offset < b:
                return i
        return None

    def named(self, i: int) -> tuple[str, str] | None:
        """The word and number a block starts with ("recommendation", "3"), or None."""
        m = _NAMED.match(self.blocks[i].run.text)
        return (" ".join(m.group("word").lower().split()), m.group("number")) if m else None

    def quoted(self, i: int) -> str | None:
        """The number of the recommendation the block quotes, if it quotes one."""
        if i not in self._quoted:
            from rapidfuzz import fuzz

            text = " ".join(self.blocks[i].run.text.split()).lower()
            best: tuple[float, str] | None = None
            if len(text) >= QUOTE_MIN:
                for number, rec in self.recs.items():
                    shorter, longer = sorted((text, rec), key=len)
                    score = fuzz.partial_ratio(shorter, longer) if len(shorter) >= QUOTE_MIN else 0.0
                    if score >= QUOTE_SCORE and (best is None or score > best[0]):
                        best = (score, number)
            self._quoted[i] = best[1] if best else None
        return self._quoted[i]

    def look(self, i: int, quotes: bool) -> _Look:
        b = self.blocks[i]
        named = self.named(i)
        return _Look(b.kind, _shape(b.label), round(b.size), b.bold, b.italic, named[0] if named else "", quotes)

    def stands_out(self, i: int) -> bool:
        """Set apart from the body text: a heading, a label, bold or italic type, another size, a number named."""
        b = self.blocks[i]
        return bool(
            b.kind == "heading"
            or b.label.strip()
            or b.bold
            or b.italic
            or abs(b.size - self.body) > 0.5
            or self.named(i)
            or self.quoted(i)
        )

    def number(self, i: int, quotes: bool) -> str | None:
        """The recommendation a block like the examples' opens the reply to: by its label, the number it names,
        or (when the examples quote theirs) the recommendation it quotes."""
        if quotes:
            return self.quoted(i)
        label = re.sub(r"[^\w.]|(?<=\w)\.$", "", self.blocks[i].label.strip()).strip(".")
        if label and label in self.recs:
            return label
        named = self.named(i)
        return named[1] if named and named[1] in self.recs else None


def propose(
    doc: Document,
    recommendations: Mapping[str, str],
    cuts: Sequence[tuple[str, int, int]],
    replies: Mapping[str, tuple[int, int]],
) -> list[CutProposal]:
    """The replies to cut like the reader's ``cuts`` ((number, start, end) in the response's whole text, the last
    the model): each other block of the response set like the block that names the model's recommendation (the
    reply starts with it, follows it, or stands beside it in a table row) opens the reply to the recommendation it
    names or quotes, which runs to the next such block or a heading at least as large. ``recommendations``:
    number → text; ``replies``: number → where its reply stands now (one already exactly so is not proposed).
    In reading order."""
    flat = Flat(doc)
    blocks = _Blocks(doc, flat, recommendations)
    model = _model(blocks, cuts)
    if model is None:
        return []
    look, where, examples = model
    size = blocks.blocks[examples[0][1]].size
    like = [i for i in range(len(blocks.blocks)) if blocks.look(i, look.quotes) == look]
    if look.quotes:
        like = [i for i in like if blocks.quoted(i)]
    opening = {blocks.blocks[i].table_row for i in like} - {0}
    done = {number for number, _a, _b in cuts}
    taken = [(a, b) for _n, a, b in cuts]
    seen: set[str] = set()
    out: list[CutProposal] = []
    for k, i in enumerate(like):
        number = blocks.number(i, look.quotes)
        if number is None or number in done or number in seen:
            continue
        stop = like[k + 1] if k + 1 < len(like) else len(blocks.blocks)
        span = _passage(blocks, i, where, stop, size, opening)
        if span is None:
            continue
        first, last = span
        start, end = blocks.ranges[first][0], blocks.ranges[last][1]
        if not flat.text[start:end].strip() or replies.get(number) == (start, end):
            continue
        if any(a < end and start < b for a, b in taken):  # overlaps a reply the reader cut
            continue
        seen.add(number)
        run = flat.run.slice(start, end)
        page = run.page
        said = _("starts like the replies you cut to {numbers}: {look}") if len(examples) > 1 else None
        said = said or _("starts like the reply you cut to {numbers}: {look}")
        out.append(
            CutProposal(
                number,
                flat.text[start:end].strip(),
                page,
                _line_rects([p for p in run.pieces if p.page == page]),
                said.format(numbers=", ".join(n for n, _i in examples), look=_describe(blocks, i, look, where)),
                flat.anchor(start, end),
            )
        )
    return out


def _model(blocks: _Blocks, cuts: Sequence[tuple[str, int, int]]) -> tuple[_Look, str, list[tuple[str, int]]] | None:
    """How the last cut starts: the look of the block that names its recommendation, and where that block stands
    ("starts": the reply starts with it, "after": the reply follows it, "row": beside it in a table row); with
    the cuts that start alike."""
    seen: list[tuple[_Look, str, str, int]] = []
    for number, start, _end in cuts:
        i = blocks.at(start)
        if i is None or blocks.flat.text[blocks.ranges[i][0] : start].strip():
            continue  # a cut that starts inside a block: nothing tells where the others would start
        row = blocks.blocks[i].table_row
        around = [(i, "starts"), (i - 1, "after")]
        if row:
            around = [(j, "row") for j, b in enumerate(blocks.blocks) if b.table_row == row and j != i]
        for j, where in around:
            if j >= 0 and (where == "row" or blocks.stands_out(j)):
                if blocks.number(j, False) == number:  # numbered by its label or the number it names
                    seen.append((blocks.look(j, False), where, number, j))
                    break
                if blocks.quoted(j) == number:  # by the recommendation it quotes
                    seen.append((blocks.look(j, True), where, number, j))
                    break
                if where != "row":
                    break  # (set apart, but naming no recommendation: the others could not be told apart)
    if not seen:
        return None
    look, where = seen[-1][0], seen[-1][1]
    return look, where, [(n, i) for lk, w, n, i in seen if (lk, w) == (look, where)]


def _passage(blocks: _Blocks, i: int, where: str, stop: int, size: float, opening: set[int]) -> tuple[int, int] | None:
    """The first and last block of the reply the block ``i`` opens (``stop``: the next block like it; ``opening``:
    the table rows that hold such blocks)."""
    if where == "row":
        row = blocks.blocks[i].table_row
        others = [j for j, b in enumerate(blocks.blocks) if b.table_row == row and j != i]
        if not others or (min(others) < i < max(others)):
            return None
        last = max(others)
        while last + 1 < len(blocks.blocks) and blocks.blocks[last + 1].table_row not in (0, *opening):
            last += 1  # a row that opens no reply: the cell goes on (a row broken over a page)
        return min(others), last
    first = i + 1 if where == "after" else i
    if first >= len(blocks.blocks):
        return None
    last = first
    while last + 1 < stop and not _closes(blocks.blocks[last + 1], size):
        last += 1
    return first, last


def _closes(block: Block, size: float) -> bool:
    """A heading at least as large as the blocks replies start with ends a reply."""
    return block.kind == "heading" and block.size >= size - 0.1


def _describe(blocks: _Blocks, i: int, look: _Look, where: str) -> str:
    """The look in a few words, for the proposal's why: "after a heading in bold 12 pt “Recommendation 5: …”"."""
    first = " ".join(blocks.blocks[i].run.text.split()[:6])
    kind = _("heading") if look.kind == "heading" else _("paragraph")
    style = "".join(f"{w} " for w, on in ((_("bold"), look.bold), (_("italic"), look.italic)) if on)
    text = _("{kind} in {style}{size} pt “{first} …”").format(kind=kind, style=style, size=look.size, first=first)
    if look.quotes:
        text += " " + _("quoting the recommendation")
    said = {"after": _("after a {text}"), "row": _("beside a {text} in a table row")}.get(where, _("a {text}"))
    return said.format(text=text)


def _line_rects(pieces: list[Piece]) -> list[Rect]:
    """One rectangle per printed line."""
    lines: dict[int, list[float]] = {}
    for p in pieces:
        r = lines.setdefault(p.line, [p.rect[0], p.rect[1], p.rect[2], p.rect[3]])
        r[0], r[1], r[2], r[3] = min(r[0], p.rect[0]), min(r[1], p.rect[1]), max(r[2], p.rect[2]), max(r[3], p.rect[3])
    return [(r[0], r[1], r[2], r[3]) for r in lines.values()]
