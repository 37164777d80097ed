"""A commitment's deadline: the latest date its words allow, as ISO 8601, with the words kept beside it.

The rules (Dutch and English), each the *latest* day the words allow:

- a day: "uiterlijk 1 maart 2026", "by 14 March 2026" → that day; "vóór 1 januari 2026", "before 1 May 2026"
  → the day before (2025-12-31);
- a month: "in maart 2025", "by March 2033", "eind maart 2025" → its last day; without a year ("by the end of
  September") the first such month ending on or after the response's date;
- a year: "in 2026", "uiterlijk 2026", "by 2026" → 31 December; "voor 2026", "before 2026" → 31 December 2025;
  "eind 2032", "end of 2032", "late 2032" → 31 December; "medio 2034", "mid-2034" → 30 June; "begin 2026",
  "early 2026" → 31 March; "eerste helft van 2025", "H1 2025" → 30 June; "Q3 2025", "derde kwartaal van 2025"
  → 30 September;
- a season, in the Dutch government's calendar, which leaves no gaps: *voorjaar* (spring) runs from 1 March up
  to the summer, and "voor de zomer" is the Dutch planning phrase for "before the summer recess", so the summer
  starts on 21 June: "voorjaar 2025" and "voor de zomer van 2033" → 20 June; *zomer* (summer) ends with the
  recess and the school holidays on 31 August; *najaar* (autumn) is September to November (the meteorological
  autumn; the budget debates and the Christmas recess follow it): "najaar 2025" → 30 November; *winter Y* is
  December Y to February Y+1. Without a year: the first such season ending on or after the response's date;
- a period from the response's date: "within twelve months", "binnen een jaar", "binnen zes weken";
- start words ("vanaf 2025", "from April 2024", "met ingang van") are not deadlines.

Vague words ("binnenkort", "in de komende periode", "as soon as possible", "in due course") and relative
words without a response date are kept as the deadline's words with no date: never guessed.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import dataclass
from datetime import date, timedelta

from weerwoord.core.register.dates import DAY_MONTH_YEAR, ISO_DATE, MONTH, MONTH_DAY_YEAR, MONTHS, latest_day


@dataclass(frozen=True)
class Deadline:
    """``iso``: the latest day allowed (``""``: undated); ``text``: the words as written (``""``: none)."""

    iso: str
    text: str


Y = r"((?:19|20)\d\d)(?![/\-–]\d)"
_NUMBERS = {
    "a": 1, "an": 1, "een": 1, "één": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4,
    "vijf": 5, "five": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7, "acht": 8, "eight": 8, "negen": 9,
    "nine": 9, "tien": 10, "ten": 10, "elf": 11, "eleven": 11, "twaalf": 12, "twelve": 12, "achttien": 18,
    "eighteen": 18, "vierentwintig": 24, "twenty-four": 24,
}  # fmt: skip
_NUMBER = r"(\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_ORDINAL = {
    "eerste": 1, "first": 1, "1e": 1, "1ste": 1, "1st": 1, "tweede": 2, "second": 2, "2e": 2, "2de": 2, "2nd": 2,
    "derde": 3, "third": 3, "3e": 3, "3de": 3, "3rd": 3, "vierde": 4, "fourth": 4, "laatste": 4, "last": 4,
    "4e": 4, "4de": 4, "4th": 4,
}  # fmt: skip
_ORD = r"(" + "|".join(sorted(_ORDINAL, key=len, reverse=True)) + r")"

# season → (first month, first day), (last month, last day), whether it ends in the next year
_SEASONS = {
    "spring": ((3, 1), (6, 20), False),
    "summer": ((6, 21), (8, 31), False),
    "autumn": ((9, 1), (11, 30), False),
    "winter": ((12, 1), (2, 0), True),  # day 0: the last day of February
}
_SEASON_WORDS = {
    "voorjaar": "spring", "lente": "spring", "spring": "spring", "zomer": "summer", "zomerreces": "summer",
    "summer": "summer", "summer recess": "summer", "najaar": "autumn", "herfst": "autumn", "autumn": "autumn",
    "fall": "autumn", "winter": "winter",
}  # fmt: skip
_SEASON = r"(summer recess|zomerreces|voorjaar|lente|spring|zomer|summer|najaar|herfst|autumn|winter)"
_FALL = r"(fall)"  # only with a year or 'this': 'fall' is also a verb
_THIS = r"(dit|deze|this|het komende|komend|komende|coming|next|volgend|volgende)"

_START = re.compile(
    r"(?:vanaf|from|met ingang van|per|starting(?:\s+(?:in|from|on))?|as of|as from|since|sinds|beginning in|"
    r"onwards? from|tussen|between)\s+(?:(?:de|het|the)\s+)?$"
)
_BY = re.compile(
    r"(?:uiterlijk|by|no later than|not later than|tot en met|t/m|until|up to|in|during|gedurende|"
    r"in de loop van|in the course of|op|on|around|rond|omstreeks|later in|na afloop van|aan het eind(?:e)? van|"
    r"at the end of)\s+(?:(?:de|het|the)\s+)?$"
)
_BEFORE = re.compile(r"(?:vóór|voor|before|prior to|ahead of|tot)\s+(?:(?:de|het|the)\s+)?$")
_VAGUE = re.compile(
    r"\b(?:binnenkort|spoedig|zo spoedig mogelijk|zo snel mogelijk|zo veel mogelijk|op korte termijn|"
    r"op (?:de )?(?:middel)?lange termijn|op termijn|in de komende periode|de komende (?:tijd|periode|maanden|jaren)|"
    r"te zijner tijd|t\.z\.t\.|in due course|as soon as (?:possible|practicable)|shortly|soon|in the near future|"
    r"in the coming (?:months|years|period)|over the coming (?:months|years)|at a later (?:date|stage)|"
    r"in the (?:short|medium|long) term)\b"
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _season(name: str, year: int) -> tuple[date, date]:
    (m0, d0), (m1, d1), next_year = _SEASONS[_SEASON_WORDS.get(name, name)]
    end_year = year + 1 if next_year else year
    end = _month_end(end_year, m1) if d1 == 0 else date(end_year, m1, d1)
    return date(year, m0, d0), end


def _season_from(name: str, reference: date, skip: int) -> tuple[date, date]:
    """The first such season ending on or after ``reference`` (``skip`` 1: the one after it)."""
    year = reference.year - 1
    while True:
        first, last = _season(name, year)
        if last >= reference:
            if skip == 0:
                return first, last
            skip -= 1
        year += 1


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    first: date | None  # the period's first day (for "before"); None: the period needs the response's date
    last: date | None
    point: bool = False  # a moment ('eind 2032'): 'before' it is the same as 'by' it
    needs_prefix: bool = False  # a bare year or month counts only after 'in', 'by', 'voor', …


def _periods(s: str, ref: date | None) -> list[_Found]:
    found: list[_Found] = []

    def add(m: re.Match[str], first: date | None, last: date | None, **kw: bool) -> None:
        found.append(_Found(m.start(), m.end(), first, last, **kw))

    for m in DAY_MONTH_YEAR.finditer(s):
        with contextlib.suppress(ValueError):  # 31 February is no date
            d = date(int(m.group(3)), MONTHS[m.group(2).rstrip(".")], int(m.group(1)))
            add(m, d, d)
    for m in MONTH_DAY_YEAR.finditer(s):
        with contextlib.suppress(ValueError):  # 31 February is no date
            d = date(int(m.group(3)), MONTHS[m.group(1).rstrip(".")], int(m.group(2)))
            add(m, d, d)
    for m in ISO_DATE.finditer(s):
        with contextlib.suppress(ValueError):  # 31 February is no date
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            add(m, d, d)
    end_words = r"(?:eind|einde|end|late|the end of|end of|het eind(?:e)? van|eind(?:e)? van)"
    for m in re.finditer(rf"\b{end_words}\s+({MONTH})(?:\s+{Y})?\b", s):
        month = MONTHS[m.group(1).rstrip(".")]
        if m.group(2):
            d = _month_end(int(m.group(2)), month)
            add(m, d, d, point=True)
        else:
            d2 = _next_month_end(month, ref)
            add(m, d2, d2, point=True)
    for m in re.finditer(rf"\b(?:medio|mid-?|midden)\s*({MONTH})\s+{Y}\b", s):
        d = date(int(m.group(2)), MONTHS[m.group(1).rstrip(".")], 15)
        add(m, d, d, point=True)
    for m in re.finditer(rf"\b({MONTH})\s+{Y}\b", s):
        year, month = int(m.group(2)), MONTHS[m.group(1).rstrip(".")]
        add(m, date(year, month, 1), _month_end(year, month))
    full_months = r"(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    full_months += r"january|february|march|may|june|july|august|october)"
    for m in re.finditer(rf"\b{full_months}\b(?!\s+\d)", s):
        month = MONTHS[m.group(1)]
        last = _next_month_end(month, ref)
        add(m, last.replace(day=1) if last else None, last, needs_prefix=True)
    for m in re.finditer(rf"\b(?:{_SEASON}|{_FALL})(?:\s+(?:van|of))?\s+{Y}\b", s):
        first, last = _season(m.group(1) or m.group(2), int(m.group(3)))
        add(m, first, last)
    for m in re.finditer(
        rf"\b(?:{_THIS}\s+)?(?:{_SEASON}|(?<=this ){_FALL})\b(?!\s+(?:van\s+|of\s+)?(?:19|20)\d\d)", s
    ):
        name = m.group(2) or m.group(3)
        if ref is None:
            add(m, None, None)
            continue
        skip = 1 if m.group(1) in ("next", "volgend", "volgende") else 0
        first, last = _season_from(name, ref, skip)
        add(m, first, last, needs_prefix=m.group(1) is None)
    for m in re.finditer(rf"\bq([1-4])\s*(?:of\s+|van\s+)?{Y}\b|\b{Y}\s*q([1-4])\b", s):
        q, year = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(3)))
        add(m, date(year, 3 * q - 2, 1), _month_end(year, 3 * q))
    for m in re.finditer(rf"\b{_ORD}\s+(?:kwartaal|quarter)(?:\s+(?:van|of))?\s+{Y}\b", s):
        q, year = _ORDINAL[m.group(1)], int(m.group(2))
        add(m, date(year, 3 * q - 2, 1), _month_end(year, 3 * q))
    for m in re.finditer(rf"\b(eerste|tweede|first|second)\s+(?:helft|half(?:jaar)?)(?:\s+(?:van|of))?\s+{Y}\b", s):
        half, year = (1 if m.group(1) in ("eerste", "first") else 2), int(m.group(2))
        add(m, date(year, 6 * half - 5, 1), _month_end(year, 6 * half))
    for m in re.finditer(rf"\bh([12])\s+{Y}\b", s):
        half, year = int(m.group(1)), int(m.group(2))
        add(m, date(year, 6 * half - 5, 1), _month_end(year, 6 * half))
    for m in re.finditer(rf"\b(?:medio|mid-?|midden|halverwege)\s*{Y}\b", s):
        d = date(int(m.group(1)), 6, 30)
        add(m, d, d, point=True)
    begin_words = r"(?:begin|early|the beginning of|beginning of|the start of|start of|het begin van|begin van)"
    for m in re.finditer(rf"\b{begin_words}\s+{Y}\b", s):
        d = date(int(m.group(1)), 3, 31)
        add(m, d, d, point=True)
    for m in re.finditer(rf"\b{end_words}\s*-?\s*{Y}\b", s):
        d = date(int(m.group(1)), 12, 31)
        add(m, d, d, point=True)
    for m in re.finditer(rf"\b{Y}\b", s):
        year = int(m.group(1))
        add(m, date(year, 1, 1), date(year, 12, 31), needs_prefix=True)
    this_year = r"(?:(?:eind|einde|het eind(?:e)? van|the end of|end of|later)\s+)?(?:dit jaar|this year|the year)"
    for m in re.finditer(rf"\b{this_year}\b", s):
        d3 = date(ref.year, 12, 31) if ref else None
        add(m, d3, d3, point=True)
    for m in re.finditer(r"\b(?:volgend jaar|komend jaar|next year|the coming year|het komende jaar)\b", s):
        d4 = date(ref.year + 1, 12, 31) if ref else None
        add(m, d4.replace(month=1, day=1) if d4 else None, d4)
    units = r"(jaar|jaren|years?|maanden|maand|months?|weken|week|weeks?|dagen|dag|days?)"
    for m in re.finditer(rf"\b(?:binnen|within|in the next|in de komende|over)\s+{_NUMBER}\s+(half\s+)?{units}\b", s):
        end = _after(ref, _NUMBERS.get(m.group(1)) or int(m.group(1)), m.group(3), bool(m.group(2)))
        add(m, end, end, point=True)
    for m in re.finditer(r"\b(?:binnen|within)\s+(?:een|a|an)?\s*(half\s+jaar|half\s+a\s+year|jaar|year)\b", s):
        end = _after(ref, 6 if "half" in m.group(1) else 12, "maanden", False)
        add(m, end, end, point=True)
    return found


def _next_month_end(month: int, ref: date | None) -> date | None:
    if ref is None:
        return None
    end = _month_end(ref.year, month)
    return end if end >= ref else _month_end(ref.year + 1, month)


def _after(ref: date | None, amount: int, unit: str, half: bool) -> date | None:
    if ref is None:
        return None
    if unit.startswith(("jaar", "jaren", "year")):
        return _add_months(ref, 12 * amount + (6 if half else 0))
    if unit.startswith(("maand", "month")):
        return _add_months(ref, amount)
    if unit.startswith(("week", "weken")):
        return ref + timedelta(weeks=amount)
    return ref + timedelta(days=amount)


def find_deadline(sentence: str, reference: str | date | None = None) -> Deadline:
    """The deadline a commitment's sentence gives, counted from ``reference`` (the response's date, ISO at
    any precision: a month counts from its last day) where the words are relative.

    The first dated expression in the sentence that is not a start ("vanaf", "from") decides. None: the vague
    words, if any, are kept with no date.
    """
    ref = reference if isinstance(reference, date) else latest_day(reference or "")
    s = sentence.lower()
    candidates: list[tuple[int, int, str, date | None]] = []
    for f in _periods(s, ref):
        before = s[max(0, f.start - 40) : f.start]
        if _START.search(before):
            continue
        by = _BY.search(before)
        prior = _BEFORE.search(before)
        if f.needs_prefix and not by and not prior:
            continue
        begin = min(m.start() + max(0, f.start - 40) for m in (by, prior) if m) if by or prior else f.start
        if prior and not by:
            when = (f.last if f.point else f.first - timedelta(days=1)) if f.first and f.last else None
        else:
            when = f.last
        candidates.append((begin, -(f.end - begin), sentence[begin : f.end].strip(), when))
    # longest expression first where two start together ('eind maart 2025' over 'maart 2025')
    candidates.sort(key=lambda c: (c[0], c[1]))
    kept: list[tuple[int, int, str, date | None]] = []
    for c in candidates:
        if kept and c[0] < kept[-1][0] - kept[-1][1]:
            continue  # inside the one before
        kept.append(c)
    dated = [c for c in kept if c[3] is not None]
    if dated:
        return Deadline(dated[0][3].isoformat(), dated[0][2])  # type: ignore[union-attr]
    if kept:
        return Deadline("", kept[0][2])
    vague = _VAGUE.search(s)
    return Deadline("", sentence[vague.start() : vague.end()]) if vague else Deadline("", "")
