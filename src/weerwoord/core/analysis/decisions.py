"""A council's decision and the explanation of each of its points: "besluit: … 2. aanbeveling A over te nemen en …;
4. aanbeveling C niet over te nemen;" over a "Toelichting" that takes them up by number ("Bij beslispunt 4. De
rekenkamer stelt haar eigen onderzoeksprogramma vast; …") or a raadsvoorstel's "Argumenten" numbered on from the
point they argue for ("1.1 Met meetbare doelen … kan de raad sturen", "3.1 Een nieuw panel voegt weinig toe").

The point decides; its explanation says why and how. Each point's reply is the point and its explanation together.
"""

from __future__ import annotations

import re
from dataclasses import replace

from weerwoord.core.analysis.structure import DIGIT_LABEL, LETTER_LABEL
from weerwoord.core.model import Block, Reply, TextRun

# "Bij beslispunt 3. …", "Beslispunt 4: …", "Ad beslispunt 5 …"; or an argument numbered by its point: "1.2 Eén …"
EXPLAINS = re.compile(
    r"^(?:(?:bij|ad|toelichting bij|toelichting op)\s+)?beslispunt\s+(\d{1,2})\b|^(\d{1,2})\.\d{1,2}\s+(?=[A-ZÀ-Ý])",
    re.I,
)


def with_explanations(replies: list[Reply], blocks: list[Block]) -> list[Reply]:
    """The replies with each decision point's explanation added to it: points that name what they decide on (a
    number of the list, no heading of their own), two or more, and the paragraphs elsewhere that take one up."""
    points = {r.label: r for r in replies if r.label.isdigit() and r.numbers and r.heading is None}
    if len(points) < 2:
        return replies
    extra: dict[str, list[TextRun]] = {}
    for b in blocks:
        if b.kind != "paragraph" or b.table_row:
            continue
        m = EXPLAINS.match(b.text)
        number = (m.group(1) or m.group(2)) if m else None
        if number in points and b.text[:60] not in points[number].text:  # (not one the point's section holds)
            extra.setdefault(number, []).append(b.run)
    return [
        replace(r, run=TextRun.concat([r.run, *extra[r.label]], sep="\n\n")) if r.label in extra else r for r in replies
    ]


def sibling_decisions(blocks: list[Block], explicit: list[int]) -> set[int]:
    """The other points of a numbered list whose points name the recommendation each decides ("1. to approve
    recommendation (a) …", "6. to request the CRP to monitor …"): each is a part of its own, not the end of the
    decision above it."""
    kind = {i: _point_kind(blocks[i]) for i in range(len(blocks))}  # (lettered too: "(a) the Panel's first …")
    decided = {i for i in explicit if kind[i]}
    if len(decided) < 2:
        return set()
    out: set[int] = set()
    for i in decided:
        k = i + 1
        while k < len(blocks) and kind[k] == kind[i]:
            out.add(k)
            k += 1
    return out


def _point_kind(b: Block) -> str | None:
    if b.kind != "item":
        return None
    return "digit" if DIGIT_LABEL.match(b.label) else "letter" if LETTER_LABEL.match(b.label) else None


# a lead-in to a decision's points: "Het college heeft besloten:", "Council resolved:"
DECIDING = re.compile(
    r"\b(?:besluit|besluiten|beslist|besloten|resolved?|resolves|decides?|decided)\b[^.:]{0,40}:\s*$", re.I
)
DECIDED_WORDS = 8  # a decision's point this long at least is a reply of its own
TE_VERB = re.compile(r"\bte\s+[a-z]{2,}en\b")  # a Dutch decision's verb, last: "… te verlengen", "… te doen"


def decided_points(blocks: list[Block]) -> set[int]:
    """The numbered points of a decision after its lead-in ("Het college heeft besloten: 1. de nota … vast te stellen
    …; 2. bij nieuwe gemeentelijke gebouwen voortaan anderhalf procent …"), three or more: each a part of its own;
    also a minute's lettered resolutions ("RESOLVED that: (a) the report be received …; (b) the Clerk write to …")."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind == "item" or not DECIDING.search(b.text):
            continue
        k = i + 1
        points = []
        kind = _point_kind(blocks[k]) if k < len(blocks) else None
        while k < len(blocks) and kind and _point_kind(blocks[k]) == kind:
            points.append(k)
            k += 1
        # (each going on from the lead-in in small letters, its verb last: "de nota … vast te stellen"; not a
        # record's "to approve …" points, which :func:`with_explanations` pairs with what explains them)
        # (or after "RESOLVED that:", as an English minute words it, each a clause in small letters)
        lower = all(blocks[j].text[:1].islower() for j in points)
        dutch = kind == "digit" and all(
            len(blocks[j].text.split()) >= DECIDED_WORDS and TE_VERB.search(blocks[j].text) for j in points
        )
        if len(points) >= 3 and lower and (dutch or RESOLVED_THAT.search(b.text)):
            out |= set(points)
    return out


RESOLVED_THAT = re.compile(r"\b(?:resolved|resolves|agreed|decided)\s+that\s*:\s*$", re.I)
