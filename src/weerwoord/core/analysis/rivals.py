"""Readings weighed against each other: what one holds that another lacks (:mod:`choice` weighs each alone first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from weerwoord.core.analysis.beside_one import BESIDE

if TYPE_CHECKING:
    from weerwoord.core.analysis.choice import Weighed


GAP = 1.5  # what a reading loses for each number it skips that another reading holds
RUN_FROM = 2  # a run of numbers from further on than this is a part of the advice's paragraphs, no list with gaps


def gaps_others_fill(weighed: list[Weighed]) -> None:
    """A reading numbered 1, 2, 3, 4, 5, 7 where another holds all of these and the 6 between them (the passages
    the response repeats, which leave out the one it never answers, beside the seven requests of the advice) loses
    for each such gap as for a citation it cannot resolve."""
    held = [{(r.number, r.text[:40]) for r in w.recommendations} for w in weighed]
    for w, mine in zip(weighed, held, strict=True):
        own = {n for n, _ in mine}
        values = [int(n) for n in own if n.isdigit()]
        if len(values) < 3 or len(values) < len(own):
            continue
        if min(values) > RUN_FROM and max(values) - min(values) + 1 == len(values):
            # (an unbroken run that starts further on skips nothing: the numbered paragraphs 17-23 of a chapter
            # "IV. Advies", beside a chain of all 24 paragraphs of the report)
            continue
        wider = [h for h in held if h is not mine and mine < h]
        filled = {n for h in wider for n, _ in h}
        # (within its run, where it starts further on: "15"–"22" without "18" skips one, not fourteen)
        gaps = [
            k
            for k in range(min(values) if min(values) > RUN_FROM else 1, max(values))
            if str(k) not in own and str(k) in filled
        ]
        w.score -= GAP * len(gaps)


NEAR = 2.0  # how far below a reading another may score and still tell what it leaves out


def answered_beyond(weighed: list[Weighed]) -> None:
    """A reading whose recommendations another reading holds with more after them (the first three of seven
    imperatives, cut off where the fourth is set in bold) loses for each of those more that the other links to a
    section this one leaves unanswered: passages the response answers, which it does not hold (where the other scored
    near it; not the passages the response's sections speak of, chosen for what they share with them)."""
    held = [{" ".join(r.text.split()[:8]) for r in w.recommendations} for w in weighed]
    scores = [w.score for w in weighed]
    for w, mine, score in zip(weighed, held, scores, strict=True):
        if len(mine) < 2:
            continue
        free = {id(rp) for rp in w.unmatched}
        beyond = 0
        for other, theirs, near in zip(weighed, held, scores, strict=True):
            if other is w or not mine < theirs or other.reading.kind == "answered" or near < score - NEAR:
                continue
            # (those after the last it holds: a reading cut short, not one with questions or a summary before it)
            keys = [" ".join(p.recommendation.text.split()[:8]) for p in other.pairs]
            last = max(k for k, key in enumerate(keys) if key in mine)
            more = [p for p, key in zip(other.pairs[last + 1 :], keys[last + 1 :], strict=True) if key not in mine]
            answered = [p for p in more if p.reply is not None and p.confidence != BESIDE]
            beyond = max(beyond, sum(1 for p in answered if id(p.reply) in free))
        w.score -= 1.0 * beyond


TITLE_WORDS = 8  # a theme's title is short


def themes_split(weighed: list[Weighed]) -> None:
    """A reading of numbered titles that ask nothing themselves ("1. Aan de kaart geraken", "2. Iemand die de weg
    wijst"), each recommendation the whole of its theme, where another reading holds more recommendations, each
    inside one of those themes and two or more inside one ("Wij vragen de stad om …", "Daarnaast vragen wij om …"):
    the titles are the advice's themes, the other reading's its recommendations. The titles lose one for each
    recommendation more."""
    for w in weighed:
        items = w.reading.items
        if len(items) < 2 or not all(
            c.blocks[0].kind == "heading" and len(c.blocks[0].text.split()) <= TITLE_WORDS for c in items
        ):
            continue
        themes = [{p.line for p in r.run.pieces} for r in w.recommendations]
        for other in weighed:
            if other is w or other.reading.kind not in ("sentences", "requests"):
                continue
            inside = [
                next((k for k, lines in enumerate(themes) if own and own <= lines), None)
                for own in ({p.line for p in r.run.pieces} for r in other.recommendations)
            ]
            if len(inside) > len(themes) and None not in inside and len(set(inside)) < len(inside):
                w.score -= 1.0 * (len(inside) - len(themes))
                break
