"""What a section shares with the recommendations it may answer: the words of one that the other lacks."""

from __future__ import annotations

from weerwoord.core.analysis.likeness import WORD, terms
from weerwoord.core.analysis.requests import verb_first


def own_words(recommendation: str, other: str) -> set[str]:
    """The terms of a recommendation the other lacks: no dates, nor the verb it opens with as a command ("Zorg dat
    … een tolk …" does not speak of the "zorg" a reply understands)."""
    ws = WORD.findall(recommendation.lower())
    command = set(terms(ws[0])) if len(ws) > 1 and verb_first(ws[0], ws[1]) else set()
    return {t for t in set(terms(recommendation)) - set(terms(other)) - command if t.isalpha()}
