"""How many recommendations the response says the advice has: evidence for a reading of that many.

A response often counts what it answers: headings that tally the verdicts ("Het college neemt vijf aanbevelingen
over", "Eén aanbeveling ligt bij de provincie"), or a sentence that names the whole ("the Committee's eight
recommendations", "alle twaalf aanbevelingen"). A reading of the advice with that many recommendations is the one the
response speaks of. Numbers in words are data in ``resources/language/number-words.txt``.
"""

from __future__ import annotations

import re
from functools import cache

from weerwoord.core.model import Document
from weerwoord.paths import resources_dir

_REC = r"(?:aanbevelingen|aanbeveling|adviezen|recommendations|recommendation)"
# a whole named: "alle twaalf aanbevelingen", "the eight recommendations", "your 14 recommendations", "its ten …"
_WHOLE = r"(?:alle|de|uw|zijn|haar|hun|all|the|your|its|their)"


@cache
def _numbers() -> dict[str, int]:
    path = resources_dir() / "language" / "number-words.txt"
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, value = line.split()
            out[word.lower()] = int(value)
    return out


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    number = r"(\d{1,2}|" + "|".join(sorted(map(re.escape, _numbers()), key=len, reverse=True)) + r")"
    counted = re.compile(rf"(?<!\w){number}\s+(?:\w+\s+)?{_REC}\b", re.I)  # "vijf aanbevelingen", "two further …"
    whole = re.compile(rf"\b{_WHOLE}\s+{number}\s+(?:\w+\s+)?{_REC}\b", re.I)
    return counted, whole


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _numbers().get(word.lower(), 0)


def number_value(word: str) -> int:
    """The value of a number in words ("three", "vier"), 0 for any other word."""
    return _numbers().get(word.lower(), 0)


def counts(response: Document) -> frozenset[int]:
    """The numbers of recommendations the response gives for the whole advice: the sum of two or more headings that
    count them, and each number it names the whole with (three or more)."""
    counted, whole = _patterns()
    tallied = [
        _value(m.group(1)) for b in response.blocks if b.kind == "heading" for m in counted.finditer(b.text[:120])
    ]
    out = {sum(tallied)} if len(tallied) >= 2 else set()
    for b in response.blocks:
        for m in whole.finditer(b.text):
            n = _value(m.group(1))
            if n >= 3:
                out.add(n)
    return frozenset(out)


@cache
def number_words() -> frozenset[str]:
    """The words for numbers ("vier", "four"): a count, not a name."""
    return frozenset(_numbers())
