"""A response read paragraph by paragraph: how a letter in prose without headings is read when it answers several
recommendations a paragraph or two each."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from weerwoord.core.analysis.annexes import CLOSING_PARAGRAPH
from weerwoord.core.analysis.codes import YEAR_CODE
from weerwoord.core.analysis.decisions import DECIDING
from weerwoord.core.analysis.naming import (
    GROUP_OPENING,
    REPLY_REF,
    codes_leading,
    is_marker,
    named_codes,
    verdict_title,
)
from weerwoord.core.analysis.number_names import with_digits
from weerwoord.core.analysis.ordinals import ORDINALS
from weerwoord.core.analysis.parts import paragraphs
from weerwoord.core.analysis.spans import first_sentence
from weerwoord.core.analysis.table_replies import numbers_in
from weerwoord.core.model import Block, Document, Reply, TextRun

# the numbers a reply names after "Aanbevelingen" / "paragraphs": "4", "4 en 5", "1, 2 and 3"
NUMBER_LIST = rf"({YEAR_CODE}|\d{{1,2}}[a-z]?(?:\s*(?:,|en|and|&)\s*\d{{1,2}}[a-z]?)*)"
# the points of the advice a paragraph's first sentence names: "Het college volgt punt 4.2 van het advies.", "Over de
# punten 4.1 en 4.3 oordeelt het college verschillend.", "Het advies over … (punt 4.5) verdient aandacht" (not
# English "point": "Officers on CO2 point 1 move to point 2")
_NUMBERED_POINT = r"\d{1,2}(?:\.\d{1,2})?[a-z]?"
POINTS_NAMED = re.compile(
    r"\b(?:advies)?punt(?:en)?\s+"
    rf"({_NUMBERED_POINT}(?:\s*(?:,|en|and|&)\s*{_NUMBERED_POINT})*)(?![\d.]*\d)",
    re.I,
)


def _points_named(text: str) -> list[str]:
    m = POINTS_NAMED.search(first_sentence(text))
    return numbers_in(m.group(1)) if m else []


# a paragraph that opens by saying what it answers: "With regard to paragraphs 3 and 11, …", "Wat aanbeveling 4
# betreft", "Concerning paragraph 5"
REGARDING = re.compile(
    r"^\W*(?:with regard to|as regards|regarding|concerning|in response to|turning to|as for|on|"
    r"ten aanzien van|wat|met betrekking tot|naar aanleiding van)\s+(?:the\s+|de\s+|het\s+)?"
    r"(?:recommendations?|paragraphs?|aanbeveling(?:en)?|adviezen|advies)\s+" + NUMBER_LIST + r"(?!\.?\d)",
    re.I,
)  # (not "paragraph 1.2" of the report, read as "paragraph 1")


# a paragraph that opens on the advice ("Het advies over de termijn is overgenomen.") is a reply, however short
OPENS_ON_ADVICE = re.compile(r"\W*(?:\w+\s+){0,3}(?:advies|adviespunt|aanbeveling|recommendation|suggesti)", re.I)


# a member's question in the minutes of a meeting, reported: "De heer Oldenhof (CDA) vraagt naar …", "Mevrouw Koster
# (Wolderveen Lokaal) wil weten …", "Ms Patel (Labour) asked whether …": no reply, whatever it speaks of
QUESTION_PUT = re.compile(
    r"^(?:(?:mevrouw|de heer|dhr\.|mw\.|mr\.?|mrs\.?|ms\.?|dr\.?|cllr\.?|councillor|lid)\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*\([^()]{1,40}\)\s+"
    r"(?:\w+\s+){0,3}?(?:vraagt|vroeg|wil weten|informeert|asks|asked|wants to know|wanted to know|enquired)\b",
    re.I,
)

# a turn in a meeting's transcript, after its time ("[7.23 pm] RESIDENT (COL): …", "19.05 uur - DE VOORZITTER: …"):
# one that asks a question from the floor is no reply
STAMPED_TURN = re.compile(
    # (a time of day as such: not a verbatim report's numbered turns, "01.03 Staatssecretaris Cools: …")
    r"^\s*(?:\[\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|uur)?\s*\]|\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|uur)\s*[-–—]?)\s*"
    r"(?:(?-i:[A-Z])[\w'’.-]+\s+){0,4}(?-i:[A-Z])[\w'’.-]+(?:\s*\([^()]{1,40}\))?\s*:\s",
    re.I,
)
# a reply in speech, naming what it answers inside its turn: "… On recommendation five, yes: …", "That's
# recommendation one, and it's done." (numbers in words read as digits)
NAMED_IN_SPEECH = re.compile(
    r"(?:^|[.:!?]\s+)(?:on|regarding|as for|turning to|now,? to|wat betreft|over)\s+(?:the\s+|de\s+|het\s+)?"
    r"(?:recommendations?|aanbeveling(?:en)?|advies)\s+" + NUMBER_LIST + r"(?!\.?\d)"
    r"|\b(?:that's|that is|this is|dat is)\s+(?:recommendations?|aanbeveling(?:en)?|advies)\s+"
    + NUMBER_LIST
    + r"(?!\.?\d)",
    re.I,
)


def _named_in_speech(text: str) -> list[str]:
    """What a turn of a transcript names as what it answers (see :data:`NAMED_IN_SPEECH`)."""
    if not STAMPED_TURN.match(text):
        return []
    m = NAMED_IN_SPEECH.search(with_digits(text[:600]))
    return numbers_in(m.group(1) or m.group(2)) if m else []


# a paragraph numbered in the response's own way ("3.2 The one-allowance rule is already …"): a unit of its own,
# however short
OWN_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}\s+(?=[A-Z])")


# a turn in the verbatim report of a debate: "Ann Verhelst (cd&v): Voorzitter, …", "De voorzitter: …", "The Chair:"
# (another's); "Minister Bart Goossens: …", "De minister: …", "Staatssecretaris Van Dam: …" (the government's)
TURN = re.compile(
    r"^(?:(?:(?-i:[A-Z])[\w'’.-]+\s+){1,4}\([^()]{1,40}\)|(?:de\s+|the\s+)?(?:voorzitter|chair|chairman|chairwoman))\s*:",
    re.I,
)
GOVERNMENT_TURN = re.compile(
    r"^(?:de\s+|the\s+)?(?:vlaams\s+|vice-?)?(?:minister|minister-president|staatssecretaris|secretary of state|"
    r"minister of state)\b[^:]{0,60}:",
    re.I,
)


CLOSING_WORDS = 40  # a letter's close is short ("I thank the Deputies for raising these matters. The …" opens one)


def paragraph_replies(doc: Document) -> list[Reply]:
    """Every paragraph a section of its own: how a letter in prose without headings is read when it answers
    several recommendations a paragraph or two each (a short paragraph goes with the one before it); a question
    put in a meeting is none, nor, in the verbatim report of a debate, what others than the government say (the
    member's question, the chair) or what stands before the first turn."""
    replies: list[Reply] = []
    debate = sum(1 for b in doc.blocks if GOVERNMENT_TURN.match(b.text)) >= 1 and any(
        TURN.match(b.text) for b in doc.blocks
    )
    speaking = not debate  # (in a debate, the government's turns only)
    deciding = False  # (after "Het college besluit:", "Council resolved:": a list of decisions)
    closed = False
    over: str | None = None  # the heading over the paragraphs, a group that may state their verdict ("Wat wij …")
    for b in doc.blocks:
        if b.kind == "heading" and not b.table_row:
            title = b.text.strip()
            over = title if verdict_title(title) or GROUP_OPENING.match(title) else None
        if debate and (TURN.match(b.text) or GOVERNMENT_TURN.match(b.text)):
            speaking = bool(GOVERNMENT_TURN.match(b.text))
        if not speaking:
            continue
        if b.kind == "heading" or (b.kind != "item" and not b.text.rstrip().endswith(":")):
            deciding = False  # (the decisions end with their list)
        if b.kind != "item" and DECIDING.search(b.text):
            deciding = True
        if b.table_row or b.kind == "heading" or not b.text.strip() or QUESTION_PUT.match(b.text):
            continue
        if STAMPED_TURN.match(b.text) and b.text.rstrip().endswith("?"):
            continue  # a question from the floor
        count = len(b.text.split())
        if replies and count <= CLOSING_WORDS and CLOSING_PARAGRAPH.match(b.text.strip()):
            closed = True  # a letter's close ("I am copying this letter to …"), and the signature under it
            continue
        if closed and count < 20:
            continue
        closed = False
        # (a numbered decision stands on its own, however short: "Het college besluit: … 3. Het Steunpunt Mantelzorg
        # krijgt … een extra consulent, …")
        numbered_item = deciding and b.kind == "item" and bool(b.label) and b.label[:1].isdigit() and count >= 15
        short = count < 20 and not OPENS_ON_ADVICE.match(b.text) and not OWN_NUMBER.match(b.text) and not numbered_item
        if replies and (short or b.text[:1].islower()):
            last = replies[-1]
            last.run = TextRun.concat([last.run, b.run], sep="\n\n")
            continue
        # linked by content and quotation, and by the numbers it opens by answering ("With regard to paragraphs 3
        # and 11, …"; not "De raad doet vijf aanbevelingen. De aanbevelingen 4 en 5 zijn gericht aan …")
        m = REGARDING.match(b.text)
        numbers = numbers_in(m.group(1)) if m else []
        numbers = numbers or named_codes(b.text[:300])  # "The Board adopts Recommendations M-1 and S-1"
        numbers = numbers or _points_named(b.text)  # "Het college volgt punt 4.2 van het advies."
        numbers = numbers or _by_places(b)  # "Your second and fifth recommendations concern staffing."
        numbers = numbers or codes_leading(b.text)  # "OA 26/03 en OA 26/01. De dienst heeft …"
        numbers = numbers or _named_in_speech(b.text)  # "[7.05 pm] MR HOLLOWAY: … On recommendation five, yes: …"
        replies.append(Reply(f"p{len(replies) + 1}", None, b.run, None, numbers, group=over))
    return replies


def _by_places(b: Block) -> list[str]:
    """The places of the two recommendations a paragraph opens by naming ("#2", "#5" for "Your second and fifth
    recommendations concern staffing.")."""

    m = _PLACES_OPENING.match(b.text)
    if not m:
        return []
    places = re.findall(r"[a-z]+", m.group(1).lower())
    return [f"#{ORDINALS[w]}" for w in places if w in ORDINALS]


# "Your second and fifth recommendations …", "De tweede en de vierde aanbeveling …"
_PLACES_OPENING = re.compile(
    r"^(?:your|the|uw|de)\s+([a-z]+\s+(?:and|en)\s+(?:the\s+|de\s+)?[a-z]+)\s+(?:recommendations|aanbevelingen|aanbeveling)\b",
    re.I,
)


# a heading over the part of a longer document that takes up the advice: "Het advies van de marktcommissie", "The
# Panel's recommendations", "Reactie op de aanbevelingen"
ON_THE_ADVICE = re.compile(r"\b(?:advies|adviezen|aanbeveling(?:en)?|recommendations?|advice)\b", re.I)
# (or an advisory body by its name, in a statement on the advices received: "5.1 Raad voor het Leefmilieu")
ADVISORY_BODY = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:raad|council|commissie|committee|panel)\b", re.I)
# (or the notes that explain a regulation or an agreement article by article, where what the advice asked is weighed:
# "Toelichting", "Artikelsgewijze toelichting", "Explanatory notes")
EXPLAINING = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:(?:memorie|nota) van |artikelsgewijze |algemene )?toelichting\b"
    r"|^explanatory (?:notes|memorandum)\b",
    re.I,
)


