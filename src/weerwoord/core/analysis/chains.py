"""Items numbered on through an advice — 1, 2, 3 across boxes, sub-headings and chapters; 1.1, 1.2, 2.1; A, B, C —
however the layout read their numbers, and whether such a chain reads as recommendations. One of the readings
:mod:`readings` offers."""

from __future__ import annotations

import re
from dataclasses import replace

from weerwoord.core.analysis import chapter_lists, structure
from weerwoord.core.analysis.requests import asks
from weerwoord.core.model import Block
from weerwoord.core.reading.margin_labels import SECTION_NUMBER
from weerwoord.core.words import _

# a number the layout did not take for a list label: "1 Geef netbeheerders …", "1.1 A single front door. …", "A3 …"
LEADING_NUMBER = re.compile(
    r"^\(?(\d{1,2}(?:\.\d{1,2}){0,2}(?-i:[a-h])?|(?-i:[A-Z]{1,2})\d{1,2})[.):]?\s+(?=\S)"
    r"|^((?-i:[A-Z]))[.)]\s+(?=(?-i:[A-Z])\w+\s)"  # a capital letter: "A. Verhoog bij …", "B) Wijs …"
)


# a box's title run into its first item: "Aanbevelingen bij hoofdstuk 2 1 Geef …", "Recommendations 4 Fund …"
TITLE_THEN_NUMBER = re.compile(
    r"^(?:aanbeveling(?:en)?|recommendations?)\b[^.:;]{0,40}?\s(\d{1,2})\s+(?=(?-i:[A-Z]))", re.I
)


def _numbered_starts(blocks: list[Block], sections: bool = False) -> list[tuple[str, int, int]]:
    """(number, block index, where its text starts) for every block that opens with a number or code; with
    ``sections``, items labelled by a section's paragraph number too ("6.1", set in a margin)."""
    out = []
    for i, b in enumerate(blocks):
        if b.table_row:
            continue
        if b.label:
            # (a section's paragraph number as a label: "6.1", "1.1.")
            section = SECTION_NUMBER.fullmatch(b.label.removesuffix(".")) if sections else None
            number = section.group(0) if section else structure._label_number(b.label)
            if number and not (b.kind == "heading" and len(b.text.split()) < 8):  # a numbered chapter heading
                out.append((number, i, 0))
            continue
        m = LEADING_NUMBER.match(b.text) or TITLE_THEN_NUMBER.match(b.text)
        if m is None:
            continue
        rest = b.text[m.end() :]
        words = len(rest.split())
        # a chapter heading ("2 Ruimte voor het net") is short; an item says something
        if words >= 8 or (words >= 5 and structure.REC_VERB.search(rest)):
            out.append((m.group(1) or m.group(2), i, m.end()))
    return out


def _predecessors(number: str) -> list[str]:
    """The numbers that may stand right before ``number`` in one list: 3 ← 2; 2.1 ← 1.x; 2.2 ← 2.1; A3 ← A2."""
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{1,2})", number)
    if m:  # 4.1.2 ← 4.1.1; 4.2.1 ← 4.1.x (a chapter's paragraphs numbered under its sections)
        major, minor, point = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if point > 1:
            return [f"{major}.{minor}.{point - 1}"]
        return [f"{major}.{minor - 1}.{k}" for k in range(1, 20)] if minor > 1 else []
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})", number)
    if m:
        major, minor = int(m.group(1)), int(m.group(2))
        return [f"{major}.{minor - 1}"] if minor > 1 else [f"{major - 1}.{k}" for k in range(1, 20)]
    m = re.fullmatch(r"([A-Z]{0,2})(\d{1,2})", number)
    if m and int(m.group(2)) > 1:
        return [f"{m.group(1)}{int(m.group(2)) - 1}"]
    m = re.fullmatch(r"(\d{1,2})([a-h])", number)  # "1b" ← "1a"; "2a" ← any of 1a–1h
    if m:
        major, letter = int(m.group(1)), m.group(2)
        if letter > "a":
            return [f"{major}{chr(ord(letter) - 1)}"]
        return [f"{major - 1}{c}" for c in "abcdefgh"] if major > 1 else []
    if re.fullmatch(r"[B-Z]", number):
        return [chr(ord(number) - 1)]  # "B" ← "A"
    return []


