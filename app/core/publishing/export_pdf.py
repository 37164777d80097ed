"""Annotated copies of both documents: highlights, frames, verdict notes, the reader's notes, outline."""
# mypy: allow-untyped-calls

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from app.core.errors import DocumentError
from app.core.keeping.anchor import Position, Side, index_pages, resolve
from app.core.keeping.store import Note
from app.core.model import Comparison, PageSpan, Pair, Rect, union
from app.core.publishing.report_text import (
    CATEGORY_COLOURS,
    CATEGORY_LABELS,
    RGB,
    VERDICT_COLOURS,
    VERDICT_LABELS,
    first_words,
    pages_label,
    response_pages,
)
from app.core.publishing.xfdf import XfdfAnnot

TOOL = "Weerwoord"
NOTE_COLOURS: dict[str, RGB] = {
    "open": (1.0, 0.85, 0.2),
    "question": (1.0, 0.55, 0.1),
    "follow-up": (0.35, 0.6, 1.0),
    "done": (0.4, 0.75, 0.4),
}
ICON = 20.0  # size of a note icon


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
    for x0, y0, x1, y1, word, block, line, _ in page.get_text("words"):
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


def open_as_pdf(path: str | Path, password: str | None = None) -> pymupdf.Document:
    """The document as a PDF, laid out exactly as the reader read it (text and EPUB are converted)."""
    from app.core.reading.reader import open_pdf

    doc = open_pdf(path, password)
    if doc.is_pdf:
        return doc
    try:
        data = doc.convert_to_pdf()
    except Exception as err:  # PyMuPDF raises several types
        raise DocumentError(f"{Path(path).name} could not be converted to PDF: {err}.", str(path)) from err
    finally:
        doc.close()
    return pymupdf.open("pdf", data)


def _outset(rect: Rect, by: float, page: pymupdf.Page) -> pymupdf.Rect:
    r = pymupdf.Rect(rect[0] - by, rect[1] - by, rect[2] + by, rect[3] + by)
    return r & page.rect


def _note_point(page: pymupdf.Page, frame: pymupdf.Rect) -> pymupdf.Point:
    """Where a note icon goes: in the right margin beside ``frame``, or inside its right edge."""
    x = max(frame.x1 + 4, page.rect.x1 - 56)  # one column in the right margin
    if x + ICON > page.rect.x1:
        x = page.rect.x1 - ICON - 2
    return pymupdf.Point(x, max(page.rect.y0, frame.y0))


def _frame(
    doc: pymupdf.Document, spans: Sequence[PageSpan], colour: RGB, subject: str, content: str
) -> tuple[int, pymupdf.Rect] | None:
    """A Square annotation around the passage on each of its pages; returns the first (page index, rect)."""
    first: tuple[int, pymupdf.Rect] | None = None
    for span in spans:
        if not span.rects or not 1 <= span.page <= doc.page_count:
            continue
        page = doc[span.page - 1]
        rect = _outset(union(span.rects), 3.0, page)
        annot = page.add_rect_annot(rect)
        annot.set_colors(stroke=colour)
        annot.set_border(width=1.2)
        annot.set_info(title=TOOL, subject=subject, content=content)
        annot.update(opacity=0.9)
        if first is None:
            first = (span.page - 1, rect)
    return first


def _text_note(
    page: pymupdf.Page, point: pymupdf.Point, content: str, title: str, subject: str, colour: RGB, icon: str
) -> None:
    annot = page.add_text_annot(point, content, icon=icon)
    annot.set_colors(stroke=colour)
    annot.set_info(title=title, subject=subject, content=content)
    annot.update()


def verdict_text(pair: Pair) -> str:
    lines = [
        f"Recommendation {pair.number}: {VERDICT_LABELS[pair.verdict]}",
        pair.reason,
        f"Linked by {pair.link} (confidence {pair.confidence:.0%}).",
    ]
    if pair.verdict_manual:
        lines.append("Verdict set by the reader.")
    return "\n".join(lines)


def annotate_advice(doc: pymupdf.Document, result: Comparison) -> list[list[object]]:
    """Frame each recommendation with its verdict note; returns outline entries."""
    toc: list[list[object]] = []
    for pair in result.pairs:
        reply = pages_label(response_pages(pair))
        content = verdict_text(pair) + (f"\nReply: response {reply}." if reply else "")
        entry = _frame_with_verdict(doc, pair, pair.recommendation.run.spans(), content)
        if entry is not None:
            toc.append(entry)
    return toc


