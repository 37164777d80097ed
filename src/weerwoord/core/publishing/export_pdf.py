"""Annotated copies of both documents: marks, frames, verdict notes, the reader's notes, outline (the key and
summary pages at the end: ``key_page``; their annotations as XFDF: ``pdf_annots_xfdf``).

Every category of marked language has its own kind of annotation, so a greyscale print and a viewer that
ignores colour still tell them apart (the key on the page added at the end shows each):

- agreement: underline;  reservation: squiggly underline;  disagreement: strike-out (the government strikes
  the recommendation out);  commitment: dashed box round the words;
- the reader's notes: highlight on exactly their words, the note as its text (a note on a recommendation as a
  whole: a note icon beside it); a reply frame: a solid box, its verdict in words in the note beside it.
"""
# mypy: allow-untyped-calls

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from weerwoord.core.errors import DocumentError
from weerwoord.core.keeping.anchor import Side, index_pages, resolve
from weerwoord.core.keeping.store import Note
from weerwoord.core.model import Category, Comparison, PageSpan, Pair, Rect, union
from weerwoord.core.publishing.report_text import (
    CATEGORY_COLOURS,
    RGB,
    VERDICT_COLOURS,
    category_label,
    first_words,
    pages_label,
    response_pages,
    status_label,
    verdict_label,
)
from weerwoord.core.publishing.xfdf import WW
from weerwoord.core.words import _, percent

TOOL = "Weerwoord"
NOTE_COLOURS: dict[str, RGB] = {
    "open": (1.0, 0.85, 0.2),
    "question": (1.0, 0.55, 0.1),
    "follow-up": (0.35, 0.6, 1.0),
    "done": (0.4, 0.75, 0.4),
}
ICON = 20.0  # size of a note icon
# the annotation for each category of marked language (see the module's docstring)
CATEGORY_KINDS: dict[Category, str] = {
    "agreement": "Underline",
    "reservation": "Squiggly",
    "disagreement": "StrikeOut",
    "commitment": "Square",
}
DASHES = [3, 2]  # the commitment box
FRAME_WIDTH = 1.2


@dataclass
class PageText:
    """The words of one page joined into text (lines by newlines), with each word's place."""

    text: str
    words: list[tuple[int, int, Rect, int]]  # start, end, rectangle, line key

    def rects(self, start: int, end: int) -> list[Rect]:
        """One rectangle per line for ``text[start:end]``."""
        lines: dict[int, list[Rect]] = {}
        for s, e, rect, line in self.words:
            if e > start and s < end:
                lines.setdefault(line, []).append(rect)
        return [union(rs) for rs in lines.values()]


def page_text(page: pymupdf.Page) -> PageText:
    parts: list[str] = []
    words: list[tuple[int, int, Rect, int]] = []
    offset = 0
    last: tuple[int, int] | None = None
    line_no = -1
    for x0, y0, x1, y1, word, block, line, _n in page.get_text("words"):
        if last is not None:
            sep = " " if (block, line) == last else "\n"
            parts.append(sep)
            offset += 1
        if (block, line) != last:
            line_no += 1
        last = (block, line)
        parts.append(word)
        words.append((offset, offset + len(word), (x0, y0, x1, y1), line_no))
        offset += len(word)
    return PageText("".join(parts), words)


def page_texts(doc: pymupdf.Document) -> list[PageText]:
    return [page_text(doc[i]) for i in range(doc.page_count)]


def open_as_pdf(path: str | Path, password: str | None = None, expect_sha: str | None = None) -> pymupdf.Document:
    """The document as a PDF, laid out exactly as the reader read it (text and EPUB are converted); with
    ``expect_sha``, only the version that was analysed (``FileChanged`` otherwise)."""
    from weerwoord.core.publishing.sanitize import remove_active_content
    from weerwoord.core.reading.reader import open_pdf

    doc = open_pdf(path, password, expect_sha)
    if doc.is_pdf:
        return remove_active_content(doc)  # what is opened here is exported: no scripts, launches or attachments
    try:
        data = doc.convert_to_pdf()
    except Exception as err:  # PyMuPDF raises several types
        said = _("{name} could not be converted to PDF: {detail}.").format(name=Path(path).name, detail=err)
        raise DocumentError(said, str(path)) from err
    finally:
        doc.close()
    return pymupdf.open("pdf", data)