def _first_of_chapter(number: str, blocks: list[Block], i: int) -> bool:
    """ "4.1" right under the heading of chapter 4 ("4 Advies"): the chapter's paragraphs numbered from its own
    number (an advice whose last chapter gives its recommendations as paragraphs 4.1, 4.2 …)."""
    m = re.fullmatch(r"(\d{1,2})\.1(\.1)?", number)
    if m is None:
        return False
    # (or "4.1.1" under "4.1 Overbevolking", itself under "4 Aanbevelingen")
    head = rf"{m.group(1)}(?:\.1)?" if m.group(2) else m.group(1)
    heading = next((b for b in reversed(blocks[:i]) if b.kind == "heading"), None)
    return heading is not None and re.match(rf"{head}\.?\s+\S", heading.text) is not None


def _first(number: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]{0,2})1|1\.1|1a|A", number))


def chains(blocks: list[Block]) -> list[list[structure._Candidate]]:
    """Items numbered on through the text — 1, 2, 3 across boxes, sub-headings and chapters, or 1.1, 1.2, 2.1 …
    — however the layout read their numbers: the longest chains, each at least three long and starting at 1."""
    starts = _numbered_starts(blocks)
    # the best chain ending at each start: items of one list look alike (type, size, indent) and recommend
    ends: dict[str, list[tuple[float, int]]] = {}  # number -> (score, position in starts) of chains ending there
    score: list[float] = []
    back: list[int] = []
    for k, (number, i, _at) in enumerate(starts):
        own = 1.0 + (0.5 if structure.REC_VERB.search(blocks[i].text) else 0.0)
        best, prev = (own, -1) if _first(number) or _first_of_chapter(number, blocks, i) else (0.0, -1)
        for p in _predecessors(number):
            for s_prev, j in ends.get(p, []):
                before = starts[j][1]
                near = 0.3 if i - before <= 6 else 0.0  # the items of one list stand close together
                total = s_prev + own + near + (0.5 if _alike(blocks[before], blocks[i]) else 0.0)
                if total > best:
                    best, prev = total, j
        score.append(best)
        back.append(prev)
        if best:
            ends.setdefault(number, []).append((best, k))
    lengths = []
    for k in range(len(starts)):
        n, j = 1, back[k]
        while j >= 0:
            n, j = n + 1, back[j]
        lengths.append(n)
    order = sorted((k for k in range(len(starts)) if score[k]), key=lambda k: -score[k])
    out: list[list[structure._Candidate]] = []
    taken: set[int] = set()
    for k in order:
        if lengths[k] < 3 or k in taken:
            continue
        chain = []
        while k >= 0:
            taken.add(k)
            chain.append(k)
            k = back[k]
        out.append(_candidates(blocks, [starts[k] for k in reversed(chain)]))
    return out


def _candidates(blocks: list[Block], picked: list[tuple[str, int, int]]) -> list[structure._Candidate]:
    """The items at the numbered starts ``picked``, each with the paragraphs that hang under it."""
    items = []
    for n, (number, i, at) in enumerate(picked):
        b = blocks[i]
        run = b.run.slice(at, len(b.text)).strip() if at else b.run
        upto = picked[n + 1][1] if n + 1 < len(picked) else len(blocks)
        items.append(
            structure._Candidate(number, [replace(b, run=run, label="", table_row=0), *_hanging(blocks, i, upto)], i)
        )
    return items


def recommendations_chapter(blocks: list[Block]) -> list[structure._Candidate]:
    """The paragraphs 6.1, 6.2 … of a chapter headed as recommendations ("6. RECOMMENDATIONS", its number set as
    the heading's label or in its text, theme sub-headings under it) in a report that numbers every paragraph so:
    three or more, numbered on from 1, however the chapters before them were numbered (the first such chapter)."""
    by_chapter: dict[str, list[tuple[str, int, int]]] = {}
    for start in _numbered_starts(blocks, sections=True):
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})", start[0])
        if m and int(m.group(2)) == len(by_chapter.setdefault(m.group(1), [])) + 1:
            by_chapter[m.group(1)].append(start)
    for chapter, picked in by_chapter.items():
        if len(picked) < 3:
            continue
        heading = _chapter_heading(blocks, picked[0][1])
        if heading is not None and heading[0] == chapter and ONLY_RECOMMENDATIONS.match(heading[1]):
            return _candidates(blocks, picked)
    return []


