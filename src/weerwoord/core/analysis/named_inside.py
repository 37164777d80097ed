"""Recommendations a response names inside a section that answers another: "… recommendation (c), …; and not to
approve recommendation (f)", "It supports the third in part: …"."""

from __future__ import annotations

import re

from weerwoord.core.analysis import likeness, parts
from weerwoord.core.analysis.codes import TAKEN_UP_CODE, TAKEN_UP_WORDS
from weerwoord.core.analysis.ordinals import ORDINALS
from weerwoord.core.model import Pair, Reply

# a recommendation named inside a section on another subject: "the invitation at paragraph 25 is a matter for …"
NAMED_INSIDE = re.compile(
    r"\b(?:recommendations?|paragraphs?|aanbeveling(?:en)?|paragra(?:af|fen)|punt(?:en)?|advies)\s+"
    r"(?:((?-i:[A-Z]{1,2})?\d{1,3}(?:\.\d{1,2})?[a-z]?)\b|\(((?-i:[a-h]))\))"  # "aanbeveling 4", "A1", "(f)"
    r"|\b(?:aanbeveling|recommendation)\s+((?-i:[a-h]))\b(?!['’])"  # "neemt kennis van aanbeveling e"
    # (or by its place, the noun left out after the first: "It supports the third in part: …", "As for the fifth, …")
    rf"|\b(?:the|de|het|your|uw)\s+({'|'.join(ORDINALS)})\b"
    r"(?=\s*(?:[,:;]|in part|too\b|either\b|as well|ook\b|recomm|aanbev))"
    # (or by its number or code alone, taken up at a sentence's start: "On 5.6, the timing of future studies, the
    # Board noted …", "Wat betreft A3: …")
    rf"|(?:^|[.;:]\s+){TAKEN_UP_WORDS}(?P<taken>{TAKEN_UP_CODE})(?=\s*[,:])",
    re.I,
)


def named_inside_sections(pairs: list[Pair], replies: list[Reply]) -> None:
    """A recommendation without a reply that one section names by its number in a paragraph, and whose paragraph
    shares more of its words than of those the section answers, is answered there (the section then answers two,
    each in its own paragraphs)."""
    waiting = [p for p in pairs if p.reply is None]
    if not waiting:
        return
    # every paragraph of every section once, with the numbers it names; a paragraph that names two or more speaks of
    # each from where it names it to where it names the next ("to approve recommendation (c), …; and not to approve
    # recommendation (f), since a suspension …")
    named: list[tuple[Reply, str, set[str], bool]] = []
    for reply in {id(r): r for r in replies}.values():
        for a, b in parts.paragraph_spans(reply.run.text):
            paragraph = reply.run.text[a:b]
            found = [(m.start(), named_by(m), bool(m.group("taken"))) for m in NAMED_INSIDE.finditer(paragraph)]
            numbers = {n for _, n, _ in found}
            if len(numbers) >= 2:
                ends = [at for at, _, _ in found[1:]] + [len(paragraph)]
                named += [(reply, paragraph[at:end], {n}, t) for (at, n, t), end in zip(found, ends, strict=True)]
            elif numbers:
                # (taken up as a new subject after the paragraph's first sentence: from there, "A written reserve
                # policy … was approved …. On 5.6, the timing of future studies, the Board noted …")
                at = found[0][0] if found[0][2] else 0
                named.append((reply, paragraph[at:], numbers, found[0][2]))
    for pair in waiting:
        names = {pair.number.lower(), f"#{pairs.index(pair) + 1}"}  # (by its number, or by its place)
        hits = [(reply, paragraph, taken) for reply, paragraph, numbers, taken in named if names & numbers]
        if len({id(r) for r, _, _ in hits}) != 1:
            continue  # named nowhere, or in several sections (a summary): not decided by a number
        reply, paragraph, taken = hits[0]
        # the paragraph speaks of this recommendation more than of those the section already answers
        words = set(likeness.terms(paragraph))
        mine = len(words & set(likeness.terms(pair.recommendation.text)))
        theirs = [len(words & set(likeness.terms(p.recommendation.text))) for p in pairs if p.reply is reply]
        # (or a section that answers nothing else: "3.5 Het presidium neemt kennis van aanbeveling e.")
        # (or one taken up by its number alone where the others' words are no more: "On 5.6, the timing of …")
        if ((mine >= 2 or not theirs) and all(mine > t for t in theirs)) or (taken and all(mine >= t for t in theirs)):
            pair.reply, pair.link, pair.confidence = reply, "number", 0.7


def named_by(m: re.Match[str]) -> str:
    """What a match of ``NAMED_INSIDE`` names: the number or code in small letters ("4", "a1"), or the place an
    ordinal gives ("#3" for "the third")."""
    name = next(g for g in m.groups() if g).lower()
    return f"#{ORDINALS[name]}" if name in ORDINALS else name