def pdf_date(iso: str) -> str:
    """An ISO 8601 time (as the store keeps it) as a PDF date in UTC: ``D:20250512103000Z``."""
    from datetime import UTC, datetime

    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return pymupdf.get_pdf_now()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")


def _safe(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z.]+", "_", text)[:40]


def label_annot(doc: pymupdf.Document, annot: pymupdf.Annot, name: str, when: str | None = None) -> None:
    """Give ``annot`` its name (NM, unique and the same on every export) and its dates."""
    doc.xref_set_key(annot.xref, "NM", pymupdf.get_pdf_str(name))
    stamp = when or pymupdf.get_pdf_now()
    doc.xref_set_key(annot.xref, "CreationDate", pymupdf.get_pdf_str(stamp))
    doc.xref_set_key(annot.xref, "M", pymupdf.get_pdf_str(stamp))


def outset(rect: Rect, by: float, page: pymupdf.Page) -> pymupdf.Rect:
    r = pymupdf.Rect(rect[0] - by, rect[1] - by, rect[2] + by, rect[3] + by)
    return r & page.rect


def _note_point(page: pymupdf.Page, frame: pymupdf.Rect) -> pymupdf.Point:
    """Where a note icon goes: just right of ``frame`` (the column it stands in), inside the page."""
    x = frame.x1 + 2
    if x + ICON > page.rect.x1:
        x = page.rect.x1 - ICON - 2
    return pymupdf.Point(x, max(page.rect.y0, frame.y0))


def _frame(
    doc: pymupdf.Document, spans: Sequence[PageSpan], colour: RGB, subject: str, content: str, name: str
) -> tuple[int, pymupdf.Rect] | None:
    """A Square annotation around the passage on each of its pages; returns the first (page index, rect)."""
    first: tuple[int, pymupdf.Rect] | None = None
    for i, span in enumerate(spans):
        if not span.rects or not 1 <= span.page <= doc.page_count:
            continue
        page = doc[span.page - 1]
        rect = outset(union(span.rects), 3.0, page)
        annot = page.add_rect_annot(rect)
        annot.set_colors(stroke=colour)
        annot.set_border(width=FRAME_WIDTH)
        annot.set_info(title=TOOL, subject=subject, content=content)
        annot.update(opacity=0.9)
        label_annot(doc, annot, f"{name}-{i}")
        if first is None:
            first = (span.page - 1, rect)
    return first


def _text_note(
    page: pymupdf.Page,
    point: pymupdf.Point,
    content: str,
    title: str,
    subject: str,
    colour: RGB,
    icon: str,
) -> pymupdf.Annot:
    annot = page.add_text_annot(point, content, icon=icon)
    annot.set_colors(stroke=colour)
    annot.set_info(title=title, subject=subject, content=content)
    annot.update()
    return annot


def verdict_subject(pair: Pair) -> str:
    return _("Verdict: {verdict}").format(verdict=verdict_label(pair.verdict))


def verdict_text(pair: Pair) -> str:
    lines = [
        _("Recommendation {number}: {verdict}").format(number=pair.number, verdict=verdict_label(pair.verdict)),
        pair.reason,
        _("Linked by {link} (confidence {confidence}).").format(link=pair.link, confidence=percent(pair.confidence)),
    ]
    if pair.verdict_manual:
        lines.append(_("Verdict set by the reader."))
    return "\n".join(lines)


def annotate_advice(doc: pymupdf.Document, result: Comparison) -> list[list[object]]:
    """Frame each recommendation with its verdict note; returns outline entries."""
    toc: list[list[object]] = []
    for pair in result.pairs:
        reply = pages_label(response_pages(pair))
        content = verdict_text(pair) + ("\n" + _("Reply: response {pages}.").format(pages=reply) if reply else "")
        entry = _frame_with_verdict(doc, pair, pair.recommendation.run.spans(), content, "advice")
        if entry is not None:
            toc.append(entry)
    return toc


def _frame_with_verdict(
    doc: pymupdf.Document, pair: Pair, spans: list[PageSpan], content: str, side: str
) -> list[object] | None:
    """Frame a passage in the verdict's colour with a note carrying the verdict; its outline entry."""
    colour = VERDICT_COLOURS[pair.verdict]
    base = f"weerwoord-{side}-{_safe(pair.number)}"
    placed = _frame(doc, spans, colour, verdict_subject(pair), content, f"{base}-frame")
    if placed is None:
        return None
    index, rect = placed
    page = doc[index]
    note = _text_note(page, _note_point(page, rect), content, TOOL, verdict_subject(pair), colour, "Comment")
    label_annot(doc, note, f"{base}-verdict")
    return _toc_entry(pair, index, rect)


