"""Step 9 of the alignment: a recommendation still without a reply takes the section that stands out for it, one of
several, which answers one other recommendation already, where some of its sentences are clearly about this one in
words of its own ("Wind limits and wind information" for the wind limits asked, and for the anemometer asked: "A
new anemometer has been fixed to the pier head … on a screen in the harbour office … a feed on the Trust's
website"); or a section that names by number or place the others it answers, a paragraph of which, after theirs, is
its own."""

from __future__ import annotations

import re

from weerwoord.core.analysis.likeness import terms
from weerwoord.core.analysis.ordinals import ORDINAL_PAIR
from weerwoord.core.analysis.parts import owned
from weerwoord.core.analysis.sharing import own_words
from weerwoord.core.model import Recommendation, Reply

# the confidence of a link beside another's (steps 7 and 9): in weighing readings, no evidence for one
BESIDE = 0.45
FLOOR = 0.1  # the similarity at least
STANDS_OUT = 2.5  # times the next section's
OWN_WORDS = 12  # words at least in the sentences about this one
OWN_TERMS = 3  # of the terms this one has and the other lacks, at least, in them
FAR_OUT, SHORT_WORDS = 4.0, 8  # times the next section's, and the words at least then of a sentence about it


def beside_one(
    recs: list[Recommendation],
    replies: list[Reply],
    sims: list[list[float]],
    links: dict[int, tuple[int, str, float]],
    answered_before: dict[int, int],
    closed: set[int],
    uncited: set[int],
) -> None:
    """Link in ``links`` each recommendation still open (not ``uncited``) to the section, not ``closed``, that it
    stands out for and that answers exactly one in ``answered_before``, where a stretch of the section is its own; or
    to a section that names those it answers, a paragraph of which is its own (:func:`_own_paragraph`)."""
    said: dict[int, set[str]] = {}  # (each section's terms, read once when first asked for)
    for i in range(len(recs)):
        if i in links or i in uncited:
            continue
        j = _standing_out(i, recs, replies, sims, answered_before, closed) if len(replies) >= 3 else None
        j = _own_paragraph(i, recs, replies, sims, closed, links, answered_before, said) if j is None else j
        if j is not None:
            links[i] = (j, "content", BESIDE)


def _standing_out(
    i: int,
    recs: list[Recommendation],
    replies: list[Reply],
    sims: list[list[float]],
    answered_before: dict[int, int],
    closed: set[int],
) -> int | None:
    """The section recommendation ``i`` stands out for, answering one other, where a stretch is clearly its own."""
    ranked = sorted(range(len(replies)), key=lambda k: -sims[i][k])
    best, second = ranked[0], sims[i][ranked[1]]
    others = [k for k, j in answered_before.items() if j == best]
    if best in closed or sims[i][best] < max(FLOOR, STANDS_OUT * second) or len(others) != 1:
        return None
    text = replies[best].text
    its_own = own_words(recs[i].text, recs[others[0]].text)
    # (or, where it stands out far more, a shorter sentence with a long term of its own: "Zonnepanelen op het dak van
    # de sporthal komen er niet." in a section on the sports hall)
    far = sims[i][best] >= FAR_OUT * second
    if any(
        o == 1
        and (
            (len(text[a:b].split()) >= OWN_WORDS and len(its_own & set(terms(text[a:b]))) >= OWN_TERMS)
            or (far and len(text[a:b].split()) >= SHORT_WORDS and _long(its_own & set(terms(text[a:b]))))
        )
        for a, b, o in owned(text, [recs[others[0]].text, recs[i].text])
    ):
        return best
    return None


def _long(own: set[str]) -> bool:
    return max(map(len, own), default=0) >= LONG_TERM


NEAR = 0.03  # the similarity at least of a section one paragraph of which is this one's
RARE_TERMS = 2  # of them, at least, that no other section says
LONG_TERM = 9  # letters at least of a term of its own that, with its paragraph, is enough


def _own_paragraph(
    i: int,
    recs: list[Recommendation],
    replies: list[Reply],
    sims: list[list[float]],
    closed: set[int],
    links: dict[int, tuple[int, str, float]],
    answered_before: dict[int, int],
    said: dict[int, set[str]],
) -> int | None:
    """A section that names the others it answers ("Over de tweede en de vierde aanbeveling het volgende. …") where
    a paragraph after theirs is clearly about recommendation ``i`` by its content and says a word of its own that the
    others lack ("Een samenwerking met een marktpartij voor de exploitatie is een interessante gedachte. …" for
    "Onderzoek of de garage samen met een marktpartij kan worden geëxploiteerd …"): a paragraph is far more about one
    thing than the whole section shows."""
    for j in sorted(range(len(replies)), key=lambda k: -sims[i][k])[:3]:
        # (the others named by their numbers or places, the section no more than theirs by its words)
        others = [k for k, jj in answered_before.items() if jj == j]
        text = replies[j].text
        named = all(k in links and links[k][1] == "number" for k in others) and _opens_naming(
            text, [recs[k].number for k in others]
        )
        if j in closed or not others or not named or sims[i][j] < NEAR or "\n\n" not in text.strip():
            continue
        its_own = own_words(recs[i].text, " ".join(recs[k].text for k in others))
        stretches = owned(text, [*(recs[k].text for k in others), recs[i].text])
        # (terms of its own that no other section says, two or more, or one long: not the advisory body's name, "the
        # Inspectorate", nor the place all is about, "Marsh Hill")
        elsewhere = set().union(*(_terms_of(replies, k, said) for k in range(len(replies)) if k != j))
        if any(
            o == len(others)
            and k > 0
            and len(text[a:b].split()) >= OWN_WORDS
            and (own := its_own & set(terms(text[a:b])))
            and ((len(own) >= OWN_TERMS and len(own - elsewhere) >= RARE_TERMS) or _long(own - elsewhere))
            for k, (a, b, o) in enumerate(stretches)
        ):
            return j
    return None


def _terms_of(replies: list[Reply], k: int, said: dict[int, set[str]]) -> set[str]:
    """The terms of section ``k``, kept in ``said`` for the next recommendation that asks."""
    if k not in said:
        said[k] = set(terms(replies[k].text))
    return said[k]


def _opens_naming(text: str, numbers: list[str]) -> bool:
    """Whether the section's first paragraph names all of ``numbers`` ("recommendations 3 and 4"), or two by their
    places ("Over de tweede en de vierde aanbeveling het volgende.")."""
    first = text.strip().split("\n\n", 1)[0]
    return bool(ORDINAL_PAIR.search(first)) or all(re.search(rf"\b{re.escape(n)}\b", first) for n in numbers)
