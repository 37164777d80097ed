"""What a block of a response names as what it answers: "Recommendation 4", "Aanbevelingen 2 en 3", "(A2)",
"SAR.2 and SAR.3", "Paragraph 14 (a) and (b)", "De eerste aanbeveling aan mij", "Chapter 2 Core Strategy - NPOO
Recommendation 1: …". Used by :mod:`sections` to find where replies begin and what each names."""

from __future__ import annotations

import re

from weerwoord.core.analysis.by_paragraph import NUMBER_LIST
from weerwoord.core.analysis.codes import YEAR_CODE
from weerwoord.core.analysis.naming import (
    ADDRESSED_GROUP,
    HEADING_REF_AFTER_DASH,
    HEADING_REF_TAIL,
    ITEM_CODE,
    REPLY_REF,
    RUN_IN,
    codes_leading,
)
from weerwoord.core.analysis.number_names import with_digits
from weerwoord.core.analysis.ordinals import ORDINAL_BARE, ORDINAL_NEAR_START, ORDINAL_PAIR, ORDINAL_REF, ORDINALS
from weerwoord.core.analysis.run_ins import ADVISED, tagged_run_in
from weerwoord.core.analysis.structure import BULLET_LABEL, DIGIT_LABEL
from weerwoord.core.analysis.table_replies import CHAPTER_CODES_NAMED, SINGULAR
from weerwoord.core.analysis.table_replies import numbers_in as _numbers_in
from weerwoord.core.analysis.tallies import number_words
from weerwoord.core.model import Block
from weerwoord.core.reading.ruled_tables import NUMBERS_CELL

# a treaty body's follow-up report, headed by the paragraphs of the concluding observations it answers
FOLLOW_UP_HEADING = re.compile(
    r"^(?:(?:information on )?follow-up to |as regards |regarding )?paragraphs?\s+(\d{1,3})"
    r"((?:\s*\([a-h]\)(?:\s*(?:,|and|en|&)\s*)?)*)(?:\s+of the concluding observations)?\s*$",
    re.I,
)
# a court's paragraphs in square brackets: "Recommendations at paragraphs [21] and [25]", "Paragraph [23]: …"
SQUARE_PARAGRAPHS = re.compile(
    r"^(?:recommendations?\s+(?:at|in)\s+)?paragraphs?\s+\[(\d{1,3})\]((?:\s*(?:,|and|&)\s*\[\d{1,3}\])*)\s*(?::|$)",
    re.I,
)
# after an ordinal, whom it was addressed to, by the first word of its name: "aan Provinciale Staten"
TO_ADDRESSEE = re.compile(
    r"\s*(?:die\s+)?(?:gericht\s+)?(?:aan|to|addressed to)\s+(?:de\s+|het\s+|the\s+)?((?-i:[A-Z])[\w-]{3,}"
    r"|(?-i:[a-z])[\w-]{3,}s\b)",  # (or a plural in small letters: "to schools")
    re.I,
)
# after an ordinal: "aan mij", "aan het kabinet", "to the Government": counted among those addressed to the government
TO_THE_GOVERNMENT = re.compile(
    r"\s*(?:die\s+)?(?:gericht\s+)?(?:aan|to|addressed to)\s+(?:mij|ons|het kabinet|de regering|de minister|me|us|"
    r"the government|the minister|the department|the council|the local authority)\b",
    re.I,
)
YEAR_CODES_TAIL = re.compile(rf"\brecommendations?\s+({YEAR_CODE}(?:\s*(?:,|and|en|&)\s*{YEAR_CODE})*)\s*$", re.I)
# (a youth council's "#3": "Plekken om te zijn (#1 en #3)"; or a code with a stop: "(R.6)"; or with a dash: "Budget
# (SP-06)", "Vervanging en opheffing (SP-01 en SP-03)")
_TAIL_CODE = r"(?:[A-Z]{1,2}\.?\d{1,2}[a-z]?|#\d{1,2}|(?-i:[A-Z]{2,4})-\d{1,3})"
CODE_TAIL = re.compile(rf"\(({_TAIL_CODE}(?:\s*(?:,|en|and|&)\s*{_TAIL_CODE})*)\)\s*$")
# codes of letters, a stop and a number, as an audit numbers its recommendations by area: "GA.1", "SAR.3"
_DOTTED = r"(?-i:[A-Z]{1,4}\.\d{1,2})"
DOTTED_CODES = re.compile(rf"(?:^|[—–-]\s*)({_DOTTED}(?:\s*(?:,|and|en|&)\s*{_DOTTED})*)(?=\s*(?:[-–—:]|$))")
CODE_LIST = re.compile(r"^(?-i:[A-Z]{1,2}\d{1,2}[a-z]?)(?:\s*(?:,|en|and|&)\s*(?-i:[A-Z]{1,2}\d{1,2}[a-z]?))+\b")

