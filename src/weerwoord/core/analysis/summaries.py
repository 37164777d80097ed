"""An advice that says twice what its recommendations are: a summary list that repeats them, in short ("1.
Wachttermijn verkorten") or word for word (an annex "Summary of recommendations" beside the bold sentences tagged
"(Recommendation N)" in the text). The one reading is the recommendations, the other their repeats."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from weerwoord.core.analysis import cross_refs
from weerwoord.core.analysis.structure import _numbered_repeats
from weerwoord.core.model import Recommendation

if TYPE_CHECKING:
    from weerwoord.core.analysis.readings import Reading
    from weerwoord.core.analysis.structure import _Candidate

SHORT = 0.6  # a summary's items, on average, at most this share of the words of the full ones
ALIKE = 90  # a repeat word for word: the items' texts this alike (rapidfuzz ratio) …
ALIKE_SHARE = 0.8  # … for this share of them


def repeats_set_apart(found: list[Reading]) -> list[Reading]:
    """``found`` without the readings that repeat another in short with the same numbers elsewhere in the advice;
    the other reading keeps them as its ``chapter`` (shown beside the recommendations). Two readings that say the
    same word for word are both kept, marked ``stated_twice`` (a summary in short may be a list of themes)."""
    out = list(found)
    for full in found:
        for brief in found:
            if brief is full or brief not in out or full not in out or full.chapter is not None:
                continue
            if [c.number for c in brief.items] != [c.number for c in full.items] or len(full.items) < 2:
                continue
            where_short = [c.start_index for c in brief.items]
            where_full = [c.start_index for c in full.items]
            apart = max(where_short) < min(where_full) or min(where_short) > max(where_full)  # a summary elsewhere
            if not apart:
                continue
            if mean_words(brief) < SHORT * mean_words(full):
                full.chapter = brief.items
                out.remove(brief)
            elif len(full.items) >= 3 and _word_for_word(brief, full):
                # (both kept, to be weighed: which of the two the response speaks of is for the response to say)
                full.stated_twice = brief.stated_twice = True
    return out


def mean_words(reading: Reading) -> float:
    return sum(len(c.text.split()) for c in reading.items) / len(reading.items)


def _word_for_word(a: Reading, b: Reading) -> bool:
    alike = sum(1 for x, y in zip(a.items, b.items, strict=True) if fuzz.ratio(x.text[:200], y.text[:200]) >= ALIKE)
    return alike >= ALIKE_SHARE * len(a.items)


def said_with_repeats(items: list[_Candidate], summary: list[_Candidate] | None) -> list[Recommendation]:
    """The recommendations the sentences that say "we recommend" make (each standing for the paragraph it is in, if
    that opens "[d]"), with the summary's short forms of the same numbers as their repeats ("4.0% increase to all pay
    points" beside "… we recommend a 4.0 per cent increase …")."""
    recs = [
        Recommendation(c.number, False, c.blocks[0].run, cites=cross_refs.bracketed_label(c.blocks[0].label))
        for c in items
    ]
    _numbered_repeats(recs, summary or [])
    return recs
