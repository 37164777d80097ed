"""Recommendations graded by kind in their labels, as an external auditor sets them out: boxes headed "Statutory
recommendation", "Key recommendation 1", "Key recommendation 2", "Improvement recommendation 1" … each numbered
from 1 within its kind. The response cites them by the kind's initial and the number ("KR1", "IR2 and IR3"), so each
item's code is that: "SR", "KR1", "IR2"."""

from __future__ import annotations

import re

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.tags import from_one
from weerwoord.core.model import Block

# the label on a line of its own: a kind's word, the word for a recommendation and a number, or no number where the
# kind has one recommendation only ("Statutory recommendation")
KIND_LABEL = re.compile(
    r"^((?-i:[A-Z][a-z]{2,15}))\s+(recommendation|aanbeveling)(?:\s+(\d{1,2}))?\s*[:.]?\s*$",
    re.I,
)
# words that open such a line without naming a kind: "Our recommendation", "This recommendation 2"
NOT_KINDS = frozenset(
    [
        "our",
        "this",
        "that",
        "the",
        "each",
        "every",
        "one",
        "any",
        "another",
        "further",
        "previous",
        "prior",
        "earlier",
        "former",
        "last",
        "next",
        "new",
        "onze",
        "deze",
        "die",
        "elke",
        "iedere",
        "een",
        "andere",
        "vorige",
        "eerdere",
        "laatste",
        "volgende",
        "nieuwe",
    ]
)
KIND_ITEMS = 4  # items, at least, under two kinds or more
UNDER_REACH = 6  # blocks under a label: its text, or the fields of its box


def recommendation_kinds(blocks: list[Block]) -> tuple[str, list[structure._Candidate]]:
    """The items under labels of two kinds or more, each kind numbered from 1 (or one of its kind, unnumbered), in
    the document's order, each coded by its kind's initial ("KR1"): the kinds' labels, and the items."""
    hits: list[tuple[int, str, str, int | None]] = []  # (where, the kind, the label's word, its number)
    for i, b in enumerate(blocks):
        m = KIND_LABEL.match(b.text.strip())
        if m and not b.label and not b.table_row and m.group(1).lower() not in NOT_KINDS:
            hits.append((i, m.group(1).capitalize(), m.group(2).lower(), int(m.group(3)) if m.group(3) else None))
    kinds: dict[str, list[int | None]] = {}
    for _, kind, _, number in hits:
        kinds.setdefault(kind, []).append(number)
    if len(kinds) < 2 or len(hits) < KIND_ITEMS or not all(map(_numbered_from_one, kinds.values())):
        return "", []
    codes = [f"{kind[0]}{word[0]}{number or ''}".upper() for _, kind, word, number in hits]
    if len(set(codes)) < len(codes):
        return "", []  # two kinds with the same initial: the codes would not tell them apart
    starts = {i for i, _, _, _ in hits}
    out = []
    for (i, _, _, _), code in zip(hits, codes, strict=True):
        under = _under(blocks, i, starts)
        if not under:
            return "", []
        out.append(structure._Candidate(code, under, i))
    if sum(any(structure.REC_VERB.search(b.text) for b in c.blocks) for c in out) < 0.6 * len(out):
        return "", []
    labels = ", ".join(kinds)
    return f"{labels} {hits[0][2]}", out


def _numbered_from_one(numbers: list[int | None]) -> bool:
    """Whether a kind's labels are numbered 1, 2, 3 … (in any order, each once), or it has one, unnumbered."""
    return numbers == [None] or (None not in numbers and from_one([n or 0 for n in numbers]))


def _under(blocks: list[Block], i: int, starts: set[int]) -> list[Block]:
    """What a label heads: the text of its box's field named as the recommendation ("Recommendation" over "The
    Council should …", then "Why", "Summary findings"), else the text under it to the next heading or label."""
    under: list[Block] = []
    for j in range(i + 1, min(len(blocks), i + UNDER_REACH)):
        if blocks[j].kind == "heading" or j in starts:
            break
        if structure.FIELD_NAME.fullmatch(blocks[j].text.strip()):
            return [blocks[j + 1]] if j + 1 < len(blocks) and j + 1 not in starts else []
        under.append(blocks[j])
    return under