def _chapter_heading(blocks: list[Block], i: int) -> tuple[str, str] | None:
    """The number and text of the numbered heading over block ``i``, past unnumbered sub-headings ("Funding")."""
    for b in reversed(blocks[:i]):
        if b.kind != "heading":
            continue
        own = re.match(r"(\d{1,2})\.?\s+(\S.*)", b.text)
        if b.label and (number := structure._label_number(b.label)):
            return number, b.text
        if own:
            return own.group(1), own.group(2)
    return None


def _hanging(blocks: list[Block], i: int, upto: int) -> list[Block]:
    """The paragraphs that hang under item ``i`` (indented past its number), up to the next item: an item's bold
    sentence and its plain explanation are one recommendation."""
    out = []
    for j in range(i + 1, upto):
        b = blocks[j]
        if b.kind == "heading" or b.table_row or b.x0 <= blocks[i].x0 + 4 or b.page - blocks[i].page > 1:
            break
        out.append(b)
    return out


def chain_description(items: list[structure._Candidate], blocks: list[Block]) -> str:
    heading = next(
        (blocks[j].text for j in range(items[0].start_index - 1, -1, -1) if blocks[j].kind == "heading"), None
    )
    if heading:
        return _("the {count} items numbered {first}–{last} through the text from “{heading}” on").format(
            count=len(items), first=items[0].number, last=items[-1].number, heading=short(heading)
        )
    return _("the {count} items numbered {first}–{last} through the text").format(
        count=len(items), first=items[0].number, last=items[-1].number
    )


def _alike(a: Block, b: Block) -> bool:
    """Whether two items are set alike: the same weight, slant and size, the same indent."""
    return a.bold == b.bold and a.italic == b.italic and abs(a.size - b.size) < 0.6 and abs(a.x0 - b.x0) < 12


def chain_readings(blocks: list[Block]) -> list[tuple[str, list[structure._Candidate]]]:
    """The chains that read as recommendations, each with its description; and after each its items that ask, where
    findings numbered before them carry the count on ("5. Beperk …" after "1. Ruim 38 procent van de huurders …")."""
    out = []
    for items in chains(blocks):
        if len(items) >= 3 and recommending(items, blocks):
            out += [items, tail] if (tail := asking_tail(items)) else [items]
    return [(chain_description(items, blocks), items) for items in out]


def asking_tail(items: list[structure._Candidate]) -> list[structure._Candidate]:
    """The items of a chain after the last that asks no one to act, where three or more follow it and most before
    it ask nothing ("1. Ruim 38 procent …" … "4. De servicekosten …", findings, then "5. Beperk de huurverhoging …"
    … "11. Organiseer …"); none otherwise."""
    asking = [asks(c.blocks[0]) for c in items]
    k = max((j for j, a in enumerate(asking) if not a), default=-1) + 1
    return items[k:] if len(items) - k >= 3 and 2 * sum(asking[:k]) < k else []