_BRACKETED = r"\((\d{1,3}[a-z]?|(?-i:[a-h]))\)"  # "(3)", "(3a)"; or a letter: "recommendation (b)"
PARAGRAPH_REF = re.compile(
    rf"^.{{0,40}}?\b(?:recommendations?|aanbeveling(?:en)?)\s+{_BRACKETED}"
    r"((?:\s*(?:,|and|en|&)\s*\((?:\d{1,3}[a-z]?|(?-i:[a-h]))\))*)"
    r"|^\((\d{1,3}[a-z]?)\)\s*[:.]"
    # (or a Roman numeral in lower case, at the opening: "Recommendation (i) is accepted.", "We note recommendation
    # (vii).")
    r"|^(?:[\w’']+\s+){0,2}?(?:recommendation|aanbeveling)\s+\(((?-i:[ivx]{1,5}))\)",
    re.I,
)


# an action plan's line that says which of the advice's points an action answers: "Responds to: Item 04"
RESPONDS_TO = re.compile(
    r"^\s*(?:responds? to|in response to|reageert op|antwoord op)\s*:?\s*(?:items?|points?|punten?|recommendations?"
    r"|aanbevelingen?)\s+(\d{1,3}(?:\s*(?:,|and|en|&)\s*\d{1,3})*)\b",
    re.I,
)


# a section's number before the reference it opens with: "7.1 Recommendation G.", "3.2 Aanbevelingen B en C."
SECTION_BEFORE_REF = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+(?=(?:recommendations?|aanbeveling(?:en)?)\s)", re.I)


# a Treasury Minute's "1: PAC conclusion: …", "3: PAC recommendation: …": the number the part answers
MINUTE_REF = re.compile(r"^(\d{1,2}[a-z]?)\s*:\s*(?:[A-Z]{2,5}\s+)?(?:conclusion|recommendation)\s*:", re.I)


# a heading over the advice quoted, naming its point by what the body did: "The Committee advised (c)", "De raad
# adviseerde (4)"
ADVISED_HEADING = re.compile(
    rf"^(?:the\s+|de\s+|het\s+)?(?:\w+\s+){{0,3}}?{ADVISED}\s+"
    r"\(((?-i:[a-h])|\d{1,2})\)\s*:?$",
    re.I,
)


