"""The lists of an advice that may hold its recommendations: numbered, lettered or bulleted items in a
recommendations chapter (going on past theme sub-headings and numbered titles), and numbered lists anywhere that
read like recommendations."""

from __future__ import annotations

import re

from weerwoord.core.analysis.requests import opens_with_verb
from weerwoord.core.analysis.structure import (
    ASKING_VERB,
    BULLET_LABEL,
    CONCLUSION_ONLY,
    DIGIT_LABEL,
    LETTER_LABEL,
    REC_CHAPTER,
    REC_VERB,
    ROMAN_LABEL,
    TABLE_NUMBER,
    _Candidate,
    _label_number,
    _new_series,
    _sub_number,
    _value,
)
from weerwoord.core.model import Block
from weerwoord.core.reading.page_lines import ends_sentence

# a request put politely, in the passive or as a question, closing a point of a scrutiny letter: "It is requested that
# the Department …", "… the Department's views in this regard would be appreciated", "An amendment would appear to be
# in order", "Would the Department be prepared to amend …?", "Wij verzoeken u …", "De commissie stelt het op prijs …"
POLITE_REQUEST = re.compile(
    r"\b(?:it is (?:requested|recommended|suggested)|(?:is|are) (?:asked|requested|invited) to|would be appreciated"
    r"|would (?:appear|seem) to be (?:in order|required|necessary|needed)"
    r"|(?:would|will|could) the (?:department|minister|ministry|government|secretary|agency|board|authority)"
    r" (?:be (?:prepared|willing|able)|agree|consider|confirm|explain|indicate)"
    r"|wordt (?:u |de minister |het college )?(?:verzocht|gevraagd)"
    r"|(?:stelt|stellen|zou|zouden) (?:\w+ )?(?:het )?op prijs"
    r"|is (?:de minister|het college|de staatssecretaris|de regering) bereid)\b",
    re.I,
)


def section_end(blocks: list[Block], start: int, body_size: float) -> int:
    head = blocks[start]
    for j in range(start + 1, len(blocks)):
        b = blocks[j]
        if b.kind == "heading" and b.size >= head.size - 0.6 and (b.bold or not head.bold or b.size > body_size):
            if b.label and not head.label and b.size < head.size - 0.3:
                continue  # numbered titles a little smaller than an unnumbered chapter heading are inside it
            return j
    return len(blocks)


# a letter's numbered chapter titled by the one word: "3. Advies", "4. Advice" (not the title "ADVIES" over it all)
ADVICE_ALONE = re.compile(r"^\s*(?:advies|advice)\s*:?\s*$", re.I)
# a numbered chapter titled by the advice and what it is on: "3 Advies per locatie", "4. Advice on funding"
ADVICE_ON = re.compile(r"^\s*\d{1,2}\.?\s+(?:advies|advice)(?:\s+\w+){1,3}\s*:?\s*$", re.I)
# … or a chapter titled by whose advice it is, after the report has begun (not its title): "Advies van BuRO"
ADVICE_OF = re.compile(r"^\s*(?:advies|advice)\s+(?:van|of|from)(?:\s+\S+){1,4}\s*:?\s*$", re.I)


# a sub-heading over the recommendations alone, after the findings' points in one chapter
RECOMMENDATIONS_ALONE = re.compile(r"^\s*(?:recommendations|aanbevelingen|adviezen)\s*:?\s*$", re.I)


# what opens the considerations of a legal act (a Council recommendation, a decree), which state its grounds
RECITALS = re.compile(
    r"^\s*(?:overwegende(?:\s+hetgeen\s+volgt)?|whereas|considérant(?:\s+ce\s+qui\s+suit)?|considering)\s*:?\s*$", re.I
)


def _alike_alone(
    blocks: list[Block], alone: list[tuple[int, str]], headings: list[str]
) -> list[tuple[list[_Candidate], str]]:
    """The one item under a heading that opens as two or more headings over lists do ("Ons advies aan de minister
    van SZW" after three lists under "Ons advies aan UWV"): a list of one, as theirs."""
    opening = [" ".join(h.lower().split()[:3]) for h in headings]
    return [
        ([_Candidate("1", [blocks[j]], j, numbered=False)], heading)
        for j, heading in alone
        if len(heading.split()) > 3 and opening.count(" ".join(heading.lower().split()[:3])) >= 2
    ]


