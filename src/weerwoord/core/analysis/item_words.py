"""Sections headed by the advice's own word for its recommendations and a number ("Action 2: Environmental
monitoring", "Actions 4 and 6: Staffing and fire protection" answering the "Priority actions" of a review;
"Maatregel 3 – …" answering an advice's "maatregelen"): the numbers they answer, where the response names no
recommendation in words the analysis knows."""

from __future__ import annotations

import re

from weerwoord.core.analysis.by_paragraph import NUMBER_LIST
from weerwoord.core.analysis.table_replies import numbers_in
from weerwoord.core.model import Document, Reply
from weerwoord.core.wordlists import words

# a word, its number or numbers, and a title after a colon or dash: "Action 2: …", "Actions 4 and 6 – …"
WORD_HEADING = re.compile(rf"^([A-Z][a-z]{{3,14}})\s+({NUMBER_LIST})\s*[:.–—-]\s*\S")
# where the advice names its recommendations by that word: "I recommend the following actions", "wij adviseren
# de volgende maatregelen"
_RECOMMENDING = re.compile(r"\b(?:recommend|advise|propose|aanbevel|aanbeveelt|adviseer|adviseert|advies)", re.I)


def _stem(word: str) -> str:
    """The word in the singular: "actions" → "action", "acties" → "actie"."""
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def by_the_advices_word(replies: list[Reply], advice: Document) -> None:
    """Give the sections headed "<word> N" the numbers N, where two sections or more are headed so by one word, none
    of them names a recommendation already, and the advice calls its items by that word in a heading or where it
    recommends them."""
    headed: dict[str, list[tuple[Reply, list[str]]]] = {}
    for rp in replies:
        m = WORD_HEADING.match(rp.heading or "")
        if m:
            headed.setdefault(_stem(m.group(1)), []).append((rp, numbers_in(m.group(2))))
    parts = words("part-names")
    for stem, sections in headed.items():
        # (not the parts of a document: "Artikel 2. Markten", "Section 4: Scope")
        if len(sections) < 2 or stem in parts or any(rp.numbers for rp, _ in sections):
            continue
        word = re.compile(rf"\b{re.escape(stem)}(?:s|en)?\b", re.I)
        if not any(
            word.search(b.text) and (b.kind == "heading" or _RECOMMENDING.search(b.text)) for b in advice.blocks
        ):
            continue
        for rp, numbers in sections:
            rp.numbers = numbers