def explicit_ref(b: Block) -> list[str] | None:
    """The recommendations a block of a response names as what it answers (a heading, an opening paragraph, a
    table row's first cell, a decision of a numbered list), or None."""
    if b.table_row and b.label and NUMBERS_CELL.fullmatch(b.label):
        return _numbers_in(b.label)  # a table row whose first cell lists what it answers: "V en IV"
    if b.kind == "heading" and (advised := ADVISED_HEADING.match(b.text.strip())):
        return [advised.group(1).lower()]
    if responds := RESPONDS_TO.match(b.text):  # "Responds to: Items 01 and 03" under an action's title
        return _numbers_in(responds.group(1))
    minute = MINUTE_REF.match(b.text)
    if minute and "conclusion" in minute.group(0).lower():
        return [minute.group(1)]  # the part opens with the conclusion; its recommendation and reply follow
    # (or a decision of a numbered list: "1. to approve recommendation (a) of the CRP. …")
    if b.kind == "paragraph" or (b.kind == "item" and DIGIT_LABEL.match(b.label)):
        pm = PARAGRAPH_REF.match(b.text)
        if pm:  # "On recommendation (3), we …", "We have accepted recommendations (1) and (2)", "(4): Not accepted."
            more = re.findall(r"\(([^)]+)\)", pm.group(2) or "")
            return [pm.group(1), *more] if pm.group(1) else [pm.group(3) or pm.group(4)]
    if b.kind == "item" and ITEM_CODE.fullmatch(b.label.strip()):
        # "A3  Bicycle parking. The Active Travel Office will …"; or more codes after it: "TR-01 | and TR-04. …"
        also = MORE_CODES.match(b.text)
        return [b.label.strip().rstrip(".):"), *(re.findall(_RUN_ON, also.group(1)) if also else [])]
    if b.kind == "item" and DIGIT_LABEL.match(b.label) and (lead := ITEM_CODES_OPENING.match(b.text)):
        return re.findall(_RUN_ON, lead.group(1))  # "3. AM3 and AM4, fees and after-hours cover. A flat fee …"
    if b.kind == "paragraph" and (dashed := DASHED_CODES_OPENING.match(b.text)):
        return re.findall(_DASHED, dashed.group(1))  # "TR-02, TR-06. These recommendations are directed to …"
    text = f"{b.label} {b.text}" if b.label else b.text
    codes = CODE_LIST.match(text) if b.kind == "heading" else None
    if codes:  # "A1 en A2 – Beleidskader …": a heading led by the codes it answers
        return re.findall(r"[A-Z]{1,2}\d{1,2}[a-z]?", codes.group(0))
    dotted = DOTTED_CODES.search(text) if b.kind == "heading" and len(text.split()) <= 12 else None
    if dotted:  # "SAR.2 and SAR.3", "Subject access requests — SAR.1 - Accepted": codes of letters, a stop, a number
        return [c.lower() for c in re.findall(_DOTTED, dotted.group(1))]
    # (the label of a numbered or lettered point: "a. Recommendation 6 is approved and has been carried out.")
    text = re.sub(r"^\(?(?:\d{1,2}|(?-i:[a-z]))[.)]\s+", "", text) if b.label else text
    square = SQUARE_PARAGRAPHS.match(b.text) if b.kind in ("heading", "paragraph") else None
    if square:
        return [square.group(1), *re.findall(r"\[(\d{1,3})\]", square.group(2))]
    follow_up = FOLLOW_UP_HEADING.match(b.text) if b.kind == "heading" else None
    if follow_up:  # "Information on follow-up to paragraph 12 (a) …", "Paragraph 14 (a) and (b)"
        letters = re.findall(r"\(([a-h])\)", follow_up.group(2) or "")
        return [f"{follow_up.group(1)}{x}" for x in letters] or [follow_up.group(1)]
    if b.kind == "paragraph" and (cited := PARAGRAPHS_RUN_IN.match(b.text)):
        # "Paragraphs 9 and 11. The Judicial Academy will …": a state's comments; "Item 10.1 - Accepted."
        return _numbers_in(cited.group(1) or cited.group(2))
    if b.kind == "paragraph" and (opened := codes_leading(b.text)):
        return opened  # "OA 26/01 en OA 26/02. Het directiecomité keurde …": a paragraph led by the codes it answers
    if (tagged := tagged_run_in(b)) is not None:  # "Actie 2 – Doorlooptijden (aanbeveling 4). …", "… (B2). …"
        return [c.lower() for c in re.findall(r"[A-Z]{1,2}\d{1,2}[a-z]?", tagged)] or _numbers_in(tagged)
    # "- De tweede fietslus wordt bewegwijzerd …; … pas mogelijk na 2029 (randnummer 14)."; or a paragraph run in
    # by its theme: "Ondersteuning. De startsubsidie blijft 7.500 euro; … (aanbeveling II)."
    bulleted = b.kind == "item" and BULLET_LABEL.match(b.label)
    if (bulleted or (b.kind == "paragraph" and RUN_IN.match(b.text))) and (at_end := _tagged_at_end(b.text)):
        return at_end
    # (after the minutes' own number of the item: "7.1 Recommendation G. Resolved …")
    text = SECTION_BEFORE_REF.sub("", text)
    m = REPLY_REF.match(text)
    if not m:
        if b.kind == "heading":
            # (the word said again before each number: "(advies 5 en advies 2)")
            tail = HEADING_REF_TAIL.search(REPEATED_NAMING.sub(r"\1 ", text))
            if tail:  # "Heat in hospitals and care homes (Recommendations 1 and 2)"
                return _numbers_in(tail.group(1), single=bool(SINGULAR.search(tail.group(0))))
            points = POINTS_TAIL.search(text)
            if points:  # "Measure 2 - Financing … (paragraphs 5.a and 5.e)": the lettered points of a paragraph
                return [p.lower() for p in re.findall(r"\d{1,2}\.?[a-h]\b", points.group(1))]
            dashed = HEADING_REF_AFTER_DASH.search(text)
            if dashed:  # "Chapter 2 Core Strategy - NPOO Recommendation 1: Core strategy table"
                return _numbers_in(dashed.group(1), single=bool(SINGULAR.search(dashed.group(0))))
            codes = CODE_TAIL.search(text)
            if codes:  # "Wachttijden (A2)", "Nazorg (A4 en A5)": the codes of a rekenkamer's recommendations
                return re.findall(r"[A-Z]{2,4}-\d{1,3}|[A-Z]{1,2}\.?\d{1,2}[a-z]?|(?<=#)\d{1,2}", codes.group(1))
            if years := YEAR_CODES_TAIL.search(text):  # "Runway strips Safety Recommendations 2026-016 and 2026-017"
                return re.findall(YEAR_CODE, years.group(1))
        # (after the paragraph's own number: "3.2 The Commission's fourth recommendation, on heat networks, …")
        text = re.sub(r"^\d{1,2}(?:\.\d{1,3}){1,2}\.?\s+(?=\S)", "", text)
        o = ORDINAL_REF.match(text) or ORDINAL_NEAR_START.match(text) or ORDINAL_BARE.match(text)
        if o:
            k = next(g for g in range(1, len(o.groups()) + 1) if o.group(g))
            pair = ORDINAL_PAIR.search(text[: o.end()])
            if pair:  # "De tweede en de vierde aanbeveling …"
                return [f"#{ORDINALS[pair.group(1).lower()]}", f"#{ORDINALS[pair.group(2).lower()]}"]
            # "De eerste aanbeveling aan mij": the first of those addressed to the government
            mine = TO_THE_GOVERNMENT.match(text, o.end())
            # (or one of those addressed to others: "De tweede aanbeveling aan Provinciale Staten": "#@provinciale:2")
            other = TO_ADDRESSEE.match(text, o.end()) if not mine else None
            if other:
                return [f"#@{other.group(1).lower()}:{ORDINALS[o.group(k).lower()]}"]
            return [f"#{'gov:' if mine else ''}{ORDINALS[o.group(k).lower()]}"]
        group = ADDRESSED_GROUP.search(text[:70])  # near the start: what the section is about
        if group and any(w and (w.isdigit() or w.lower() in number_words()) for w in group.groups()):
            return None  # "vier aanbevelingen aan mij en drie aan anderen": how many, an overview, no reply
        return [f"@{w.lower()}" for w in group.groups() if w] if group else None
    if b.kind == "paragraph" and re.match(
        r"(?:aanbeveling|recommendation)s?\s+(?:\d|(?-i:[IVX]{1,4}|[A-H])\b)", text, re.I
    ):
        # a paragraph that opens by naming its recommendation answers it (not one of another report, named by its
        # year: "Recommendation 4 of the Islands Transport Partnership's 2024 connectivity study, which called for …")
        if OTHER_REPORT.match(text, m.end()):
            return None
        return _numbers_in(m.group(1), single=bool(SINGULAR.match(text)))
    opener = bool(
        re.match(
            r"(?:naar aanleiding van|wat|ten aanzien van|met betrekking tot|as regards|on|tot slot|ten slotte"
            r"|finally|over|de|about|regarding|concerning|uw|your)\b",
            text,
            re.I,
        )
    )
    # (what follows the numbers: a sentence, after the subject in brackets: "Randnummers 15 en 16 (informatie aan
    # de huurder). Het voorstel …")
    rest = BRACKETED_TITLE.sub("", text[m.end() :], count=1)
    # (or after a title run in behind a dash: "Paragraph 6.3 – cremation of babies and infants. The baby tray …")
    titled = m.group(0).rstrip().endswith(("–", "—", "-")) and DASH_TITLE.match(rest) is not None
    # (a label with a colon runs in whatever follows it: "Aanbeveling g: niet overgenomen. Wij vinden …")
    labelled = m.group(0).rstrip().endswith(":")
    if (
        b.kind == "paragraph"
        and len(text.split()) > 40
        and not rest[:1].isupper()
        and not (opener or titled or labelled)
    ):
        return None
    return _numbers_in(m.group(1), single=bool(SINGULAR.search(m.group(0))))