def _frame_with_verdict(doc: pymupdf.Document, pair: Pair, spans: list[PageSpan], content: str) -> list[object] | None:
    """Frame a passage in the verdict's colour with a note carrying the verdict; its outline entry."""
    colour = VERDICT_COLOURS[pair.verdict]
    placed = _frame(doc, spans, colour, f"Verdict: {pair.verdict}", content)
    if placed is None:
        return None
    index, rect = placed
    page = doc[index]
    _text_note(page, _note_point(page, rect), content, TOOL, f"Verdict: {pair.verdict}", colour, "Comment")
    return _toc_entry(pair, index, rect)


def annotate_response(doc: pymupdf.Document, result: Comparison) -> list[list[object]]:
    """Highlight every mark, frame every reply with its verdict note; returns outline entries."""
    toc: list[list[object]] = []
    for pair in result.pairs:
        if pair.reply is None:
            continue
        for mark in pair.marks:
            colour = CATEGORY_COLOURS[mark.category]
            how = "drawn by the reader" if mark.manual else f"rule: {mark.rule}"
            scope = "" if mark.about_recommendation else " (about others, not the recommendation)"
            content = f"{CATEGORY_LABELS[mark.category]}: “{' '.join(mark.text.split())}” ({how}){scope}"
            for span in mark.spans:
                if not span.rects or not 1 <= span.page <= doc.page_count:
                    continue
                page = doc[span.page - 1]
                annot = page.add_highlight_annot([pymupdf.Rect(r) for r in span.rects])
                if annot is None:
                    continue
                annot.set_colors(stroke=colour)
                annot.set_info(title=TOOL, subject=mark.category, content=content)
                annot.update()
        entry = _frame_with_verdict(doc, pair, pair.reply.all_spans(), verdict_text(pair))
        if entry is not None:
            toc.append(entry)
    for reply in result.unmatched_replies:
        content = "This section of the response is not linked to any recommendation."
        _frame(doc, reply.all_spans(), VERDICT_COLOURS["unanswered"], "Unlinked reply", content)
    return toc


def _toc_entry(pair: Pair, index: int, rect: pymupdf.Rect) -> list[object]:
    title = f"{pair.number}. {VERDICT_LABELS[pair.verdict]} — {first_words(pair.recommendation.text, 8)}"
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


def annotate_notes(
    doc: pymupdf.Document, result: Comparison, notes: Sequence[Note], side: Side, texts: Sequence[PageText]
) -> int:
    """Put the reader's notes for this side on ``doc``; returns how many were orphaned."""
    orphans = 0
    index = index_pages([t.text for t in texts])
    for note in notes:
        note_side = note.side or (note.anchor.side if note.anchor else None) or "advice"
        if note_side != side:
            continue
        where: tuple[int, pymupdf.Rect] | None = None
        orphaned = False
        if note.anchor is not None:
            pos = resolve(note.anchor, index)
            if pos is not None:
                where = _position_rect(doc, texts, pos)
            else:
                orphaned = True
                orphans += 1
        if where is None:
            where = _pair_place(doc, result, note.number, side)
        page = doc[where[0]]
        date = note.modified[:10]
        body = note.text.strip() or "(empty note)"
        if orphaned and note.anchor is not None:
            body = (
                f"Orphaned note: the passage it was on (“{first_words(note.anchor.exact, 12)}”)"
                f" is no longer in this document.\n\n{body}"
            )
        about = f"Recommendation {note.number}. " if note.number else ""
        content = f"{body}\n\n— {note.author}, {date}. {about}Status: {note.status}."
        colour = NOTE_COLOURS.get(note.status, NOTE_COLOURS["open"])
        point = pymupdf.Point(min(where[1].x1, page.rect.x1 - ICON), max(page.rect.y0, where[1].y0 - ICON))
        _text_note(page, point, content, note.author, f"Note ({note.status})", colour, "Note")
    return orphans


def _position_rect(doc: pymupdf.Document, texts: Sequence[PageText], pos: Position) -> tuple[int, pymupdf.Rect]:
    rects = texts[pos.page - 1].rects(pos.start, pos.end)
    if not rects:
        return pos.page - 1, pymupdf.Rect(doc[pos.page - 1].rect.x1 - 40, 40, doc[pos.page - 1].rect.x1 - 20, 60)
    return pos.page - 1, pymupdf.Rect(rects[0])


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


# -- XFDF ------------------------------------------------------------------------------------------

_KINDS = {
    "Highlight": "highlight",
    "Text": "text",
    "Square": "square",
    "Underline": "underline",
    "StrikeOut": "strikeout",
    "Squiggly": "squiggly",
    "Circle": "circle",
    "FreeText": "freetext",
}


