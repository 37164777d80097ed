"""The key and summary pages added at the end of an annotated copy (so the original's page numbers stay): each
kind of annotation with a sample, and the verdict of every recommendation with its pages."""
# mypy: allow-untyped-calls

from __future__ import annotations

import pymupdf

from weerwoord.core.keeping.anchor import Side
from weerwoord.core.model import Comparison
from weerwoord.core.publishing.export_pdf import (
    CATEGORY_KINDS,
    FRAME_WIDTH,
    NOTE_COLOURS,
    TOOL,
    label_annot,
    mark_annot,
    outset,
)
from weerwoord.core.publishing.report_text import (
    CATEGORY_COLOURS,
    VERDICT_COLOURS,
    advice_pages,
    category_label,
    first_words,
    pages_label,
    response_pages,
    verdict_label,
)
from weerwoord.core.words import _, date_text, n_

KEY_CSS = """
body { font-family: sans-serif; font-size: 9.5pt; color: #000; }
h1 { font-size: 14pt; margin: 0 0 6pt 0; }
h2 { font-size: 11pt; margin: 8pt 0 4pt 0; }
p { margin: 0 0 4pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 2pt 4pt; font-size: 8.5pt; vertical-align: top; text-align: left; }
th { background-color: #e6e6e6; }
"""
KEY_TOP = 250.0  # the samples of the key stand above this line on the first added page


def key_pages(doc: pymupdf.Document, result: Comparison, side: Side) -> int:
    """Add the key (each kind of annotation, with a sample) and the summary (the verdict of every recommendation,
    with its pages) after the last page, so the original's page numbers stay. Returns the number of the first
    added page (0-based)."""
    import html
    import io

    first = doc.page_count
    size = doc[-1].rect if doc.page_count else pymupdf.paper_rect("a4")
    margin = 50.0
    esc = html.escape
    heads = (_("No."), _("Recommendation"), _("Verdict"), _("Advice"), _("Response"))
    rows = "".join(
        f"<tr><td>{esc(p.number)}</td><td>{esc(first_words(p.recommendation.text, 10))}</td>"
        f"<td><b>{esc(verdict_label(p.verdict))}</b></td><td>{esc(pages_label(advice_pages(p)))}</td>"
        f"<td>{esc(pages_label(response_pages(p)) or '—')}</td></tr>"
        for p in result.pairs
    )
    count = n_("{n} recommendation", "{n} recommendations", len(result.pairs)).format(n=len(result.pairs))
    body = (
        f"<h2>{esc(_('Summary'))}</h2><p>{esc(count)}. "
        + esc(_("The outline (bookmarks) of this file leads to each one."))
        + f"</p><table><tr>{''.join(f'<th>{esc(h)}</th>' for h in heads)}</tr>{rows}</table>"
    )
    story = pymupdf.Story(html=body, user_css=KEY_CSS)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    more, top = 1, KEY_TOP
    while more:
        device = writer.begin_page(size)
        more, _filled = story.place(pymupdf.Rect(margin, top, size.width - margin, size.height - margin))
        story.draw(device)
        writer.end_page()
        top = margin
    writer.close()
    added = pymupdf.open("pdf", buf.getvalue())
    doc.insert_pdf(added)
    added.close()
    page = doc[first]
    own = result.advice.title if side == "advice" else result.response.title
    page.insert_htmlbox(
        pymupdf.Rect(margin, margin, size.width - margin, margin + 44),
        f"<h1>{esc(_('Weerwoord: key and summary'))}</h1><p>{esc(first_words(own, 16))}</p>",
        css=KEY_CSS,
        scale_low=1,
    )
    samples: list[tuple[str, str]] = []
    if side == "response":
        samples = [(c, category_label(c)) for c in CATEGORY_KINDS]
    samples.append(("note", _("Your note (its text shows when you point at it)")))
    samples.append(("frame", _("Recommendation or reply, its verdict in the note beside it")))
    explain = {
        "agreement": _("underlined"),
        "reservation": _("wavy underline"),
        "disagreement": _("struck out"),
        "commitment": _("dashed box"),
        "note": _("highlighted"),
        "frame": _("box"),
    }
    y = margin + 50
    for key, label in samples:
        sample = _("sample words")
        page.insert_text((margin + 4, y + 10), sample, fontsize=10, fontname="helv")
        width = pymupdf.get_text_length(sample, fontname="helv", fontsize=10)
        rect = pymupdf.Rect(margin + 4, y, margin + 4 + width, y + 13)
        if key in CATEGORY_KINDS:
            box = (rect.x0, rect.y0, rect.x1, rect.y1)
            for annot in mark_annot(page, key, [box]):
                annot.set_colors(stroke=CATEGORY_COLOURS[key])
                annot.set_info(title=TOOL, subject=_("Key"), content=label)
                annot.update()
                label_annot(doc, annot, f"weerwoord-key-{key}")
        elif key == "note":
            annot = page.add_highlight_annot(rect)
            annot.set_colors(stroke=NOTE_COLOURS["open"])
            annot.set_info(title=TOOL, subject=_("Key"), content=label)
            annot.update()
            label_annot(doc, annot, "weerwoord-key-note")
        else:
            annot = page.add_rect_annot(outset((rect.x0, rect.y0, rect.x1, rect.y1), 3.0, page))
            annot.set_colors(stroke=VERDICT_COLOURS["partly"])
            annot.set_border(width=FRAME_WIDTH)
            annot.set_info(title=TOOL, subject=_("Key"), content=label)
            annot.update()
            label_annot(doc, annot, "weerwoord-key-frame")
        page.insert_text((margin + 110, y + 10), f"{label} ({explain[key]})", fontsize=9.5, fontname="helv")
        y += 19
    day = date_text(__import__("datetime").date.today())
    page.insert_text(
        (margin + 4, y + 8),
        _("Annotated by Weerwoord on {date}. The colours help on screen; the kinds of mark say it in grey too.").format(
            date=day
        ),
        fontsize=8,
        fontname="helv",
        color=(0.3, 0.3, 0.3),
    )
    return first


def add_key_to_outline(doc: pymupdf.Document, page_index: int) -> None:
    """An outline entry for the key and summary page."""
    toc = doc.get_toc(simple=False)
    toc.append([1, _("Weerwoord: key and summary"), page_index + 1])
    doc.set_toc(toc)