OTHER_REPORT = re.compile(r"\s*(?:of|from|in|van|uit)\s+(?:the|het|de)\s+[^.;:,]{0,60}?\b(?:19|20)\d\d\b", re.I)
# the lettered points of a resolution's paragraph a heading names at its end: "(paragraph 5.d)", "(§§ 5.a and 5.e)"
_POINT = r"\d{1,2}\.?(?-i:[a-h])"
POINTS_TAIL = re.compile(rf"\((?:paragraphs?|paras?\.|§§?)\s*({_POINT}(?:\s*(?:,|and|en|&)\s*{_POINT})*)\)\s*$", re.I)
BRACKETED_TITLE = re.compile(r"^\([^()]{1,60}\)\s*[.:]?\s*")
# (also a position after a colon: "Aanbeveling f - standpunt: niet akkoord. In diensten …")
DASH_TITLE = re.compile(r"^[^.;]{1,60}\.\s+(?=[A-ZÀ-Ý])")


# a paragraph led by the report's paragraphs it answers, run in: "Paragraph 10. The new national curriculum …",
# "Paragraphs 9 and 11. …", "Paragraaf 4: …"; or the report's items by their numbered paragraphs, as an owner's plan
# answers its inspectors: "Item 10.1 - Accepted. …", "Items 10.5 and 10.6. …" (an agenda's "Item 4" is the minutes' own)
PARAGRAPHS_RUN_IN = re.compile(
    r"^(?:(?:paragraphs?|paragra(?:af|fen)|para\.)\s+(\d{1,3}(?:\s*(?:,|and|en|&)\s*\d{1,3})*)"
    r"|items?\s+(\d{1,2}\.\d{1,2}(?:\s*(?:,|and|en|&)\s*\d{1,2}\.\d{1,2})*))\s*[.:\-–—]\s+(?=[A-ZÀ-Ý])",
    re.I,
)
# recommendations named by the capitals of a lettered list: "aanbeveling G", "the recommendations B and D"
LETTERS_NAMED = re.compile(
    r"\b(?:aanbeveling(?:en)?|recommendations?)\s+((?-i:[A-H])(?:\s*(?:,|en|and|&)\s*(?-i:[A-H]))*)\b(?![.-]?\d)",
    re.I,
)


