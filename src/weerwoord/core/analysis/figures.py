"""Figures a reply gives for what a recommendation counts: "10 working days" where "7 working days" was asked."""

from __future__ import annotations

import re
from functools import lru_cache

from weerwoord.core.analysis.tallies import number_value
from weerwoord.core.analysis.word_forms import verb_stem, words
from weerwoord.core.wordlists import function_words


def other_figure(text: str, recommendation: str, reply: str = "") -> bool:
    """Whether a sentence gives another figure for a thing the recommendation counts ("10 working days" where "7
    working days" was asked, "every 4 years" where "every three years"), and neither the reply (``reply``, the
    whole of it) nor the sentence gives the recommendation's own figure for it; nor a smaller one where a limit was
    asked ("nine working days" where "within 15"), nor a larger one where a floor was ("acht bijeenkomsten" where
    "ten minste twee")."""
    asked = _figures(recommendation)
    if not asked:
        return False
    given = _figures(text)
    whole = _figures(reply) if reply else given
    for unit, values in given.items():
        wanted = asked.get(unit)
        if not wanted or set(whole.get(unit, ())) & set(wanted):
            continue
        if {b in _EVERY for b in values.values()} != {b in _EVERY for b in wanted.values()}:
            continue  # a length of time is no frequency: "$4.2 million over four years" where "every three years"
        least, most = min(map(int, wanted)), max(map(int, wanted))
        if all(b in _AT_MOST for b in wanted.values()) and max(map(int, values)) < least:
            continue
        if all(b in _AT_LEAST for b in wanted.values()) and min(map(int, values)) > most:
            continue
        return True
    return False


# a figure asked after these is a limit, and less is more than was asked; or a floor, and more is
_AT_MOST = frozenset(("within", "under", "below", "binnen", "onder", "maximaal", "uiterlijk", "most"))
_AT_LEAST = frozenset(("least", "minste", "minstens", "minimaal", "minimum"))
_EVERY = frozenset(("every", "each", "elke", "iedere", "ieder", "per"))


@lru_cache(maxsize=512)
def _figures(text: str) -> dict[str, dict[str, str]]:
    """The numbers of a text by the word they count, each with the word before it: {"working": {"7": "to"}} for
    "to 7 working days" (not years, and not a number before a small word: "from 20 to 7"; also in words). Once per
    text: a reply's figures are asked for each of its sentences (not to be changed by the caller)."""
    # ("30,000 pounds", "1.000 euro": one figure each; and a time of day, "tot 22.00 uur", "until 20:00")
    ws = words(_CLOCK.sub(_minutes, _THOUSANDS.sub("", text)))
    small = function_words()
    out: dict[str, dict[str, str]] = {}
    for k, w in enumerate(ws[:-1]):
        unit = ws[k + 1]
        value = w if w.isdigit() else str(number_value(w) or "")  # (or in words: "every three years")
        if value and not _YEAR.fullmatch(w) and unit.isalpha() and len(unit) >= 3 and unit not in small:
            # (one unit, one or many: "60-minute", "90 minutes")
            out.setdefault(verb_stem(unit), {})[value] = ws[k - 1] if k else ""
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}(?!\d))")
_CLOCK = re.compile(r"\b([01]?\d|2[0-4])[.:]([0-5]\d)\b(?![.,]\d)")


def _minutes(m: re.Match[str]) -> str:
    """A time of day as the minutes since midnight, one figure ("22.00" → "1320"; never read as a year)."""
    return str(int(m.group(1)) * 60 + int(m.group(2)))