def chapter_lists(blocks: list[Block], body_size: float) -> list[tuple[list[_Candidate], str]]:
    """Numbered items in a recommendations / conclusions-and-recommendations chapter, the likeliest list first,
    each with the chapter's heading."""
    scored: list[tuple[float, int, list[_Candidate], str]] = []
    found: list[tuple[list[_Candidate], str]] = []
    going_on: list[list[_Candidate]] = []
    alone: list[tuple[int, str]] = []  # headings over one item only
    for i, b in enumerate(blocks):
        if b.kind != "heading" or not (
            REC_CHAPTER.search(b.text)
            or (b.label and ADVICE_ALONE.match(b.text))
            or ADVICE_ON.match(b.text)
            or (
                ADVICE_OF.match(b.text) and any(x.kind == "paragraph" and len(x.text.split()) >= 25 for x in blocks[:i])
            )
        ):
            continue
        if len(b.text.split()) > 12:
            continue
        end = section_end(blocks, i, body_size)
        numbered, other = _numbered_runs(blocks, i + 1, end), _other_runs(blocks, i + 1, end)
        lists = _from_the_start(numbered) or _from_the_start(other, lettered=True)
        # (or the report's paragraphs numbered through, going on under the chapter: "C. Aanbevelingen" 14-20 after
        # paragraphs 1-13 of its findings; under "4. Advies" only the run right under it, not the remarks 5-13 of
        # "IV. Advies" under "A. Algemene opmerkingen")
        titled = RECOMMENDATIONS_ALONE.match(b.text) or (b.label and ADVICE_ALONE.match(b.text))
        if not lists and titled:
            lists = [
                run
                for run in _going_on(numbered)
                if _numbered_through(blocks, i, run)
                and (RECOMMENDATIONS_ALONE.match(b.text) or run[0].start_index == i + 1)
            ]
        found += [(items, b.text) for items in lists]
        going_on += _going_on(numbered) + _going_on(other, lettered=True)
        if not lists and i + 1 < end and blocks[i + 1].kind == "item" and i + 2 >= end:
            alone.append((i + 1, b.text))
    found += _alike_alone(blocks, alone, [heading for _, heading in found])
    for items, heading in found + _continued(found, going_on):
        items = _without_note(items)
        if _described(blocks, items) and not RECOMMENDATIONS_TITLE.search(heading):
            continue
        if items[0].start_index and RECITALS.match(blocks[items[0].start_index - 1].text):
            continue  # the considerations of a legal act ("Overwegende hetgeen volgt:", "Whereas:"), no requests
        score = sum(bool(REC_VERB.search(c.blocks[0].text)) for c in items) + 0.5 * len(items)
        score += 2 if introduced_as_recommendations(blocks, items[0].start_index) else 0
        scored.append((score, -len(scored), items, heading))
    scored.sort(key=lambda t: (-t[0], -t[1]))
    out: list[tuple[list[_Candidate], str]] = []
    seen: set[tuple[int, ...]] = set()
    for score, _, items, heading in scored:
        key = tuple(id(c.blocks[0]) for c in items)
        if score > 0 and key not in seen:
            seen.add(key)
            out.append((items, heading))
    return out


# a lead-in that asks for the points after it ("De Raad beveelt aan:", "The Committee urges the Government to:"; not
# "Voor dit advies zijn de volgende bepalingen van belang:")
ASKING_LEAD = re.compile(
    r"\b(?:recommend\w*|beveelt|bevelen|aanbeveling\w*|adviseert|adviseren|should|must|moet|moeten|dient|vraagt|"
    r"verzoekt|urges?|calls? on|requests?|asks?|wij vragen|stellen voor|stelt voor|suggest\w*|propose\w*|expect\w*|"
    r"require\w*|verwacht\w*|invite\w*|encourage\w*|roept|roepen)\b",
    re.I,
)


