"""Points under titles of their own: a code and a few words over a box's text ("BEO-2 · prioriteit 1"), a table row
led by its code, or titles lettered or numbered in sequence ("A. Leg de omgangsvormen vast") over paragraphs that
ask someone to act."""

from __future__ import annotations

import re

from weerwoord.core.analysis import codes, structure
from weerwoord.core.analysis.naming import ITEM_CODE
from weerwoord.core.analysis.requests import asks, no_work_in_row, opens_with_verb
from weerwoord.core.analysis.structure import row_cells
from weerwoord.core.analysis.table_replies import CODE
from weerwoord.core.model import Block

# a code over a recommendation's text, as a box's title: "AAN-1 · prioriteit 1", "A1 · steun 94 procent", "R3"
CODE_TITLE = re.compile(rf"^({codes.LONG_CODE}|{CODE})(?:\s*[·:–—\-|]\s*|\s+|$)(?=[^\n]{{0,50}}$)")


def coded_titles(blocks: list[Block]) -> list[structure._Candidate]:
    """Texts under a title that is a code and a few words ("BEO-2 · prioriteit 1" over its box's text), one per
    code, in the document's order: three or more such make a reading, whatever the codes look like."""
    out: list[structure._Candidate] = []
    seen: set[str] = set()
    for i, b in enumerate(blocks[:-1]):
        coded = b.kind == "item" and b.table_row and ITEM_CODE.fullmatch(b.label.strip())
        code = b.label.strip().rstrip(".):")
        # (a row that asks in one of its cells: not a table of standards "KA1 | Kwaliteitszorg | Voldoende")
        # (nor one whose row asks nothing: "T15 | Horse chestnut | No work at present; check again at the next survey")
        if (
            coded
            and code not in seen
            and any(asks(blocks[j]) for j in row_cells(blocks, i))
            and not no_work_in_row(blocks, i)
        ):
            # a table's row led by its code ("S2 | De bewegwijzering … | Breng … aan"): the row's asking cell is
            # taken as its text when the reading is built
            seen.add(code)
            out.append(structure._Candidate(code, [b], i))
            continue
        title = f"{b.label} {b.text}".strip()
        m = CODE_TITLE.match(title)
        if m is None or b.table_row or len(title.split()) > 6 or m.group(1) in seen:
            continue
        text = blocks[i + 1]
        if (text.kind == "heading" and len(text.text.split()) < 8) or text.table_row or len(text.text.split()) < 6:
            continue
        seen.add(m.group(1))
        out.append(structure._Candidate(m.group(1), [text], i + 1))
    return out if len(out) >= 3 else []


# a title led by a letter or a number in sequence, a few words long: "A. Leg de omgangsvormen vast", "3. Raadsvragen",
# "#1 Op tijd voor het eerste uur"
# (a number alone before a title in capitals too: "3 Reizen mag geen drempel zijn", a card's big number)
TITLE_LABEL = re.compile(r"^#?([A-Z]|\d{1,2})(?:[.)]|(?<=#\d)|(?<=#\d\d)|(?<=\d)(?=\s+[A-ZÀ-Ý]))\s+(\S.{0,70})$")


def titled_points(blocks: list[Block]) -> list[structure._Candidate]:
    """Points under titles lettered or numbered in sequence ("A. Leg de omgangsvormen vast" over "Maak als raad
    afspraken …"), each title's paragraph asking someone to act (sub-headings that name whom they are for may stand
    between them): three or more make a reading, the paragraph each point's text."""
    out: list[structure._Candidate] = []
    for i, b in enumerate(blocks[:-1]):
        m = TITLE_LABEL.match(f"{b.label} {b.text}".strip() if b.label else b.text.strip())
        if m is None or b.kind != "heading" or b.table_row or len(m.group(2).split()) > 8:
            continue
        text = blocks[i + 1]
        # (a verb first, the point set apart by its title: "Maak als raad afspraken …")
        if text.kind != "paragraph" or text.table_row or not (asks(text) or opens_with_verb(text.text)):
            continue
        label = m.group(1)
        expected = _next_label(out[-1].number) if out else None
        if out and label != expected:
            if len(out) >= 3:
                break
            out = []
        if out or label in ("A", "1"):
            out.append(structure._Candidate(label, [text], i + 1))
    return out if len(out) >= 3 else []


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