def advice_part_replies(doc: Document) -> list[Reply]:
    """The paragraphs under the headings that name the advice, each a reply (:func:`paragraph_replies`): how a
    longer document answers in one of its parts (a regulation's explanatory notes, "Het advies van de
    marktcommissie", after the articles themselves); none when no heading of up to ten words names it."""
    blocks: list[Block] = []
    inside = False
    for b in doc.blocks:
        if b.kind == "heading":
            inside = _names_advice(b.text)
            continue
        if inside:
            blocks.append(b)
    # (not a part cut already by the markers of its replies, each under its quote: "Panel comment: …" / "Design team
    # response: Agreed. …")
    if sum(is_marker(b) for b in blocks) >= 2:
        return []
    return paragraph_replies(replace(doc, blocks=blocks)) if len(blocks) >= 2 else []


def advice_part_among(doc: Document, replies: list[Reply], part: list[Reply] | None = None) -> list[Reply]:
    """The sections of the response, those whose heading names the advice cut into their paragraphs
    (:func:`advice_part_replies`, or ``part`` where the caller has them), in the order they stand: an explanatory
    memorandum answering the advice in the paragraphs of "2 Advies van de kwartiermaker", and on its budget in "3
    Financiële gevolgen"; none when no such heading stands over two paragraphs or more."""
    part = advice_part_replies(doc) if part is None else part
    if len(part) < 2:
        return []
    kept = [r for r in replies if not (r.heading and _names_advice(r.heading))]
    if len(kept) == len(replies):
        return []
    units = [*kept, *part]
    return sorted(units, key=lambda r: r.run.pieces[0].line if r.run.pieces else 0)


