"""The pairs as tables: Markdown (pairs.md), a data file (pairs.csv), a spreadsheet (pairs.xlsx), HTML ("Copy table").

``pairs.csv`` is a data file for programs: UTF-8 (with a byte order mark), comma-separated, quoted as RFC 4180
says, numbers with a decimal point, the codes (``agrees``) beside the words. ``pairs.xlsx`` is the file for
people with a spreadsheet in any locale: typed columns, frozen header, wrapped text. In both, a cell that a
spreadsheet would run as a formula (starting with ``=``, ``+``, ``-`` or ``@``) starts with an apostrophe.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from weerwoord.core.keeping.store import Note
from weerwoord.core.model import Comparison, Pair
from weerwoord.core.publishing.report_text import (
    VERDICT_COLOURS,
    advice_pages,
    category_label,
    first_words,
    hex_colour,
    markdown,
    neutralise,
    number_text,
    pages_label,
    response_pages,
    status_label,
    verdict_label,
)
from weerwoord.core.words import N_, _, date_text, n_

HEADERS = (
    N_("No."),
    N_("Recommendation"),
    N_("Verdict"),
    N_("Reason"),
    N_("Link"),
    N_("Confidence"),
    N_("Advice page"),
    N_("Response page"),
    N_("Key marks"),
    N_("Notes"),
)
CSV_COLUMNS = (
    "number",
    "first_words",
    "verdict",
    "verdict_label",
    "reason",
    "link",
    "confidence",
    "advice_page",
    "response_page",
    "key_marks",
    "notes",
)


def headers() -> tuple[str, ...]:
    """The column headings in the current language."""
    return tuple(_(h) for h in HEADERS)


@dataclass(frozen=True)
class Row:
    """One pair as the tables show it."""

    number: str
    first_words: str
    verdict: str  # the machine word: agrees, partly, ...
    verdict_label: str
    reason: str
    link: str
    confidence: float
    advice_page: str
    response_page: str
    key_marks: str
    notes: str

    def cells(self) -> tuple[str, ...]:
        return (
            self.number,
            self.first_words,
            self.verdict_label,
            self.reason,
            self.link,
            number_text(self.confidence, 2),
            self.advice_page,
            self.response_page,
            self.key_marks,
            self.notes,
        )


def key_marks(pair: Pair, limit: int = 4) -> str:
    marks = [m for m in pair.marks if m.about_recommendation] or pair.marks
    parts = [f"{category_label(m.category)}: “{' '.join(m.text.split())}”" for m in marks[:limit]]
    if len(marks) > limit:
        more = len(marks) - limit
        parts.append(n_("+{n} more", "+{n} more", more).format(n=more))
    return "; ".join(parts)


def note_line(n: Note) -> str:
    """``[question] the text (els, 12 mei 2025)``: a note in one line."""
    return f"[{status_label(n.status)}] {' '.join(n.text.split())} ({n.author}, {date_text(n.modified)})"


def notes_text(notes: Sequence[Note]) -> str:
    return " / ".join(note_line(n) for n in notes if n.text.strip())


def general_notes(result: Comparison, notes: Sequence[Note]) -> list[Note]:
    """The notes on no recommendation of this comparison (on the pair as a whole)."""
    numbers = {p.number for p in result.pairs}
    return [n for n in notes if not n.number or n.number not in numbers]


def rows(result: Comparison, notes: Sequence[Note] = ()) -> list[Row]:
    out = []
    for p in result.pairs:
        own = [n for n in notes if n.number == p.number]
        out.append(
            Row(
                number=p.number,
                first_words=first_words(p.recommendation.text),
                verdict=p.verdict,
                verdict_label=verdict_label(p.verdict) + (_(" (set by the reader)") if p.verdict_manual else ""),
                reason=p.reason,
                link=p.link,
                confidence=p.confidence,
                advice_page=pages_label(advice_pages(p)),
                response_page=pages_label(response_pages(p)),
                key_marks=key_marks(p),
                notes=notes_text(own),
            )
        )
    return out


def pairs_markdown(result: Comparison, notes: Sequence[Note] = ()) -> str:
    title = f"# {result.advice.title} — {result.response.title}\n\n"
    text = title + markdown(headers(), [r.cells() for r in rows(result, notes)])
    general = [n for n in general_notes(result, notes) if n.text.strip()]
    if general:
        text += "\n## " + _("General notes") + "\n\n" + "".join(f"- {note_line(n)}\n" for n in general)
    return text


def pairs_csv(result: Comparison, notes: Sequence[Note] = ()) -> str:
    """The data file: a header of column codes; the verdict code beside its words; general notes as rows
    without a number."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows(result, notes):
        cells = (
            r.number,
            r.first_words,
            r.verdict,
            r.verdict_label,
            r.reason,
            r.link,
            f"{r.confidence:.3f}",
            r.advice_page,
            r.response_page,
            r.key_marks,
            r.notes,
        )
        writer.writerow([c if i == 6 else neutralise(c) for i, c in enumerate(cells)])
    for n in general_notes(result, notes):
        if n.text.strip():
            writer.writerow(["", "", "", "", "", "", "", "", "", "", neutralise(note_line(n))])
    return buf.getvalue()