# a chapter titled by the word alone, its letter or number before it: "C. Aanbevelingen" (not "B. Findings and
# recommendations", whose paragraphs are both)
RECOMMENDATIONS_ALONE = re.compile(
    r"^\s*(?:[A-Z]|\d{1,2}|[IVX]{1,4})?[.)]?\s*(?:recommendations|aanbevelingen)\s*:?\s*$", re.I
)
RECOMMENDATIONS_TITLE = re.compile(r"\b(?:recommendations|aanbevelingen)\b", re.I)  # "5. Our recommendations"


# a list's last point that speaks of points before it by their numbers: "21. Recommendations 14 to 16 should be read
# together: …" (a note on them, no recommendation; not one labelled so, "Recommendation 7: …")
NOTE_ON_POINTS = re.compile(r"^(?:recommendations?|aanbevelingen?|adviezen|advies)\s+(\d{1,2})\b(?!\s*[:.)])", re.I)


def _without_note(items: list[_Candidate]) -> list[_Candidate]:
    note = NOTE_ON_POINTS.match(items[-1].blocks[0].text) if len(items) >= 3 else None
    return items[:-1] if note and note.group(1) in {c.number for c in items[:-1]} else items


def _described(blocks: list[Block], items: list[_Candidate]) -> bool:
    """Whether a list goes on from a lead-in that asks nothing, none of its points asking: what the advice is about
    ("Voor dit advies zijn de volgende bepalingen van belang: - artikel 4 verplicht …; - artikel 8 verhoogt …")."""
    k = items[0].start_index - 1
    lead = blocks[k].text.rstrip() if k >= 0 else ""
    return (
        lead.endswith(":")
        and not ASKING_LEAD.search(lead)
        and all(c.blocks[0].text[:1].islower() for c in items)
        # (a "moet" in one of them is the law's: "de werkgever moet een weigering … motiveren")
        and sum(bool(REC_VERB.search(c.text) or ASKING_VERB.search(c.text)) for c in (x.blocks[0] for x in items)) <= 1
    )


def _continued(
    found: list[tuple[list[_Candidate], str]], going_on: list[list[_Candidate]]
) -> list[tuple[list[_Candidate], str]]:
    """A list that goes on under a later recommendations heading, its numbering running on ("Aanbevelingen aan de
    minister" a–c, then, a chapter further, "Aanbevelingen aan de operators en aan de minister" d–f): one list."""
    out: list[tuple[list[_Candidate], str]] = []
    for items, heading in found:
        joined = list(items)
        for later in going_on:
            if later[0].start_index > joined[-1].start_index and _next_label(joined[-1].number, later[0].number):
                joined += later
        if len(joined) > len(items):
            out.append((joined, heading))
    return out


def _numbered_through(blocks: list[Block], heading: int, run: list[_Candidate]) -> bool:
    """Whether a run under a chapter's heading goes on from the numbered paragraph last before the heading: the
    report numbers its paragraphs through its chapters."""
    before = next((b for b in reversed(blocks[:heading]) if b.kind == "item" and DIGIT_LABEL.match(b.label)), None)
    number = _label_number(before.label) if before is not None else None
    return number is not None and _next_label(number, run[0].number)


def _next_label(last: str, first: str) -> bool:
    """Whether ``first`` numbers the item after ``last``: "c" then "d", "3" then "4"."""
    if len(last) == len(first) == 1 and last.isalpha() and first.isalpha():
        return ord(first.lower()) == ord(last.lower()) + 1
    return last.isdigit() and first.isdigit() and int(first) == int(last) + 1


def _titles_text(blocks: list[Block], j: int, end: int) -> bool:
    """Whether a short numbered heading titles the text under it: a plain paragraph follows, no list item."""
    return (
        j + 1 < end
        and blocks[j + 1].kind == "paragraph"
        and not blocks[j + 1].label
        # (or a Roman one over a text that asks: "I. Eén vergunningenloket" over "Richt … één gezamenlijk
        # vergunningenloket in"; not a part of a council's opinion, "I. Algemene opmerkingen")
        and (
            blocks[j].label[:1].isdigit()
            or (
                ROMAN_LABEL.match(blocks[j].label) is not None
                and (opens_with_verb(blocks[j + 1].text) or bool(REC_VERB.search(blocks[j + 1].text[:200])))
            )
        )
    )


