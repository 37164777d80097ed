"""Turning the reader's gestures into the core's Corrections: pure functions, no widgets (only Qt's translator)."""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from weerwoord.core.keeping.corrections import AddedMark, AddedRecommendation, Corrections, RemovedMark
from weerwoord.core.keeping.cuts import ReplyCut
from weerwoord.core.model import TextRun
from weerwoord.gui import theme
from weerwoord.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # anchor brings rapidfuzz, which the window loads when a correction first needs it
    from weerwoord.core.keeping.anchor import Anchor

Rect = tuple[float, float, float, float]


def _t(text: str) -> str:
    """The window's language for a step's name (pyside6-lupdate reads ``_t`` as ``tr``: packaging/translations.py)."""
    return QCoreApplication.translate("editing", text)


def relink(c: Corrections, number: str, reply_id: str | None) -> Corrections:
    out = copy.deepcopy(c)
    out.links[number] = reply_id
    if reply_id != f"cut-{number}":
        out.reply_cuts = [x for x in out.reply_cuts if x.number != number]  # the reader's last word on it
    return out


def choose_reading(c: Corrections, name: str | None) -> Corrections:
    """The advice read as the reading ``name`` ("chapter@52"); None: as the response explains best."""
    out = copy.deepcopy(c)
    out.reading = name
    return out


def cut_reply(c: Corrections, number: str, anchor: Anchor) -> Corrections:
    """The passage ``anchor`` quotes is the reply to ``number`` (replacing an earlier cut or link of it).

    The marks the reader added to or removed from its old reply go: they were on another text.
    """
    out = copy.deepcopy(c)
    out.reply_cuts = [x for x in out.reply_cuts if x.number != number] + [ReplyCut(number, anchor)]
    out.links.pop(number, None)
    out.added_marks = [m for m in out.added_marks if m.number != number]
    out.removed_marks = [m for m in out.removed_marks if m.number != number]
    return out


def cut_replies(c: Corrections, cuts: list[tuple[str, Anchor]]) -> Corrections:
    """Several replies cut at once (proposals accepted in one go: one step to undo)."""
    out = c
    for number, anchor in cuts:
        out = cut_reply(out, number, anchor)
    return out if cuts else copy.deepcopy(c)


def split_section(c: Corrections, anchor: Anchor, joins: list[Anchor] | None = None) -> Corrections:
    """A section of the response splits where the passage ``anchor`` quotes begins (``joins``: the merged
    passages as they are now, one that held the point parted there)."""
    out = copy.deepcopy(c)
    out.splits.append(anchor)
    if joins is not None:
        out.joins = list(joins)
    return out


def join_sections(c: Corrections, anchor: Anchor) -> Corrections:
    """The sections of the response the passage ``anchor`` quotes runs over become one section."""
    out = copy.deepcopy(c)
    out.joins.append(anchor)
    return out


def set_verdict(c: Corrections, number: str, verdict: str, reason: str) -> Corrections:
    out = copy.deepcopy(c)
    out.verdicts[number] = (verdict, reason)  # type: ignore[assignment]
    return out


def remove_mark(c: Corrections, number: str, mark: Any, run: TextRun) -> Corrections:
    """Take ``mark`` off the reply to ``number`` (``run``: that reply's text): one the reader added goes from the
    corrections, one of the analysis is remembered as removed (its words, quoted)."""
    from weerwoord.core.keeping.anchor import anchor_from_run

    out = copy.deepcopy(c)
    if mark.manual:
        out.added_marks = [m for m in out.added_marks if not (m.number == number and _drew(m, mark, run))]
    else:
        out.removed_marks.append(
            RemovedMark(number, mark.category, anchor_from_run(run, mark.start, mark.end, side="response"))
        )
    return out


def _drew(added: AddedMark, mark: Any, run: TextRun) -> bool:
    """Whether the reader's stored mark ``added`` is the ``mark`` shown on ``run``."""
    if added.category != mark.category:
        return False
    if added.anchor is None:
        return bool(added.start == mark.start)
    from weerwoord.core.keeping.anchor import resolve

    found = resolve(replace(added.anchor, page=1), [run.text])
    return found is not None and bool(found.start == mark.start)


def add_mark(c: Corrections, number: str, run: TextRun, start: int, end: int, category: str) -> Corrections:
    """A mark on ``run[start:end]`` (the reply to ``number`` or a section it takes in), kept as its words."""
    from weerwoord.core.keeping.anchor import anchor_from_run

    out = copy.deepcopy(c)
    anchor = anchor_from_run(run, start, end, side="response")
    out.added_marks.append(AddedMark(number, category, anchor))  # type: ignore[arg-type]
    return out


def add_recommendation(c: Corrections, number: str, text: str, page: int, rects: list[Rect]) -> Corrections:
    out = copy.deepcopy(c)
    out.added_recommendations.append(AddedRecommendation(number, text, page, list(rects)))
    return out


def reset_pair(c: Corrections, number: str) -> Corrections:
    """Drop every correction that concerns recommendation ``number``."""
    out = copy.deepcopy(c)
    out.links.pop(number, None)
    out.verdicts.pop(number, None)
    out.added_marks = [m for m in out.added_marks if m.number != number]
    out.removed_marks = [m for m in out.removed_marks if m.number != number]
    out.added_recommendations = [r for r in out.added_recommendations if r.number != number]
    out.reply_cuts = [x for x in out.reply_cuts if x.number != number]
    return out


