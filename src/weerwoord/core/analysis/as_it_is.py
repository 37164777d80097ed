"""Words that keep what was to change as it is ("… will stay at 0.8 times the Basic Allowance", "blijft zoals het
is"); not a time said so ("as soon as it is adopted", "as it is issued")."""

from __future__ import annotations

from weerwoord.core.analysis.phrases import PhraseBook
from weerwoord.core.analysis.word_forms import has_phrase, words


def keeps(text: str, book: PhraseBook) -> bool:
    """Whether words keep what was to change as it is ("… will stay at 0.8 times the Basic Allowance")."""
    return keeps_words([w for w in words(text) if w not in book.transparent], book.deeds.keeping_phrases)


def keeps_words(ws: list[str], keeping_phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words ``ws`` hold one of ``keeping_phrases``, not as a time or a measure ("as soon as it is")."""
    return has_phrase(_unkept(ws), keeping_phrases, _AS_SOON)


# before "as it is", these make it a time or a measure, nothing kept: "as soon as it is adopted"
_AS_SOON = frozenset(("soon", "long", "far", "much", "well"))


# "as it is issued", "as they are made": a time, nothing kept as it is
_AS_IT_IS = (("as", "it", "is"), ("as", "they", "are"))
_PARTICIPLES = frozenset(("made", "done", "paid", "sent", "held", "built", "set", "put", "shown", "taken", "given"))


def _unkept(ws: list[str]) -> list[str]:
    """The words with "as" blanked before "it is" and a participle."""
    return [
        "#"
        if tuple(ws[k : k + 3]) in _AS_IT_IS
        and k + 3 < len(ws)
        and (ws[k + 3].endswith("ed") or ws[k + 3] in _PARTICIPLES)
        else w
        for k, w in enumerate(ws)
    ]


# words that tell a state of things held now: the reason beside what is kept, no part done
_HELD_NOW = frozenset(("already", "always", "currently", "al", "altijd", "reeds"))


def kept_alone(kept: tuple[int, int], done: list[tuple[int, int]], limits: list[tuple[int, int]], text: str) -> bool:
    """Whether what a reply keeps as it is (``kept``) stands beside no deed of its own: each deed is a limit, or a
    state of things told after it as its reason ("… will keep our current ratios. Open-canoe groups on the lake
    always have a safety boat …, and our operating procedure already stops sessions at force 5.")."""
    return all(d in limits or (d[0] >= kept[1] and set(words(text[d[0] : d[1]])) & _HELD_NOW) for d in done)
