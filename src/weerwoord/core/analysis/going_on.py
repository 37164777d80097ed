"""Recommendations that go on after a list: the sentences after its last item that go on recommending ("Wij
adviseren u verder …", "Finally, we recommend …") and the points in the imperative a sentence offers ("… geeft de
commissie het college het volgende in overweging. Stuur iedere aanvrager …"), numbered on from the list."""

from __future__ import annotations

import re

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.recommending import Advising, recommending_blocks
from weerwoord.core.analysis.requests import opens_with_verb
from weerwoord.core.model import Block, TextRun

# a recommending sentence that says it goes on: "Wij adviseren u verder …", "Ten slotte adviseren wij …", "Finally,
# we recommend …"
GOING_ON = re.compile(
    r"^(?:[\w’']+\W+){0,3}?(?:verder|ook|voorts|daarnaast|tevens|ten slotte|tot slot|further|furthermore|also|finally"
    r"|lastly|in addition|additionally|moreover)\b",
    re.I,
)


def after_list(
    blocks: list[Block], items: list[structure._Candidate], recommending: list[Advising] | None = None
) -> list[structure._Candidate]:
    """The sentences after a list that go on recommending, numbered on from it (lettered on from "a." to "c.")."""
    letters = all(structure.LETTER_LABEL.match(c.number + ".") for c in items)
    return recommending_after(blocks, max(c.start_index for c in items), len(items) + 1, letters, recommending)


def recommending_after(
    blocks: list[Block],
    after: int,
    first: int,
    letters: bool = False,
    recommending: list[Advising] | None = None,
) -> list[structure._Candidate]:
    """The sentences after block ``after`` (a list's last item) that go on recommending, numbered on from
    ``first`` (lettered on, after a lettered list): the list's further points ("Wij adviseren u verder de fabrikant
    te laten deelnemen …"), and the points in the imperative a sentence announces ("Los van deze zaak geeft de
    commissie het college het volgende in overweging. Stuur iedere aanvrager …"). ``recommending``: the whole
    advice's ``recommending_blocks(blocks)`` where the caller has it already."""
    found: list[tuple[int, int, TextRun]] = []
    if recommending is None:
        recommending = list(recommending_blocks(blocks, after + 1))
    for i, m, run, _ in recommending:
        if i > after and GOING_ON.match(blocks[i].text[m.start() : m.start() + 60]):
            found.append((i, m.start(), run))
    for i in range(after + 1, len(blocks)):
        text = blocks[i].text
        if "volgende" not in text and "following" not in text:
            continue  # (a look-up first: the rest of a long advice passes here)
        for m in OFFERED.finditer(text):
            for start, end in structure._sentences(text[m.end() :]):
                said = text[m.end() + start : m.end() + end].strip()
                if not opens_in_the_imperative(said):
                    break
                found.append((i, m.end() + start, blocks[i].run.slice(m.end() + start, m.end() + end).strip()))
    out: list[structure._Candidate] = []
    for i, _, run in sorted({f[:2]: f for f in found}.values(), key=lambda f: f[:2]):  # (once each)
        k = first + len(out)
        number = chr(ord("a") + k - 1) if letters and k <= 26 else str(k)
        out.append(structure._Candidate(number, [Block("paragraph", run)], i, numbered=False))
    return out


# a sentence that offers the points after it: "… geeft de commissie het college het volgende in overweging.", "The
# Board offers the following for consideration."
OFFERED = re.compile(
    r"\b(?:het volgende (?:in overweging|mee|aan)|the following (?:for (?:your )?consideration|suggestions?))"
    r"\s*[.:]\s+",
    re.I,
)


def opens_in_the_imperative(sentence: str) -> bool:
    """Whether a sentence opens with a verb in the imperative: "Stuur iedere aanvrager …", "Publish the data …"."""
    return len(sentence.split()) >= 5 and opens_with_verb(sentence)
