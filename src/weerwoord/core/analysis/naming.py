"""How a response names what it answers: "Aanbeveling 3", "Government response to recommendations 5 and 6", a
subject heading ending "(Recommendations 1 and 2)", the "Government response:" that follows a quoted
recommendation, and the verdict set in the margin beside a reply ("Accepted", "Niet overgenomen")."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from weerwoord.core.analysis.codes import (
    DASHED_CODE,
    LONG_CODE,
    NUMBER_LIST,
    PREFIXED_YEAR_CODE,
    SHORT_CODE,
    YEAR_CODE,
)
from weerwoord.core.model import Block
from weerwoord.core.reading.layout import ROMAN

# lettered and Roman lists of what a reply names: "b en c", "IV and V"
_LETTER_LIST = r"[a-h](?:\s*(?:,|en|and|&)\s*[a-h])*"
_ROMAN_LIST = rf"(?-i:{ROMAN}(?:\s*(?:,|en|and|&)\s*{ROMAN})*)"
# in lower case, with their stops, as a treaty body or GRECO prints them: "Recommendations v. and vi."
_LOWER_ROMAN_LIST = r"(?-i:[ivx]{1,5}\.?(?:\s*(?:,|en|and|&)\s*[ivx]{1,5}\.?)*)(?=\s*$|\s*[.:–—-])"
REPLY_REF = re.compile(
    r"^(?:reactie (?:van het kabinet )?op |kabinetsreactie op |"
    # (the answering body named: "Agency Response to Recommendation 1.1", "Management response to …")
    r"(?:(?:the )?(?:government|agency|board|council|management|department|ministry|commission)(?:'s|’s)? )?"
    r"response to |"
    r"naar aanleiding van |wat |ten aanzien van |"
    r"met betrekking tot |as regards |on |tot slot,? |ten slotte,? |finally,? |voorts |verder |over |de |"
    r"about |regarding |concerning |uw |your |ad (?=randn|rn\.)|ad (?=[a-z]{4,15}\s+\d))?"
    # (or the margin numbers of an advice whose paragraphs are numbered: "Randnummer 12 (middelen). …"; or the kind of
    # recommendation named first: "Safety Recommendation 2026-014")
    r"(?:(?:safety|audit|key|panel|committee)\s+)?(?:aanbeveling(?:en)?|recommendations?|adviezen|adviespunt(?:en)?|advies|punt(?:en)?|points?|ad|randnummers?|randnrs?\.?|rn\.|"
    # (or whatever the advice calls them, after "Ad": "Ad voorwaarde 3 - thuiswerkplek.", "Ad voorwaarden 1 en 4")
    r"(?<=ad )[a-z]{4,15}(?=\s+\d)|"
    # (or the topics it answers, each with its title in brackets: "Topics 2 and 3 (Ethnicity and Languages).")
    r"(?:topics?|onderwerp(?:en)?)(?=\s+\d{1,2}(?:\s*(?:,|and|en|&)\s*\d{1,2})*\s*\()|"
    # (or the remarks of a Belgian inspectorate's advice: "Opmerkingen 4° en 5° (uitbetaling en controle).")
    r"opmerking(?:en)?(?=\s+\d{1,2}°)|"
    # (a report's paragraph by a number of three levels, an auditor's recommendation: "Paragraph 4.6.4 (bulk …)"; not
    # "Paragraph 11 of the Evaluation Report", a finding)
    r"paragraphs?(?=\s+\d{1,2}\.\d{1,2}\.\d)|"
    # (or of two levels, titled after a dash, as a letter answers an inspector's numbered recommendations:
    # "Paragraph 6.3 – cremation of babies and infants.", "Paragraphs 6.2 and 6.5 – registers.")
    r"paragraphs?(?=\s+\d{1,2}\.\d{1,2}(?:\s*(?:,|and|en|&)\s*\d{1,2}\.\d{1,2})*\s+[–—-]\s))\s+"
    r"(?:\(\s*(?:paragraphs?|para\.?|paragraaf|par\.)\s*)?"
    rf"({LONG_CODE}(?:\s*(?:,|and|en|&)\s*(?-i:[A-Z0-9-]{{2,16}}))*|{YEAR_CODE}(?:\s*(?:,|and|en|&)\s*{YEAR_CODE})*"
    # (or codes of a letter or two and a number: "Aanbeveling R4 - centraal onthaalpunt", "Aanbevelingen R6 en R7";
    # or with a dash: "Recommendation CB-2 and CB-4")
    rf"|{DASHED_CODE}(?:\s*(?:,|and|en|&)\s*{DASHED_CODE})*"
    rf"|{SHORT_CODE}(?:\s*(?:,|and|en|&)\s*{SHORT_CODE})*"
    rf"|{NUMBER_LIST}|{_LETTER_LIST}|{_ROMAN_LIST}"
    rf"|{_LOWER_ROMAN_LIST}"
    r"|\([ivx]{1,5}(?:\)\s*(?:,|en|and|&)\s*\([ivx]{1,5})*"  # "(iii) and (iv)", as a coroner numbers them
    # (or letters in brackets, as a council answers an inspector's lettered points: "Points (b) and (f): staffing")
    r"|\((?-i:[a-h])(?:\)\s*(?:,|en|and|&)\s*\((?-i:[a-h]))*)"
    r"\b°?\)?\s*(?:betreft)?\s*[:.)\-–—]?\s*",
    re.I,
)
# the result of a motion on a line of its own, set as a heading in minutes ("CARRIED", "LOST", "Aangenomen"): the end
# of the motion's text, no section of its own
MOTION_RESULT = re.compile(
    r"^(?:carried|lost|defeated|not carried|carried (?:as amended|unanimously)|(?:unaniem )?aangenomen|verworpen|"
    r"niet aangenomen|aangehouden)\.?$",
    re.I,
)


def results_as_text(blocks: list[Block]) -> list[Block]:
    """The blocks, a motion's result set as a heading ("CARRIED", "LOST") read as the last line of its motion."""
    return [
        replace(b, kind="paragraph") if b.kind == "heading" and MOTION_RESULT.match(b.text.strip()) else b
        for b in blocks
    ]


