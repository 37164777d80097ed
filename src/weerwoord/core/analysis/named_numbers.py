"""Which recommendations a number the response names stands for: "3" (or its lettered points 3a, 3b), "paragraph
5.d" (the point d of a resolution's paragraph 5), "het tweede advies" (#2), "de eerste aanbeveling aan mij" (#gov:1),
"de aanbevelingen aan de schoolbesturen" (@schoolbesturen)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from weerwoord.core.model import Recommendation

GOVERNMENT_ADDRESSEE = re.compile(
    r"\b(?:minister|ministers|kabinet|regering|staatssecretaris|ministerie|government|secretary|department"
    r"|local authority|council)\b",  # (a council answering: "your second recommendation to the Council")
    re.I,
)


def _addressed_to_government(recs: list[Recommendation]) -> list[int]:
    return [i for i, r in enumerate(recs) if GOVERNMENT_ADDRESSEE.search(r.addressee)]


_PREFIXED = re.compile(r"([a-z]{1,2})-?(\d{1,2})")


def by_prefix(numbers: Iterable[str], number: str) -> str | None:
    """The code a bare number stands for where every recommendation is coded by one prefix and its number ("4" for
    "R4" where the advice codes them R1–R7 and the response cites "Recommendation 4"), or None."""
    if not number.isdigit():
        return None
    coded = [_PREFIXED.fullmatch(n.lower()) for n in numbers]
    if not coded or not all(coded) or len({m.group(1) for m in coded if m}) != 1:
        return None
    return next((m.group(0) for m in coded if m and int(m.group(2)) == int(number)), None)


def names_one(numbers: set[str], n: str) -> bool:
    """Whether a number the response cites names one of a reading's recommendations (``numbers``, lower case): as it
    is, by its lettered points ("3" for "3a", "3b"), or by the prefix they share ("4" for "r4")."""
    return (
        n in numbers or any(x.startswith(n) and x[len(n) :].isalpha() for x in numbers) or bool(by_prefix(numbers, n))
    )


def resolve(index: dict[str, int], number: str, recs: list[Recommendation]) -> list[int]:
    """The recommendation with ``number``; or, when the advice split it into lettered points ("3a", "3b"), all
    of them (a section "Recommendation 3" answers its points). "#gov:2": the second of those addressed to the
    government; "@schoolbesturen": those addressed to school boards."""
    if number.startswith("#@"):  # "#@provinciale:2": the second of those addressed to Provinciale Staten
        stem, _, place = number[2:].partition(":")
        theirs = [i for i, r in enumerate(recs) if stem[:6] in r.addressee.lower()]
        k = int(place) - 1 if place.isdigit() else -1
        return [theirs[k]] if 0 <= k < len(theirs) else []
    if number.startswith("#gov:"):
        ours = _addressed_to_government(recs)
        k = int(number[5:]) - 1
        return [ours[k]] if 0 <= k < len(ours) else []
    if number.startswith("@"):
        if number[1:] in ("mij", "ons"):  # "de aanbevelingen aan mij"
            return _addressed_to_government(recs)
        stem = number[1:7]
        return [i for i, r in enumerate(recs) if stem in r.addressee.lower()]
    if number.startswith("#"):  # named by its place ("het tweede advies"): its number, else the second one
        place = number[1:]
        # (by its number where the advice numbers them 1, 2, 3 …; not where they bear their paragraphs' numbers,
        # "5", "7", "9" …: "het vijfde advies" is then the fifth)
        if place in index and not _paragraph_numbered(index):
            return [index[place]]
        k = int(place) - 1
        return [k] if 0 <= k < len(index) else []
    if number in index:
        return [index[number]]
    point = re.fullmatch(r"\d{1,2}\.?([a-h])", number)
    if point and point.group(1) in index and all(len(key) == 1 for key in index):
        return [index[point.group(1)]]  # "paragraph 5.d" where the advice's points of paragraph 5 are a–g
    points = [key for key in index if len(key) == len(number) + 1 and key.startswith(number)]
    return [index[key] for key in points if key[-1] in "abcdefgh"]


def _paragraph_numbered(index: dict[str, int]) -> bool:
    """Whether the recommendations bear numbers that skip, all digits (their paragraphs' "5", "7", "9" …)."""
    numbers = sorted(int(k) for k in index if k.isdigit())
    return len(numbers) == len(index) >= 2 and numbers != list(range(numbers[0], numbers[0] + len(numbers)))