REPEATED_NAMING = re.compile(r"((?:,|\ben|\band|&))\s+(?:advies|aanbeveling|recommendation)\s+(?=\d)", re.I)
# codes of capitals, a hyphen and a number: "TR-02"; more of them after an item's code ("TR-01 | and TR-04. …"), or
# two or more opening a paragraph ("TR-02, TR-06. These recommendations …")
_DASHED = r"(?-i:[A-Z]{1,4}-\d{1,3})"
_RUN_ON = r"(?-i:[A-Z]{1,4}-?\d{1,3})"  # (run on after an item's code, with a hyphen or without: "en V5 - …")
_RUN_ON_LIST = rf"{_RUN_ON}(?:\s*(?:,|and|en|&)\s*{_RUN_ON})*"  # "AM3 and AM4", "V4, V5"
# (a title in brackets may stand before the stop: "PE-02 | and PE-04 (officer safety; appeals). We will …")
MORE_CODES = re.compile(rf"^(?:,|and|en|&)\s*({_RUN_ON_LIST})\s*(?:\([^()]{{1,60}}\)\s*)?(?:[.:]|\s[-–—])\s")
# a numbered decision that opens with the codes it answers and a title after a comma or colon: "1. AM5, pound
# figures. Supported. …", "3. AM3 and AM4, fees and after-hours cover. …"
ITEM_CODES_OPENING = re.compile(rf"^({_RUN_ON_LIST})\s*[,:]\s+(?-i:[a-zA-Z])")
DASHED_CODES_OPENING = re.compile(rf"^({_DASHED}(?:\s*(?:,|and|en|&)\s*{_DASHED})+)\s*[.:]\s")


