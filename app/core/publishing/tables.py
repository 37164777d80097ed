"""The pairs as a table: Markdown (pairs.md), CSV (pairs.csv) and HTML (the window's "Copy table")."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.keeping.store import Note
from app.core.model import Comparison, Pair
from app.core.publishing.report_text import (
    CATEGORY_LABELS,
    VERDICT_COLOURS,
    VERDICT_LABELS,
    advice_pages,
    first_words,
    hex_colour,
    markdown,
    pages_label,
    response_pages,
)

HEADERS = (
    "No.",
    "Recommendation",
    "Verdict",
    "Reason",
    "Link",
    "Confidence",
    "Advice page",
    "Response page",
    "Key marks",
    "Notes",
)


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
            f"{self.confidence:.2f}",
            self.advice_page,
            self.response_page,
            self.key_marks,
            self.notes,
        )


def key_marks(pair: Pair, limit: int = 4) -> str:
    marks = [m for m in pair.marks if m.about_recommendation] or pair.marks
    parts = [f"{CATEGORY_LABELS[m.category]}: “{' '.join(m.text.split())}”" for m in marks[:limit]]
    if len(marks) > limit:
        parts.append(f"+{len(marks) - limit} more")
    return "; ".join(parts)


def notes_text(notes: Sequence[Note]) -> str:
    return " / ".join(f"[{n.status}] {' '.join(n.text.split())} ({n.author})" for n in notes if n.text.strip())


def rows(result: Comparison, notes: Sequence[Note] = ()) -> list[Row]:
    out = []
    for p in result.pairs:
        own = [n for n in notes if n.number == p.number]
        out.append(
            Row(
                number=p.number,
                first_words=first_words(p.recommendation.text),
                verdict=p.verdict,
                verdict_label=VERDICT_LABELS[p.verdict] + (" (set by reader)" if p.verdict_manual else ""),
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
    return title + markdown(HEADERS, [r.cells() for r in rows(result, notes)])


def pairs_csv(result: Comparison, notes: Sequence[Note] = ()) -> str:
    """CSV with a header; the verdict column holds the machine word, the label is in another column."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(
        (
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
    )
    for r in rows(result, notes):
        writer.writerow(
            (
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
        )
    return buf.getvalue()


def html_table(result: Comparison, notes: Sequence[Note] = (), *, with_notes: bool = True) -> str:
    """A self-contained HTML table (inline styles) for pasting into a word processor or e-mail."""
    esc = html.escape
    headers = HEADERS if with_notes else HEADERS[:-1]
    cell = "border:1px solid #999;padding:3px 5px;vertical-align:top;"
    out = ['<table style="border-collapse:collapse;font-family:sans-serif;font-size:10pt">', "<tr>"]
    out.extend(f'<th style="{cell}background:#eee;text-align:left">{esc(h)}</th>' for h in headers)
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
