"""The reader's corrections to an analysis, and how they are applied: the reader has the last word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.keeping.cuts import Flat, ReplyCut, recut
from app.core.model import (
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
    from app.core.keeping.anchor import Anchor
from app.core.words import _, n_


@dataclass
class AddedMark:
    """A mark the reader drew on a reply: a character range of that reply's text."""

    number: str
    reply_id: str
    start: int
    end: int
    category: Category


@dataclass
class RemovedMark:
    """A mark the reader removed: identified by its pair, place and category."""

    number: str
    start: int
    end: int
    category: Category


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
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "links": dict(self.links),
            "verdicts": {k: list(v) for k, v in self.verdicts.items()},
            "added_marks": [vars(m) for m in self.added_marks],
            "removed_marks": [vars(m) for m in self.removed_marks],
            "added_recommendations": [vars(r) for r in self.added_recommendations],
            "reading": self.reading,
            "reply_cuts": [{"number": c.number, "anchor": c.anchor.to_json()} for c in self.reply_cuts],
            "splits": [a.to_json() for a in self.splits],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Corrections:
        c = cls()
        c.links = {str(k): (str(v) if v is not None else None) for k, v in data.get("links", {}).items()}
        for k, v in data.get("verdicts", {}).items():
            if v and v[0] in VERDICTS:
                c.verdicts[str(k)] = (v[0], str(v[1]) if len(v) > 1 else "")
        c.added_marks = [AddedMark(**m) for m in data.get("added_marks", []) if m.get("category") in CATEGORIES]
        c.removed_marks = [RemovedMark(**m) for m in data.get("removed_marks", [])]
        c.added_recommendations = [
            AddedRecommendation(r["number"], r["text"], int(r["page"]), [tuple(x) for x in r["rects"]])
            for r in data.get("added_recommendations", [])
        ]
        reading = data.get("reading")
        c.reading = str(reading) if reading else None
        from app.core.keeping.anchor import Anchor  # (rapidfuzz: only when there are cuts to read)

        c.reply_cuts = [ReplyCut(str(x["number"]), Anchor.from_json(x["anchor"])) for x in data.get("reply_cuts", [])]
        c.splits = [Anchor.from_json(x) for x in data.get("splits", [])]
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
    if corrections.reply_cuts or corrections.splits:
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
        removed = [r for r in corrections.removed_marks if r.number == pair.number]
        if removed:
            pair.marks = [
                m
                for m in pair.marks
                if not any(r.start == m.start and r.end == m.end and r.category == m.category for r in removed)
            ]
            if before - len(pair.marks) < len(removed):
                orphans.append(
                    _("a mark you removed from recommendation {number}, which the analysis no longer finds").format(
                        number=pair.number
                    )
                )
        added_here = 0
        for add in corrections.added_marks:
            if add.number != pair.number:
                continue
            run = pair.reply.run if pair.reply is not None else None
            if run is None or pair.reply is None or pair.reply.id != add.reply_id or add.start >= len(run.text):
                orphans.append(
                    _("a mark you added to the reply to recommendation {number}, whose section has changed").format(
                        number=pair.number
                    )
                )
                continue
            end = min(add.end, len(run.text))
            text = run.text[add.start : end]
            pair.marks.append(
                Mark(add.category, "manual", add.start, end, text, run.spans(add.start, end), manual=True)
            )
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
    sections, cut_ids = recut(flat, replies.values(), points, cuts)
    old_links = {p.number: p.reply.id for p in result.pairs if p.reply is not None}
    replies.clear()
    replies.update((r.id, r) for r in sections)
    for pair in result.pairs:
        if pair.number in old_links:
            pair.reply = replies.get(old_links[pair.number])  # the part that kept its id, or none left
    return cut_ids


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
    return out
