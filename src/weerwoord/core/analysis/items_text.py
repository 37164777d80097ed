"""Where an item's text is, and what titles it: the asking cell of a table row numbered in its first column, and
the sub-heading over a recommendation of its own."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import replace

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.bill_articles import ARTICLE
from weerwoord.core.analysis.tallies import number_words
from weerwoord.core.model import Block, Recommendation

# a line that says whom the recommendations under it ask: "Aan schoolbesturen", "Aan de minister van OCW:", "To the
# Federal Railroad Administration:"
ADDRESSEE_LINE = re.compile(r"^(?:aan|to|for)\s+(?:de|het|alle|the|all\s+)?\s*\w[^.;]{0,90}:?$", re.I)
NOT_VERBS = frozenset(("no", "geen", "none", "not", "niet")) | number_words()


def asking_cell(c: structure._Candidate, blocks: list[Block]) -> structure._Candidate:
    """An item numbered in a table's first column whose own cell states the context ("Results were published only by
    constituency …"), where another cell of its row asks ("The Electoral Commission should publish …"): that cell is
    its text."""
    from weerwoord.core.analysis.requests import asks, opens_with_verb

    def clearly_asks(b: Block) -> bool:
        # (not a statement opening with a number or a "no": "Seven petitions …", "No spending limits exist …")
        first_word = (b.text.split() or [""])[0].lower()
        return asks(b) and not (opens_with_verb(b.text) and first_word in NOT_VERBS)

    first = c.blocks[0]
    # (a cell that titles the row, no sentence, says what the row is on however it opens: "Pedagogisch beleidsplan,
    # art. 8 lid 2 Besluit kwaliteit kinderopvang")
    titles = len(first.text.split()) <= 14 and not first.text.rstrip().endswith((".", "!", "?", ";"))
    # (nor a finding that only opens like a command, a verb of being or the past a few words on: "Blast monitor BM2 is
    # 1.8 km from the nearest residence …", "Weed cover at the Pine Ridge offset area has increased …", beside
    # "Relocate blast monitor BM2 …" in the next column)
    first_asks = clearly_asks(first)
    stating = first_asks and bool(_STATING.match(" ".join(first.text.split()[1:9])))
    if not first.table_row or len(c.blocks) > 1 or (first_asks and not titles and not stating):
        return c
    if blocks[c.start_index] is not first:
        return c
    cells = structure.row_cells(blocks, c.start_index)
    later = cells[cells.index(c.start_index) + 1 :] if stating and c.start_index in cells else cells
    asking = [j for j in later if j != c.start_index and asks(blocks[j])]
    # (two that ask, a recommendation and the actions suggested for it: both its text, the recommendation first)
    return replace(c, blocks=[blocks[j] for j in asking[:2]]) if asking else c


# (before any modal or clause that makes it a command: not "Ensure that complaint investigations are completed …",
# "The provider must ensure that … records are accurate")
_STATING = re.compile(
    r"^(?:(?!(?:that|dat|to|om|te|so|zodat|which|who|die|waar|where|must|should|shall|moet|moeten|dient|dienen)\b)"
    r"\S+\s+)*?(?:is|are|was|were|has|have|had|\w{3,}ed"
    # (or in Dutch: "Onder de schommel … ligt gras", "Boven de speelzone hangen dode takken")
    r"|zijn|waren|wordt|worden|werd|werden|heeft|hebben|ligt|liggen|hangt|hangen|grenst|grenzen|staat|staan"
    r"|ontbreekt|ontbreken)\b",
    re.I,
)
# "Clause 5:", "Artikel 12a:", "Chapter IV:", "Thema 3:" opening a sub-heading
# (not a recommendation's own label, "Aanbeveling 5: zicht op de resultaten", which the text under it says more of)
_NUMBERED_COLON = re.compile(
    r"^(?!(?:aanbeveling|advies|recommendation)\b)\w+\.?\s+(?:\d{1,3}[a-z]?|[IVX]{1,5})\s*:\s*\w", re.I
)
TITLE_WORDS = 10  # a sub-heading of a few words, not a bold sentence taken for a heading


# the field a form's recommendation stands in: "What we recommend: Book a surveyor's inspection …"
ASKING_FIELD = re.compile(
    r"^\s*(?:what we recommend|recommendation|recommended action|aanbeveling|ons advies|wat wij adviseren)\s*:\s*", re.I
)


def field_above(c: structure._Candidate, blocks: list[Block]) -> structure._Candidate:
    """An item whose number stands beside a form's other fields ("1 | Who: Head of Repairs By when: October 2026"),
    where the field right above it holds the recommendation ("What we recommend: Book a surveyor's inspection …"):
    that field's text is its text."""
    first = c.blocks[0]
    i = c.start_index
    # (the next item's field, read after its number, is no part of it)
    if i < 1 or blocks[i] is not first or not _fields_only(first.text.strip()):
        return c
    above = blocks[i - 1]
    field = ASKING_FIELD.match(above.text) if above.kind == "paragraph" and not above.label else None
    if field is None:
        return c
    return replace(c, blocks=[Block("paragraph", above.run.slice(field.end(), len(above.text)))])


