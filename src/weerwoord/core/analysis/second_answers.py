"""A recommendation left without a reply that the section answering one other recommendation answers too, by
content: "Why not keep the two-mile distance, and why start in August 2026?" answers the distance kept and the start
put off; "Seizoensduur en jonge lifeguards" answers the season lengthened and the training budget. Judged once the
reading is chosen (it weighs no reading), where the response names no recommendation by number."""

from __future__ import annotations

from weerwoord.core.analysis.likeness import similarity_matrix, terms
from weerwoord.core.analysis.parts import FIGURE, owned
from weerwoord.core.analysis.sharing import own_words
from weerwoord.core.analysis.word_forms import YEAR
from weerwoord.core.model import Pair, Reply

FLOOR = 0.1  # the section's likeness to the recommendation, at least
STANDING_OUT = 3.0  # … and this many times its likeness to any other section
LONE_FLOOR, NOTHING = 0.05, 0.01  # … or this much, where no other section shares anything with it
OWN_WORDS = 12  # the words of the section's sentences about it, together
OWN_TERMS = 2  # … that say at least this many of its own terms (the other recommendation lacks them)
CONFIDENCE = 0.4


def second_of_shared(pairs: list[Pair], replies: list[Reply]) -> None:
    """Link each recommendation without a reply to the section that stands out for it by far, where that section
    answers one other recommendation and some of its sentences speak of this one in words the other lacks."""
    if not replies or any(p.reply is not None and p.link != "content" for p in pairs):
        return  # (a response that names what it answers leaves the others unanswered on purpose)
    open_pairs = [k for k, p in enumerate(pairs) if p.reply is None]
    if not open_pairs:
        return
    sims = similarity_matrix([p.recommendation for p in pairs], replies)
    answering: dict[str, list[int]] = {}
    for k, p in enumerate(pairs):
        if p.reply is not None:
            answering.setdefault(p.reply.id, []).append(k)
    for i in open_pairs:
        ranked = sorted(range(len(replies)), key=lambda j: -sims[i][j])
        best = ranked[0]
        second = sims[i][ranked[1]] if len(ranked) > 1 else 0.0
        others = answering.get(replies[best].id, [])
        # (or a weaker likeness where no other section shares a word with it at all; or, twice any other, where the
        # section gives a figure of this recommendation's that no other recommendation has: "Uw voorstel over de
        # speelduur volgen wij wel: artiesten mogen voortaan 45 minuten op dezelfde plek blijven")
        alone = sims[i][best] >= LONE_FLOOR and second < NOTHING
        figured = sims[i][best] >= LONE_FLOOR and sims[i][best] >= 2 * second and _own_figure(pairs, i, replies[best])
        margin = sims[i][best] >= STANDING_OUT * second or figured
        # (or, standing out by far, a weaker likeness to a long section whose own sentences speak of it, below)
        floor = LONE_FLOOR if sims[i][best] >= STANDING_OUT * second else FLOOR
        if (sims[i][best] < floor and not alone and not figured) or not margin or len(others) != 1:
            continue
        rec, other = pairs[i].recommendation.text, pairs[others[0]].recommendation.text
        text = replies[best].text
        about = [text[a:b] for a, b, o in owned(text, [other, rec], lone=True) if o == 1]
        said = set(terms(" ".join(about)))
        if sum(len(s.split()) for s in about) >= OWN_WORDS and len(own_words(rec, other) & said) >= OWN_TERMS:
            pairs[i].reply = replies[best]
            pairs[i].link = "content"
            pairs[i].confidence = CONFIDENCE
            answering[replies[best].id].append(i)


def _own_figure(pairs: list[Pair], i: int, reply: Reply) -> bool:
    """Whether the section gives a figure of recommendation ``i`` that no other recommendation gives (not a year)."""
    mine = {f for f in FIGURE.findall(pairs[i].recommendation.text) if not YEAR.fullmatch(f)}  # (not "2026")
    others = {f for k, p in enumerate(pairs) if k != i for f in FIGURE.findall(p.recommendation.text)}
    return bool((mine - others) & set(FIGURE.findall(reply.text)))


PAIRED_FLOOR = 0.04  # a recommendation and a section left over, alike this much at least


def left_over(pairs: list[Pair], replies: list[Reply], unmatched: list[Reply]) -> list[Reply]:
    """Link a recommendation without a reply to a section that answers none, where each shares words with the other
    alone (no other section with the recommendation, no other recommendation with the section): "Haal de
    snoepautomaat en de ijsverkoop weg …" and a plan's row "Snoep en ijs: De ijsvriezer verhuist naar het terras …
    De snoepautomaat blijft staan …". Returns the sections still answering none."""
    if not replies or not unmatched or any(p.reply is not None and p.link != "content" for p in pairs):
        return unmatched
    open_pairs = [k for k, p in enumerate(pairs) if p.reply is None]
    if not open_pairs:
        return unmatched
    sims = similarity_matrix([p.recommendation for p in pairs], replies)
    column = {r.id: j for j, r in enumerate(replies)}
    # (not before the first section that answers one: an introduction, a box explaining "Wat is Listeria?")
    first = min((column[p.reply.id] for p in pairs if p.reply is not None and p.reply.id in column), default=0)
    left = list(unmatched)
    for i in open_pairs:
        shared = [j for j in range(len(replies)) if sims[i][j] >= NOTHING]
        if len(shared) != 1 or sims[i][shared[0]] < PAIRED_FLOOR:
            continue
        reply = replies[shared[0]]
        if (
            reply not in left
            or column[reply.id] < first
            or [k for k in range(len(pairs)) if sims[k][column[reply.id]] >= NOTHING] != [i]
        ):
            continue
        pairs[i].reply = reply
        pairs[i].link = "content"
        pairs[i].confidence = CONFIDENCE
        left.remove(reply)
    return left