_ANSWERER = (
    r"(?:the |het |de )?(?:government|department|ministry|minister|secretary of state|cabinet|agency|management|"
    r"kabinet|minister|staatssecretaris|college(?: van bestuur)?|raad van bestuur|bestuur|directie|directeur|gemeente|"
    r"wethouder)"
)
RESPONSE_MARKER = re.compile(
    r"^(?:(?-i:[A-Z]{2,6})\s+)?"  # the answering body's initials: "VHA Response: Concur."
    r"(?:government response|response of the government|the government'?s response|reactie(?: van het kabinet)?|"
    # (or the answering body by name: "Department's response: Comply", "Management response: Agreed")
    rf"kabinetsreactie|reactie kabinet|antwoord|response|{_ANSWERER}(?:'s|’s)?\s+(?:response|reply)|"
    # (a court's position under each quoted recommendation: "Standpunt: gedeeltelijk aanvaard", "Standpunt BELN: eens")
    r"standpunt(?:\s+(?-i:[A-Z][\w-]*))?(?=\s*:)|"
    # (or who answers, a few words before the colon: "Reactie dienst Openbaar Domein: …", "Response of the Board: …")
    r"(?:reactie|response)\s+(?:(?:van|of|from)\s+)?(?:[\w-]+\s+){0,3}[\w-]+(?=\s*:)|"
    # (or who answers, in two words before the word: "Design team response: Agreed.", "Project team reply: …")
    r"(?!(?:the|de|het)\s)(?:[\w-]+\s+){2}(?:response|reply)(?=\s*:))"
    r"(?:\s*[:.\-–—]\s*|\s+(?=(?-i:[A-Z])))",
    re.I,
)  # "Government response: …", or a margin label "Response" beside the text ("Response  Supported. …")
# "Onze reactie", "Our response. Agreed.": who answers by a possessive, a marker where it comes back under each quote
OWN_MARKER = re.compile(
    r"^(?:\d{1,2}\.\d{1,3}\.?\s+)?(?:onze|ons|mijn|our|my)\s+(?:reactie|antwoord|standpunt|response|reply)"
    r"(?:\s*[:.]?$|\s*[:.]\s+(?=\S))",
    re.I,
)
# what is done, in the answerer's voice, under each ask put in other words: "You told us" / … / "What we are doing"
DOING_MARKER = re.compile(
    r"^(?:what|wat)\s+(?:we|wij|i|ik)\s+(?:(?:are|will|have|gaan|hebben|zullen)\s+)?(?:doing|do|done|did|doen|gedaan)"
    r"\s*[:.]?$",
    re.I,
)
RESPONSE_ONLY = re.compile(
    r"^(?:(?-i:[A-Z]{2,6})\s+)?"
    r"(?:(?:the )?government(?:'s)? response|response|reply|reactie(?: kabinet)?|kabinetsreactie|antwoord|"
    # "Reply of the Government", "Response from the Department", "Reactie van het college"
    rf"(?:reply|response|answer|reactie|antwoord|standpunt)\s+(?:of|from|by|van)\s+{_ANSWERER}|"
    rf"(?:reactie|antwoord|standpunt)\s+{_ANSWERER})\s*[:.]?$",  # "Reactie raad van bestuur"
    re.I,
)
# a subject heading that names its recommendations at the end, in brackets
# (by number, letter or Roman numeral: "(aanbeveling VI)", "(aanbevelingen IV en V)", "(recommendation b)")
# (or by the margin numbers of an advice whose paragraphs are numbered, "(rn. 25 en 26)", and a verdict after a dash:
# "Prijs vóór de start (rn. 22) — Standpunt BELN: eens.")
HEADING_REF_TAIL = re.compile(
    # (also with the body's name before it: "(Panel Recommendation 1)", "(Committee recommendations 3 and 4)")
    # (or the points of a letter: "Powers of the Minister (points 3 and 6)", "Tweetaligheid (punten 2 en 5)")
    r"\((?:(?-i:[A-Z])[\w-]+\s+)?(?:aanbeveling(?:en)?|recommendations?|rn\.|randnummers?|randnrs?\.|points?|(?:advies|aandachts|actie)?punt(?:en)?"
    r"|advie(?:s|zen))"
    r"\s*"
    rf"({NUMBER_LIST}|{_LETTER_LIST}|{_ROMAN_LIST})\)\s*(?:[–—]\s*[^()]{{1,60}})?$",
    re.I,
)
# a heading that names its recommendations after a dash, the body's initials before them: "Chapter 2 Core Strategy -
# NPOO Recommendation 1: Core strategy table", "Chapter 12 Land Use Zoning – Recommendations 2 and 3: Zoning"
HEADING_REF_AFTER_DASH = re.compile(
    r"\s[-–—]\s+(?:(?-i:[A-Z]{2,6})\s+)?(?:aanbeveling(?:en)?|recommendations?)\s+"
    rf"({NUMBER_LIST})(?:\s*:|\s*$|\s+[-–—]\s)",
    re.I,
)
MARGIN_LABEL = re.compile(
    r"^(?:(?:not |partially |partly )?(?:accept(?:ed)?|agreed?|supported?)(?: in (?:principle|part))?|reject(?:ed)?|"
    r"noted?|(?:niet |gedeeltelijk )?(?:overgenomen|aanvaard)|(?:financial|cost|budgetary|resource) implications|"
    r"financiële (?:gevolgen|consequenties))\s*[:.]?$",
    re.I,
)
# a paragraph that opens a reply by saying what was recommended: "Ook adviseert de Raad …", "The Committee also
# recommends …"
PARAPHRASE_OPENING = re.compile(
    r"^(?:(?:voorts|verder|ook|tevens|daarnaast|ten slotte|tot slot|vervolgens|ten eerste|ten tweede|ten derde)"
    r"\s*,?\s+)?"
    r"(?:(?:de|het)\s+(?:aiv|raad|adviesraad|commissie|council|rapport|inspectie|ombudsman)\s+"
    r"(?:beveelt|adviseert|stelt|pleit|vraagt|raadt)"
    r"|(?:beveelt|adviseert|stelt|pleit|vraagt|raadt)\s+(?:de|het)\s+(?:aiv|raad|adviesraad|commissie))\b"
    r"|^(?:ten aanzien van|met betrekking tot|wat betreft|inzake|over)\s+(?:de|het)\s+(?:aanbeveling|advies|voorstel)"
    r"|^wat betreft\b"
    # (a topic, then what the letter says on it: "Over de sporthal De Koppel en de rioolheffing merken wij het volgende
    # op.")
    r"|^over\s+[^.;:]{3,80}?\s+(?:merken|zeggen|melden)\s+(?:wij|we)\b"
    r"|^(?:(?:further|furthermore|also|finally|next|secondly|thirdly)\s*,?\s+)?the\s+"
    r"(?:council|committee|board|commission|report|review|inquiry|inspector(?:-general)?|ombudsman)\s+"
    r"(?:also\s+)?(?:recommends|advises|proposes|urges|calls|suggests|asks)"
    r"|^(?:as regards|with regard to|regarding|on|turning to)\s+the\s+(?:recommendation|proposal)",
    re.I,
)
# "Aanbevelingen aan schoolbesturen en lerarenopleidingen", "the recommendations addressed to local authorities":
# those addressed to them (matched against the addressee lines of the advice)
ADDRESSED_GROUP = re.compile(
    r"\b(?:aanbeveling(?:en)?\s+(?:die\s+)?(?:gericht\s+)?aan|recommendations?\s+(?:addressed|made|directed)\s+to)\s+"
    r"(?:de\s+|het\s+|the\s+)?(\w{3,})(?:\s+(?:en|and)\s+(?:de\s+|het\s+|the\s+)?(\w{3,}))?",
    re.I,
)
# a label of a few words run in before the text of a paragraph: "Taakafbakening. Leg …", "Het registratiesysteem.
# De onderzoekers …", "Digital access: The Department …"
RUN_IN = re.compile(r"^[A-ZÀ-Ý][\w’'\-]*(?:\s+[\w’'\-]+){0,4}[.:]\s+(?=[A-ZÀ-Ý])")
# a title of a few words on a line of its own at a section's head, no sentence: the summary of what was advised in a
# table's column ("Openingsuren onthaalbalies", "Toekomst van De Wingerd; onderhoudsplanning") over the reply
TITLE_LINE = re.compile(r"^([A-ZÀ-Ý][^\n.!?:]{2,90}[^\n.!?:,])\n\n(?=\S)")