FIELD_OPENING = re.compile(r"(?:^|(?<=\s))(?-i:[A-Z])[\w/]*(?:\s[\w/]+){0,2}:\s")  # "Who: ", "By when: "


def _fields_only(text: str) -> bool:
    """Whether a line holds a form's short fields alone: "Who: Head of Repairs By when: October 2026"."""
    fields = list(FIELD_OPENING.finditer(text))
    return bool(fields) and fields[0].start() == 0 and len(text.split()) <= 6 * len(fields) + 4 and ". " not in text


# a motion's record after its text: "Moved: Delgado. Seconded: Okafor.   Vote: 6-1 (Brandt opposed).   CARRIED."
VOTE_TAIL = re.compile(
    r"\s+(?:moved|proposed)(?:\s+by)?\s*:\s.{0,160}?\b(?:carried|agreed|passed|aangenomen)\.?\s*$", re.I
)


def without_vote(rec: Recommendation) -> None:
    """A motion's recommendation without the record of the vote after it."""
    m = VOTE_TAIL.search(rec.text)
    if m and m.start() > 0:
        rec.run = rec.run.slice(0, m.start())


def title(blocks: list[Block], start: int) -> str:
    """The sub-heading nearest above the item at ``start`` ("3.3 Landschap en cultuurhistorie"), or ""; for a table's
    cell, the row's theme in its first cell ("Brandveiligheid | Laat de brandweer elk kot controleren …"), which
    a response may answer under ("Brandveiligheid – akkoord.")."""
    row = blocks[start].table_row
    if row:
        cells = [blocks[j] for j in range(max(0, start - 3), min(len(blocks), start + 4)) if blocks[j].table_row == row]
        theme = min(cells, key=lambda b: b.x0)  # (the row's first cell, left of the item)
        words = theme.text.split()
        if theme.x0 < blocks[start].x0 and 1 <= len(words) <= 3 and theme.text[:1].isalpha():
            return theme.text.strip() if not any(w[:1].isdigit() for w in words) else ""
        # (or the article of the rules it is about: "art. 21 Orde- en tuchtmaatregelen | Geef een leerling …")
        if theme.x0 < blocks[start].x0 and len(words) <= TITLE_WORDS and ARTICLE.match(theme.text.strip()):
            return theme.text.strip()
    for j in range(start - 1, max(-1, start - 8), -1):
        b = blocks[j]
        if b.kind == "heading" and not b.table_row:
            text = b.text.strip()
            # (not whom it asks, "Aan de minister van …", nor a bold sentence "Conclusie: het panel …"; a colon after
            # what the heading numbers is a title's, "Clause 5: power to amend the Transport Act 2000")
            colon = ":" in text and not _NUMBERED_COLON.match(text)
            plain = len(text.split()) <= TITLE_WORDS and not ADDRESSEE_LINE.match(text) and not colon
            return text if plain else ""
        if opening := _bold_title(b):
            return opening
    return ""


