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
