"""Structure: the recommendations of an advice and the reply sections of a response."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from weerwoord.core.analysis.codes import LABEL_CODE, YEAR_CODE
from weerwoord.core.analysis.cross_refs import split_cross_refs
from weerwoord.core.analysis.number_names import NumbersInWords
from weerwoord.core.analysis.recommending import (
    ACTOR_QUESTION,
    QUESTION_TO,
    SENTENCE_END,
    SENTENCE_START,
    Advising,
    marked_kind,
    recommending_sentences_in,
)
from weerwoord.core.analysis.recommending import recommending_blocks as _recommending
from weerwoord.core.analysis.spans import spans_between
from weerwoord.core.model import Block, Recommendation, TextRun
from weerwoord.core.reading.layout import ROMAN
from weerwoord.core.reading.page_lines import BULLETS, DASH_CODE_PATTERN, DOTTED_CODE

REC_CHAPTER = re.compile(
    r"\b(aanbevelingen|aanbeveling|recommendations|conclusies en aanbevelingen|conclusions and recommendations|"
    r"adviezen|samenvatting van de aanbevelingen|summary of recommendations|adviseert|adviseren|beveelt|bevelen|"
    r"recommends|we recommend|our advice|ons advies|het advies|dictum|(?:summary of )?our requests|onze verzoeken|"
    # a coroner's report to prevent future deaths (the concerns the addressee must answer); "Recommended actions"
    r"coroner['’]s concerns|matters of concern|recommended (?:actions|measures|improvements)|aanbevolen maatregelen)\b",
    re.I,
)
SUMMARY_CHAPTER = re.compile(r"\b(samenvatting|summary|executive summary|managementsamenvatting)\b", re.I)
_REC_LABEL = re.compile(
    # (after the body's initials: "JHSC RECOMMENDATION 26-01")
    r"^(?:(?:learning|safety|key|formal|main|(?-i:[A-Z]{2,6}))\s+)?(?:[a-z]*aanbeveling|recommendation|advies(?:punt)?|rec\.|"
    r"action required|required action|herstelopdracht|suggestion|requirement|vereiste|idee|idea|voorstel|proposal)\s+"
    r"(?:no\.?\s*|nr\.?\s*|number\s+|nummer\s+|#\s*)?"
    rf"((?<!advies\s){YEAR_CODE}|\d{{1,2}}[–-]\d{{1,2}}(?!\d)|\d{{1,2}}(?:\.\d{{1,2}})?[a-z]?|{LABEL_CODE}(?:-\d{{1,3}})?"
    rf"|(?-i:[A-H]|[IVX]{{1,4}})(?=\s*(?:[:.)\-–—]|$))"
    # (a letter read on one line with the text of the box beside it: "Advies A Behoud de mogelijkheid …")
    r"|(?-i:[A-H])(?=\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ])))"
    r"\b\s*[:.)\-–—]?\s*",
    re.I,
)  # "Recommendation 3", "Aanbeveling 4a", "Recommendation 2.1", "Aanbeveling B" (a capital on its own), "Advies IV",
# "Aanbeveling A1" (a code), "Idee 3" (a kindergemeenteraad's), "Voorstel 2", "Recommendation #1:"

REC_LABEL = NumbersInWords(_REC_LABEL)  # (also "Recommendation One - Rebuilding grants")
ANOTHER_REPORT = re.compile(
    r"(?:of|from|in|van|uit)\s+(?:our|the|its|their|ons|het|zijn|hun)\s+(?:\d{4}\s+)?(?:report|rapport|advies)\b", re.I
)
# a statement's verb ("is", "zijn"; not the possessive after a preposition: "in zijn huidige vorm")
DECLARATIVE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|heeft|hebben|waren)\b"
    r"|(?<!\bin )(?<!\bvan )(?<!\bmet )(?<!\bop )(?<!\baan )(?<!\bvoor )(?<!\bdoor )(?<!\bbij )\bzijn\b",
    re.I,
)
BRACKETED_ADDRESSEE = re.compile(r"^\((?:aan|to|for|gericht aan|addressed to)\s+[^()]{3,80}\)\s*(?=\S)", re.I)
ADDRESSEE = re.compile(r"^\s*(?:[-–—:]\s*)?(?:gericht aan|aan|addressed to|for|to)\s+(?:de|het|alle|the|all)\b", re.I)
# "3.", "4a)", "R1", "A2.", "1°" (a Belgian text's points: "1° de website …"), a code with a dash, "VK-01" (an audit's)
DIGIT_LABEL = re.compile(
    rf"^\(?(\d{{1,2}}[a-z]?)[.)°]$|^([A-Z]{{1,2}}\d{{1,2}}[a-z]?|[A-H]\.\d{{1,2}}|{DASH_CODE_PATTERN}|{DOTTED_CODE})[.):]?$"
)


def _label_number(label: str) -> str | None:
    """The number a list label carries, as printed: "3." → "3", "4a)" → "4a", "R1" → "R1", "[A1]" → "A1", "IV." →
    "IV"."""
    if m := DIGIT_LABEL.match(label[1:-1] if label[:1] == "[" and label[-1:] == "]" else label):
        return m.group(1) or m.group(2)
    r = ROMAN_LABEL.match(label)
    return r.group(1) if r else None


ROMAN_LABEL = re.compile(rf"^\(?({ROMAN}|(?i:{ROMAN}))[.)]$")  # "IV.", "(iv)" (not "(i)": a letter, see LETTER_LABEL)
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    """1 for "I", 4 for "IV", 14 for "XIV" (recommendations numbered I–XV)."""
    total = 0
    values = [ROMAN_VALUES[c] for c in numeral.upper()]
    for k, v in enumerate(values):
        total += -v if k + 1 < len(values) and values[k + 1] > v else v
    return total


TABLE_NUMBER = re.compile(r"^\d{1,2}[a-z]?$")
LETTER_LABEL = re.compile(r"^\(?([a-z])[.)]$")
BULLET_LABEL = re.compile(rf"^[{BULLETS}]$")
REC_VERB = re.compile(
    r"\b(beveelt|aanbevel|adviseert|advies|pleit|dient|moet|moeten|zou moeten|recommend|should|must|urges?|"
    r"calls? on|advises?|encourag|moedigt\b[^.]{0,60}\baan\b|raadzaam|advisable)\w*",  # ("Het is raadzaam dat …")
    re.I,
)
# a body asking in a point of its own (not in running text): "De Hoge Raad vraagt …", "De Hoge Raad stelt voor …"
ASKING_VERB = re.compile(r"\b(?:vraagt|verzoekt|stelt voor|stellen voor)\b", re.I)
CONCLUSION_ONLY = re.compile(
    r"^(?:we(?: also| further| therefore)? conclude|the (?:council|committee) concludes|"
    r"de (?:aiv|raad|commissie) concludeert|wij concluderen|conclusie)\b",
    re.I,
)
INTRO_CLOSING = re.compile(
    r"^(?:\d+\.?\s*)?(inleiding|introductie|introduction|tot slot|slot|afsluiting|slotopmerkingen|conclusie|"
    r"conclusion|conclusions|closing remarks|concluding remarks|algemeen|general|general remarks|algemene reactie|"
    r"algemene opmerkingen|samenvatting|summary|achtergrond|background|next steps|vervolgstappen|vervolg|"
    r"tot besluit|final remarks|foreword|voorwoord|preface|overzicht|overview|samenvattend overzicht|"
    r"summary of responses|summary table|aanleiding|(?:(?:het|dit|the|this)\s+)?(?:advies|rapport|report|advice)?\s*"
    r"(?:in (?:het )?kort|in brief|in short|at a glance)|kort samengevat"
    # (how to reach the writer: "Contact us", "Meer informatie")
    r"|contact us|contact details|contactgegevens|meer informatie|more information|further information)\s*[:.]?$",
    re.I,
)
ANNEX = re.compile(r"^(?:annex|annexe|appendix|enclosure|bijlage|bijlagen)\b", re.I)
SIGNATURE = re.compile(
    r"^(?:de|het|the)?\s*(?:minister|staatssecretaris|secretary of state|minister-president|premier)\b.*,?$|"
    r"^(?:hoogachtend|met vriendelijke groet|yours sincerely|yours faithfully)\b",
    re.I,
)


# ------------------------------------------------------------------ advice


@dataclass
class _Candidate:
    number: str
    blocks: list[Block]
    start_index: int
    numbered: bool = True

    @property
    def text(self) -> str:  # (its blocks' text, joined by spaces)
        return " ".join(b.text for b in self.blocks)


def _with_sub_points(chosen: list[_Candidate]) -> list[_Candidate]:
    """ "Recommendation 3 … The Commission should: (a) …; (b) …": each lettered point is a recommendation of its
    own ("3a", "3b"), answered point by point."""
    out: list[_Candidate] = []
    for c in chosen:
        lead = next((k for k, b in enumerate(c.blocks) if b.text.rstrip().endswith(":")), None)
        points = []
        if lead is not None and c.numbered and c.number[-1:].isdigit():
            for k, b in enumerate(c.blocks[lead + 1 :], start=lead + 1):
                m = LETTER_LABEL.match(b.label) if b.kind == "item" else None
                if m is None:
                    break
                points.append((m.group(1), k))
        expected = "abcdefgh"[: len(points)]
        if len(points) < 2 or "".join(p for p, _ in points) != expected:
            out.append(c)
            continue
        for letter, k in points:
            out.append(_Candidate(f"{c.number}{letter}", [c.blocks[k]], c.start_index))
    return out


def _numbered_repeats(recs: list[Recommendation], short: list[_Candidate]) -> None:
    by_number = {r.number: r for r in recs}
    for c in short:
        rec = by_number.get(c.number)
        if rec is None or rec.run.text == c.blocks[0].text:
            continue
        repeat = c.blocks[0].run
        from rapidfuzz import fuzz  # imported when needed: 11 ms at every start otherwise

        if fuzz.token_set_ratio(repeat.text.lower(), rec.text.lower()) >= 40:
            rec.also_at.append(repeat)


def _recommending_sentences(
    blocks: list[Block], seen: list[Advising] | None = None
) -> list[tuple[int, Recommendation]]:
    """Sentences such as "We recommend that …", numbered by their place, each with its block's index (``seen``: what
    ``_recommending`` yields, if the caller has it); a lead-in to points ("… advice as to:") is none."""
    recs: list[Recommendation] = []
    places: list[str | None] = []
    where: list[int] = []
    found = [(i, m.start(), run, ended) for i, m, run, ended in (_recommending(blocks) if seen is None else seen)]
    owns: list[str | None] = []
    for i, at, run, ended in sorted(found + _questions_between(blocks, found), key=lambda f: f[:2]):
        if run.text.endswith(":"):
            continue
        own = OWN_NUMBER_AT.match(blocks[i].text)
        owns.append(own.group(1) if own and own.end() == at else None)  # "6.4 I recommend that …"
        j = i + 1
        while (
            not ended
            and j < len(blocks)
            and j <= i + 3
            and (blocks[j].kind != "heading" or blocks[j].text[:1].islower())
        ):
            # the sentence runs on into the next block (a bold sentence inside a plain paragraph)
            nxt = blocks[j]
            if nxt.page != blocks[j - 1].page and nxt.size and nxt.size < 0.9 * blocks[i].size:
                j += 1  # (past a running head in smaller type at the top of the next page)
                continue
            end = SENTENCE_END.search(nxt.text)
            run = TextRun.concat([run, nxt.run.slice(0, end.end() if end else len(nxt.text)).strip()])
            ended = end is not None
            j += 1
        recs.append(Recommendation(str(len(recs) + 1), False, run))
        places.append(_enclosing_number(blocks, i))
        where.append(i)
    if recs and one_each(places):
        for rec, place in zip(recs, places, strict=True):
            rec.number, rec.numbered = str(place), True  # each the closing advice of a numbered point ("2a", "3")
    elif recs and one_each(owns):
        for rec, number in zip(recs, owns, strict=True):
            rec.number, rec.numbered = str(number), True  # each opening its paragraph, numbered by it ("6.4")
    return list(zip(where, recs, strict=True))


def one_each(numbers: list[str | None]) -> bool:
    """Whether each item has a number and none shares it ("2a", "3", "6.4"): then each is numbered by its own."""
    return all(numbers) and len(set(numbers)) == len(numbers)


SECTION_NUMBER = r"\d{1,2}(?:\.\d{1,3}){1,2}"  # a paragraph's number by its section: "7.1", "5.1.4"
OWN_NUMBER_AT = re.compile(rf"({SECTION_NUMBER})\s+(?=[A-Z])")


Sentence = tuple[int, int, TextRun, bool]  # a block's index, where the sentence starts in it, its run, whether it ends


def _questions_between(blocks: list[Block], found: list[Sentence]) -> list[Sentence]:
    """The questions put to whom the advice asks ("Kunt u … bepalen dat …?"), in the blocks between its first and
    last recommending sentence (three or more): one of them, in another mood."""
    if len(found) < 3:
        return []
    out = []
    for i in range(found[0][0], found[-1][0] + 1):
        text = blocks[i].text
        for start in (0, *(m.end() for m in SENTENCE_START.finditer(text))):
            end = SENTENCE_END.search(text[start:])
            if QUESTION_TO.match(text, start) and end and end.group().startswith("?"):
                out.append((i, start, blocks[i].run.slice(start, start + end.end()).strip(), True))
    return out


def _enclosing_number(blocks: list[Block], i: int) -> str | None:
    """The number of the numbered point block ``i`` stands in: "3" under "3. Verhouding …", "2a" under "a." under
    "2. Noodzaak …"; None when it stands in none (back to the previous chapter heading)."""
    letter = None
    for j in range(i, -1, -1):
        b = blocks[j]
        label = b.label or ""
        if (lettered := LETTER_LABEL.match(label)) and b.kind in ("heading", "item") and letter is None:
            letter = lettered.group(1)
            continue
        number = _label_number(label) if label else None
        if number and number[-1:].isdigit():
            return f"{number}{letter or ''}"
        if b.kind == "heading" and not label and b.bold and j < i:
            # (a heading numbered in its text under a Roman chapter: "V.1.1. Een richtlijn voor …" over "Het Comité …")
            own = NUMBERED_HEADING.match(b.text)
            return f"{own.group(1)}{letter or ''}" if own else None
    return None


NUMBERED_HEADING = re.compile(r"^((?-i:[IVX]{1,4})(?:\.\d{1,3}){1,3})\.?\s+(?=\S)")  # (led by a Roman chapter)


def _without_conclusions(items: list[_Candidate]) -> list[_Candidate]:
    """In a list that mixes both, the conclusions (statements with no recommending verb) are left out."""
    from weerwoord.core.analysis.cited import WISE
    from weerwoord.core.analysis.echoes import EXPECTS
    from weerwoord.core.analysis.requests import ASKING, imperative

    # points marked as findings or as advice, each by a label run in ("Vaststelling. …", "Advies. …"): the advice
    kinds = [marked_kind(c.blocks[0].text) for c in items]
    if kinds.count("advice") >= 2 and kinds.count("finding") >= 1 and None not in kinds:
        return [c for c, k in zip(items, kinds, strict=True) if k == "advice"]
    # an item may state a finding in its first lines and recommend after it ("… rather than planning ahead. We
    # recommend that …"), the recommendation set in bold and read as a block of its own
    recommending = [
        bool(REC_VERB.search(c.blocks[0].text) or ASKING_VERB.search(c.blocks[0].text))
        or any(recommending_sentences_in(b.text) for b in c.blocks[1:] if b.kind != "item")
        for c in items
    ]
    if sum(recommending) < 2:
        return items  # imperatives ("Maak het register verplicht") carry no such verb: keep the list whole
    if sum(c.blocks[0].text[:1].islower() for c in items) >= 2 / 3 * len(items):
        # points that go on from a lead-in ("… recommends that the agency: introduce triage …"), not what follows;
        # where the lead-in is the body ("The Committee:"), those that open by recommending ("urges …", "recommends
        # that …"), not what it finds ("expresses grave dismay …", "notes that …")
        going_on = [c for c in items if c.blocks[0].text[:1].islower()]
        opening = [c for c in going_on if REC_VERB.match(c.blocks[0].text)]
        return opening if len(opening) >= 2 else going_on
    # (a statement in its first sentence, "Ontwikkel een kleiner stembiljet … Het huidige biljet is …", asks; so does
    # an item opening with its verb, whatever its clauses: "Refresh the Council Plan so that it has …")
    return [
        c
        for c, rec, text in zip(items, recommending, (_said(c) for c in items), strict=True)
        if rec
        or not DECLARATIVE.search(first_sentence(text))
        or imperative(text)
        or ASKING.match(text)  # ("Please reduce the number of visits at which samples are taken …")
        or EXPECTS.match(text)  # ("The council needs to give fuller consideration …, and to explain why it has …")
        or WISE.search(first_sentence(text))  # ("Het is daarom verstandig de nationale kampioenschappen …")
        or AGENCY_TO.match(text)
        or AGENCY_THAT.match(text)
        or (ACTOR_QUESTION.match(text) and first_sentence(text).rstrip().endswith("?"))
        if not _names_others(text, c, items)
    ]


# the recommendations spoken of as a thing: "The recommendations below are made to the Board"
SPOKEN_OF = re.compile(
    r"\b(?:the|these|those|our|its|my|de|deze|onze|mijn)\s+(?:recommendations?|aanbeveling(?:en)?)\b", re.I
)


def _recommends(text: str) -> bool:
    """Whether a text has a recommending verb (not the recommendations named as a thing, "The recommendations
    below are made to …", where nothing else recommends)."""
    return any(not SPOKEN_OF.search(text[max(0, m.start() - 8) : m.end()]) for m in REC_VERB.finditer(text))


def _names_others(text: str, c: _Candidate, items: list[_Candidate]) -> bool:
    """Whether an item names two or more of the list's other items by their numbers, without asking anything: a
    closing line ("6.9 The reviewer regards paragraphs 6.2 and 6.6 as the most pressing.")."""
    others = {o.number for o in items if o is not c and len(o.number) >= 3}
    named = {n for n in re.findall(r"\b\d{1,2}\.\d{1,2}\b", text) if n in others}
    from weerwoord.core.analysis.requests import imperative

    return len(named) >= 2 and not _recommends(text) and not imperative(text)


def _said(c: _Candidate) -> str:
    """What an item says: the text under its label's heading ("Voorstel 3 - Doorgang voor wie slecht te been is"
    over "Kan de stad … ?"), else its first block."""
    first = c.blocks[0]
    labelled = first.kind == "heading" and REC_LABEL.match(first.text) and len(c.blocks) > 1
    return c.blocks[1].text if labelled else first.text


# an action set for a named body, as an action plan puts it: "Northvale Hospitals NHS Trust to ensure …", "The ICB to …"
AGENCY_TO = re.compile(r"^(?:the\s+)?(?:(?-i:[A-Z])[\w&'’.-]*\s+){1,6}to\s+(?!be\b)[a-z]{3,}\b")
# the same in a resolution's mood, as a review words it: "That the Board seek assurance from the council that …" (the
# verb's bare form: not "That the Board has …", "That the panel seeks …")
AGENCY_THAT = re.compile(
    r"^[Tt]hat\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,6}(?!is\b|was\b|has\b|had\b|are\b|were\b|does\b|did\b)[a-z]{3,}(?<!s)\b"
)


def first_sentence(text: str) -> str:
    """The text up to the end of its first sentence (all of it when it has one)."""
    m = SENTENCE_START.search(text)
    return text[: m.start()] if m else text


ROW_REACH = 8  # blocks either side: the other cells of a row stand this near in reading order


def row_cells(blocks: list[Block], i: int) -> list[int]:
    """The blocks of the table row block ``i`` stands in (none when it stands in no table)."""
    row = blocks[i].table_row
    if not row:
        return []
    return [j for j in range(max(0, i - ROW_REACH), min(len(blocks), i + ROW_REACH)) if blocks[j].table_row == row]


# fields beside a box's label, no recommendation: "| Priority: High | Target date: 30 June", "(prioriteit: hoog)"
FIELDS = re.compile(r"[|(]?\s*(?:[^\W\d_]+(?: \w+){0,2}:\s*[^|;:()]{1,40}?\s*(?:[|;,]\s*|\)?\s*$))+")


def _labelled(blocks: list[Block]) -> list[_Candidate]:
    """Items labelled "Aanbeveling 3" / "Recommendation 3" wherever they stand."""
    out: list[_Candidate] = []
    for i, b in enumerate(blocks):
        own = b.label and DIGIT_LABEL.match(b.label) and REC_LABEL.match(b.text)  # "12. Recommendation #1: NRT …"
        text = b.text if not b.label or own else f"{b.label} {b.text}"
        m = REC_LABEL.match(text)
        if m and ANOTHER_REPORT.match(text, m.end()):
            continue  # an earlier report's, cited: "Recommendation 3 of our report 11/2019, on a near miss …"
        if not m:
            inner = _inner_labelled(blocks, i)
            if inner is not None:
                out.append(inner)
            continue
        number = m.group(1) if any(c.isupper() for c in m.group(1)) else m.group(1).lower()  # "B", "IV", "DfI1"
        rest = text[m.end() :].strip()
        parts = [b]
        if b.table_row:
            if len(rest.split()) >= 6:  # "Recommendation 3 | The Department should …" in a table of its own
                out.append(_Candidate(number, parts, i))
                continue
            # a grid's label cell ("Aanbeveling A6 | prioriteit: midden") beside the cell that says it
            cells = sorted((k for k in row_cells(blocks, i) if k != i), key=lambda k: abs(k - i))  # nearest first
            cell = next((k for k in cells if len(blocks[k].text.split()) >= 6), None)
            cell = cell if cell is not None else _field_below(blocks, i)
            if cell is not None and not REC_LABEL.match(blocks[cell].text):
                out.append(_Candidate(number, [blocks[cell]], i))
            continue  # a row of an overview table ("Rec. 6 | E | E | …") names a recommendation, it is not one
        if len(rest.split()) < 6 or b.kind == "heading" or FIELDS.fullmatch(rest):
            # "Recommendation 3" (or "Recommendation 3: a title") heads the paragraph that says it
            j = i + 1
            # a bold sentence right under the label, long for a heading, is the recommendation's own first sentence
            # ("Aanbeveling 2" / "Het VAPH vraagt bij een verlenging … automatisch de meest recente gegevens op")
            if j < len(blocks) and blocks[j].kind == "heading" and len(blocks[j].text.split()) >= 10:
                parts.append(blocks[j])
                j += 1
            elif (
                not rest
                and j + 1 < len(blocks)
                and blocks[j].kind == "heading"
                and blocks[j + 1].kind == "paragraph"
                and not REC_LABEL.match(blocks[j].text)
            ):
                j += 1  # a box's title under the bare label ("An independent regulator should set …"), then its text
            while j < len(blocks) and blocks[j].kind != "heading" and not REC_LABEL.match(blocks[j].text):
                if blocks[j].size < 0.85 * b.size and blocks[j].size < (
                    blocks[j + 1].size if j + 1 < len(blocks) else 0
                ):
                    j += 1  # small print between the label and its text (a footnote at the foot of the page)
                    continue
                if not parts[1:] and abs(blocks[j].x0 - b.x0) > 40 and (k := _aligned_after(blocks, j, b.x0)):
                    j = k
                    continue
                parts.append(blocks[j])
                if not blocks[j].text.rstrip().endswith(":") and blocks[j].kind == "paragraph":
                    break
                j += 1
                if len(parts) > 8:
                    break
        out.append(_Candidate(number, parts, i))
    return out


# a form's field that holds what is recommended: "Recommendation | Post a trained, licensed security guard …"
FIELD_NAME = re.compile(r"(?:recommendation|recommended action|aanbeveling|advies|action required)\s*:?", re.I)
FIELD_REACH = 14  # blocks: a form's fields below its title


def _field_below(blocks: list[Block], i: int) -> int | None:
    """The text of the field named as the recommendation in the form a title row heads ("JHSC RECOMMENDATION 26-01 |
    Priority: High" over "Location | …", "Recommendation | Post a trained …"), before the next form's title."""
    for j in range(i + 1, min(len(blocks), i + FIELD_REACH)):
        if not blocks[j].table_row or REC_LABEL.match(blocks[j].text):
            return None
        if FIELD_NAME.fullmatch(blocks[j].text.strip()):
            cells = [k for k in row_cells(blocks, j) if k != j and len(blocks[k].text.split()) >= 6]
            return cells[0] if cells else None
    return None


def _aligned_after(blocks: list[Block], j: int, x0: float) -> int | None:
    """The next text within three blocks after ``j`` at ``x0``, the label's edge (a box's, read after a column's)."""
    for k in range(j + 1, min(len(blocks), j + 4)):
        if abs(blocks[k].x0 - x0) <= 4 and blocks[k].kind != "heading" and not REC_LABEL.match(blocks[k].text):
            return k
    return None


# a label inside a paragraph, after a sentence, with a colon: "… moet trekken. Advies 1: Sta op zondag geen …"
INNER_REC_LABEL = re.compile(
    r"(?<=[.!?])\s+(?:aanbeveling|recommendation|advies)\s+(\d{1,2}[a-z]?|(?-i:[IVX]{1,4}|[A-H]))\s*:\s+(?=[A-ZÀ-Ý])",
    re.I,
)


def _inner_labelled(blocks: list[Block], i: int) -> _Candidate | None:
    """A recommendation labelled inside the paragraph that leads up to it: from its label to the paragraph's end,
    and the words of it the layout set apart below (a bold line's end read as a heading: "zwaarste
    geluidscategorie.")."""
    b = blocks[i]
    m = INNER_REC_LABEL.search(b.text) if b.kind in ("paragraph", "item") and not b.table_row else None
    if m is None:
        return None
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    parts = [replace(b, kind="paragraph", label="", run=b.run.slice(start, len(b.text)))]
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is not None and nxt.text[:1].islower() and not b.text.rstrip().endswith(("?", "!")) and nxt.bold:
        parts.append(nxt)
    number = m.group(1) if any(c.isupper() for c in m.group(1)) else m.group(1).lower()
    return _Candidate(number, parts, i)


def _sub_number(number: str, current: list[_Candidate]) -> bool:
    """'4a' after '4' continues a list."""
    return number[:-1] == current[-1].number.rstrip("abcdefgh") and number[-1:].isalpha()


CODE_NUMBER = re.compile(r"([A-Z]{1,2})(\d{1,2})")


def _new_series(last: str, number: str) -> bool:
    """Whether ``number`` opens a new series of codes after ``last`` ("D1" after "A3")."""
    a, b = CODE_NUMBER.fullmatch(last), CODE_NUMBER.fullmatch(number)
    return bool(a and b and a.group(1) != b.group(1) and b.group(2) == "1")


def in_label_order(items: list[_Candidate]) -> list[_Candidate]:
    """Labelled items in the order of their numbers; codes of two series or more ("R1", "O1", "R2") as they stand."""
    prefixes = {re.sub(r"\d.*", "", c.number) for c in items}
    if len(prefixes) > 1 and all(re.fullmatch(LABEL_CODE, c.number) for c in items):
        return list(items)
    return sorted(items, key=lambda c: _value(c.number))


def _value(number: str) -> float:
    # (in lower case too, "iii" before "iv"; but a lone "i" may be the ninth letter of a lettered list)
    if re.fullmatch(ROMAN, number) or (number != "i" and re.fullmatch(ROMAN, number.upper())):
        return float(roman_value(number))
    if re.fullmatch(rf"\d{{1,3}}\.\d{{1,2}}|{DOTTED_CODE}", number):
        major, minor = re.sub(r"^[A-Z]+", "", number).split(".")
        return int(major) + int(minor) / 100  # "2.1" after "1.3", before "2.2"
    digits = "".join(ch for ch in number if ch.isdigit()) or "0"
    letters = "".join(ch for ch in number if ch.isalpha())
    return int(digits) + (ord(letters[0]) - 96) / 100 if letters else float(digits)


# an item that gives its conclusion and then its recommendation, labelled inside it (a Public Accounts Committee)
INNER_LABEL = re.compile(r"(?:^|(?<=[.!?])\s+)(?:recommendation|aanbeveling|suggestion|suggestie)\s*:\s*(?=\S)", re.I)
# a report's own paragraph number before a recommendation labelled otherwise ("Recommendation 4" over "3.29 …")
PARAGRAPH_NUMBER = re.compile(r"(\d{1,2}\.\d{1,3})\s+(?=[A-Z])")
# a paragraph's own number before its text, bracketed or bare (in the margin): "[12] I recommend …", "22 Toon de …"
MARGIN_NUMBER = r"\[(\d{1,3})\]\s+|(\d{1,3})\s+(?=[A-Z])"
# … or a letter as a table's row prints it before the text run on past a page break ("G Laat …"): the item's number
OWN_NUMBER = re.compile(rf"{MARGIN_NUMBER}|([A-H])\s+(?=[A-Z][a-z])")


def _asks_itself(heading: str, text: str) -> bool:
    """Whether a recommendation's heading asks by itself ("Strengthen the role of employers in the governance of
    supported institutions") while the paragraph under it explains and asks nothing ("Where employers sat on
    institute boards …"): then the heading is the recommendation, not its title."""
    from weerwoord.core.analysis.requests import verb_first

    words = heading.lower().split()
    return len(words) >= 5 and verb_first(words[0], words[1]) and not REC_VERB.search(first_sentence(text))


def _to_recommendation(c: _Candidate) -> Recommendation:
    runs = []
    for k, b in enumerate(c.blocks):
        run = b.run
        if k == 0:
            m = REC_LABEL.match(run.text)
            if m:
                run = run.slice(m.end(), len(run.text))
                if len(c.blocks) > 1 and FIELDS.fullmatch(run.text.strip()):
                    run = TextRun("", [])  # "Recommendation SP-01 | Priority: High | Target date: …" over its text
                elif ADDRESSEE.match(run.text):
                    # "Aanbeveling 2.1 — aan de minister van IenW": whom it asks; the text follows on the next line
                    run = _after_first_line(run) if len(c.blocks) == 1 else TextRun("", [])
                elif (
                    b.kind == "heading"
                    and len(c.blocks) > 1
                    and c.blocks[1].kind != "heading"
                    and not c.blocks[1].text[:1].islower()  # "Aanbeveling 1 Het VAPH informeert … schriftelijk" /
                    and len(run.text.split()) <= 12  # "over zijn positie …": its sentence runs on, no title
                    and not _asks_itself(run.text, c.blocks[1].text)
                ):
                    run = TextRun("", [])  # "Recommendation 2 – Bring the hubs into the network": a title
            elif (
                b.kind == "heading"
                and b.label
                and len(run.text.split()) < 8  # (a longer one is the item's first line, set bold)
                and len(c.blocks) > 1
                and c.blocks[1].kind == "paragraph"
                and not c.blocks[1].text[:1].islower()
            ):
                run = TextRun("", [])  # "1. Budgetary allocation and utilisation" over the item's text: a title
        if run.text.strip():
            runs.append(run.strip())
    run = TextRun.concat(runs, sep=" ") if runs else c.blocks[0].run
    inner = INNER_LABEL.search(run.text)
    if inner:  # a conclusion first, then "Recommendation: The Department should …" in the same item
        run = run.slice(inner.end(), len(run.text))
    margin = PARAGRAPH_NUMBER.match(run.text)
    if margin and margin.group(1) != c.number:
        run = run.slice(margin.end(), len(run.text))  # "3.29 The committee recommends …": the paragraph's number
    own = OWN_NUMBER.match(run.text)
    if own and (own.group(1) or own.group(2) == c.number or own.group(3) == c.number):
        run = run.slice(own.end(), len(run.text))  # "[12] I recommend …", "22 Toon …": numbered as a paragraph
    whom = BRACKETED_ADDRESSEE.match(run.text)
    if whom:
        run = run.slice(whom.end(), len(run.text))  # "(aan de staatssecretaris van JenV) Maak …": whom it asks
    run, cites = split_cross_refs(run)  # "(Paragraph 27)" points back into the report; it is not the text
    return Recommendation(c.number, c.numbered, run, cites=cites)


def _after_first_line(run: TextRun) -> TextRun:
    """The run from its second printed line on (itself when it has one line)."""
    if not run.pieces:
        return run
    first = run.pieces[0].line
    nxt = next((p.start for p in run.pieces if p.line != first), None)
    return run if nxt is None else run.slice(nxt, len(run.text))


# the repeats of a recommendation are looked for sentence by sentence, a semicolon ending one too
_SENTENCE_OR_CLAUSE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÀ-Ý\"'“‘(])")


def _sentences(text: str) -> list[tuple[int, int]]:
    return spans_between(text, _SENTENCE_OR_CLAUSE_END)
