"""Recommendations gathered from several places: the unnumbered ones several readings find, and the lists of several
chapters each numbered by a code series of its own."""

from __future__ import annotations

import re

from weerwoord.core.analysis import structure
from weerwoord.core.model import Block


def gathered(sources: list[list[structure._Candidate]]) -> list[structure._Candidate]:
    """Unnumbered recommendations found in several places by several readings — the bullets after "the chief
    constable should:" in two boxes, a paragraph under a heading "Recommendation" — as one set, numbered by their
    place through the report; empty unless two sources give items the others lack."""
    unnumbered = [items for items in sources if items and not any(c.numbered for c in items)]
    # (by their place and opening words: several sentences of one paragraph may each be one)
    seen: dict[tuple[int, str], structure._Candidate] = {}
    givers = 0
    for items in unnumbered:
        new = [c for c in items if _place(c) not in seen]
        givers += bool(new)
        for c in new:
            seen[_place(c)] = c
    if givers < 2:
        return []
    ordered = [seen[k] for k in sorted(seen)]
    return [structure._Candidate(str(n), c.blocks, c.start_index, numbered=False) for n, c in enumerate(ordered, 1)]


def _place(c: structure._Candidate) -> tuple[int, str]:
    return c.start_index, " ".join(c.blocks[0].text.split()[:6])


SERIES_CODE = re.compile(r"([A-Z]{1,3})-?(\d{1,2})")


def code_series(lists: list[list[structure._Candidate]]) -> list[structure._Candidate]:
    """The points of two or more lists each numbered by a code series of its own ("N1" … "N5" under "3 Advies per
    locatie", "O1", "O2" under "4 Overige adviezen"), each series from 1 on, as one set in the report's order; empty
    unless there are two such lists."""
    series: dict[str, list[structure._Candidate]] = {}
    for items in lists:
        found = [SERIES_CODE.fullmatch(c.number) for c in items]
        prefixes = {m.group(1) for m in found if m}
        if not all(found) or len(prefixes) != 1:
            continue
        prefix = prefixes.pop()
        numbers = [int(m.group(2)) for m in found if m]
        if prefix not in series and numbers == list(range(1, len(numbers) + 1)):
            series[prefix] = items
    if len(series) < 2:
        return []
    return sorted((c for items in series.values() for c in items), key=lambda c: c.start_index)


def code_labelled(blocks: list[Block]) -> list[list[structure._Candidate]]:
    """The items labelled by a code, one list per series ("M1", "M2" under "MUST HAVE", "S1" … "S3" under "SHOULD
    HAVE"); not a series none of whose points asks ("W1 Outsourcing the scanning to a commercial partner." under
    "WON'T HAVE THIS TIME")."""
    from weerwoord.core.analysis.requests import asks  # (requests imports this module's neighbours)

    lists: dict[str, list[structure._Candidate]] = {}
    for i, b in enumerate(blocks):
        m = SERIES_CODE.fullmatch(b.label.strip().rstrip(".):")) if b.kind == "item" else None
        if m:
            lists.setdefault(m.group(1), []).append(structure._Candidate(m.group(1) + m.group(2), [b], i))

    def asking(b: Block) -> bool:  # (not a gerund: "Outsourcing the scanning …", "Closing the searchroom …")
        first = b.text.split()[0].lower() if b.text.split() else ""
        return asks(b) and not (first.endswith("ing") and len(first) >= 7)

    return [items for items in lists.values() if any(asking(c.blocks[0]) for c in items)]


RECOMMENDATIONS_HEAD = re.compile(r"^\s*(?:recommendations?|aanbevelingen|adviezen)\s*:?\s*$", re.I)


def few_under_recommendations(lists: list[tuple[list[structure._Candidate], str]]) -> bool:
    """Whether the lists of the chapters are each a few points under a head "Recommendations:" (an agency's comment
    letter, between sentences that say "we recommend", which are then gathered with them)."""
    return bool(lists) and all(len(items) <= 4 and RECOMMENDATIONS_HEAD.search(head) for items, head in lists)


def by_enclosing_numbers(items: list[structure._Candidate], blocks: list[Block]) -> list[structure._Candidate]:
    """Gathered items numbered by the numbered points they stand in, where each stands in one and no two share a
    number: "2a", "2b" for the lettered points under observation "2.", "4" for the sentence under "4." (an audit's
    observations, each with what was recommended on it)."""
    numbers = [structure._enclosing_number(blocks, c.start_index) for c in items]
    if not items or not all(numbers) or len(set(numbers)) != len(numbers):
        return items
    pairs = zip(numbers, items, strict=True)
    return [structure._Candidate(str(n), c.blocks, c.start_index, numbered=True) for n, c in pairs]
