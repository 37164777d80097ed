"""Replies cut by the reader: passages of the response, held as text-quote anchors, that become reply sections."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from weerwoord.core.model import Document, Piece, Rect, Reply, TextRun

if TYPE_CHECKING:  # anchor brings rapidfuzz, which the window loads only when it first needs it
    from weerwoord.core.keeping.anchor import Anchor

SPLIT_QUOTE = 60  # characters quoted from a split point on: enough to find it again, not a whole paragraph


@dataclass
class ReplyCut:
    """ "This passage is the reply to recommendation ``number``": the passage as a quote of the response's text."""

    number: str
    anchor: Anchor


def flat_text(doc: Document) -> TextRun:
    """The response's body as one run, its blocks joined as the reply sections join them (a blank line)."""
    return TextRun.concat([b.run for b in doc.blocks], sep="\n\n")


def _key(p: Piece) -> tuple[int, int, Rect]:
    return (p.page, p.line, p.rect)


class Flat:
    """The response's text as one run, and where each printed word of it stands in that run."""

    def __init__(self, doc: Document) -> None:
        self.run = flat_text(doc)
        self.text = self.run.text
        self._where: dict[tuple[int, int, Rect], tuple[int, int]] = {}
        for p in self.run.pieces:
            self._where.setdefault(_key(p), (p.start, p.end))

    def range_of(self, run: TextRun | None) -> tuple[int, int] | None:
        """Where ``run`` (a reply's text, made of the response's words) stands in the whole text."""
        if run is None:
            return None
        found = [self._where[k] for k in map(_key, run.pieces) if k in self._where]
        if not found:
            return None
        return min(s for s, _ in found), max(e for _, e in found)

    def range_at(self, rects: dict[int, Sequence[Rect]]) -> tuple[int, int] | None:
        """The stretch of text printed inside ``rects`` (a selection: line rectangles per page), or None."""
        hits = [
            (p.start, p.end)
            for p in self.run.pieces
            if p.page in rects and any(_inside(p.rect, r) for r in rects[p.page])
        ]
        if not hits:
            return None
        return min(s for s, _ in hits), max(e for _, e in hits)

    def anchor(self, start: int, end: int) -> Anchor:
        from weerwoord.core.keeping.anchor import make_anchor

        return make_anchor(self.text, 1, start, end, side="response")

    def split_anchor(self, at: int) -> Anchor:
        """An anchor for a split point: the words from ``at`` on (its start is the point)."""
        end = min(len(self.text), at + SPLIT_QUOTE)
        while end < len(self.text) and not self.text[end].isspace():
            end += 1
        return self.anchor(at, end)

    def find(self, anchor: Anchor) -> tuple[int, int] | None:
        from weerwoord.core.keeping.anchor import resolve

        position = resolve(anchor, [self.text])
        return (position.start, position.end) if position is not None else None


def _inside(word: Rect, line: Rect) -> bool:
    cx, cy = (word[0] + word[2]) / 2, (word[1] + word[3]) / 2
    return line[0] - 1 <= cx <= line[2] + 1 and line[1] - 1 <= cy <= line[3] + 1


@dataclass
class _Section:
    reply: Reply
    start: int
    end: int


def recut(
    flat: Flat,
    replies: Iterable[Reply],
    splits: Sequence[int],
    cuts: Sequence[tuple[str, int, int]],
    joins: Sequence[tuple[int, int]] = (),
) -> tuple[list[Reply], dict[str, str]]:
    """The reply sections after the reader's splits (points in ``flat``), joins ((start, end)) and cuts
    ((number, start, end)).

    A section split in two keeps its id, heading and link for the part before the point; the part after is a new
    section (its id the old one with 'b'). A joined passage becomes one section with the id, heading and link of
    the first section it overlaps. A cut passage becomes the reply ``cut-N``. Either is taken out of every section
    it overlaps (their parts outside it remain, the first keeping the id); one that starts with a section takes its
    heading. Sections the flat text does not hold (a table row) are left alone.
    Returns the sections in reading order and, per number, the id of its cut reply.
    """
    kept: list[Reply] = []
    sections: list[_Section] = []
    for reply in replies:
        where = flat.range_of(reply.run)
        if where is None:
            kept.append(reply)
        else:
            sections.append(_Section(reply, *where))
    for at in splits:
        out: list[_Section] = []
        for s in sections:
            if s.start < at < s.end and flat.text[s.start : at].strip() and flat.text[at : s.end].strip():
                out.append(_Section(_part(s.reply, flat, s.start, at, s.reply.id, True), s.start, at))
                out.append(
                    _Section(_part(s.reply, flat, at, s.end, _new_id(s.reply.id, sections, out), False), at, s.end)
                )
            else:
                out.append(s)
        sections = out
    for a, b in joins:
        sections = _take(flat, sections, a, b, None)
    cut_ids: dict[str, str] = {}
    for number, a, b in cuts:
        sections = _take(flat, sections, a, b, number)
        cut_ids[number] = f"cut-{number}"
    return [s.reply for s in sections] + kept, cut_ids


def _take(flat: Flat, sections: list[_Section], a: int, b: int, number: str | None) -> list[_Section]:
    """``sections`` with the passage ``[a, b)`` as one section of its own: the reply ``cut-N`` to ``number``, or
    (no number: a join) one with the id and link of the first section it overlaps."""
    own_id = f"cut-{number}" if number is not None else None
    out: list[_Section] = []
    heading: Reply | None = None
    first: Reply | None = None
    for s in sections:
        if s.reply.id == own_id or s.end <= a or s.start >= b:
            if s.reply.id != own_id:
                out.append(s)
            continue
        if first is None:
            first = s.reply
            if a <= s.start and s.reply.heading_run is not None:
                heading = s.reply  # the passage starts with this section: its heading is the passage's
        before = flat.text[s.start : a].strip() if s.start < a else ""
        after = flat.text[b : s.end].strip() if b < s.end else ""
        if before:
            out.append(_Section(_part(s.reply, flat, s.start, a, s.reply.id, True), s.start, a))
        if after:
            new_id = _new_id(s.reply.id, sections, out) if before or own_id is None else s.reply.id
            with_heading = not before and heading is not s.reply
            out.append(_Section(_part(s.reply, flat, b, s.end, new_id, with_heading), b, s.end))
    if own_id is None:
        if first is None:
            return sections
        own_id = first.id
        if any(s.reply.id == own_id for s in out):  # its part before the passage kept the id
            own_id = _new_id(own_id, sections, out)
    run = flat.run.slice(a, b).strip()
    numbers = [number] if number is not None else list(heading.numbers) if heading else []
    reply = Reply(
        own_id,
        heading.heading if heading else None,
        run,
        heading.heading_run if heading else None,
        numbers,
        heading.label if heading else "",
    )
    out.append(_Section(reply, a, b))
    return sorted(out, key=lambda s: s.start)


def _part(reply: Reply, flat: Flat, start: int, end: int, new_id: str, with_heading: bool) -> Reply:
    run = flat.run.slice(start, end).strip()
    if with_heading:
        return Reply(new_id, reply.heading, run, reply.heading_run, list(reply.numbers), reply.label)
    return Reply(new_id, None, run, None, [], "")


def _new_id(old: str, *taken: Iterable[_Section]) -> str:
    used = {s.reply.id for group in taken for s in group}
    new = f"{old}b"
    while new in used:
        new += "b"
    return new
