"""Recommendations that go on after a list: the sentences after its last item that go on recommending ("Wij
adviseren u verder …", "Finally, we recommend …") and the points in the imperative a sentence offers ("… geeft de
commissie het college het volgende in overweging. Stuur iedere aanvrager …"), numbered on from the list."""

from __future__ import annotations

import re

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.recommending import Advising, recommending_blocks
from weerwoord.core.analysis.requests import opens_with_verb
from weerwoord.core.analysis.tallies import number_value
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
            found.extend(_also_after(blocks, i, m.start()))
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


# a sentence right after one that goes on recommending, of the one it is addressed to: "The mission further recommends
# that the Municipality set up … . It should also give the Association a permanent seat …"
ALSO_SHOULD = re.compile(
    r"(?:it|they|he|she|het|zij|hij)\s+(?:should|must|moet|moeten|dient|dienen|zou|zouden)\s+(?:\w+\s+)?"
    r"(?:also|ook)\b",
    re.I,
)


def _also_after(blocks: list[Block], i: int, start: int) -> list[tuple[int, int, TextRun]]:
    """The sentence after the one at ``start`` in block ``i`` (or, where that sentence runs on over a page break,
    in the block after it), if it goes on asking the one that sentence asks."""
    b, spans = blocks[i], structure._sentences(blocks[i].text)
    after = [(x, y) for x, y in spans if x >= start]
    if len(after) == 1 and i + 1 < len(blocks) and blocks[i + 1].text[:1].islower():
        i, b = i + 1, blocks[i + 1]  # (the sentence goes on in the next block: its second sentence)
        after = structure._sentences(b.text)
    if len(after) < 2 or not ALSO_SHOULD.match(b.text[after[1][0] : after[1][1]].lstrip()):
        return []
    x, y = after[1]
    return [(i, x, b.run.slice(x, y).strip())]


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


# a sentence that says how many more recommendations follow it: "Beyond these four points, the Committee makes three
# further recommendations.", "Daarnaast doet de raad nog twee aanbevelingen."
MORE_FOLLOW = re.compile(
    r"\b(\w+)\s+(?:further|more|other|additional|verdere|andere|aanvullende|extra)\s+"
    r"(?:recommendations|suggestions|aanbevelingen|adviezen)\b"
    # (or the matters that need the addressee's attention: "Beyond the works in the schedule, three matters need the
    # Council's attention.")
    r"|\b(\w+)\s+(?:(?:further|other|more)\s+)?(?:matters|points|issues)\s+(?:need|needs|require|deserve)\s+"
    r"(?:[\w’']+\s+){0,3}?attention\b",
    re.I,
)
# a heading over the sentences counted: "5 Further recommendations", "Overige aanbevelingen"
FURTHER_HEADING = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:further|other|additional|overige|verdere|aanvullende)\s+"
    r"(?:recommendations|aanbevelingen|adviezen|matters)$",
    re.I,
)
# what each of them says, to be one: it asks ("We recommend that …", "It should also …", "Finally, the District
# should …") or it opens in the imperative
ASKS = re.compile(
    r"\b(?:recommends?|should|must|urges?|asks?|calls? on|adviseer\w*|adviseert|beveelt|raadt|moet(?:en)?|zou(?:den)?"
    r"|dient|dienen|vraagt|vragen)\b",
    re.I,
)
COUNTED_REACH = 3  # blocks after a list's last item where the sentence that counts the rest may stand


def counted_after(blocks: list[Block], items: list[structure._Candidate]) -> list[structure._Candidate]:
    """The sentences after a list that a sentence announces by their number ("… makes three further
    recommendations. We recommend that … It should also … Finally, …"), numbered on from the list: as many as it
    says, each asking, or none."""
    after = max(c.start_index for c in items)
    # (the list's rows go on below its first: its last cells)
    while (
        after + 1 < len(blocks)
        and blocks[after + 1].table_row
        and blocks[after + 1].table_row == blocks[after].table_row
    ):
        after += 1
    for i in range(after + 1, min(len(blocks), after + 1 + COUNTED_REACH)):
        if blocks[i].kind == "heading":
            if FURTHER_HEADING.match(blocks[i].text.strip()):
                continue
            return []
        m = MORE_FOLLOW.search(blocks[i].text)
        if m is None:
            continue
        said = m.group(1) or m.group(2)
        wanted = int(said) if said.isdigit() else number_value(said)
        if wanted < 1:
            continue
        out: list[structure._Candidate] = []
        at, k = m.end(), i
        while k < len(blocks) and blocks[k].kind != "heading" and len(out) < wanted:
            text = blocks[k].text
            for a, b in structure._sentences(text):
                if a < at or len(out) == wanted:
                    continue
                said = text[a:b].strip()
                if not (ASKS.search(said) or opens_in_the_imperative(said)) or len(said.split()) < 6:
                    return []  # (not as said: no such list)
                run = blocks[k].run.slice(a, b).strip()
                out.append(structure._Candidate(str(len(items) + len(out) + 1), [Block("paragraph", run)], k, False))
            k, at = k + 1, -1
        return out if len(out) == wanted else []
    return []


def said_more_widely(items: list[structure._Candidate], sentences: list[structure._Candidate]) -> bool:
    """Whether the sentences that say "we recommend" hold each of these requests, and one or a few more after the
    first in the running text, none the same request said again: the boxes' "We recommend that …" and, after them,
    "Finally, we recommend that all reception staff …" in a paragraph. The sentences are the reading then."""
    from rapidfuzz import fuzz  # imported when needed: 11 ms at every start otherwise

    def head(c: structure._Candidate) -> str:
        return c.blocks[0].text.strip()[:50]

    # (a request's block may hold words before its sentence: "Our work is hampered by two things. … We recommend …")
    held = [[s for s in sentences if head(s) in i.blocks[0].text] for i in items]
    if not all(held):
        return False
    more = [c for c in sentences if not any(c in h for h in held)]
    first = min(c.start_index for c in items)
    return (
        0 < len(more) <= max(1, len(items) // 2)
        and all(c.start_index > first for c in more)
        and all(fuzz.token_set_ratio(c.blocks[0].text, i.blocks[0].text) < 70 for c in more for i in items)
    )