def title_line(heading: str | None, text: str) -> str:
    """The short title a section's text opens with on a line of its own under a short heading, a theme of a few
    words (none if its first line is a sentence, or the heading a document's title over a subtitle)."""
    if not heading or len(heading.split()) > 4:
        return ""
    m = TITLE_LINE.match(text)
    # (of two words or more and no figure: not a status or a date in the row's first cell, "Complete", "July 2027")
    title = m.group(1) if m else ""
    words = re.findall(r"[^\W\d_]{3,}", title)
    return title if len(words) >= 2 and len(title.split()) <= 10 and not re.search(r"\d", title) else ""


# a code that names a recommendation wherever it stands, by a prefix and its year or by its parts: "R/2025/032",
# "2024-02-I-LA-R5" (not a bare year or "2025/3")
_DISTINCT_CODE = rf"{PREFIXED_YEAR_CODE}|{LONG_CODE}"
CODES_OPENING = re.compile(
    rf"^(?:\d{{1,2}}(?:\.\d{{1,2}})?\s+)?((?:{_DISTINCT_CODE})(?:\s*(?:,|and|en|&)\s*(?:{_DISTINCT_CODE}))*)", re.M
)


def codes_opening_paragraphs(text: str) -> list[str]:
    """The codes a section's paragraphs open with ("2.1 R/2025/032 (staff time). Agreed. …", "2.2 R/2025/031 …"):
    the recommendations it answers, in a response numbered in its own way."""
    out: list[str] = []
    for m in CODES_OPENING.finditer(text):
        for code in re.findall(_DISTINCT_CODE, m.group(1)):
            if code.lower() not in out:
                out.append(code.lower())
    return out