WIDTHS = (7, 40, 16, 50, 12, 11, 11, 12, 45, 45)  # characters, per column of HEADERS


def pairs_xlsx(result: Comparison, notes: Sequence[Note] = (), when: datetime | None = None) -> bytes:
    """The spreadsheet: recommendation numbers as text ("2.1"), confidence as a number (0.9, shown as 90%),
    frozen bold header, set widths, wrapped text; general notes on a sheet of their own."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = _("Pairs")[:31]
    ws.append(list(headers()))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    top = Alignment(wrap_text=True, vertical="top")
    for r in rows(result, notes):
        values: list[object] = [neutralise(c) for c in r.cells()]
        values[5] = round(r.confidence, 3)
        ws.append(values)
        line = ws.max_row
        ws.cell(line, 1).number_format = "@"  # text: "2.1" stays "2.1", never 2 January or 2,1
        ws.cell(line, 1).data_type = "s"
        ws.cell(line, 6).number_format = "0%"
        for cell in ws[line]:
            cell.alignment = top
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{ws.max_row}"
    general = [n for n in general_notes(result, notes) if n.text.strip()]
    if general:
        gs = wb.create_sheet(_("General notes")[:31])
        gs.append([_("Status"), _("Note"), _("Author"), _("Date")])
        for cell in gs[1]:
            cell.font = Font(bold=True)
        for n in general:
            gs.append([status_label(n.status), neutralise(n.text.strip()), neutralise(n.author), date_text(n.modified)])
            for cell in gs[gs.max_row]:
                cell.alignment = top
        for letter, width in zip("ABCD", (12, 70, 16, 18), strict=True):
            gs.column_dimensions[letter].width = width
        gs.freeze_panes = "A2"
    wb.properties.creator = "Weerwoord"
    wb.properties.title = _("Pairs: {advice}").format(advice=result.advice.title)
    wb.properties.language = _language_tag()
    moment = (when or datetime.now()).replace(microsecond=0, tzinfo=None)
    wb.properties.created = wb.properties.modified = moment
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _language_tag() -> str:
    from weerwoord.core.words import language

    return {"nl": "nl-NL", "en": "en-GB"}[language()]


def html_table(result: Comparison, notes: Sequence[Note] = (), *, with_notes: bool = True) -> str:
    """A self-contained HTML table (inline styles) for pasting into a word processor or e-mail."""
    esc = html.escape
    heads = headers() if with_notes else headers()[:-1]
    cell = "border:1px solid #999;padding:3px 5px;vertical-align:top;"
    out = ['<table style="border-collapse:collapse;font-family:sans-serif;font-size:10pt">', "<tr>"]
    out.extend(f'<th style="{cell}background:#eee;text-align:left">{esc(h)}</th>' for h in heads)
    out.append("</tr>")
    for r in rows(result, notes):
        colour = hex_colour(VERDICT_COLOURS[r.verdict])  # type: ignore[index]
        cells = list(r.cells()) if with_notes else list(r.cells())[:-1]
        out.append("<tr>")
        for i, text in enumerate(cells):
            if i == 2:
                out.append(f'<td style="{cell}"><span style="color:{colour}">&#9632;</span> <b>{esc(text)}</b></td>')
            else:
                out.append(f'<td style="{cell}">{esc(text)}</td>')
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)