def _array(doc: pymupdf.Document, xref: int, key: str) -> tuple[float, ...]:
    kind, value = doc.xref_get_key(xref, key)
    if kind != "array":
        return ()
    return tuple(float(x) for x in re.findall(r"-?\d*\.?\d+(?:[eE]-?\d+)?", value))


def _hex(rgb: Sequence[float] | None) -> str | None:
    if not rgb or len(rgb) != 3:
        return None
    return "#" + "".join(f"{round(v * 255):02x}" for v in rgb)


def xfdf_annots(doc: pymupdf.Document) -> list[XfdfAnnot]:
    """The document's annotations as XFDF data, in PDF coordinates straight from the file."""
    out: list[XfdfAnnot] = []
    for index in range(doc.page_count):
        page = doc[index]
        for annot in page.annots():
            kind = _KINDS.get(annot.type[1])
            if kind is None:
                continue
            rect = _array(doc, annot.xref, "Rect")
            if len(rect) != 4:
                continue
            info = annot.info
            _, icon = doc.xref_get_key(annot.xref, "Name")
            out.append(
                XfdfAnnot(
                    kind=kind,
                    page=index,
                    rect=(rect[0], rect[1], rect[2], rect[3]),
                    color=_hex(annot.colors.get("stroke")),
                    title=info.get("title", ""),
                    subject=info.get("subject", ""),
                    contents=info.get("content", ""),
                    name=info.get("id", "") or f"weerwoord-{annot.xref}",
                    date=info.get("modDate", ""),
                    creationdate=info.get("creationDate", ""),
                    coords=_array(doc, annot.xref, "QuadPoints"),
                    icon=icon.lstrip("/") if kind == "text" and icon != "null" else "",
                    width=float(annot.border.get("width", 1) or 1) if kind in ("square", "circle") else None,
                    opacity=annot.opacity if 0 <= annot.opacity < 1 else None,
                    fringe=_array(doc, annot.xref, "RD") if kind in ("square", "circle") else (),
                )
            )
    return out


def _rgb(colour: str | None) -> RGB | None:
    if not colour or not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        return None
    return (int(colour[1:3], 16) / 255, int(colour[3:5], 16) / 255, int(colour[5:7], 16) / 255)


def apply_xfdf(doc: pymupdf.Document, annots: Sequence[XfdfAnnot]) -> int:
    """Add XFDF annotations (a colleague's review) to ``doc``; returns how many were added."""
    added = 0
    for a in annots:
        if not 0 <= a.page < doc.page_count:
            continue
        page = doc[a.page]
        m = page.transformation_matrix  # PDF space -> PyMuPDF page space
        x0, y0, x1, y1 = a.rect  # PDF: y0 is the bottom
        if len(a.fringe) == 4:  # the shape sits inside the rect by the fringe (left, top, right, bottom)
            x0, y0, x1, y1 = x0 + a.fringe[0], y0 + a.fringe[3], x1 - a.fringe[2], y1 - a.fringe[1]
        rect = pymupdf.Rect(x0, y0, x1, y1) * m
        rect.normalize()
        if a.kind in ("highlight", "underline", "strikeout", "squiggly") and len(a.coords) >= 8:
            quads = []
            for i in range(0, len(a.coords) - 7, 8):
                c = a.coords[i : i + 8]
                pts = [pymupdf.Point(c[j], c[j + 1]) * m for j in (0, 2, 4, 6)]
                quads.append(pymupdf.Quad(*pts))
            adder = {
                "highlight": page.add_highlight_annot,
                "underline": page.add_underline_annot,
                "strikeout": page.add_strikeout_annot,
                "squiggly": page.add_squiggly_annot,
            }[a.kind]
            annot = adder(quads)
        elif a.kind == "text":
            annot = page.add_text_annot(rect.tl, a.contents, icon=a.icon or "Note")
        elif a.kind == "square":
            annot = page.add_rect_annot(rect)
        elif a.kind == "circle":
            annot = page.add_circle_annot(rect)
        elif a.kind == "freetext":
            annot = page.add_freetext_annot(rect, a.contents)
        else:
            continue
        if annot is None:
            continue
        colour = _rgb(a.color)
        if colour is not None and a.kind != "freetext":
            annot.set_colors(stroke=colour)
        if a.width is not None and a.kind in ("square", "circle"):
            annot.set_border(width=a.width)
        annot.set_info(title=a.title, subject=a.subject, content=a.contents)
        annot.update(opacity=a.opacity if a.opacity is not None else -1)
        added += 1
    return added