SOURCE_CELL = re.compile(r"^[\w ’'-]{0,40}?,\s*((?-i:[A-Z]{1,3})-?\d{1,2}[a-z]?)(?:\s*\([\w ]{1,20}\))?\s*$")


def source_codes(text: str) -> list[str]:
    """The code a short paragraph of a section gives as its source, after who made it: a change log's "Scrutiny
    Panel, AP2" or "Scrutiny Panel, AP3 (in part)"."""
    return [m.group(1).lower() for p in text.split("\n\n") if (m := SOURCE_CELL.match(p.strip()))][:1]


def codes_leading(text: str) -> list[str]:
    """The codes a paragraph opens with, on its first line ("OA 26/01 en OA 26/02. Het directiecomité keurde …")."""
    return codes_opening_paragraphs(text[:80].split("\n")[0])


# codes a paragraph names after the word: "The Board adopts Recommendations M-1 and S-1", "Aanbeveling A2"
_SHORT_CODE = r"(?-i:[A-Z]{1,3}-?\d{1,2}[a-z]?)"
_NAMED_CODES = re.compile(
    rf"\b(?:aanbeveling(?:en)?|recommendations?)\s+({_SHORT_CODE}(?:\s*(?:,|and|en|&)\s*{_SHORT_CODE})*)\b", re.I
)