def sentence_titles(recs: list[Recommendation], items: list[structure._Candidate], blocks: list[Block]) -> None:
    """Give the recommending sentences their theme's title run in above them, where each has its own ("**Thema 2 -
    Parkeren** (B01, …)" over "De GECORO adviseert om de parkeernorm …"): a response may answer under it."""
    if len(recs) != len(items):
        return
    # (each sentence's block, the first that holds its opening: one search through the joined text, not one per block)
    joined = "\x00".join(b.text for b in blocks)
    offsets = list(itertools.accumulate((len(b.text) + 1 for b in blocks[:-1]), initial=0))
    found = [joined.find(c.blocks[0].text[:80]) for c in items]
    at = [bisect.bisect_right(offsets, pos) - 1 if pos >= 0 else 0 for pos in found]
    titles(recs, [bold_title_above(blocks, i) if i else "" for i in at])


def bold_title_above(blocks: list[Block], start: int) -> str:
    """The title a paragraph nearest above ``start`` opens with in bold ("**Thema 2 - Parkeren** (B01, B02)"), back to
    the nearest heading, or "": a theme's title run in, where sentences recommend under it."""
    for j in range(start - 1, max(-1, start - 8), -1):
        if blocks[j].kind == "heading":
            return ""
        if opening := _bold_title(blocks[j]):
            return opening
    return ""


def _bold_title(b: Block) -> str:
    """A title a paragraph opens with in bold ("**Thema 2 - Parkeren** (B01, B02)"), no label run in ("**Beoordeling.**
    …"), or ""."""
    end = next((e for s, e in b.bold_spans if s == 0), 0) if b.kind == "paragraph" and not b.table_row else 0
    said = b.text[:end].strip()
    label = said.endswith((".", ":")) or not said[:1].isalpha()
    return said if said and not label and len(said.split()) <= TITLE_WORDS else ""


def titles(recs: list[Recommendation], titles: list[str]) -> None:
    """Give each recommendation its sub-heading where that heading titles it alone: a response often answers under
    the advice's own titles ("3.4 Landschap en cultuurhistorie. De beeldkwaliteit …"); a heading over several
    ("Aanbevelingen", "Bail supervision") says nothing of any one of them."""
    counts = Counter(titles)
    for rec, title in zip(recs, titles, strict=True):
        if title and counts[title] == 1:
            rec.title = title


def dedupe(recs: list[Recommendation]) -> list[Recommendation]:
    """One recommendation per number: the fullest text stands, the others become places it is repeated."""
    by_number: dict[str, Recommendation] = {}
    order: list[str] = []
    for r in recs:
        if r.number not in by_number:
            by_number[r.number] = r
            order.append(r.number)
            continue
        kept = by_number[r.number]
        if _fuller(r.text, kept.text):
            r.also_at.append(kept.run)
            r.also_at.extend(kept.also_at)
            by_number[r.number] = r
        else:
            kept.also_at.append(r.run)
    return [by_number[n] for n in order]


def _fuller(new: str, kept: str) -> bool:
    """Whether ``new`` says more than ``kept``: a dozen letters more (a list that reads its "Page 5" column into
    the text, "… attendance data Page 5 for every …", or breaks "ring-|fenced", says nothing more)."""
    return len(_LETTERS.sub("", new.lower())) > len(_LETTERS.sub("", kept.lower())) + 12


_LETTERS = re.compile(r"[^a-zà-ÿ]")


# a cell that gives the paragraph where the full text stands: "3.3", "3.12"
_PARAGRAPH_CELL = re.compile(r"^\s*(?:para(?:graph)?\.?\s*|§\s*)?(\d{1,2}\.\d{1,3})\s*$", re.I)


