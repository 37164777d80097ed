"""Telling Dutch from English by their most common words."""

from __future__ import annotations

import re

from weerwoord.core.wordlists import words

DUTCH = words("function-nl")
ENGLISH = words("function-en")
WORD = re.compile(r"[a-zà-ÿ]+")


def detect_language(text: str) -> str:
    """``"nl"`` or ``"en"``: whichever language's function words are more frequent (Dutch on a tie)."""
    nl = en = 0
    for w in WORD.findall(text[:30_000].lower()):  # some 4,000 words decide it; a whole report costs 6 ms more
        if w in DUTCH:
            nl += 1
        if w in ENGLISH:
            en += 1
    return "en" if en > nl else "nl"