def named_codes(text: str) -> list[str]:
    """The codes a paragraph names after the word ("The Board adopts Recommendations M-1 and S-1"), lower case."""
    codes = _NAMED_CODES.search(text)
    return [c.lower() for c in re.findall(_SHORT_CODE, codes.group(1))] if codes else []


# a code of capitals, a hyphen and a number, named on its own ("SP-02", "AGA-01"; not "COVID-19", not "B26/17")
BARE_CODE = re.compile(r"(?<![\w/.-])(?-i:[A-Z]{1,4})-\d{1,3}(?![\w/-]|\.\d)")
# or of capitals and a number joined ("BS1", "PE12"), where every recommendation is so coded
JOINED_CODE = re.compile(r"(?<![\w/.-])(?-i:[A-Z]{2,4})\d{1,2}(?![\w/-]|\.\d)")


def bare_codes(blocks: list[Block]) -> frozenset[str]:
    """The codes of a hyphen and a number the text names on their own, lower case ("in relation to SP-02")."""
    return frozenset(m.group(0).lower() for b in blocks for m in BARE_CODE.finditer(b.text))


# an item labelled by a code of capitals and a number, as a council's or an assembly's recommendations are coded
# ("A3", "R-2", "GA.1"): the reply to that one
ITEM_CODE = re.compile(r"([A-Z]{1,3})[-.]?(\d{1,2})([a-z]?)[.):]?")


_ON_IT = re.compile(r"\b(?:recommendations?|findings?|aanbeveling(?:en)?|advies|adviezen|bevinding(?:en)?)\b", re.I)


def coded_list(blocks: list[Block]) -> set[int]:
    """Items one under the other coded in order under one prefix ("S1 Camden …", "S2 Birmingham …", "S3 …"): a
    list of the response's own, not replies to coded recommendations (those come in the response's order)."""
    out: set[int] = set()
    run: list[tuple[int, str, int]] = []

    def close() -> None:
        # (not replies in the advice's order, each opening on what it answers: "R1. The recommendation has been
        # implemented. …", "F3. The respondent disagrees partially with the finding. …")
        answering = sum(bool(_ON_IT.search(" ".join(blocks[i].text.split()[:8]))) for i, _, _ in run)
        if (
            len(run) >= 2
            and len({p for _, p, _ in run}) == 1
            and all(b[2] == a[2] + 1 for a, b in itertools.pairwise(run))
            and answering < len(run) / 2
        ):
            out.update(i for i, _, _ in run)
        run.clear()

    for i, b in enumerate(blocks):
        m = ITEM_CODE.fullmatch(b.label.strip()) if b.kind == "item" else None
        if m is None or m.group(3):  # ("S1a" a point of S1, no list of its own)
            close()
            continue
        run.append((i, m.group(1), int(m.group(2))))
    close()
    return out


