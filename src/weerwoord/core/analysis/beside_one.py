"""Step 9 of the alignment: a recommendation still without a reply takes the section that stands out for it, one of
several, which answers one other recommendation already, where some of its sentences are clearly about this one in
words of its own ("Wind limits and wind information" for the wind limits asked, and for the anemometer asked: "A
new anemometer has been fixed to the pier head … on a screen in the harbour office … a feed on the Trust's
website")."""

from __future__ import annotations

from weerwoord.core.analysis.likeness import terms
from weerwoord.core.analysis.parts import owned
from weerwoord.core.analysis.sharing import own_words
from weerwoord.core.model import Recommendation, Reply

# the confidence of a link beside another's (steps 7 and 9): in weighing readings, no evidence for one
BESIDE = 0.45
FLOOR = 0.1  # the similarity at least
STANDS_OUT = 2.5  # times the next section's
OWN_WORDS = 12  # words at least in the sentences about this one
OWN_TERMS = 3  # of the terms this one has and the other lacks, at least, in them


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
    stands out for and that answers exactly one in ``answered_before``, where a stretch of the section is its own."""
    if len(replies) < 3:
        return
    for i in range(len(recs)):
        if i in links or i in uncited:
            continue
        ranked = sorted(range(len(replies)), key=lambda k: -sims[i][k])
        best, second = ranked[0], sims[i][ranked[1]]
        others = [k for k, j in answered_before.items() if j == best]
        if best in closed or sims[i][best] < max(FLOOR, STANDS_OUT * second) or len(others) != 1:
            continue
        text = replies[best].text
        its_own = own_words(recs[i].text, recs[others[0]].text)
        if any(
            o == 1 and len(text[a:b].split()) >= OWN_WORDS and len(its_own & set(terms(text[a:b]))) >= OWN_TERMS
            for a, b, o in owned(text, [recs[others[0]].text, recs[i].text])
        ):
            links[i] = (best, "content", BESIDE)
