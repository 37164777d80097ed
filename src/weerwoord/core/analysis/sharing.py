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


OPENING_WORDS = 5  # a sentence's opening, where it names its subject


def opens_on(sentence: str, theirs: str, mine: str) -> bool:
    """Whether a sentence's first words name a term of recommendation ``theirs`` that ``mine`` lacks, and none of
    ``mine``'s own (not "We will fund weekend assessments …", where "fund" is the other's and "weekend" its own)."""
    opening = set(terms(" ".join(sentence.split()[:OPENING_WORDS])))
    return bool(own_words(theirs, mine) & opening) and not own_words(mine, theirs) & opening


def following_topics(owners: list[int | None], opening: list[bool]) -> list[int | None]:
    """The sentences of a shared reply with their owners, where a sentence about none follows the last one that
    opened on its topic ("On the payments to Penrock Marine Services, our solicitors advise …. We have issued a claim
    for the 21,600 pounds …"), until a sentence is about another."""
    out: list[int | None] = []
    following: int | None = None
    for owner, opens in zip(owners, opening, strict=True):
        if opens:
            following = owner
        elif owner not in (None, following):
            following = None
        out.append(following if owner is None else owner)
    return out
