"""The briefing report (PDF and Word): a verdict summary, then one page per recommendation with its reply."""
# mypy: allow-untyped-calls

from __future__ import annotations

import contextlib
import html
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.keeping.store import Note
from app.core.model import Category, Comparison, Mark, Pair, Reply
from app.core.publishing.report_text import (
    CATEGORY_COLOURS,
    CATEGORY_LABELS,
    VERDICT_COLOURS,
    VERDICT_LABELS,
    advice_pages,
    first_words,
    hex_colour,
    pages_label,
    response_pages,
)

# every category differs in type style too, so the marks stay apart in greyscale print
CATEGORY_STYLE: dict[Category, tuple[bool, bool, bool]] = {  # bold, italic, underline
    "agreement": (True, False, False),
    "reservation": (False, True, False),
    "disagreement": (True, False, True),
    "commitment": (False, False, True),
}

CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.3; color: #000; }
h1 { font-size: 20pt; margin: 0 0 6pt 0; }
h2 { font-size: 14pt; margin: 0 0 4pt 0; }
h3 { font-size: 11pt; margin: 10pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
.meta { color: #333; font-size: 9pt; }
.rec { border: 1px solid #777; padding: 5pt; background-color: #f2f2f2; }
.reply { border-left: 2px solid #777; padding: 0 0 0 6pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 2pt 3pt; font-size: 8.5pt; vertical-align: top; text-align: left; }
th { background-color: #e6e6e6; }
.verdict { font-weight: bold; }
.small { font-size: 8.5pt; }
"""


FOOTER_CSS = "p { font-family: sans-serif; font-size: 7.5pt; color: #555; margin: 0; }"


@dataclass(frozen=True)
class Section:
    """One stretch of the report that starts on a new page."""

    title: str  # outline entry
    html: str


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _paragraphs(text: str) -> str:
    parts = [p.strip() for p in text.replace("\r", "").split("\n\n")]
    return "".join(f"<p>{_esc(p).replace(chr(10), '<br/>')}</p>" for p in parts if p)


def _nobreak(markup: str) -> str:
    """Keep a short cell on one line (MuPDF's tables ignore column widths): spaces outside tags made fixed."""
    out, in_tag = [], False
    for ch in markup:
        in_tag = (in_tag or ch == "<") and ch != ">"
        out.append("&#160;" if ch == " " and not in_tag else ch)
    return "".join(out)


def _swatch(pair: Pair) -> str:
    colour = hex_colour(VERDICT_COLOURS[pair.verdict])
    return f'<span style="color:{colour}">&#9632;</span>'


def _verdict_html(pair: Pair) -> str:
    return f'{_swatch(pair)} <span class="verdict">{_esc(VERDICT_LABELS[pair.verdict])}</span>'


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


def _legend() -> str:
    items = []
    for cat in CATEGORY_COLOURS:
        items.append(f"{_mark_open(cat)}{_esc(CATEGORY_LABELS[cat].lower())}</span>")
    return "<p class='small' style='margin-top:6pt'>Marked language in the replies: " + ", ".join(items) + ".</p>"


def _notes_html(notes: Sequence[Note]) -> str:
    if not notes:
        return ""
    items = "".join(
        f"<li><b>[{_esc(n.status)}]</b> {_esc(n.text.strip() or '(empty)')} "
        f"<span class='meta'>— {_esc(n.author)}, {_esc(n.modified[:10])}</span></li>"
        for n in notes
    )
    return f"<h3>Notes</h3><ul>{items}</ul>"


def sections(result: Comparison, notes: Sequence[Note] = (), when: datetime | None = None) -> list[Section]:
    """The report as HTML sections: a title page, one per recommendation, and unlinked replies."""
    stamp = (when or datetime.now()).strftime("%d-%m-%Y %H:%M")
    a, r = result.advice, result.response
    counts = Counter(p.verdict for p in result.pairs)
    summary = ", ".join(f"{counts[v]} {VERDICT_LABELS[v].lower()}" for v in VERDICT_LABELS if counts[v])
    rows = "".join(
        f"<tr><td>{_esc(p.number)}</td><td>{_esc(first_words(p.recommendation.text, 12))}</td>"
        f"<td>{_nobreak(_verdict_html(p))}</td><td>{_nobreak(_esc(pages_label(advice_pages(p))))}</td>"
        f"<td>{_nobreak(_esc(pages_label(response_pages(p)) or '—'))}</td></tr>"
        for p in result.pairs
    )
    title = (
        "<h1>Briefing</h1>"
        f"<p class='meta'>Made with Weerwoord on {stamp}.</p>"
        f"<h3>Advice</h3><p><b>{_esc(a.title)}</b><br/>{_esc(Path(a.path).name)}, {a.page_count} pages</p>"
        f"<h3>Response</h3><p><b>{_esc(r.title)}</b><br/>{_esc(Path(r.path).name)}, {r.page_count} pages</p>"
        f"<h3>Verdicts</h3><p>{len(result.pairs)} recommendations: {_esc(summary)}.</p>"
        "<table><tr><th>No.</th><th>Recommendation</th><th>Verdict</th><th>Advice</th><th>Response</th></tr>"
        f"{rows}</table>" + _legend()
    )
    out = [Section("Summary", title)]
    for p in result.pairs:
        own = [n for n in notes if n.number == p.number]
        parts = [
            f"<h2>Recommendation {_esc(p.number)}</h2>",
            f"<p>{_verdict_html(p)} — {_esc(p.reason)}</p>",
            f"<h3>Recommendation <span class='meta'>(advice {_esc(pages_label(advice_pages(p)))})</span></h3>",
            f"<div class='rec'>{_paragraphs(p.recommendation.text)}</div>",
        ]
        if p.reply is not None:
            parts.append(f"<h3>Reply <span class='meta'>(response {_esc(pages_label(response_pages(p)))})</span></h3>")
            parts.append(_reply_html(p.reply, p.marks))
            parts.append(
                f"<p class='meta'>Linked by {_esc(p.link)}, confidence {p.confidence:.0%}."
                + (" Verdict set by the reader." if p.verdict_manual else "")
                + "</p>"
            )
        else:
            parts.append("<h3>Reply</h3><p><i>No reply to this recommendation was found in the response.</i></p>")
        parts.append(_notes_html(own))
        label = f"{p.number}. {VERDICT_LABELS[p.verdict]} — {first_words(p.recommendation.text, 8)}"
        out.append(Section(label, "".join(parts)))
    general = [n for n in notes if not n.number or all(n.number != p.number for p in result.pairs)]
    if result.unmatched_replies or general:
        parts = []
        if result.unmatched_replies:
            parts.append("<h2>Reply sections not linked to a recommendation</h2>")
            for reply in result.unmatched_replies:
                parts.append(_reply_html(reply, []))
        if general:
            parts.append(_notes_html(general).replace("<h3>Notes</h3>", "<h2>General notes</h2>"))
        out.append(Section("Other", "".join(parts)))
    return out


def briefing_pdf(result: Comparison, notes: Sequence[Note] = (), when: datetime | None = None) -> bytes:
    """The briefing as PDF bytes (built-in fonts only; no network)."""
    import pymupdf

    page_rect = pymupdf.paper_rect("a4")
    where = pymupdf.Rect(page_rect.x0 + 56, page_rect.y0 + 56, page_rect.x1 - 56, page_rect.y1 - 64)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    starts: list[tuple[str, int]] = []
    pages = 0
    for section in sections(result, notes, when):
        story = pymupdf.Story(html=section.html, user_css=CSS)
        starts.append((section.title, pages + 1))
        more = 1
        while more:
            device = writer.begin_page(page_rect)
            more, _ = story.place(where)
            story.draw(device)
            writer.end_page()
            pages += 1
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    title = result.advice.title if len(result.advice.title) <= 70 else result.advice.title[:68].rstrip() + "…"
    for index in range(doc.page_count):
        page = doc[index]
        footer = f"Weerwoord briefing — {_esc(title)} — page {index + 1} of {doc.page_count}"
        box = pymupdf.Rect(56, page.rect.y1 - 44, page.rect.x1 - 56, page.rect.y1 - 24)
        page.insert_htmlbox(box, f"<p>{footer}</p>", css=FOOTER_CSS)
    doc.set_toc([[1, title, page_no] for title, page_no in starts])
    doc.set_metadata({"title": f"Briefing: {result.advice.title}", "creator": "Weerwoord", "producer": "Weerwoord"})
    with contextlib.suppress(Exception):  # smaller file; the full fonts are fine too
        doc.subset_fonts()
    data: bytes = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data


# -- Word ------------------------------------------------------------------------------------------


def briefing_docx(result: Comparison, notes: Sequence[Note] = (), when: datetime | None = None) -> bytes:
    """The same briefing as a Word document (.docx)."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor

    stamp = (when or datetime.now()).strftime("%d-%m-%Y %H:%M")
    d = docx.Document()
    d.core_properties.title = f"Briefing: {result.advice.title}"
    d.core_properties.author = "Weerwoord"
    normal = d.styles["Normal"]
    normal.font.size = Pt(10)

    def verdict_run(par: object, pair: Pair) -> None:
        swatch = par.add_run("■ ")  # type: ignore[attr-defined]
        r, g, b = (round(v * 255) for v in VERDICT_COLOURS[pair.verdict])
        swatch.font.color.rgb = RGBColor(r, g, b)
        word = par.add_run(VERDICT_LABELS[pair.verdict])  # type: ignore[attr-defined]
        word.bold = True

    d.add_heading("Briefing", 0)
    d.add_paragraph(f"Made with Weerwoord on {stamp}.")
    a, r = result.advice, result.response
    d.add_heading("Advice", 2)
    d.add_paragraph(f"{a.title}\n{Path(a.path).name}, {a.page_count} pages")
    d.add_heading("Response", 2)
    d.add_paragraph(f"{r.title}\n{Path(r.path).name}, {r.page_count} pages")
    d.add_heading("Verdicts", 2)
    table = d.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("No.", "Recommendation", "Verdict", "Advice", "Response"), strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for p in result.pairs:
        cells = table.add_row().cells
        cells[0].text = p.number
        cells[1].text = first_words(p.recommendation.text, 12)
        verdict_run(cells[2].paragraphs[0], p)
        cells[3].text = pages_label(advice_pages(p))
        cells[4].text = pages_label(response_pages(p)) or "—"
    legend = d.add_paragraph("Marked language in the replies: ")
    for i, cat in enumerate(CATEGORY_COLOURS):
        _marked_run(legend, CATEGORY_LABELS[cat].lower(), cat)
        legend.add_run(", " if i < len(CATEGORY_COLOURS) - 1 else ".")

    for p in result.pairs:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading(f"Recommendation {p.number}", 1)
        par = d.add_paragraph()
        verdict_run(par, p)
        par.add_run(f" — {p.reason}")
        d.add_heading(f"Recommendation (advice {pages_label(advice_pages(p))})", 3)
        d.add_paragraph(p.recommendation.text, style="Intense Quote")
        if p.reply is not None:
            d.add_heading(f"Reply (response {pages_label(response_pages(p))})", 3)
            if p.reply.heading:
                d.add_paragraph().add_run(p.reply.heading).bold = True
            reply_par = d.add_paragraph()
            for piece, mark in segments(p.reply.text, p.marks):
                if mark is None:
                    reply_par.add_run(piece)
                else:
                    _marked_run(reply_par, piece, mark.category)
            d.add_paragraph(
                f"Linked by {p.link}, confidence {p.confidence:.0%}."
                + (" Verdict set by the reader." if p.verdict_manual else "")
            ).runs[0].italic = True
        else:
            d.add_heading("Reply", 3)
            d.add_paragraph("No reply to this recommendation was found in the response.").runs[0].italic = True
        own = [n for n in notes if n.number == p.number]
        if own:
            d.add_heading("Notes", 3)
            for n in own:
                item = d.add_paragraph(style="List Bullet")
                item.add_run(f"[{n.status}] ").bold = True
                item.add_run(n.text.strip() or "(empty)")
                item.add_run(f" — {n.author}, {n.modified[:10]}").italic = True
    if result.unmatched_replies:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading("Reply sections not linked to a recommendation", 1)
        for reply in result.unmatched_replies:
            if reply.heading:
                d.add_paragraph().add_run(reply.heading).bold = True
            d.add_paragraph(reply.text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


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