def concerns(c: Corrections, number: str) -> bool:
    return c.to_json() != reset_pair(c, number).to_json()


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def reply_at(replies: list[Any], page: int, rects: list[Rect]) -> Any:
    """The reply whose printed lines on ``page`` overlap ``rects`` most (None if none does)."""
    best, best_area = None, 0.0
    for reply in replies:
        area = 0.0
        for span in reply.all_spans():
            if span.page != page:
                continue
            area += sum(_overlap(a, b) for a in span.rects for b in rects)
        if area > best_area:
            best, best_area = reply, area
    return best


def locate(run: Any, text: str, page: int, rects: list[Rect]) -> tuple[int, int] | None:
    """Character offsets in ``run`` of the selected ``text`` printed at ``rects`` on ``page``.

    Matches with whitespace and case ignored; of several occurrences, the one printed where the
    selection is wins.
    """
    squashed, index = _squash_with_map(run.text)
    target, _ = _squash_with_map(text)
    if not target:
        return None
    spots = []
    at = squashed.find(target)
    while at >= 0:
        spots.append((index[at], index[at + len(target) - 1] + 1))
        at = squashed.find(target, at + 1)
    if not spots:
        return None

    def score(spot: tuple[int, int]) -> float:
        return sum(
            _overlap(p.rect, r)
            for p in run.pieces
            if p.page == page and p.end > spot[0] and p.start < spot[1]
            for r in rects
        )

    return max(spots, key=score)


def _squash_with_map(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace() or ch in "-\u00ad":
            continue
        low = ch.lower()
        chars.append(low if len(low) == 1 else ch)
        index.append(i)
    return "".join(chars), index


def edit_recommendation(c: Corrections, number: str, new_number: str, text: str) -> Corrections:
    """Renumber and re-word a recommendation the reader added; what was corrected on it follows the number."""
    out = copy.deepcopy(c)
    for rec in out.added_recommendations:
        if rec.number == number:
            rec.number, rec.text = new_number, text
    if new_number != number:
        if number in out.links:
            out.links[new_number] = out.links.pop(number)
        if number in out.verdicts:
            out.verdicts[new_number] = out.verdicts.pop(number)
        for added in out.added_marks:
            if added.number == number:
                added.number = new_number
        for removed in out.removed_marks:
            if removed.number == number:
                removed.number = new_number
        for cut in out.reply_cuts:
            if cut.number == number:
                cut.number = new_number
    return out


def add_recommendations(c: Corrections, found: list[Any]) -> Corrections:
    """Several recommendations at once (proposals accepted in one go: one step to undo)."""
    out = copy.deepcopy(c)
    for p in found:
        out.added_recommendations.append(AddedRecommendation(p.number, p.text, p.page, list(p.rects)))
    return out


class Step(NamedTuple):
    """What one correction did, for the Undo and Redo menu items: said in the window's language when shown (so a
    change of language says it anew). ``verdict``: a verdict code said as its word in the last field."""

    source: str
    fields: tuple[str, ...] = ()
    verdict: str = ""

    def text(self) -> str:
        fields = (*self.fields, theme.verdict_word(self.verdict).lower()) if self.verdict else self.fields
        return _t(self.source).format(*fields)


def describe(before: Corrections, after: Corrections) -> Step:
    """What changed from ``before`` to ``after``, in a few words for the Undo and Redo menu items."""
    added = [
        r.number
        for r in after.added_recommendations
        if r.number not in {x.number for x in before.added_recommendations}
    ]
    if len(added) > 1:
        return Step(QT_TRANSLATE_NOOP("editing", "add recommendations {0}"), (", ".join(added),))
    if added:
        return Step(QT_TRANSLATE_NOOP("editing", "add recommendation {0}"), (added[0],))
    if len(after.splits) > len(before.splits):
        return Step(QT_TRANSLATE_NOOP("editing", "split section"))
    if len(after.joins) > len(before.joins):
        return Step(QT_TRANSLATE_NOOP("editing", "merge sections"))
    cuts = {x.number: x.anchor for x in before.reply_cuts}
    recut = [cut.number for cut in after.reply_cuts if cuts.get(cut.number) != cut.anchor]
    if len(recut) > 1:
        return Step(QT_TRANSLATE_NOOP("editing", "cut replies {0}"), (", ".join(recut),))
    if recut:
        return Step(QT_TRANSLATE_NOOP("editing", "cut reply {0}"), (recut[0],))
    for number, reply in after.links.items():
        if before.links.get(number, "?") != reply:
            return Step(
                QT_TRANSLATE_NOOP("editing", "unanswered {0}")
                if reply is None
                else QT_TRANSLATE_NOOP("editing", "link {0}"),
                (number,),
            )
    for number, (verdict, _reason) in after.verdicts.items():
        if number not in before.verdicts or before.verdicts[number][0] != verdict:
            return Step(QT_TRANSLATE_NOOP("editing", "verdict {0}: {1}"), (number,), verdict)
    if len(after.added_marks) > len(before.added_marks):
        return Step(QT_TRANSLATE_NOOP("editing", "add mark"))
    if len(after.removed_marks) > len(before.removed_marks) or len(after.added_marks) < len(before.added_marks):
        return Step(QT_TRANSLATE_NOOP("editing", "remove mark"))
    if after.is_empty() and not before.is_empty():
        return Step(QT_TRANSLATE_NOOP("editing", "reset to automatic"))
    return Step(QT_TRANSLATE_NOOP("editing", "correction"))