def introduced_as_recommendations(blocks: list[Block], index: int) -> bool:
    for j in range(index - 1, max(-1, index - 3), -1):
        if re.search(r"aanbevel|recommend|beveelt|adviseert|adviseren|advises", blocks[j].text, re.I):
            return True
        if blocks[j].kind == "heading":
            return bool(REC_CHAPTER.search(blocks[j].text) or ADVICE_ON.match(blocks[j].text))
    return False


def _from_the_start(runs: list[list[_Candidate]], lettered: bool = False) -> list[list[_Candidate]]:
    """The runs that start a list: at 1 or 2 (a lettered run: at "a", "A" or "1")."""
    if lettered:
        return [lst for lst in runs if lst[0].number in ("a", "A", "1")]
    return [lst for lst in runs if _value(lst[0].number) <= 2]


def _going_on(runs: list[list[_Candidate]], lettered: bool = False) -> list[list[_Candidate]]:
    """The runs that start later ("d", "e", "f"): a list going on from an earlier chapter (a lettered run: by its
    own letters, not from "a")."""
    if lettered:
        return [lst for lst in runs if lst[0].numbered and lst[0].number not in ("a", "A")]
    return [lst for lst in runs if _value(lst[0].number) > 2]


INDENT_REACH = 120.0  # points: how far right of its item an indented continuation starts at most


def numbered_lists(blocks: list[Block], start: int, end: int) -> list[list[_Candidate]]:
    """Runs of items numbered 1, 2, 3 … between ``start`` and ``end``; sub-items stay with their item."""
    return _from_the_start(_numbered_runs(blocks, start, end))


def _numbered_runs(blocks: list[Block], start: int, end: int) -> list[list[_Candidate]]:
    """Every run of two or more numbered items between ``start`` and ``end``, wherever its numbers start."""
    lists: list[list[_Candidate]] = []
    current: list[_Candidate] = []
    last = ""  # the last number seen, also of a conclusion left out
    under_subheading = False  # a theme sub-heading since the last item: the list goes on only if its numbers do
    for j in range(start, end):
        b = blocks[j]
        number = _label_number(b.label) if b.kind == "item" else None
        if b.kind == "heading" and b.label and (len(b.text.split()) >= 8 or _titles_text(blocks, j, end)):
            # a bold item the layout took for a heading ("5. We recommend that …"), or a numbered title over the
            # item's text ("1. Budgetary allocation" over "The Committee recommend that …")
            number = _label_number(b.label)
        if number is None and b.kind == "item" and b.table_row and TABLE_NUMBER.match(b.label):
            first_row = j
            while first_row > 0 and blocks[first_row - 1].table_row:
                first_row -= 1
            if introduced_as_recommendations(blocks, first_row):
                number = b.label  # "Table 1: Summary of recommendations": its "No." column, bare numbers
        if number:
            goes_on = last and _value(number) == _value(last) + 1
            # codes of a new series under the next sub-heading ("A1"–"A3" to the board, then "D1"–"D4" to the
            # executive): the same list
            # (or with no sub-heading between, the series lettered on: "A1", "A2", then "B1" with its theme
            # "Blusmiddelen" run in)
            series = bool(
                current
                and _new_series(current[-1].number, number)
                and (under_subheading or _next_series_letter(current[-1].number, number))
            )
            goes_on = goes_on or series
            if (
                current
                and not series
                and (
                    (_value(number) <= _value(current[-1].number) and not _sub_number(number, current))
                    or (under_subheading and not goes_on)
                )
            ):
                lists.append(current)
                current = []
            last, under_subheading = number, False
            if CONCLUSION_ONLY.match(b.text):
                continue
            current.append(_Candidate(number, [b], j))
            continue
        if current:
            item = current[-1].blocks[0]
            if item.table_row and b.table_row == item.table_row:
                continue  # the row's other cells (who, by when) are not the recommendation's text
            if not CONCLUSION_ONLY.match(b.text) and (
                (b.kind == "item" and not DIGIT_LABEL.match(b.label))
                # (not a line far to the right: the signature under the list, "Voor de Raad De voorzitter")
                or (b.kind in ("paragraph", "heading") and item.x0 + 4 < b.x0 <= item.x0 + INDENT_REACH and not b.label)
                or (item.kind == "heading" and b.kind == "paragraph" and not b.label)  # the text under its title
                # (or under an item that is only a title: "A1 | Vluchtwegen" over "Vergroot de totale …")
                or (
                    len(current[-1].blocks) == 1
                    and b.kind == "paragraph"
                    and not b.label
                    and len(item.text.split()) <= 5
                    and not ends_sentence(item.text)
                )
            ):
                current[-1].blocks.append(b)  # a sub-point or an indented continuation (bold type: a heading)
                continue
            words = len(b.text.split())
            # a theme inside the list ("Funding", "Workforce") or whom the next items ask ("Aan de colleges van
            # burgemeester en wethouders (via de VNG):"): the list may go on after it
            sub = words <= 8 or (words <= 16 and b.text.rstrip().endswith(":"))
            if b.kind == "heading" and not under_subheading and sub and current[-1].numbered:
                under_subheading = True
                continue
            if b.kind == "heading":
                lists.append(current)
                current = []
                under_subheading = False
    if current:
        lists.append(current)
    return [lst for lst in lists if len(lst) >= 2]


