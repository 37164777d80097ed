"""Recommendations named by a number in words: "Recommendation One - Rebuilding grants", "On recommendation five,
yes", "Aanbevelingen twee en drie". For the patterns that read a recommendation's number, the words are put as digits,
padded with spaces to the same length, so that every place in the text stays where it was (the text shown is never
changed). Numbers in words are data in ``resources/language/number-words.txt``."""

from __future__ import annotations

import re
from functools import cache

from weerwoord.core.analysis.tallies import number_value, number_words

_LABEL = r"(?:recommendations?|aanbevelingen|aanbeveling|adviezen|advies)"


@cache
def _named() -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = "(?:" + "|".join(sorted(map(re.escape, number_words()), key=len, reverse=True)) + ")"
    named = re.compile(rf"\b{_LABEL}\s+({word}(?:\s*(?:,|and|en|&)\s*{word})*)(?!\w)", re.I)
    return named, re.compile(rf"(?<!\w){word}(?!\w)", re.I)


def with_digits(text: str) -> str:
    """``text`` with the numbers in words after a recommendation's name as digits, at the same places."""
    lowered = text.lower()
    if "recommendation" not in lowered and "aanbeveling" not in lowered and "advie" not in lowered:
        return text  # (most blocks: no need to run the pattern)
    named, word = _named()
    return named.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + word.sub(_digits, m.group(1)), text)


def _digits(m: re.Match[str]) -> str:
    return str(number_value(m.group())).ljust(len(m.group()))


class NumbersInWords:
    """A pattern matched with the numbers in words after a recommendation's name read as digits."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(with_digits(text), pos)