# a member of parliament's turn in a verbatim record: a number, a name and a party in brackets
MEMBERS_TURN = re.compile(r"^\d{1,2}\.\d{2}\s+(?:[A-Z][\w'’.-]*\s+){1,4}\((?-i:[A-Z][\w&-]{0,14})\)\s*:")
# a correction of what the report says, which answers no recommendation: "In hoofdstuk 3 van het rapport staat dat
# drie docenten gepromoveerd zijn. Op de peildatum waren dat er vier", "On page 12 the report states that …"
CORRECTION = re.compile(
    r"^(?:in|op|on)\s+(?:hoofdstuk|paragraaf|pagina|bladzijde|tabel|chapter|section|page|table)\s+\S+\s+"
    r"(?:van het (?:rapport|advies|verslag)\s+(?:staat|wordt|vermeldt)|of the report\s+(?:states|says)|"
    r"the report\s+(?:states|says))\b",
    re.I,
)
# a part of a committee's report that holds what the members asked or said: "A. Vragen en opmerkingen van de leden",
# "Questions from members" (the minister's answers stand in a part of their own)
MEMBERS_PART = re.compile(
    r"\b(?:vragen|opmerkingen|tussenkomsten|betogen)\b(?:\s+en\s+\w+)?\s+van\s+de\s+(?:(?:commissie)?leden|fracties)\b"
    r"|\bquestions?\s+(?:from|by|of)\s+(?:the\s+)?(?:committee\s+)?members\b|\bmembers['’]\s+questions\b",
    re.I,
)


def says_nothing(heading: str | None, text: str) -> bool:
    """Whether a section answers nothing whatever its words: a member's turn, a correction of the report's facts, the
    members' questions in a committee's report."""
    return bool(
        MEMBERS_TURN.match(text)
        or CORRECTION.match(text)
        or (heading and MEMBERS_PART.search(heading))
        or _memo_header(text)
        or bool(SIGN_OFF.match(text.strip()))
        or bool(RECORD_HEADER.match(text.strip()))
    )


# a record's header: "Minutes of the meeting held on Tuesday 14 October 2025 … Present: …", "Verslag van de
# vergadering van …", "Aanwezig: …"
RECORD_HEADER = re.compile(
    r"^(?:minutes\s+of\s+the\s+(?:\w+\s+)?meeting|notulen\s+van\s+de\s+(?:\w+\s+)?vergadering"
    r"|verslag\s+van\s+de\s+(?:\w+\s+)?vergadering|present\s*:|aanwezig\s*:)",
    re.I,
)


# a letter's title line with its reference: "Managementreactie op het … - kenmerk GS/2027/0587 - 4 oktober 2027"
# (or its date on a header line of its own: "Datum\n\n2 november 2027")
_REFERENCE = re.compile(
    r"\b(?:kenmerk|zaaknummer|our ref(?:erence)?|your ref(?:erence)?|reference)\s*:?\s*\S*\d|^(?:datum|date)\s*:?\n+\d",
    re.I | re.M,
)


# (or a letterhead with its address: "… - Raadhuisstraat 2, 2151 GE Heemsterburg", a Dutch or a British postcode)
_POSTCODE = re.compile(r"\b\d{4}\s?(?-i:[A-Z]{2})\b(?!\s*\d)|\b(?-i:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b")
# ("Aan …, t.a.v. de voorzitter"; a name's initials, "wethouder M. (Marloes) Brinkhuis")
_ABBREVIATION = re.compile(r"\b(?:t\.a\.v|i\.a\.|f\.a\.o|c/o)\.?|\b(?-i:[A-Z])\.(?=\s*(?-i:[A-Z(]))", re.I)


def is_title(text: str) -> bool:
    """Whether a section is a title of no sentence: a short one, or a longer one that gives the letter's reference
    or its address."""
    words = len(text.split())
    bare = _ABBREVIATION.sub(" ", text)
    given = bool(_REFERENCE.search(text) or _POSTCODE.search(text))
    return not re.search(r"[.!?;:]", bare) and (words < 15 or (words < 40 and given))


# a letter's close and signature, taken for a section of its own: "Met vriendelijke groet, burgemeester en …"
SIGN_OFF = re.compile(
    r"^(?:met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|hoogachtend|yours\s+(?:sincerely|faithfully)|kind\s+regards"
    r"|best\s+regards)\b",
    re.I,
)


# a memo's or a report's header lines: "To Mayor and Members of Council", "From …", "Meeting date May 12, 2026"
MEMO_LINE = re.compile(
    r"^(?:to|from|date|meeting date|subject|re|cc|report no\.?|report number|file|aan|van|datum|onderwerp|kenmerk"
    r"|ons kenmerk|uw kenmerk|bijlage\(?n\)?)\b[\s:]",
    re.I,
)