def _next_series_letter(last: str, number: str) -> bool:
    """Whether ``number``'s series letter follows ``last``'s in the alphabet ("B1" after "A2")."""
    return (
        len(last) >= 2 and len(number) >= 2 and last[0].isalpha() and ord(number[0].upper()) == ord(last[0].upper()) + 1
    )


# a line over points that says whom they ask: "Aan de Dienst Justitiële Inrichtingen", "To the Secretary of State"
ADDRESSED = re.compile(r"^(?:aan|to)\s+(?:de|het|alle|the|all)\s+\S", re.I)


def _next_letter(blocks: list[Block], start: int, end: int) -> str | None:
    """The letter of the first item from ``start`` on, past headings; None when a paragraph or a number comes."""
    for j in range(start, end):
        b = blocks[j]
        if b.kind == "heading":
            continue
        m = LETTER_LABEL.match(b.label) if b.kind == "item" else None
        return m.group(1) if m else None
    return None


# a line wholly in brackets: an item's tag ("[Lead: … | Timing: … | Est. cost: …]")
BRACKETED_TAG = re.compile(r"\[[^\[\]]{3,200}\]|\([^()]{3,200}\)")


def _bullet_follows(blocks: list[Block], start: int, end: int) -> bool:
    """Whether the next block from ``start`` on is a bulleted item."""
    return start < end and blocks[start].kind == "item" and bool(BULLET_LABEL.match(blocks[start].label))


# capitals as the letters of a list, bare as a table's first column prints them ("A", "B") or with a stop ("A.")
CAPITAL_LABEL = re.compile(r"^\(?([A-H])[.)]?$")
INLINE_LETTER = re.compile(r"^([A-Ha-h])\s+(?=[A-Z][a-z])")