def crowded_cut(replies: list[Reply], crowded: set[str]) -> list[Reply]:
    """The sections, those in ``crowded`` (by id: each answering three recommendations or more as read so far) cut
    into their paragraphs, a short one kept with the one before: an annual report's "Independent reviews" section
    taking up a review's recommendations a paragraph each ("The register. …", "Compliance. …")."""
    out: list[Reply] = []
    for rp in replies:
        if rp.id not in crowded:
            out.append(rp)
            continue
        pieces: list[Reply] = []
        for a, b in paragraphs(rp.run.text):
            run = rp.run.slice(a, b)
            if pieces and len(run.text.split()) < 20:
                pieces[-1].run = TextRun.concat([pieces[-1].run, run], sep="\n\n")
                continue
            pieces.append(Reply(f"{rp.id}.{len(pieces) + 1}", rp.heading if not pieces else None, run, None))
        out.extend(pieces)
    return out


def _names_advice(heading: str) -> bool:
    return len(heading.split()) <= 10 and bool(
        ON_THE_ADVICE.search(heading) or ADVISORY_BODY.match(heading) or EXPLAINING.match(heading)
    )


# a decision numbered in the response's own way inside a paragraph, after a sentence's end: "Het presidium besluit
# als volgt: 3.1 Het presidium dankt … 3.2 De vertrouwenspersoon wordt voortaan …" (a table cell's points)
_INNER_NUMBER = re.compile(r"(?<=[.:;])\s+(?=(\d{1,2})\.(\d{1,2})\s+(?-i:[A-Z]))")