def _memo_header(text: str) -> bool:
    """Whether a section is a memo's header only: each of its lines (two or more) one of "To …", "From …", "Date …"."""
    lines = [p.strip() for p in text.split("\n") if p.strip()]
    return len(lines) >= 2 and all(MEMO_LINE.match(p) and len(p.split()) <= 12 for p in lines)


# a meeting's own agenda point as a heading in its minutes: "Punt 2. Advies van de stad over het meerjarenplan",
# "Agendapunt 3 - Rondvraag", "Item 4. Any other business"
AGENDA_POINT = re.compile(r"^\s*(?:agenda)?(?:punt|item)\s+(\d{1,2})\s*[.:–—-]\s+\S", re.I)
AGENDA_RUN = 3  # headings so numbered from 1 on, in order, at least: the agenda's, not the advice's points cited


def agenda_numbers(headings: list[str]) -> bool:
    """Whether headings numbered "Punt N." run 1, 2, 3 … in order: a meeting's agenda, which cites nothing."""
    numbers = [int(m.group(1)) for h in headings if (m := AGENDA_POINT.match(h))]
    return len(numbers) >= AGENDA_RUN and numbers == list(range(1, len(numbers) + 1))


def is_marker(b: Block) -> bool:
    """'Government response:' (with text after it or alone), 'Reactie van het kabinet', a bold 'Response'."""
    t = b.text.strip()
    return bool(RESPONSE_MARKER.match(t) or RESPONSE_ONLY.match(t))


def reply_marker_at(body: list[Block], section: list[Block]) -> int | None:
    """Where the marker of the reply stands in a section's body ("Government response:"); or what is done, where
    nothing else in the section marks the reply ("What we are doing"; not "What we will do" after "Our response")."""
    doing = not any(is_marker(b) or OWN_MARKER.match(b.text) for b in section)
    return next((i for i, b in enumerate(body) if is_marker(b) or (doing and DOING_MARKER.match(b.text.strip()))), None)


# a question before "Response:" that names what it answers: "… (its recommendations 3.2.1 and 3.2.2). What …?"
QUESTION_CITES = re.compile(rf"^(?:question|vraag)\b.*?\brecommendations?\s+({NUMBER_LIST})\b", re.I | re.S)


# the title of a group of replies by their verdict: "Recommendations accepted", "Wat wij niet overnemen"
GROUP_OPENING = re.compile(
    r"^(?:(?:recommendations?|aanbevelingen|aanbeveling|adviezen|advies)\s+(?:(?:that are|die zijn)\s+)?"
    # (or a category of the response's own: "Category 4: Not proposed for implementation", "Categorie 2 – …")
    r"|(?:categor(?:y|ie)|groep|group)\s+\w{1,3}\s*[:.–—-]\s*)",
    re.I,
)


# a group's title in the government's own words, numbered or not: "Wat wij (nog) niet overnemen", "What we accept"
GROUP_TITLE = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?(?:wat\s+(?:wij|we)|waarover\s+(?:wij|we)|what\s+we)\s+(?:\((?:nog|yet)\)\s+)?", re.I
)


# a group's title as a relative clause of the answering voice: "Voorwaarden die ik gedeeltelijk overneem"
GROUP_RELATIVE = re.compile(r"^[A-Z]\w+\s+die\s+(?:ik|wij|we|het college|het kabinet|de minister)\s+(?=\w)")


def verdict_title(heading: str | None) -> bool:
    """Whether a heading is a group's verdict title in the answering voice ("Wat wij gedeeltelijk overnemen", "Waarover
    wij later beslissen"), no subject (not "Recommendation 3 – Housing")."""
    h = (heading or "").strip()
    return bool(h) and any(g.match(h) for g in (GROUP_TITLE, GROUP_RELATIVE))


# a reply's own details set as a heading line: "Target implementation date: June 2026", "Recommendation implemented",
# the reasons under a form's verdict ("Het college: ☒ volgt het advies" / "Motivering:")
REPLY_DETAIL = re.compile(
    r"^(?:(?:target implementation date|implementation date|target date|recommendation implemented|streefdatum)\b"
    r"|(?:motivering|onderbouwing|rationale|justification)\s*:?$)",
    re.I,
)
