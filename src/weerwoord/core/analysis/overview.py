"""A response's overview of its verdicts: the recommendations sorted by what is done with them.

A letter often opens with a box or a short table before it answers by theme: "Overgenomen advies b en f",
"Gedeeltelijk overgenomen advies a en d", "Niet overgenomen advies g en h"; or "1. To be implemented | A3, C1". Each
line is a verdict label and the recommendations it holds. That is the government's own verdict, in so many words,
for each of them, whatever the polite sentences in the section that then explains it say.
"""

from __future__ import annotations

import re

from weerwoord.core.analysis import verdict_labels
from weerwoord.core.model import Block, Verdict

MAX_WORDS = 14  # an overview's line: a label and a few identifiers
MIN_LINES = 2  # one line alone is no overview

_ID = r"(?:[A-Z]{1,3}[-.]?\d{1,2}[a-z]?|\d{1,2}(?:\.\d{1,2})?[a-z]?|[a-h]|[IVX]{1,4})"
# the identifiers at the line's end: "advies b en f", "recommendations 3, 5 and 7", "A3, C1"
IDS_AT_END = re.compile(
    r"(?:\b(?:advies|adviezen|adviespunten?|aanbevelingen?|recommendations?)\s+)?"
    rf"({_ID}(?:\s*(?:,|en|and|&)\s*{_ID})*)\s*\.?$"
)


def verdicts_by_number(blocks: list[Block], language: str) -> dict[str, tuple[Verdict, str]]:
    """For each recommendation number an overview line names, the verdict of that line and its words; empty when
    the response has no overview of two lines or more."""
    found: dict[str, tuple[Verdict, str]] = {}
    lines = 0
    for text in _lines(blocks):
        if len(text.split()) > MAX_WORDS:
            continue
        m = IDS_AT_END.search(text)
        if m is None or m.start() == 0:
            continue
        label = text[: m.start()].strip(" :|–—-")
        stated = verdict_labels.heading_verdict(label, language, words=8)
        if stated is None:
            continue
        ids = [x for x in re.split(r"\s*(?:,|&|\ben\b|\band\b)\s*", m.group(1)) if x]  # ("en" is no "e")
        lines += 1
        for ident in ids:
            found.setdefault(ident.lower(), (stated[0], text))
    return found if lines >= MIN_LINES else {}


def _lines(blocks: list[Block]) -> list[str]:
    """The texts an overview's lines may be: each block apart, and each table row's cells joined left to right."""
    out: list[str] = []
    rows: dict[int, list[Block]] = {}
    for b in blocks:
        if b.table_row:
            rows.setdefault(b.table_row, []).append(b)
        else:
            out.append(f"{b.label} {b.text}".strip() if b.label and b.label[:1].isalpha() else b.text.strip())
    for cells in rows.values():
        out.append(" | ".join(c.text.strip() for c in sorted(cells, key=lambda c: c.x0)))
    return out
