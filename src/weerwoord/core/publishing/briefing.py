"""The briefing report (PDF and Word): a verdict summary, then each chosen recommendation with its reply."""
# mypy: allow-untyped-calls

from __future__ import annotations

import contextlib
import html
import io
import logging
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from weerwoord.core.keeping.store import Note
from weerwoord.core.model import Category, Comparison, Mark, Pair, Reply
from weerwoord.core.publishing.report_text import (
    CATEGORY_COLOURS,
    VERDICT_COLOURS,
    VERDICT_LABELS,
    advice_pages,
    category_label,
    first_words,
    hex_colour,
    pages_label,
    response_pages,
    status_label,
    verdict_label,
)
from weerwoord.core.publishing.tables import general_notes
from weerwoord.core.words import _, date_text, datetime_text, language, n_, percent

# every category differs in type style too, so the marks stay apart in greyscale print
CATEGORY_STYLE: dict[Category, tuple[bool, bool, bool]] = {  # bold, italic, underline
    "agreement": (True, False, False),
    "reservation": (False, True, False),
    "disagreement": (True, False, True),
    "commitment": (False, False, True),
}
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
_log = logging.getLogger(__name__)

CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.3; color: #000; }
h1 { font-size: 20pt; margin: 0 0 6pt 0; }
h2 { font-size: 13pt; margin: 0 0 4pt 0; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
.meta { color: #333; font-size: 9pt; }
.rec { border: 1px solid #777; padding: 5pt; background-color: #f2f2f2; }
.reply { border-left: 2px solid #777; padding: 0 0 0 6pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 2pt 4pt; font-size: 8.5pt; vertical-align: top; text-align: left; }
th { background-color: #e6e6e6; }
.verdict { font-weight: bold; }
.small { font-size: 8.5pt; }
"""
FOOTER_CSS = "p { font-family: sans-serif; font-size: 7.5pt; color: #555; margin: 0; }"
GAP = 14.0  # points between two recommendations on one page
ORPHAN = 36.0  # a last piece lower than this (about two lines) is not left alone on a page


@dataclass(frozen=True)
class Section:
    """One stretch of the report: kept whole on a page when it fits; ``new_page`` starts it on a fresh one."""

    title: str  # outline entry
    html: str
    new_page: bool = False


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _paragraphs(text: str) -> str:
    parts = [p.strip() for p in text.replace("\r", "").split("\n\n")]
    return "".join(f"<p>{_esc(p).replace(chr(10), '<br/>')}</p>" for p in parts if p)


def _nobreak(markup: str) -> str:
    """Keep a short cell on one line: spaces outside tags made fixed."""
    out, in_tag = [], False
    for ch in markup:
        in_tag = (in_tag or ch == "<") and ch != ">"
        out.append("&#160;" if ch == " " and not in_tag else ch)
    return "".join(out)


def _swatch(pair: Pair) -> str:
    colour = hex_colour(VERDICT_COLOURS[pair.verdict])
    return f'<span style="color:{colour}">&#9632;</span>'


def _verdict_html(pair: Pair) -> str:
    return f'{_swatch(pair)} <span class="verdict">{_esc(verdict_label(pair.verdict))}</span>'


def _mark_open(category: Category) -> str:
    bold, italic, underline = CATEGORY_STYLE[category]
    style = f"background-color:{hex_colour(CATEGORY_COLOURS[category])};"
    style += "font-weight:bold;" if bold else ""
    style += "font-style:italic;" if italic else ""
    style += "text-decoration:underline;" if underline else ""
    return f'<span style="{style}">'


def segments(text: str, marks: Sequence[Mark]) -> list[tuple[str, Mark | None]]:
    """``text`` cut into plain and marked stretches (overlapping marks: the first wins)."""
    out: list[tuple[str, Mark | None]] = []
    pos = 0
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        start, end = max(m.start, pos), min(m.end, len(text))
        if start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], m))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def _reply_html(reply: Reply, marks: Sequence[Mark]) -> str:
    chunks = []
    for piece, mark in segments(reply.text, marks):
        body = _esc(piece).replace("\n\n", "</p><p>").replace("\n", "<br/>")
        chunks.append(f"{_mark_open(mark.category)}{body}</span>" if mark else body)
    heading = f"<p><b>{_esc(reply.heading)}</b></p>" if reply.heading else ""
    return f'<div class="reply">{heading}<p>{"".join(chunks)}</p></div>'


def legend_sentence() -> str:
    return _("Marked language in the replies:")


def _legend() -> str:
    items = [f"{_mark_open(cat)}{_esc(category_label(cat).lower())}</span>" for cat in CATEGORY_COLOURS]
    return f"<p class='small' style='margin-top:6pt'>{_esc(legend_sentence())} " + ", ".join(items) + ".</p>"


def _notes_html(notes: Sequence[Note], heading: str) -> str:
    if not notes:
        return ""
    items = "".join(
        f"<li><b>[{_esc(status_label(n.status))}]</b> {_esc(n.text.strip() or _('(empty)'))} "
        f"<span class='meta'>— {_esc(n.author)}, {_esc(date_text(n.modified))}</span></li>"
        for n in notes
    )
    return f"{heading}<ul>{items}</ul>"


def summary_line(pairs: Sequence[Pair]) -> str:
    """``10 recommendations: 5 agrees, 3 partly agrees, 2 disagrees.`` in words of the current language."""
    counts = Counter(p.verdict for p in pairs)
    head = n_("{n} recommendation", "{n} recommendations", len(pairs)).format(n=len(pairs))
    parts = [f"{counts[v]} {verdict_label(v).lower()}" for v in VERDICT_LABELS if counts[v]]
    return f"{head}: {', '.join(parts)}." if parts else f"{head}."


def chosen_pairs(result: Comparison, numbers: Collection[str] | None) -> list[Pair]:
    """The pairs whose recommendation numbers the reader chose (all when None), in the report's order."""
    if numbers is None:
        return list(result.pairs)
    wanted = set(numbers)
    return [p for p in result.pairs if p.number in wanted]


def made_line(when: datetime | None) -> str:
    return _("Made with Weerwoord on {date}.").format(date=datetime_text(when or datetime.now()))


def sections(
    result: Comparison,
    notes: Sequence[Note] = (),
    when: datetime | None = None,
    numbers: Collection[str] | None = None,
) -> list[Section]:
    """The report as HTML sections: the summary, one per chosen recommendation, unlinked replies, general notes."""
    a, r = result.advice, result.response
    pairs = chosen_pairs(result, numbers)
    rows = "".join(
        f"<tr><td>{_esc(p.number)}</td><td>{_esc(first_words(p.recommendation.text, 12))}</td>"
        f"<td>{_verdict_html(p)}</td><td>{_nobreak(_esc(pages_label(advice_pages(p))))}</td>"
        f"<td>{_nobreak(_esc(pages_label(response_pages(p)) or '—'))}</td></tr>"
        for p in pairs
    )
    pages = n_("{n} page", "{n} pages", a.page_count).format(n=a.page_count)
    r_pages = n_("{n} page", "{n} pages", r.page_count).format(n=r.page_count)
    chosen = ""
    if len(pairs) < len(result.pairs):
        chosen = "<p class='meta'>" + _esc(
            _("Chosen for this briefing: {chosen} of {total} recommendations.").format(
                chosen=len(pairs), total=len(result.pairs)
            )
        )
        chosen += "</p>"
    heads = (_("No."), _("Recommendation"), _("Verdict"), _("Advice"), _("Response"))
    widths = (8, 52, 18, 11, 11)
    head_row = "".join(f"<th style='width:{w}%'>{_esc(h)}</th>" for h, w in zip(heads, widths, strict=True))
    title = (
        f"<h1>{_esc(_('Briefing'))}</h1>"
        f"<p class='meta'>{_esc(made_line(when))}</p>"
        f"<h3>{_esc(_('Advice'))}</h3><p><b>{_esc(a.title)}</b><br/>{_esc(Path(a.path).name)}, {_esc(pages)}</p>"
        f"<h3>{_esc(_('Response'))}</h3><p><b>{_esc(r.title)}</b><br/>{_esc(Path(r.path).name)}, {_esc(r_pages)}</p>"
        f"<h3>{_esc(_('Verdicts'))}</h3><p>{_esc(summary_line(pairs))}</p>{chosen}"
        f"<table><tr>{head_row}</tr>{rows}</table>" + _legend()
    )
    out = [Section(_("Summary"), title, new_page=True)]
    first = True
    for p in pairs:
        own = [n for n in notes if n.number == p.number]
        parts = [
            f"<h2>{_esc(_('Recommendation {number}').format(number=p.number))}</h2>",
            f"<p>{_verdict_html(p)} — {_esc(p.reason)}</p>",
            f"<h3>{_esc(_('Recommendation'))} <span class='meta'>({_esc(_('advice'))} "
            f"{_esc(pages_label(advice_pages(p)))})</span></h3>",
            f"<div class='rec'>{_paragraphs(p.recommendation.text)}</div>",
        ]
        if p.reply is not None:
            parts.append(
                f"<h3>{_esc(_('Reply'))} <span class='meta'>({_esc(_('response'))} "
                f"{_esc(pages_label(response_pages(p)))})</span></h3>"
            )
            parts.append(_reply_html(p.reply, p.marks))
            parts.append(f"<p class='meta'>{_esc(link_line(p))}</p>")
        else:
            parts.append(
                f"<h3>{_esc(_('Reply'))}</h3><p><i>"
                f"{_esc(_('No reply to this recommendation was found in the response.'))}</i></p>"
            )
        parts.append(_notes_html(own, f"<h3>{_esc(_('Notes'))}</h3>"))
        label = f"{p.number}. {verdict_label(p.verdict)} — {first_words(p.recommendation.text, 8)}"
        out.append(Section(label, "".join(parts), new_page=first))
        first = False
    if result.unmatched_replies:
        parts = [f"<h2>{_esc(_('Reply sections not linked to a recommendation'))}</h2>"]
        parts.extend(_reply_html(reply, []) for reply in result.unmatched_replies)
        out.append(Section(_("Unlinked replies"), "".join(parts)))
    general = general_notes(result, notes)
    if general:
        out.append(Section(_("General notes"), _notes_html(general, f"<h2>{_esc(_('General notes'))}</h2>")))
    return out


def link_line(p: Pair) -> str:
    line = _("Linked by {link}, confidence {confidence}.").format(link=p.link, confidence=percent(p.confidence))
    if p.verdict_manual:
        line += " " + _("Verdict set by the reader.")
    return line


def briefing_pdf(
    result: Comparison,
    notes: Sequence[Note] = (),
    when: datetime | None = None,
    numbers: Collection[str] | None = None,
    *,
    tagged: bool = True,
) -> bytes:
    """The briefing as PDF bytes (no network): sections kept whole on a page where they fit, short ones sharing
    pages, no piece of two lines left alone on a page; outline, metadata, language, plain copied text; ``tagged``:
    a structure tree (headings, tables, lists, paragraphs in reading order) for screen readers."""
    import pymupdf

    from weerwoord.core.publishing.pdf_text import spell_out_ligatures
    from weerwoord.core.publishing.tagging import ContentStreamError, Layout, tag_pdf

    page_rect = pymupdf.paper_rect("a4")
    where = pymupdf.Rect(page_rect.x0 + 56, page_rect.y0 + 56, page_rect.x1 - 56, page_rect.y1 - 64)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    starts: list[tuple[str, int]] = []
    pages = 0
    device = None
    y = where.y0
    layout = Layout() if tagged else None

    def new_page() -> None:
        nonlocal device, pages, y
        if device is not None:
            writer.end_page()
        device = writer.begin_page(page_rect)
        pages += 1
        y = where.y0

    for section in sections(result, notes, when, numbers):
        story = pymupdf.Story(html=section.html, user_css=CSS)
        placing = layout.section(story) if layout is not None else None  # before layout: ids on its elements
        height = _height(story, where)
        room = where.y1 - y
        if device is None or section.new_page or (height > room and y > where.y0):
            new_page()
        starts.append((section.title, pages))
        if height <= where.y1 - y:
            box = pymupdf.Rect(where.x0, y, where.x1, where.y1)
            _more, filled = story.place(box)
            if placing is not None:
                placing.placed(story, pages - 1, box)
            story.draw(device)
            y = filled[3] + GAP
            continue
        # longer than a page: flow it on, never leaving a last piece of a line or two alone on a page
        pieces = _pieces(story, where)
        story.reset()
        for i, bottom in enumerate(pieces):
            if i:
                new_page()
            box = pymupdf.Rect(where.x0, where.y0, where.x1, bottom)
            _more, filled = story.place(box)
            if placing is not None:
                placing.placed(story, pages - 1, box)
            story.draw(device)
            y = filled[3] + GAP
    if device is not None:
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    title = result.advice.title if len(result.advice.title) <= 70 else result.advice.title[:68].rstrip() + "…"
    for index in range(doc.page_count):
        page = doc[index]
        footer = _("Weerwoord briefing — {title} — page {page} of {pages}").format(
            title=title, page=index + 1, pages=doc.page_count
        )
        box = pymupdf.Rect(56, page.rect.y1 - 44, page.rect.x1 - 56, page.rect.y1 - 24)
        page.insert_htmlbox(box, f"<p>{_esc(footer)}</p>", css=FOOTER_CSS)
    doc.set_toc([[1, t, page_no] for t, page_no in starts])
    now = pymupdf.get_pdf_now()
    doc.set_metadata(
        {
            "title": _("Briefing: {advice}").format(advice=result.advice.title),
            "author": "Weerwoord",
            "subject": _("Verdicts of {response} on {advice}").format(
                response=result.response.title, advice=result.advice.title
            ),
            "creator": "Weerwoord",
            "producer": "Weerwoord",
            "creationDate": now,
            "modDate": now,
        }
    )
    doc.set_language(LANGUAGE_TAGS[language()])
    # a viewer's title bar and a screen reader name the document by its title, not its file name
    doc.xref_set_key(doc.pdf_catalog(), "ViewerPreferences", "<</DisplayDocTitle true>>")
    with contextlib.suppress(Exception):  # smaller file; the full fonts are fine too
        doc.subset_fonts()
    spell_out_ligatures(doc)
    # MuPDF 1.28's PDF writer drops the structure (h1, p, table…) its HTML layout reports, so the tags are put in
    # afterwards, from where Story placed each element (tagging/)
    if layout is not None:
        try:
            tag_pdf(doc, layout, LANGUAGE_TAGS[language()])
        except ContentStreamError as error:  # the briefing untagged rather than none at all
            _log.warning("briefing PDF left untagged: %s", error)
    data: bytes = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data


def _height(story: object, where: object) -> float:
    """The height ``story`` takes at the width of ``where`` (it is reset afterwards)."""
    import pymupdf

    box: pymupdf.Rect = where  # type: ignore[assignment]
    _more, filled = story.place(pymupdf.Rect(box.x0, 0, box.x1, 100_000))  # type: ignore[attr-defined]
    story.reset()  # type: ignore[attr-defined]
    return float(filled[3])


def _pieces(story: object, where: object) -> list[float]:
    """The bottom of each page's piece of a long section: a last piece lower than ORPHAN takes lines from the
    page before it (that page ends higher)."""
    import pymupdf

    box: pymupdf.Rect = where  # type: ignore[assignment]
    bottoms: list[float] = []
    heights: list[float] = []
    more = 1
    while more and len(bottoms) < 500:
        more, filled = story.place(box)  # type: ignore[attr-defined]
        story.draw(None)  # type: ignore[attr-defined]  # only drawing moves the story on
        bottoms.append(box.y1)
        heights.append(float(filled[3] - box.y0))
    story.reset()  # type: ignore[attr-defined]
    if len(heights) >= 2 and heights[-1] < ORPHAN:
        bottoms[-2] = box.y1 - (ORPHAN + 12)
    return bottoms


# -- Word ------------------------------------------------------------------------------------------


def briefing_docx(
    result: Comparison,
    notes: Sequence[Note] = (),
    when: datetime | None = None,
    numbers: Collection[str] | None = None,
) -> bytes:
    """The same briefing as a Word document (.docx): A4, in the output language, a table whose header row repeats
    and whose rows never split, the summary line, real document properties, general notes."""
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    moment = when or datetime.now()
    tag = LANGUAGE_TAGS[language()]
    pairs = chosen_pairs(result, numbers)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.0)
    props = d.core_properties
    props.title = _("Briefing: {advice}").format(advice=result.advice.title)
    props.subject = _("Verdicts of {response} on {advice}").format(
        response=result.response.title, advice=result.advice.title
    )
    props.author = props.last_modified_by = "Weerwoord"
    props.created = props.modified = moment.replace(microsecond=0)
    props.language = tag
    props.revision = 1
    props.comments = props.keywords = props.category = ""
    # the language of every style (spelling and hyphenation in Word): the defaults, and each style that sets its own
    defaults = d.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    targets = [rpr] if rpr is not None else []
    targets += [s.element.get_or_add_rPr() for s in d.styles if s.element.find(qn("w:rPr")) is not None]
    for element in targets:
        lang = element.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            element.append(lang)
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:eastAsia"), tag)
        lang.set(qn("w:bidi"), tag)
    d.styles["Normal"].font.size = Pt(10)

    def verdict_run(par: object, pair: Pair) -> None:
        swatch = par.add_run("■ ")  # type: ignore[attr-defined]
        r, g, b = (round(v * 255) for v in VERDICT_COLOURS[pair.verdict])
        swatch.font.color.rgb = RGBColor(r, g, b)
        word = par.add_run(verdict_label(pair.verdict))  # type: ignore[attr-defined]
        word.bold = True

    def row_props(row: object, header: bool) -> None:
        tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
        cant = OxmlElement("w:cantSplit")
        tr_pr.append(cant)
        if header:
            tr_pr.append(OxmlElement("w:tblHeader"))

    d.add_heading(_("Briefing"), 0)
    d.add_paragraph(made_line(moment))
    a, r = result.advice, result.response
    d.add_heading(_("Advice"), 2)
    pages = n_("{n} page", "{n} pages", a.page_count).format(n=a.page_count)
    d.add_paragraph(f"{a.title}\n{Path(a.path).name}, {pages}")
    d.add_heading(_("Response"), 2)
    pages = n_("{n} page", "{n} pages", r.page_count).format(n=r.page_count)
    d.add_paragraph(f"{r.title}\n{Path(r.path).name}, {pages}")
    d.add_heading(_("Verdicts"), 2)
    d.add_paragraph(summary_line(pairs))
    if len(pairs) < len(result.pairs):
        d.add_paragraph(
            _("Chosen for this briefing: {chosen} of {total} recommendations.").format(
                chosen=len(pairs), total=len(result.pairs)
            )
        )
    widths = (Cm(1.3), Cm(8.4), Cm(3.4), Cm(1.75), Cm(1.75))
    table = d.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    heads = (_("No."), _("Recommendation"), _("Verdict"), _("Advice"), _("Response"))
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    row_props(table.rows[0], header=True)
    for p in pairs:
        row = table.add_row()
        row_props(row, header=False)
        cells = row.cells
        cells[0].text = p.number
        cells[1].text = first_words(p.recommendation.text, 12)
        verdict_run(cells[2].paragraphs[0], p)
        cells[3].text = pages_label(advice_pages(p))
        cells[4].text = pages_label(response_pages(p)) or "—"
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    legend = d.add_paragraph(legend_sentence() + " ")
    for i, cat in enumerate(CATEGORY_COLOURS):
        _marked_run(legend, category_label(cat).lower(), cat)
        legend.add_run(", " if i < len(CATEGORY_COLOURS) - 1 else ".")

    for p in pairs:
        d.add_heading(_("Recommendation {number}").format(number=p.number), 1)
        par = d.add_paragraph()
        verdict_run(par, p)
        par.add_run(f" — {p.reason}")
        d.add_heading(f"{_('Recommendation')} ({_('advice')} {pages_label(advice_pages(p))})", 3)
        d.add_paragraph(p.recommendation.text, style="Intense Quote")
        if p.reply is not None:
            d.add_heading(f"{_('Reply')} ({_('response')} {pages_label(response_pages(p))})", 3)
            if p.reply.heading:
                d.add_paragraph().add_run(p.reply.heading).bold = True
            reply_par = d.add_paragraph()
            for piece, mark in segments(p.reply.text, p.marks):
                if mark is None:
                    reply_par.add_run(piece)
                else:
                    _marked_run(reply_par, piece, mark.category)
            d.add_paragraph(link_line(p)).runs[0].italic = True
        else:
            d.add_heading(_("Reply"), 3)
            d.add_paragraph(_("No reply to this recommendation was found in the response.")).runs[0].italic = True
        _docx_notes(d, [n for n in notes if n.number == p.number], _("Notes"), 3)
    if result.unmatched_replies:
        d.add_heading(_("Reply sections not linked to a recommendation"), 1)
        for reply in result.unmatched_replies:
            if reply.heading:
                d.add_paragraph().add_run(reply.heading).bold = True
            d.add_paragraph(reply.text)
    _docx_notes(d, general_notes(result, notes), _("General notes"), 1)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _docx_notes(d: object, notes: Sequence[Note], heading: str, level: int) -> None:
    if not notes:
        return
    d.add_heading(heading, level)  # type: ignore[attr-defined]
    for n in notes:
        item = d.add_paragraph(style="List Bullet")  # type: ignore[attr-defined]
        item.add_run(f"[{status_label(n.status)}] ").bold = True
        item.add_run(n.text.strip() or _("(empty)"))
        item.add_run(f" — {n.author}, {date_text(n.modified)}").italic = True


def _marked_run(par: object, text: str, category: Category) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = par.add_run(text)  # type: ignore[attr-defined]
    bold, italic, underline = CATEGORY_STYLE[category]
    run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), hex_colour(CATEGORY_COLOURS[category])[1:].upper())
    run._r.get_or_add_rPr().append(shading)
