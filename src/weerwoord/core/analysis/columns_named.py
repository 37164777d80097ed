"""Recommendations in a table's column headed by their name: an economic survey's "MAIN FINDINGS |
RECOMMENDATIONS" tables, a review's "Finding | Recommendation" grid. The header says which column they are in,
whether the table was read as ruled (its rows) or as text set in columns (paragraphs at the column's edge)."""

from __future__ import annotations

import re

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.requests import asks
from weerwoord.core.model import Block

# a column's header: "RECOMMENDATIONS", "Recommendations (key recommendations in bold)", "Aanbevelingen"
HEADER = re.compile(r"^(?:recommendations?|aanbevelingen?|advies|adviezen)\b[^.:;]{0,40}$", re.I)
PAST = re.compile(r"\b(?:past|previous|earlier|prior|eerdere|vorige|vroegere)\b", re.I)
EDGE = 6.0  # points: a cell of the column starts this near the header's left edge
REACH = 40  # blocks after a header a column may run to


def column_items(blocks: list[Block]) -> list[structure._Candidate]:
    """The cells that ask under each header naming the recommendations, two headers or cells in all or more (not a
    heading "Recommendations" over a chapter: the header stands beside another on its line, or is a table's cell)."""
    out: list[structure._Candidate] = []
    for i, b in enumerate(blocks):
        if not HEADER.match(b.text.strip()) or PAST.search(b.text) or not _beside_another(blocks, i):
            continue  # (not "Recommendations in past Surveys": those a follow-up table reports on)
        for j in range(i + 1, min(len(blocks), i + REACH)):
            c = blocks[j]
            if c.kind == "heading" and not c.table_row and not c.bold:
                break
            if c.page != b.page or (c.kind == "heading" and c.text.lower().startswith(("table", "tabel"))):
                break
            if abs(c.x0 - b.x0) <= EDGE and c.kind != "heading" and asks(c) and c.text[:1].isupper():
                out.append(structure._Candidate(str(len(out) + 1), [c], j, numbered=False))
    return out if len(out) >= 3 else []


def _beside_another(blocks: list[Block], i: int) -> bool:
    """Whether a header stands in a row of headers ("MAIN FINDINGS" beside it), or is a table's cell."""
    b = blocks[i]
    if b.table_row:
        return True
    near = [blocks[j] for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
    return any(
        n.kind == "heading" and n.page == b.page and abs(n.x0 - b.x0) > 40 and len(n.text.split()) <= 6 for n in near
    )


# a point's number at a sentence's start inside a table cell: "1. The Agency should end … 5. The Department should …"
CELL_NUMBER = re.compile(r"(?:^|(?<=[.!?])\s+)(\d{1,2})\.\s+(?=[A-Z])")
MIN_CELL_POINTS = 3


def numbered_in_cells(blocks: list[Block]) -> list[structure._Candidate]:
    """Points numbered 1 to N inside a table's cells, several to a cell where one finding has several (an
    ombudsman's "Finding | Recommendations" table): each point from its number to the next, ordered by number.
    None unless the numbers run 1 to N, each once, most of the points asking someone to act."""
    found: list[tuple[int, structure._Candidate]] = []
    for i, b in enumerate(blocks):
        if not b.table_row:
            continue
        marks = list(CELL_NUMBER.finditer(b.text))
        own = re.fullmatch(r"(\d{1,2})[.)]", b.label.strip())
        if own and marks:
            # (the cell's first point read as a list item, its number the label: "1." before "Zorg dat … 2. Schrijf …")
            run = b.run.slice(0, marks[0].start()).strip()
            found.append((int(own.group(1)), structure._Candidate(own.group(1), [Block("paragraph", run)], i)))
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(b.text)
            run = b.run.slice(m.end(), end).strip()
            found.append((int(m.group(1)), structure._Candidate(m.group(1), [Block("paragraph", run)], i)))
    numbers = sorted(n for n, _ in found)
    if len(found) < MIN_CELL_POINTS or numbers != list(range(1, len(found) + 1)):
        return []
    items = [c for _, c in sorted(found, key=lambda f: f[0])]
    asking = sum(asks(c.blocks[0]) or bool(structure.REC_VERB.search(c.blocks[0].text)) for c in items)
    return items if asking >= 0.6 * len(items) else []