_PARAGRAPH_NUMBER = re.compile(r"(?:^|\n\n)(\d{1,2}\.)\s+(?-i:[A-Z])")


def point_replies(replies: list[Reply]) -> list[Reply] | None:
    """The sections as cut, each that holds points of its own numbered in order (3.1, 3.2, … of one number, two
    or more, inside its paragraphs: a decision list's cell; or three or more paragraphs numbered 1., 2., 3.) cut
    before each point, the words before the first with the first; None when no section holds such points."""

    def points(rp: Reply) -> list[int]:
        numbered = [m.start(1) for m in _PARAGRAPH_NUMBER.finditer(rp.text)]
        if len(numbered) >= 3 and [int(rp.text[k : k + 2].rstrip(".")) for k in numbered] == list(
            range(1, len(numbered) + 1)
        ):
            return numbered[1:]  # (or paragraphs numbered 1., 2., 3. …: a form's decision, a point each)
        found = list(_INNER_NUMBER.finditer(rp.text))
        first = int(found[0].group(2)) if found else 0
        if len({m.group(1) for m in found}) > 1 or [int(m.group(2)) for m in found] != list(
            range(first, first + len(found))
        ):
            return []
        return [m.end() for m in found[1:]]

    return _cut(replies, points)


# a question a parliamentary group put, reported before the minister's answer in a "nota naar aanleiding van het
# verslag": "De leden van de GroenRood-fractie vragen …", "Dezelfde leden vragen hoe …", "Members of the Green
# group asked whether …"
MEMBERS_ASK = re.compile(
    r"(?:^|\n\n)(?=(?:de|deze|dezelfde|the|these|those)\s+(?:leden|members)\b[^.?\n]{0,80}?"
    r"\b(?:vragen|vroegen|informeren|willen weten|wensen te vernemen|asked|ask|enquired|wish to know"
    r"|wanted to know)\b)",
    re.I,
)


