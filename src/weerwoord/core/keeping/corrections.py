"""The reader's corrections to an analysis, and how they are applied: the reader has the last word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from weerwoord.core.keeping.cuts import Flat, ReplyCut, recut
from weerwoord.core.model import (
    CATEGORIES,
    VERDICTS,
    Category,
    Comparison,
    Mark,
    Pair,
    Piece,
    Recommendation,
    Reply,
    TextRun,
    Verdict,
)

if TYPE_CHECKING:
    from weerwoord.core.keeping.anchor import Anchor
from weerwoord.core.words import _, n_


@dataclass
class AddedMark:
    """A mark the reader drew on the reply to recommendation ``number``: its words, quoted from the reply's text.

    Marks stored before anchors carry no ``anchor`` but the reply's id and offsets into its text
    (``reply_id``, ``start``, ``end``); the first analysis in which that reply is still there gives them their
    anchor (:func:`apply`), and until then they are kept as they were.
    """

    number: str
    category: Category
    anchor: Anchor | None = None
    reply_id: str = ""
    start: int = 0
    end: int = 0

    def to_json(self) -> dict[str, Any]:
        if self.anchor is not None:
            return {"number": self.number, "category": self.category, "anchor": self.anchor.to_json()}
        return {
            "number": self.number,
            "category": self.category,
            "reply_id": self.reply_id,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class RemovedMark:
    """A mark of the analysis the reader removed from the reply to ``number``: its words, quoted, and category.

    As :class:`AddedMark`, one stored before anchors has offsets into the reply's text instead, until migrated.
    """

    number: str
    category: Category
    anchor: Anchor | None = None
    start: int = 0
    end: int = 0

    def to_json(self) -> dict[str, Any]:
        if self.anchor is not None:
            return {"number": self.number, "category": self.category, "anchor": self.anchor.to_json()}
        return {"number": self.number, "category": self.category, "start": self.start, "end": self.end}


@dataclass
class AddedRecommendation:
    """A passage of the advice the reader turned into a recommendation the finder missed."""

    number: str
    text: str
    page: int
    rects: list[tuple[float, float, float, float]]


@dataclass
class Corrections:
    """All corrections for one pair of documents (keyed by the files' content hashes)."""

    # recommendation number -> reply id, or None for "no reply"
    links: dict[str, str | None] = field(default_factory=dict)
    # recommendation number -> (verdict, reason)
    verdicts: dict[str, tuple[Verdict, str]] = field(default_factory=dict)
    added_marks: list[AddedMark] = field(default_factory=list)
    removed_marks: list[RemovedMark] = field(default_factory=list)
    added_recommendations: list[AddedRecommendation] = field(default_factory=list)
    # the reading of the advice the reader chose among the alternatives ("chapter@52"); None: the analysis's own
    reading: str | None = None
    # passages of the response the reader cut as the reply to a recommendation, and points where a section splits
    reply_cuts: list[ReplyCut] = field(default_factory=list)
    splits: list[Anchor] = field(default_factory=list)
    # passages of the response the reader made one section (two or more sections merged, answering nothing yet)
    joins: list[Anchor] = field(default_factory=list)
    # set by :func:`apply` when it gave marks stored by offset their anchors: worth storing again (not saved)
    migrated: bool = field(default=False, compare=False, repr=False)

    def is_empty(self) -> bool:
        return not (
            self.links
            or self.verdicts
            or self.added_marks
            or self.removed_marks
            or self.added_recommendations
            or self.reading
            or self.reply_cuts
            or self.splits
            or self.joins
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "links": dict(self.links),
            "verdicts": {k: list(v) for k, v in self.verdicts.items()},
            "added_marks": [m.to_json() for m in self.added_marks],
            "removed_marks": [m.to_json() for m in self.removed_marks],
            "added_recommendations": [vars(r) for r in self.added_recommendations],
            "reading": self.reading,
            "reply_cuts": [{"number": c.number, "anchor": c.anchor.to_json()} for c in self.reply_cuts],
            "splits": [a.to_json() for a in self.splits],
            "joins": [a.to_json() for a in self.joins],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Corrections:
        c = cls()
        c.links = {str(k): (str(v) if v is not None else None) for k, v in data.get("links", {}).items()}
        for k, v in data.get("verdicts", {}).items():
            if v and v[0] in VERDICTS:
                c.verdicts[str(k)] = (v[0], str(v[1]) if len(v) > 1 else "")
        c.added_recommendations = [
            AddedRecommendation(r["number"], r["text"], int(r["page"]), [tuple(x) for x in r["rects"]])
            for r in data.get("added_recommendations", [])
        ]
        reading = data.get("reading")
        c.reading = str(reading) if reading else None
        from weerwoord.core.keeping.anchor import Anchor  # (rapidfuzz: only when there are cuts to read)

        c.reply_cuts = [ReplyCut(str(x["number"]), Anchor.from_json(x["anchor"])) for x in data.get("reply_cuts", [])]
        c.splits = [Anchor.from_json(x) for x in data.get("splits", [])]
        c.joins = [Anchor.from_json(x) for x in data.get("joins", [])]
        for m in data.get("added_marks", []):
            if m.get("category") in CATEGORIES:
                anchor = Anchor.from_json(m["anchor"]) if m.get("anchor") else None
                at = (str(m.get("reply_id", "")), int(m.get("start", 0)), int(m.get("end", 0)))
                c.added_marks.append(AddedMark(str(m["number"]), m["category"], anchor, *at))
        for m in data.get("removed_marks", []):
            if m.get("category") in CATEGORIES:
                anchor = Anchor.from_json(m["anchor"]) if m.get("anchor") else None
                c.removed_marks.append(
                    RemovedMark(str(m["number"]), m["category"], anchor, int(m.get("start", 0)), int(m.get("end", 0)))
                )
        return c


Align = Callable[[list[Recommendation], list[Reply]], tuple[list[Pair], list[Reply]]]


def apply(
    result: Comparison,
    corrections: Corrections,
    rejudge: Callable[[Comparison], None] | None = None,
    reverdict: Callable[[Pair], None] | None = None,
    align: Align | None = None,
) -> Comparison:
    """Apply ``corrections`` to ``result`` in place and return it.

    In this order: added recommendations (linked by ``align`` to the replies no other recommendation has, by
    number, quotation or content like any other), then the sections the reader split and the replies the reader
    cut (found again by their quotes), then links (after which ``rejudge(result)`` recomputes marks and
    verdicts), then removed and added marks (after which ``reverdict(pair)`` weighs the marks again), then
    verdicts the reader set, which have the last word. A correction that no longer fits the analysis (its
    section, recommendation or passage is gone) is left stored and named in ``result.warnings``.
    """
    orphans: list[str] = []
    replies: dict[str, Reply] = {}
    for p in result.pairs:
        if p.reply:
            replies[p.reply.id] = p.reply
    for r in result.unmatched_replies:
        replies[r.id] = r

    new_pairs: list[Pair] = []
    for added in corrections.added_recommendations:
        if any(p.number == added.number for p in result.pairs):
            continue
        rec = Recommendation(added.number, True, TextRun(added.text, _pieces_for(added)), manual=True)
        new_pairs.append(Pair(rec, None, "manual", 1.0, "unanswered", "No reply linked yet."))
    result.pairs.extend(new_pairs)
    result.pairs.sort(key=lambda p: _order_key(p.number))

    relinked = _link_added(result, new_pairs, replies, align)
    links = dict(corrections.links)
    if corrections.reply_cuts or corrections.splits or corrections.joins:
        cut_links = _recut(result, corrections, replies, orphans)
        links.update(cut_links)
        relinked = True
    numbers = {p.number for p in result.pairs}
    for number, target in links.items():
        if number not in numbers:
            orphans.append(_("the link of recommendation {number}, which is not in the list").format(number=number))
        elif target is not None and target not in replies:
            orphans.append(
                _("the link of recommendation {number} to a section that is no longer there ({id})").format(
                    number=number, id=target
                )
            )
    for pair in result.pairs:
        target = links.get(pair.number, "")
        if pair.number in links and (target is None or target in replies):
            pair.reply = replies[target] if target else None
            pair.link = "manual"
            pair.confidence = 1.0
            relinked = True
    if relinked and rejudge is not None:
        rejudge(result)
    for pair in result.pairs:
        if pair.reply is None and pair.number in links and links[pair.number] is None:
            pair.marks = []
            pair.verdict = "unanswered"
            pair.reason = "The reader marked this recommendation as unanswered."

    for pair in result.pairs:
        before = len(pair.marks)
        for gone in [x for x in corrections.removed_marks if x.number == pair.number]:
            if not _remove_mark(pair, gone, corrections):
                orphans.append(
                    _("a mark you removed from recommendation {number}, which the analysis no longer finds").format(
                        number=pair.number
                    )
                )
        added_here = 0
        for add in corrections.added_marks:
            if add.number != pair.number:
                continue
            mark = _added_mark(pair, add, replies, corrections)
            if mark is None:
                if add.anchor is None:
                    said = _("a mark you added to the reply to recommendation {number}, whose section has changed")
                else:
                    said = _("a mark you added to the reply to recommendation {number} (“{quote}”), no longer in it")
                quote = _short(add.anchor.exact) if add.anchor is not None else ""
                orphans.append(said.format(number=pair.number, quote=quote))
                continue
            pair.marks.append(mark)
            added_here += 1
        pair.marks.sort(key=lambda m: m.start)
        if (added_here or len(pair.marks) != before) and reverdict is not None and pair.reply is not None:
            reverdict(pair)
        if pair.number in corrections.verdicts:
            verdict, reason = corrections.verdicts[pair.number]
            pair.verdict = verdict
            pair.reason = reason or "Verdict set by the reader."
            pair.verdict_manual = True
    for what in ("verdicts", "removed_marks", "added_marks"):
        kept = getattr(corrections, what)
        for number in sorted({k if isinstance(k, str) else k.number for k in kept} - numbers):
            orphans.append(_("a correction to recommendation {number}, which is not in the list").format(number=number))

    linked = {p.reply.id for p in result.pairs if p.reply}
    result.unmatched_replies = [r for r in replies.values() if r.id not in linked]
    result.unmatched_replies.sort(key=_reading_order)
    if orphans:
        result.warnings.append(
            n_("{n} correction no longer fits: {what}.", "{n} corrections no longer fit: {what}.", len(orphans)).format(
                n=len(orphans), what="; ".join(orphans)
            )
        )
    return result


def _recut(
    result: Comparison, corrections: Corrections, replies: dict[str, Reply], orphans: list[str]
) -> dict[str, str]:
    """Split sections and cut replies as the reader did (``replies`` updated in place); the cut replies' links."""
    flat = Flat(result.response)
    numbers = {p.number for p in result.pairs}
    points = []
    for anchor in corrections.splits:
        found = flat.find(anchor)
        if found is None:
            orphans.append(
                _("the split of a section at “{quote}”, which is no longer found").format(quote=_short(anchor.exact))
            )
        else:
            points.append(found[0])
    joins = []
    for anchor in corrections.joins:
        found = flat.find(anchor)
        if found is None:
            orphans.append(
                _("the sections you merged at “{quote}”, which are no longer found").format(quote=_short(anchor.exact))
            )
        else:
            joins.append(found)
    cuts = []
    for cut in corrections.reply_cuts:
        found = flat.find(cut.anchor)
        if cut.number not in numbers:
            orphans.append(
                _("the reply you cut for recommendation {number}, which is not in the list").format(number=cut.number)
            )
        elif found is None:
            orphans.append(
                _("the reply you cut for recommendation {number} (“{quote}”), which is no longer found").format(
                    number=cut.number, quote=_short(cut.anchor.exact)
                )
            )
        else:
            cuts.append((cut.number, *found))
    sections, cut_ids = recut(flat, replies.values(), points, cuts, joins)
    old_links = {p.number: p.reply.id for p in result.pairs if p.reply is not None}
    replies.clear()
    replies.update((r.id, r) for r in sections)
    for pair in result.pairs:
        if pair.number in old_links:
            pair.reply = replies.get(old_links[pair.number])  # the part that kept its id, or none left
    return cut_ids


def _found_in(run: TextRun, anchor: Anchor) -> tuple[int, int] | None:
    """Where the words ``anchor`` quotes stand in ``run`` (a reply's text), or None."""
    from weerwoord.core.keeping.anchor import resolve

    position = resolve(replace(anchor, page=1), [run.text])  # one text: its offsets are the hint
    return (position.start, position.end) if position is not None else None


def _run_anchor(run: TextRun, start: int, end: int) -> Anchor:
    from weerwoord.core.keeping.anchor import anchor_from_run

    return anchor_from_run(run, start, end, side="response")


def _added_mark(pair: Pair, add: AddedMark, replies: dict[str, Reply], corrections: Corrections) -> Mark | None:
    """The reader's mark on the pair's reply where its words are found (a mark kept by offsets migrated first)."""
    if add.anchor is None:  # stored by reply id and offsets: anchored on that reply's words while it is there
        old = replies.get(add.reply_id)
        if old is None or not 0 <= add.start < len(old.run.text):
            return None
        add.anchor = _run_anchor(old.run, add.start, min(add.end, len(old.run.text)))
        corrections.migrated = True
    if pair.reply is None:
        return None
    run = pair.reply.run
    found = _found_in(run, add.anchor)
    if found is None:
        return None
    start, end = found
    return Mark(add.category, "manual", start, end, run.text[start:end], run.spans(start, end), manual=True)


def _remove_mark(pair: Pair, removed: RemovedMark, corrections: Corrections) -> bool:
    """Take the mark ``removed`` names off the pair; False when the analysis no longer finds it there."""
    if pair.reply is None:
        return False
    run = pair.reply.run
    if removed.anchor is None:  # stored by offsets: the mark still there at them gets its anchor
        if not any((m.start, m.end, m.category) == (removed.start, removed.end, removed.category) for m in pair.marks):
            return False
        removed.anchor = _run_anchor(run, removed.start, removed.end)
        corrections.migrated = True
    found = _found_in(run, removed.anchor)
    if found is None:
        return False
    start, end = found
    kept = [m for m in pair.marks if m.manual or m.category != removed.category or m.end <= start or m.start >= end]
    if len(kept) == len(pair.marks):
        return False
    pair.marks = kept
    return True


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _reading_order(reply: Reply) -> tuple[int, int, tuple[int, str]]:
    pieces = reply.heading_run.pieces if reply.heading_run and reply.heading_run.pieces else reply.run.pieces
    if not pieces:
        return (10**6, 0, _order_key(reply.id))
    return (pieces[0].page, pieces[0].line, _order_key(reply.id))


def _link_added(result: Comparison, new_pairs: list[Pair], replies: dict[str, Reply], align: Align | None) -> bool:
    """Link the recommendations the reader added to the replies still free; True when one was linked."""
    if align is None or not new_pairs:
        return False
    taken = {p.reply.id for p in result.pairs if p.reply is not None}
    free = sorted((r for r in replies.values() if r.id not in taken), key=lambda r: _order_key(r.id))
    if not free:
        return False
    found, _ = align([p.recommendation for p in new_pairs], free)
    by_number = {p.number: p for p in found if p.reply is not None}
    for pair in new_pairs:
        match = by_number.get(pair.number)
        if match is not None:
            pair.reply, pair.link, pair.confidence = match.reply, match.link, match.confidence
            pair.evidence = list(match.evidence)
    return bool(by_number)


def _pieces_for(added: AddedRecommendation) -> list[Piece]:
    n = len(added.text)
    return [Piece(0, n, added.page, (r[0], r[1], r[2], r[3]), -(i + 1)) for i, r in enumerate(added.rects)]


def _order_key(label: str) -> tuple[int, str]:
    digits = "".join(ch for ch in label if ch.isdigit())
    return (int(digits) if digits else 10**6, label)


FILE_KIND = "weerwoord-corrections"


def to_file(corrections: Corrections, advice_sha: str, response_sha: str, names: tuple[str, str]) -> dict[str, Any]:
    """The small file a reader shares with a colleague: the corrections and the documents they were made on."""
    return {
        "kind": FILE_KIND,
        "version": 1,
        "advice": {"name": names[0], "sha256": advice_sha},
        "response": {"name": names[1], "sha256": response_sha},
        "corrections": corrections.to_json(),
    }


def from_file(data: Any) -> tuple[Corrections, tuple[str, str]]:
    """The corrections in a shared file and the (advice, response) hashes they were made on.

    Raises ValueError when the data is not such a file.
    """
    if not isinstance(data, dict) or data.get("kind") != FILE_KIND or not isinstance(data.get("corrections"), dict):
        raise ValueError(_("not a Weerwoord corrections file"))
    try:
        corrections = Corrections.from_json(data["corrections"])
        shas = (str(data["advice"]["sha256"]), str(data["response"]["sha256"]))
    except (KeyError, TypeError, ValueError, IndexError) as err:
        raise ValueError(_("the corrections file is damaged: {detail}").format(detail=err)) from err
    return corrections, shas


def merge(mine: Corrections, theirs: Corrections) -> Corrections:
    """Mine with a colleague's added: where both corrected the same thing, theirs (just imported) wins."""
    out = Corrections.from_json(mine.to_json())
    out.links.update(theirs.links)
    out.verdicts.update(theirs.verdicts)
    out.reading = theirs.reading or out.reading
    for name in ("added_marks", "removed_marks", "added_recommendations"):
        have = getattr(out, name)
        seen = [vars(x) for x in have]
        for item in getattr(theirs, name):
            if vars(item) not in seen:
                if name == "added_recommendations":
                    have[:] = [r for r in have if r.number != item.number]
                have.append(item)
    cut = {c.number for c in theirs.reply_cuts}
    out.reply_cuts = [c for c in out.reply_cuts if c.number not in cut] + list(theirs.reply_cuts)
    for c in theirs.reply_cuts:
        out.links.pop(c.number, None)  # their cut is their link
    out.splits += [a for a in theirs.splits if a not in out.splits]
    out.joins += [a for a in theirs.joins if a not in out.joins]
    return out