# what a sentence of a bulleted reply names in brackets at its end: "… (randnummer 14).", "… (recommendation 3)"
_ROMAN_TAG = r"(?-i:[IVX]{1,5})"
TAGGED_REF = re.compile(
    r"\((?:aanbeveling(?:en)?|recommendations?|rn\.|randnummers?|randnrs?\.|(?:advies)?punt(?:en)?|advies)\s*"
    # (or a Roman number, as a list numbered I.-VII. is named: "(aanbeveling VI)", "(aanbevelingen III en VI)")
    rf"({NUMBER_LIST}|{_ROMAN_TAG}(?:\s*(?:,|en|and|&)\s*{_ROMAN_TAG})*)\)",
    re.I,
)


def _tagged_at_end(text: str) -> list[str]:
    """The numbers a block names in brackets after its sentences, where it ends with such a name (a bullet that
    answers two: "… (randnummer 15). Een verhoging … (randnummer 20)."); none otherwise."""
    found = list(TAGGED_REF.finditer(text))
    if not found or text[found[-1].end() :].strip(" .;") != "":
        return []
    return list(dict.fromkeys(n for m in found for n in _numbers_in(m.group(1))))


BRACKETED_TAG = re.compile(r"\((?:aanbeveling(?:en)?|recommendations?)\s+" + NUMBER_LIST + r"\)", re.I)


def refs_in_opening(text: str, own: frozenset[str] = frozenset()) -> list[str]:
    """The recommendations a section's text names in its opening words ("Aanbeveling 4 …", "Uw eerste en tweede
    aanbeveling …"); not the response's own paragraphs (``own``: the numbers its paragraphs open with), "the
    decisions in paragraphs 3 and 7" of a Cabinet minute numbered 1-11."""
    text = with_digits(text)  # ("On recommendation five, yes: …"; at the same places)
    coded = CHAPTER_CODES_NAMED.search(text[:300])
    if coded:  # "Recommendations 4-1 and 4-2 (public data platform). …": codes by chapter, no range
        return _numbers_in(coded.group(1), single=True)
    m = re.search(
        r"\b(?:aanbeveling(?:en)?|recommendations?|paragraphs?)\s+" + NUMBER_LIST + r"(?!\.?\d)",
        text[:300],
        re.I,
    )
    if m:
        numbers = _numbers_in(m.group(1))
        if OTHER_REPORT.match(text, m.end()):
            return []  # (another report's: "Recommendation 4 of the … Partnership's 2024 connectivity study")
        if text[m.start() - 1 : m.start()] == "(":
            # each named in brackets after what answers it: "… ook bij de ochtendtrainingen (aanbeveling 3). Een vrij
            # recht voor ouders … (aanbeveling 5) vindt het bestuur niet verstandig"
            first = text.split("\n\n", 1)[0]  # (in its first paragraph: a section of several tags each its own)
            tagged = [n for t in BRACKETED_TAG.findall(first) for n in _numbers_in(t)]
            numbers = list(dict.fromkeys([*numbers, *tagged]))
        return [] if m.group(0).lower().startswith("paragraph") and set(numbers) <= own else numbers
    lettered = LETTERS_NAMED.search(text[:300])
    if lettered:  # "het college op te dragen de aanbevelingen D en F uit te voeren": capitals of a lettered list
        return [x.lower() for x in re.findall(r"\b[A-H]\b", lettered.group(1))]
    pair = ORDINAL_PAIR.search(text[:200])
    if pair and pair.start() < 60:
        # "Uw eerste en tweede aanbeveling neem ik beide over": by their places
        return [f"#{ORDINALS[pair.group(1).lower()]}", f"#{ORDINALS[pair.group(2).lower()]}"]
    return []


BARE_PLACES = 3  # places named by ordinal in a response, for an ordinal alone to name one


def lone_bare_ordinals(blocks: list[Block], found: list[int]) -> set[int]:
    """The blocks among ``found`` opened by an ordinal alone ("As to the second, …") where the response names fewer
    than :data:`BARE_PLACES` places by ordinal: "the second" of two just named ("The Administration accepted the first
    of these recommendations. … As regards the second, …"), no recommendation's place."""
    places = {r for i in found for r in (explicit_ref(blocks[i]) or []) if r.startswith("#")}
    return set() if len(places) >= BARE_PLACES else {i for i in found if ORDINAL_BARE.match(blocks[i].text)}