def question_replies(replies: list[Reply]) -> list[Reply] | None:
    """The sections as cut, each that answers two or more questions put by members ("De leden van de … vragen …",
    then the answer) cut before each question, the question with its answer; None when no section holds two."""
    return _cut(replies, lambda rp: [m.start() for m in MEMBERS_ASK.finditer(rp.text) if m.start() > 0])


# a decision of its own in a list of them, as a record of decision or minutes set them out: "(2) To extend lifeguard
# cover …", "(1) That the report be noted …", "Te besluiten …"
_DECISION = re.compile(r"(?:^|\n\n)(?=(?:To|That|Te|In te)\s+(?-i:[a-z]))")
DECISIONS = 3  # in one section, at least, for each to be a reply
# a heading over a list of decisions: "RESOLVED that:", "Besloten:", "Het college besluit:"
RESOLVED = re.compile(r"\b(?:resolved|decided|agreed|besloten|besluit|besluiten)\b[^:]{0,20}:\s*$", re.I)


def decision_replies(replies: list[Reply]) -> list[Reply] | None:
    """The sections as cut, each that lists three or more decisions ("To approve …", "To extend …", "To adopt …")
    cut before each, the words before the first with the first; None when no section holds such a list."""

    def decisions(rp: Reply) -> list[int]:
        found = [m.end() for m in _DECISION.finditer(rp.text)]
        if len(found) < DECISIONS and RESOLVED.search(rp.heading or ""):
            # (or the points under "RESOLVED that:", each a paragraph of its own: "(a) the single booking system …
            # be procured now", "(b) officers apply to …")
            found = [0, *(m.end() for m in re.finditer(r"\n\n", rp.text))]
        return [k for k in found if k > 0] if len(found) >= DECISIONS else []

    return _cut(replies, decisions)


def _cut(replies: list[Reply], cuts_in: Callable[[Reply], list[int]]) -> list[Reply] | None:
    """``replies``, each cut where ``cuts_in`` says (its text's offsets, in order); None when none is cut."""
    out: list[Reply] = []
    for rp in replies:
        inner = cuts_in(rp)
        if not inner:
            out.append(rp)
            continue
        for k, (a, b) in enumerate(itertools.pairwise([0, *inner, len(rp.text)])):
            run = rp.run.slice(a, b).strip()
            numbers = [n for n in rp.numbers if re.search(rf"\b{re.escape(n)}\b", run.text)]
            numbers = numbers or (_opening_citation(run.text) if not rp.numbers else [])
            heading_run = rp.heading_run if k == 0 else None
            out.append(replace(rp, id=f"{rp.id}.{k + 1}", run=run, heading_run=heading_run, numbers=numbers))
    return out if len(out) > len(replies) else None


def _opening_citation(text: str) -> list[str]:
    """The recommendations a point cut from a section names as it opens, past its own number: "2. In respect of
    recommendation (i), …", "3. On recommendations (ii) and (v): …", "5. Recommendation (iii) is not accepted."."""
    text = re.sub(r"^\d{1,2}\.\s+", "", text.strip())
    text = re.sub(r"^in respect of\s+", "", text, flags=re.I)
    m = REPLY_REF.match(text)
    return [n.lower() for n in numbers_in(m.group(1))] if m else []