def full_text(rec: Recommendation, c: structure._Candidate, blocks: list[Block], taken: set[tuple[int, int]]) -> None:
    """A recommendation in short form in a summary table whose row gives the paragraph of its full text ("4.0%
    increase to all pay points" | "3.3"): the sentence of that paragraph that says most of what the short form says,
    a recommending one first, is its text, the short form kept as a repeat. ``taken``: sentences already given to a
    row before (two rows may point at one paragraph)."""
    from weerwoord.core.analysis.likeness import terms
    from weerwoord.core.analysis.spans import sentence_spans

    first = c.blocks[0]
    if not first.table_row or len(first.text.split()) > 14:
        return
    cells = [blocks[j].text for j in structure.row_cells(blocks, c.start_index) if j != c.start_index]
    number = next((m.group(1) for t in cells if (m := _PARAGRAPH_CELL.match(t))), None)
    if number is None:
        return
    own = re.compile(rf"{re.escape(number)}\s+(?=\S)")
    at = next((k for k, b in enumerate(blocks) if not b.table_row and own.match(b.text)), None)
    if at is None:
        return
    text = blocks[at].run.text
    short = set(terms(first.text))
    best: tuple[tuple[bool, int, int], int, int] | None = None
    for a, b in sentence_spans(text):
        if (at, a) in taken:
            continue
        said = text[a:b]
        score = (bool(structure.REC_VERB.search(said)), len(short & set(terms(said))), -a)
        if score[1] and (best is None or score > best[0]):
            best = (score, a, b)
    if best is None:
        return
    _, start, end = best
    taken.add((at, start))
    numbered = own.match(text)
    if start == 0 and numbered:
        start = numbered.end()  # (the paragraph's number is no part of it)
    rec.also_at = [*rec.also_at, rec.run]
    rec.run = blocks[at].run.slice(start, end)


REPEAT_REF = re.compile(r"\((?:zie\s+|see\s+)?(?:aanbeveling|recommendation|rec\.)\s+(\d{1,2}[a-z]?)\)", re.I)


def find_repeats(recs: list[Recommendation], blocks: list[Block], used: set[int]) -> None:
    """Short repeats elsewhere (a summary): "(Recommendation 2)" after a phrase, or a sentence that says the same."""
    by_number = {r.number: r for r in recs}
    for b in blocks:
        if id(b) in used:
            continue
        for m in REPEAT_REF.finditer(b.text):
            rec = by_number.get(m.group(1).lower())
            if rec is None:
                continue
            start = max(
                (b.text.rfind(sep, 0, m.start()) + len(sep) if sep in b.text[: m.start()] else 0)
                for sep in (". ", ", ", "; ", ": ", " and ", " en ")
            )
            rec.also_at.append(b.run.slice(start, m.end()).strip())
    in_summary = False
    summary_blocks: list[Block] = []
    for b in blocks:
        if b.kind == "heading":
            in_summary = bool(structure.SUMMARY_CHAPTER.search(b.text))
            continue
        if in_summary and id(b) not in used:
            summary_blocks.append(b)
    if not summary_blocks or not recs:
        return
    from rapidfuzz import fuzz  # imported when needed: 11 ms at every start otherwise

    for b in summary_blocks:
        for start, end in structure._sentences(b.text):
            sentence = b.text[start:end]
            if len(sentence.split()) < 6:
                continue
            scored = [(fuzz.token_set_ratio(sentence.lower(), r.text.lower()), r) for r in recs]
            score, rec = max(scored, key=lambda x: x[0])
            if score >= 62:
                rec.also_at.append(b.run.slice(start, end))


def addressee(blocks: list[Block], start: int) -> str:
    """The addressee line nearest above the item at ``start`` (past the items before it), or ""."""
    for j in range(start - 1, max(-1, start - 16), -1):
        b = blocks[j]
        if len(b.text.split()) <= 12 and ADDRESSEE_LINE.match(b.text.strip()):
            return b.text.strip().rstrip(":")
        if lead := ADDRESSED_LEAD.search(b.text.strip()):  # ("SACRE recommends that the local authority:")
            return lead.group(1)
        if b.kind == "heading":
            return ""
    return ""


# a lead-in that names whom the points under it ask: "SACRE recommends that the local authority:", "… that schools:"
ADDRESSED_LEAD = re.compile(
    r"\b(?:recommends?|urges?|asks?|advises?|adviseert|adviseren|vraagt|vragen)\s+(?:that\s+)?"
    r"((?:the\s+|de\s+|het\s+|all\s+|alle\s+)?[\w-]+(?:\s+[\w-]+){0,2})(?:\s+to)?\s*:$",
    re.I,
)