def _other_runs(blocks: list[Block], start: int, end: int) -> list[list[_Candidate]]:
    """Every lettered (a, b, c …) or bulleted run of two or more items between ``start`` and ``end``: for a
    recommendations chapter without numbers."""
    lists: list[list[_Candidate]] = []
    current: list[_Candidate] = []
    kind = ""
    for j in range(start, end):
        b = blocks[j]
        letter = (LETTER_LABEL.match(b.label) or CAPITAL_LABEL.match(b.label)) if b.kind == "item" else None
        bullet = BULLET_LABEL.match(b.label) if b.kind == "item" else None
        if letter is None and kind == "letter" and current:
            # the next letter set in the text, where a table's row went on past a page break unread as a row:
            # "G Laat de nieuwe werkwijze na twee jaar opnieuw evalueren …"
            inline = INLINE_LETTER.match(b.text)
            if inline and ord(inline.group(1)) == ord(current[-1].number[0]) + 1:
                letter = inline
        if letter or bullet:
            this = "letter" if letter else "bullet"
            follows = letter is None or not current or ord(letter.group(1)) == ord(current[-1].number[0]) + 1
            if current and (this != kind or not follows):
                lists.append(current)
                current = []
            kind = this
            if CONCLUSION_ONLY.match(b.text):
                continue
            if letter:
                current.append(_Candidate(letter.group(1), [b], j))
            else:
                current.append(_Candidate(str(len(current) + 1), [b], j, numbered=False))
            continue
        if (
            current
            and b.kind == "paragraph"
            and b.x0 > current[-1].blocks[0].x0 + 4
            and not CONCLUSION_ONLY.match(b.text)
        ):
            current[-1].blocks.append(b)
            continue
        if current and BRACKETED_TAG.fullmatch(b.text.strip()):
            # the item's tag in brackets: "[Lead: Lakeport Transit | Timing: July 2027 | Est. cost: $1.4M]"
            current[-1].blocks.append(b)
            continue
        if current and b.kind == "heading":
            if (b.text.rstrip().endswith(":") or ADDRESSED.match(b.text)) and len(b.text.split()) <= 30:
                continue  # whom the next points ask ("Aan de staatssecretaris …", "… beveelt de regering aan:")
            if (
                kind == "letter"
                and len(b.text.split()) <= 8
                and _next_letter(blocks, j + 1, end) == chr(ord(current[-1].number[0]) + 1)
            ):
                continue  # a theme over the next points ("Personeel"), the letters going on under it
            if (
                kind == "bullet"
                and len(b.text.split()) <= 6
                and _bullet_follows(blocks, j + 1, end)
                and not RECOMMENDATIONS_ALONE.match(b.text)  # (the findings end: "Findings", "Recommendations")
            ):
                continue  # a theme over the next bullets ("Affordability", "Simplicity")
            if kind == "bullet" and len(b.text.split()) <= 6 and _asked_under(blocks, j, end):
                # the last point put as a question under a title of its own ("Onze vraag aan de minister" over "Is
                # de minister bereid om …?")
                current.append(_Candidate(str(len(current) + 1), [blocks[j + 1]], j + 1, numbered=False))
            lists.append(current)
            current = []
    if current:
        lists.append(current)
    return [lst for lst in lists if len(lst) >= 2]


def _asked_under(blocks: list[Block], j: int, end: int) -> bool:
    """Whether the heading at ``j`` stands over one paragraph that asks someone to act, the last of the chapter."""
    from weerwoord.core.analysis.requests import asks  # (requests reads lists too)

    nxt = j + 1
    return (
        nxt < end
        and blocks[nxt].kind == "paragraph"
        and asks(blocks[nxt])
        and (nxt + 1 >= end or blocks[nxt + 1].kind == "heading")
    )


def _opening(blocks: list[Block]) -> list[Block]:
    """A point's first block and the paragraphs that go on from it, up to three, before any heading (not the whole
    chapter a numbered heading opens)."""
    out = blocks[:1]
    for b in blocks[1:3]:
        if b.kind == "heading":
            break
        out.append(b)
    return out


def any_recommendation_lists(blocks: list[Block]) -> list[list[_Candidate]]:
    """Numbered lists anywhere that read like recommendations, the most recommending first."""
    found = []
    for items in numbered_lists(blocks, 0, len(blocks)):
        if items[0].number != "1" and all(c.blocks[0].kind == "heading" for c in items):
            continue  # (chapters from the second on, "2. Bezoek in cijfers" … "7. Tot slot": the report's, no list)
        # (anywhere in the point: a finding first, "Dat schept verwarring. De Hoge Raad stelt voor …"; or a request
        # put politely, a scrutiny letter's "It is requested that …")
        verbs = sum(
            any(REC_VERB.search(b.text) or ASKING_VERB.search(b.text) for b in _opening(c.blocks))
            or any(POLITE_REQUEST.search(b.text) for b in c.blocks)
            for c in items
        )
        if verbs >= max(2, 0.6 * len(items)):
            found.append((verbs, items))
    found.sort(key=lambda t: -t[0])
    return [items for _, items in found]