def recommending(items: list[structure._Candidate], blocks: list[Block]) -> bool:
    """Whether a chain of numbered items reads as recommendations: most of them recommend in words ("should",
    "adviseert"), or they stand under a recommendations heading or in boxes titled so ("Aanbevelingen bij
    hoofdstuk 2"), as imperatives ("Geef netbeheerders …") carry no such word."""
    if sum(c.blocks[0].text.rstrip().endswith("?") for c in items) * 2 > len(items):
        return False  # questions put ("Do you support the proposed hours …?"), however they are worded
    if items[0].number.count(".") == 2:
        # paragraphs numbered to three levels ("5.1.2 The Commission further finds …", "5.1.4 … recommends …") are a
        # report's findings and recommendations together, unless they stand in a chapter of recommendations alone
        return _in_recommendations_chapter(items, blocks)
    verbs = sum(bool(structure.REC_VERB.search(c.blocks[0].text)) for c in items)
    if verbs >= max(2, 0.5 * len(items)):
        return True
    if sum(asks(c.blocks[0]) for c in items) >= max(3, 0.6 * len(items)):
        return True  # most items ask someone to act ("Breid … uit", "Leg in het plan vast", "We vragen …")
    if chapter_lists.introduced_as_recommendations(blocks, items[0].start_index):
        return True  # "Op basis van het voorgaande komt de commissie tot de volgende aanbevelingen."
    if _in_recommendations_chapter(items, blocks):
        return True
    own_items = {c.start_index for c in items}
    titled = 0
    for c in items:
        i = c.start_index
        own = blocks[i].text
        # a title: a heading or a short line just before the item (not a paragraph that mentions "adviezen")
        near = [
            blocks[j]
            for j in range(max(0, i - 2), i)
            if blocks[j].kind == "heading" or len(blocks[j].text.split()) <= 8
        ]
        # the heading over the list (an item set in bold may read as a heading itself)
        heading = next(
            (blocks[j].text for j in range(i - 1, -1, -1) if blocks[j].kind == "heading" and j not in own_items), ""
        )
        if (
            TITLE_THEN_NUMBER.match(own)
            or any(REC_TITLE.search(b.text) for b in near)
            or REC_TITLE.search(heading)
            or ADVICE_HEADING.match(heading)
        ):
            titled += 1
    return titled >= max(2, 0.5 * len(items))


# a chapter headed by its recommendations alone ("6 Aanbevelingen", "Our recommendations"; not "Summary and
# recommendations", whose numbered paragraphs are the summary's)
ONLY_RECOMMENDATIONS = re.compile(
    r"^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]?\s+)?(?:(?:onze|de|our|the)\s+)?(?:aanbevelingen|recommendations)\s*$",
    re.I,
)


NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]?\s+\S")


def _in_recommendations_chapter(items: list[structure._Candidate], blocks: list[Block]) -> bool:
    """Whether the items all stand in one numbered chapter headed as recommendations ("6 Aanbevelingen"), below
    theme sub-headings of their own ("Alarmering en informatievoorziening")."""
    first, last = items[0].start_index, items[-1].start_index
    # (its themes may be numbered as sections of the chapter the items' numbers are under: "4.2 Toezicht" over "4.2.1")
    chapter = items[0].number.split(".")[0] + "." if items[0].number.count(".") == 2 else None

    def other_chapter(b: Block) -> bool:
        return bool(NUMBERED_HEADING.match(b.text)) and not (chapter and b.text.startswith(chapter))

    if any(b.kind == "heading" and other_chapter(b) for b in blocks[first:last]):
        return False  # the items run on through other chapters
    themes = 0
    for j in range(first - 1, -1, -1):
        b = blocks[j]
        if b.kind != "heading":
            continue
        if ONLY_RECOMMENDATIONS.match(b.text):
            return True
        themes += 1
        if other_chapter(b) or themes > 1:
            return False  # another chapter's heading, or more than the first item's theme: not that chapter
    return False


REC_TITLE = re.compile(r"\b(?:aanbeveling(?:en)?|recommendations?|adviezen)\b", re.I)


# a chapter headed only by the advice itself: "04 Advies", "2.3 Advies", "Ons advies", "Conclusies en advies"
ADVICE_HEADING = re.compile(
    r"^(?:(?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,4})[.)]?\s+)?"
    r"(?:(?:ons|het|our|conclusies? en|conclusions? and)\s+)?(?:advies|advice)\s*$",
    re.I,
)


def short(text: str, words: int = 8) -> str:
    """The first words of a heading, for a description."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def ends_with(items: list[structure._Candidate], tail: list[structure._Candidate]) -> bool:
    """Whether ``items`` end with the items of ``tail`` (the same numbers and texts), and have more before them."""
    return len(items) > len(tail) >= 2 and [_said(c) for c in items[-len(tail) :]] == [_said(c) for c in tail]


def _said(item: structure._Candidate) -> tuple[str, str]:
    """An item's number and the start of its text (two readings build their own items of the same blocks)."""
    return item.number, item.blocks[0].text[:60]
