"""Months and seasons in a reply's sentences: a date said in words ("1 januari 2027", "in the spring of 2027"), which
tells a deed with a time."""

from __future__ import annotations

import re
from functools import cache


@cache
def day_pattern(months: frozenset[str]) -> re.Pattern[str]:
    """A day of a month of a year: "1 januari 2027", "3 March 2025"."""
    return re.compile(rf"\b\d{{1,2}}\s+{month_pattern(months).pattern}\s+(?:19|20)\d\d\b", re.IGNORECASE)


@cache
def month_pattern(months: frozenset[str]) -> re.Pattern[str]:
    """The months and seasons as one pattern, compiled once (find runs for every reply and recommendation); not a
    season that names a thing, "its spring workshop series"."""
    alternatives = "|".join(sorted(months, key=len, reverse=True))
    return re.compile(rf"{_NOT_EACH}\b(?:{alternatives})\b{_NO_THING}", re.IGNORECASE)


# (nor one of every year, a rate: "38.000 euro per zomer", "every summer")
_NOT_EACH = r"(?<!\bper\s)(?<!\belke\s)(?<!\bevery\s)(?<!\beach\s)"


_NO_THING = (
    r"(?:(?<!spring)(?<!summer)(?<!autumn)|(?=\s+(?:of|and|or|term|semester|session|to|in|when|\d+)\b|\W*$|[.,;:]))"
)


# what would or could happen, not what is done: "a ban at Level 2 would be imposed in roughly one summer in four" (not
# what someone reported will be: "advised that the report would be placed on the website in October 2026")
_IF = re.compile(r"\b(?:would|could|might|zou|zouden)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:advised|said|reported|confirmed|indicated|stated|announced|explained|meldde)\b", re.I)


def only_supposed(sentence: str, dates: re.Pattern[str]) -> bool:
    """Whether each clause of a sentence that gives a date (``dates``) says what would or could happen then."""
    clauses = [c for c in re.split(r"[;:]", sentence) if dates.search(c)]
    return bool(clauses) and all(_IF.search(c) and not _REPORTED.search(c) for c in clauses)