def mark_annot(page: pymupdf.Page, category: Category, rects: Sequence[Rect]) -> list[pymupdf.Annot]:
    """The annotations of one mark on one page, of its category's kind."""
    kind = CATEGORY_KINDS[category]
    if kind == "Square":
        out = []
        for r in rects:
            annot = page.add_rect_annot(outset(r, 1.0, page))
            annot.set_border(width=1.0, dashes=DASHES)
            out.append(annot)
        return out
    adder = {
        "Highlight": page.add_highlight_annot,
        "Underline": page.add_underline_annot,
        "Squiggly": page.add_squiggly_annot,
        "StrikeOut": page.add_strikeout_annot,
    }[kind]
    annot = adder([pymupdf.Rect(r) for r in rects])
    return [annot] if annot is not None else []


def annotate_response(doc: pymupdf.Document, result: Comparison) -> list[list[object]]:
    """Mark every stance phrase (its category's kind of annotation), frame every reply with its verdict note;
    returns outline entries."""
    toc: list[list[object]] = []
    for pair in result.pairs:
        if pair.reply is None:
            continue
        for m_index, mark in enumerate(pair.marks):
            colour = CATEGORY_COLOURS[mark.category]
            how = _("drawn by the reader") if mark.manual else _("rule: {rule}").format(rule=mark.rule)
            scope = "" if mark.about_recommendation else " " + _("(about others, not the recommendation)")
            content = f"{category_label(mark.category)}: “{' '.join(mark.text.split())}” ({how}){scope}"
            count = 0
            for span in mark.spans:
                if not span.rects or not 1 <= span.page <= doc.page_count:
                    continue
                page = doc[span.page - 1]
                for annot in mark_annot(page, mark.category, span.rects):
                    annot.set_colors(stroke=colour)
                    annot.set_info(title=TOOL, subject=category_label(mark.category), content=content)
                    annot.update()
                    label_annot(doc, annot, f"weerwoord-mark-{_safe(pair.number)}-{m_index}-{count}")
                    count += 1
        entry = _frame_with_verdict(doc, pair, pair.reply.all_spans(), verdict_text(pair), "response")
        if entry is not None:
            toc.append(entry)
    for r_index, reply in enumerate(result.unmatched_replies):
        content = _("This section of the response is not linked to any recommendation.")
        name = f"weerwoord-unlinked-{r_index}"
        _frame(doc, reply.all_spans(), VERDICT_COLOURS["unanswered"], _("Unlinked reply"), content, name)
    return toc


def _toc_entry(pair: Pair, index: int, rect: pymupdf.Rect) -> list[object]:
    title = f"{pair.number}. {verdict_label(pair.verdict)} — {first_words(pair.recommendation.text, 8)}"
    dest = {
        "kind": pymupdf.LINK_GOTO,
        "page": index,
        "to": pymupdf.Point(0, max(0.0, rect.y0 - 12)),
        "zoom": 0,
    }
    return [2, title, index + 1, dest]


def set_outline(doc: pymupdf.Document, entries: list[list[object]], heading: str) -> None:
    """Keep the document's own outline and add ``heading`` with one entry per pair below it."""
    if not entries:
        return
    toc: list[list[object]] = [list(e) for e in doc.get_toc(simple=False)]
    first_page = min(int(e[2]) for e in entries)  # type: ignore[call-overload]
    toc.append([1, heading, first_page])
    toc.extend(entries)
    doc.set_toc(toc)


# -- the reader's notes ----------------------------------------------------------------------------


def note_name(note: Note) -> str:
    """The annotation name (NM) of a note: the same on every export, different for every note."""
    key = f"{note.advice_sha}|{note.response_sha}|{note.created}|{note.author}|{note.side}"
    return "weerwoord-note-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _anchor_key(note: Note) -> str:
    return json.dumps(note.anchor.to_json(), sort_keys=True) if note.anchor is not None else ""


