"""Dates as Dutch and English documents write them, and the date of a document read from its first page.

A date is kept as ISO 8601 at the precision the words give: ``2025-03-14``, ``2025-06`` ("juni 2025") or
``2025`` — a month is never turned into its first day. :func:`latest_day` gives the last day a date covers.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEAR = r"(?:19|20)\d\d"

# "14 maart 2025", "14 March 2025", "March 14, 2025", "2025-03-14", "14-03-2025", "juni 2025", "June 2025"
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|e)?\s+({MONTH})\s+({YEAR})\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({YEAR})\b", re.I)
ISO_DATE = re.compile(rf"\b({YEAR})-(\d\d)-(\d\d)\b")
NUMERIC_DATE = re.compile(rf"\b(\d{{1,2}})-(\d{{1,2}})-({YEAR})\b")
MONTH_YEAR = re.compile(rf"\b({MONTH})\s+({YEAR})\b", re.I)

# where a letter or report says its own date
_LABELLED = re.compile(r"(?:^|\n)\s*(?:datum|date|dated)\s*:?\s*", re.I)
_PLACED = re.compile(r"(?:den haag|'s-gravenhage|amsterdam|utrecht|rotterdam|london|canberra|brussel|brussels|"
                     r"wellington|edinburgh|cardiff|belfast|dublin|washington|ottawa)\s*,\s*", re.I)  # fmt: skip
_LETTER_OF = re.compile(r"\b(?:kamerbrief|brief|letter)\s+(?:van|of|dated)\s+", re.I)


def _valid(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def parse_date(text: str) -> tuple[str, int, int]:
    """The first date in ``text``: ``(iso, start, end)``, or ``("", -1, -1)``. Full dates before month-and-year."""
    found: list[tuple[int, int, str]] = []
    for m in DAY_MONTH_YEAR.finditer(text):
        iso = _valid(int(m.group(3)), MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in MONTH_DAY_YEAR.finditer(text):
        iso = _valid(int(m.group(3)), MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in ISO_DATE.finditer(text):
        iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in NUMERIC_DATE.finditer(text):
        iso = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in MONTH_YEAR.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), f"{int(m.group(2)):04d}-{MONTHS[m.group(1).lower().rstrip('.')]:02d}"))
    if not found:
        return "", -1, -1
    start, end, iso = min(found)
    return iso, start, end


def document_date(text: str) -> tuple[str, str]:
    """The date a document gives itself on its first page(s): ``(iso, words as printed)``, or ``("", "")``.

    In order: a labelled date ("Datum 14 maart 2025", "Date: 3 June 2024"); a place and date ("Den Haag,
    november 2023"); "Bijlage bij Kamerbrief van 10 oktober 2025"; a line that is only a date or ends in one
    ("April 2024", "Advies nr. 132, juni 2025"); else the first date at all. Dates in running text ("Op 20
    november 2023 heeft de Raad …") come last: they are usually the advice's, quoted by the response.
    """
    for pattern in (_LABELLED, _PLACED, _LETTER_OF):
        for m in pattern.finditer(text):
            iso, start, end = parse_date(text[m.end() : m.end() + 40])
            if iso and start == 0:
                return iso, text[m.end() : m.end() + end]
    for line in text.splitlines()[:60]:
        stripped = line.strip().rstrip(".")
        if len(stripped) > 60:
            continue
        iso, start, end = parse_date(stripped)
        if iso and end == len(stripped):
            return iso, stripped[start:end]
    iso, start, end = parse_date(text)
    return (iso, text[start:end]) if iso else ("", "")


def latest_day(iso: str) -> date | None:
    """The last day an ISO date of any precision covers ("2025-06" → 30 June 2025), or ``None``."""
    parts = iso.split("-") if iso else []
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            return date(year, month, calendar.monthrange(year, month)[1])
        if len(parts) == 1:
            return date(int(parts[0]), 12, 31)
    except ValueError:
        return None
    return None


def year_of(iso: str) -> str:
    return iso[:4] if re.match(r"\d{4}", iso or "") else ""