def note_attributes(note: Note) -> dict[str, str]:
    """What an XFDF annotation carries of a note beyond its text, to be imported exactly (``ww:`` attributes)."""
    attrs = {f"{WW}status": note.status, f"{WW}created": note.created, f"{WW}modified": note.modified}
    if note.number:
        attrs[f"{WW}number"] = note.number
    if note.side:
        attrs[f"{WW}side"] = note.side
    if note.anchor is not None:
        attrs[f"{WW}anchor"] = json.dumps(note.anchor.to_json(), ensure_ascii=False, sort_keys=True)
    return attrs


def annotate_notes(
    doc: pymupdf.Document,
    result: Comparison,
    notes: Sequence[Note],
    side: Side,
    texts: Sequence[PageText],
    attributes: dict[str, dict[str, str]] | None = None,
) -> int:
    """Put the reader's notes for this side on ``doc``: a highlight on exactly the words of a note on a passage,
    its text as the annotation's text; a note on a recommendation as a whole, or one whose passage is gone
    (orphaned), as a note icon beside its recommendation or reply. Later notes on the same passage are replies
    in the first one's thread. ``attributes`` receives each note's ``ww:`` attributes by name. Returns how many
    notes were orphaned."""
    orphans = 0
    index = index_pages([t.text for t in texts])
    threads: dict[str, int] = {}  # anchor → xref of the thread's first annotation
    mine = [n for n in notes if (n.side or (n.anchor.side if n.anchor else None) or "advice") == side]
    for note in sorted(mine, key=lambda n: (n.created, n.id)):
        name = note_name(note)
        colour = NOTE_COLOURS.get(note.status, NOTE_COLOURS["open"])
        subject = _("Note: {status}").format(status=status_label(note.status))
        placed: list[pymupdf.Annot] = []
        parent = threads.get(_anchor_key(note)) if note.anchor is not None else None
        pos = resolve(note.anchor, index) if note.anchor is not None else None
        if note.anchor is not None and pos is None:
            orphans += 1
            subject = _("Note: {status} (its passage is no longer in this document)").format(
                status=status_label(note.status)
            )
        if parent is not None and pos is not None:
            parent_annot = _annot_by_xref(doc, parent)
            if parent_annot is not None:
                page, first = parent_annot
                reply = page.add_text_annot(pymupdf.Point(first.x1, first.y0), note.text, icon="Comment")
                reply.set_irt_xref(parent)
                placed.append(reply)
        elif pos is not None:
            page = doc[pos.page - 1]
            rects = texts[pos.page - 1].rects(pos.start, pos.end)
            if rects:
                annot = page.add_highlight_annot([pymupdf.Rect(r) for r in rects])
                if annot is not None:
                    placed.append(annot)
        if not placed:  # on the recommendation as a whole, orphaned, or no words to highlight
            where = _pair_place(doc, result, note.number, side)
            page = doc[where[0]]
            placed.append(page.add_text_annot(_note_point(page, where[1]), note.text, icon="Note"))
        annot = placed[0]
        annot.set_colors(stroke=colour)
        annot.set_info(title=note.author, subject=subject, content=note.text)
        annot.update()
        label_annot(doc, annot, name, pdf_date(note.created))
        doc.xref_set_key(annot.xref, "M", pymupdf.get_pdf_str(pdf_date(note.modified)))
        if note.anchor is not None and parent is None and pos is not None:
            threads[_anchor_key(note)] = annot.xref
        if attributes is not None:
            attributes[name] = note_attributes(note)
    return orphans


def _annot_by_xref(doc: pymupdf.Document, xref: int) -> tuple[pymupdf.Page, pymupdf.Rect] | None:
    for index in range(doc.page_count):
        page = doc[index]
        for annot in page.annots():
            if annot.xref == xref:
                return page, annot.rect
    return None


def _pair_place(doc: pymupdf.Document, result: Comparison, number: str | None, side: Side) -> tuple[int, pymupdf.Rect]:
    """Where a note without a (findable) passage goes: beside its recommendation or reply, else page 1."""
    for pair in result.pairs:
        if pair.number != number:
            continue
        spans = pair.recommendation.run.spans() if side == "advice" else (pair.reply.all_spans() if pair.reply else [])
        for span in spans:
            if span.rects and 1 <= span.page <= doc.page_count:
                return span.page - 1, pymupdf.Rect(union(span.rects))
    r = doc[0].rect
    return 0, pymupdf.Rect(r.x1 - 60, 30, r.x1 - 30, 50)
