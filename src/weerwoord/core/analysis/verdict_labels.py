"""Verdicts a reply's heading or the title over a group of replies states: "Recommendation 3 – Reject",
"Aanbevelingen die niet worden overgenomen", a table cell "1: Overnemen 3: Gedeeltelijk overnemen"."""

from __future__ import annotations

import re

from weerwoord.core.analysis.codes import ROMAN_POINT_CODE, SHORT_CODE, YEAR_CODE
from weerwoord.core.analysis.naming import GROUP_OPENING, GROUP_RELATIVE, GROUP_TITLE
from weerwoord.core.analysis.phrases import Rule, phrase_book
from weerwoord.core.analysis.spans import SENTENCE_END
from weerwoord.core.analysis.stance import REF_BEFORE_COLON, find_marks, verdict
from weerwoord.core.analysis.verdict_cells import NO_RULE
from weerwoord.core.analysis.word_forms import content_terms
from weerwoord.core.model import Mark, TextRun, Verdict

# a reply's heading that carries its verdict after the recommendation's number: "Recommendation 3 – Reject",
# "Recommendations 6 and 7 – Accept in principle", "Aanbeveling 2: overgenomen"
HEADING_VERDICT = re.compile(
    # "Recommendation 3 – Reject", "Recommendation #1.2 Partially Concur" (the tail must open with a verdict label)
    # "Action Required 5 — Response: Accept" (the tail's "Response:" or "Reactie:" before the label)
    r"^(?:(?:recommendations?|aanbeveling(?:en)?|advies|action\s+required|required\s+action|suggestions?)\s+"
    r"#?[\w.]+|(?-i:[A-Z]{1,4}[.-]\d{1,3}))(?:\s*(?:,|and|en|&)\s*#?[\w.]+)*\s*[–—:\-]?\s*"  # (or "RM.2 – …")
    r"(?:(?:government|cabinet|department|agency|ministry|management)(?:'s)?\s+)?(?:response|reply|reactie|standpunt)?"
    r"\s*[:–—\-]?\s*(.{2,40})$",
    re.I,
)


def heading_verdict(heading: str | None, language: str, words: int = 5, number: str = "") -> tuple[Verdict, str] | None:
    """The verdict a reply's heading states after the recommendation's number, with its words; None when it
    states none ("Recommendation 3 – Funding" is a title). A heading of up to ``words`` words may be the verdict
    itself. A heading that gives each of several numbers its own ("1: Overnemen 3: Gedeeltelijk overnemen", a
    table's cell beside the row "1 en 3"): the one after ``number``."""
    # ("3. Wat wij (nog) niet overnemen" → "niet overnemen"; "Status: deels overgenomen" → "deels overgenomen")
    text = STATUS_LEAD.sub("", GROUP_TITLE.sub("", _own_label(heading or "", number).strip()))
    m = HEADING_VERDICT.match(text)
    if m is None and not (text and len(text.split()) <= words):
        return None
    tail = m.group(1).strip() if m else text  # or the heading is the verdict: a table's "Agreed in part." cell
    by_id = phrase_book(language).by_id
    marks = find_marks(TextRun(tail, []), language)
    first = _opening_label(marks, by_id)
    titled = TITLE_THEN_LABEL.match(text) if m is not None and first is None else None
    if titled is not None:
        # (or its title first, the label after a dash at its end: "Recommendation 2: Risk acknowledgement form — Not
        # accepted")
        tail = titled.group(1).strip()
        marks = find_marks(TextRun(tail, []), language)
        first = _opening_label(marks, by_id)
    if first is None:
        return None
    rest = tail[first.end :].strip()
    after = [k for k in marks if k.start >= first.end and tail[first.end : k.start].strip() == ""]
    joined = rest.split(" ", 1)[0].lower() in _JOINING  # "Accepted and implemented", "Aanvaard, met …"
    if m is None and rest[:1].isalnum() and not after and not joined:
        return None  # a title that opens with the word, no verdict: "Supported housing in North Wales"
    return verdict(marks, tail, language)[0], tail


TITLE_THEN_LABEL = re.compile(
    r"^(?:recommendations?|aanbeveling(?:en)?)\s+#?[\w.]+\s*[:.–—-]\s*[^–—|]{2,80}?\s+[–—|]\s+([^–—|]{2,40})$", re.I
)


def _opening_label(marks: list[Mark], by_id: dict[str, Rule]) -> Mark | None:
    """The verdict label a heading's tail opens with ("Not accepted", "Agreed in part"), or None."""
    return next((k for k in marks if by_id.get(k.rule, NO_RULE).verdict and k.start == 0), None)


_JOINING = frozenset(("and", "but", "with", "subject", "en", "maar", "met", "onder", "mits"))


# each number with its own verdict, in one cell or heading: "1: Overnemen 3: Gedeeltelijk overnemen"
LABELLED_NUMBER = re.compile(
    rf"(?:^|(?<=\s))(?:({ROMAN_POINT_CODE}|{REF_BEFORE_COLON}|\d{{1,3}}(?:\.\d{{1,2}})?[a-z]?):|({YEAR_CODE}|{SHORT_CODE}):?|(\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})\s+[-–—])\s+(?=\S)"
    # (or a dotted number at the line's start or after a semicolon, its label in small letters: "5.3 implemented; 5.4
    # not accepted")
    rf"|(?:^|(?<=;\s))(\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})\s+(?=[a-z])"
    # (or the word and its number: "Recommendation 1 not accepted; recommendation 5 accepted")
    r"|(?:^|(?<=;\s))(?i:recommendation|aanbeveling)\s+(\w{1,6})\s+(?=[a-z])"
)  # (or a dotted code of a chapter: "V.1.2: aanvaard V.3.1: gedeeltelijk aanvaard"; a code by year needs no colon:
# "2025/4 overgenomen; 2025/5 deels overgenomen"; nor a short code: "R6 aanvaard - R7 niet aanvaard"; a paragraph's
# number may stand before a dash: "Status: 4.6.1 - Completed. 4.6.2 - Partially completed.")


def own_status(text: str, language: str, number: str) -> tuple[Verdict, str] | None:
    """The verdict a reply's line gives this recommendation where it gives each of several its own, as a status cell
    beside a row that answers two does ("V.1.2: aanvaard V.3.1: gedeeltelijk aanvaard"); else None."""
    # (the first line, or a cell of the row further on: "Profileringsfonds … 2025/4 overgenomen; 2025/5 deels
    # overgenomen")
    for line in (part.strip() for part in text.strip().split("\n")):
        if len(line.split()) > 12 or len(LABELLED_NUMBER.findall(line)) < 2:
            continue
        own = _own_label(line, number)
        if own == line:
            return None
        # (or a yes or a no each: "c: ja f: nee")
        yes_no = _YES_NO.get(own.strip(" ;,.").lower())
        return (yes_no, own.strip()) if yes_no else heading_verdict(own, language)
    return None


_YES_NO: dict[str, Verdict] = {"ja": "agrees", "yes": "agrees", "nee": "disagrees", "no": "disagrees"}


def _own_label(heading: str, number: str) -> str:
    # (each verdict with its numbers in brackets after it: "Accept (2); Do not accept (5)")
    bracketed = list(LABEL_THEN_NUMBERS.finditer(heading)) if number else []
    if len(bracketed) >= 2:
        for m in bracketed:
            if number.lower() in re.split(r"\s*(?:,|and|en|&)\s*", m.group(2).lower()):
                return m.group(1).strip()
    found = list(LABELLED_NUMBER.finditer(heading)) if number else []
    if len(found) < 2:
        return heading
    for k, m in enumerate(found):
        if next(g for g in m.groups() if g).lower() == number.lower():
            return heading[m.end() : found[k + 1].start() if k + 1 < len(found) else len(heading)]
    return heading


LABEL_THEN_NUMBERS = re.compile(r"([^;()]+?)\s*\(\s*(\w{1,6}(?:\s*(?:,|and|en|&)\s*\w{1,6})*)\s*\)\s*(?:;|$)")


STATUS_LEAD = re.compile(r"^(?:status|stand van zaken|voortgang|progress|stage)\s*[:–—-]\s*", re.I)
OVERNEEM = re.compile(r"\bover(?:neem|neemt|nemen)$")


def group_verdict(group: str | None, language: str) -> tuple[Verdict, str] | None:
    """The verdict of a heading over a group of replies ("Recommendations accepted in principle", "Aanbevelingen
    die niet worden overgenomen"), or None when it is a theme ("Recommendations on housing")."""
    if not group:
        return None
    relative = GROUP_RELATIVE.match(group.strip())
    if relative:
        # "Voorwaarden die ik (niet, gedeeltelijk) overneem": the verb of the relative clause as a participle
        rest = OVERNEEM.sub("overgenomen", group.strip()[relative.end() :])
        return heading_verdict(rest, language, words=8)
    if not (GROUP_OPENING.match(group.strip()) or GROUP_TITLE.match(group.strip())):
        return None
    # ("To be implemented in a modified form": a group's title may take a few words more)
    return heading_verdict(GROUP_OPENING.sub("", group.strip()), language, words=8)


# the word a reply under a question opens with, and the verdict it gives: "Komen er extra zitbanken?" / "Ja. We
# plaatsen …"; "Blijft de bus stoppen …?" / "Gedeeltelijk. …"
ANSWER_VERDICTS: dict[str, Verdict] = {
    "ja": "agrees",
    "yes": "agrees",
    "nee": "disagrees",
    "no": "disagrees",
    "gedeeltelijk": "partly",
    "deels": "partly",
    "ten dele": "partly",
    "partly": "partly",
    "partially": "partly",
    "in part": "partly",
}
BUT = re.compile(r"\s*(?:maar|but|however|alleen|only)\b", re.I)
ANSWER_OPENING = re.compile(rf"^\s*({'|'.join(ANSWER_VERDICTS)})\s*[.,:;!—–-]\s*(?=\S)", re.I)


def answer_to_question(heading: str | None, text: str, recommendation: str = "") -> tuple[Verdict, str] | None:
    """The verdict of a reply that stands under a question (a Q&A page, a question put in a debate) and opens by
    answering it yes, no or in part; or of a reply to a recommendation put as a question ("Is de minister bereid
    om jaarlijks te rapporteren …?") that answers it so in its first or second sentence ("Tot slot vraagt de raad
    of ik jaarlijks wil rapporteren …. Ja, die cijfers zal ik …"); None otherwise."""
    under_question = heading is not None and heading.rstrip().endswith("?")
    if not under_question and not recommendation.rstrip().endswith("?"):
        return None
    # (a reader's question on another matter than the recommendation asked answers nothing of it by its "Ja":
    # "Wordt de overtocht duurder?" where a freeze of the fare was asked)
    if under_question and recommendation and not set(content_terms(heading or "")) & set(content_terms(recommendation)):
        return None
    m = ANSWER_OPENING.match(text)
    second = SENTENCE_END.search(text) if m is None and not under_question else None
    at = 0
    if second is not None:
        at = second.end()
        m = ANSWER_OPENING.match(text[at:])
    if m is None:
        return None
    said = ANSWER_VERDICTS[m.group(1).lower()]
    if said == "agrees" and BUT.match(text, at + m.end()):
        return "partly", text[at : at + m.end() + 4].strip()  # "Ja, maar niet meer de hele dag."
    return said, m.group(1)


def progress(label: str, language: str) -> bool:
    """Whether a status label tells the state of the work ("ongoing", "Complete", "Afgerond"), no verdict in words."""
    by_id = phrase_book(language).by_id
    return any(by_id.get(m.rule, NO_RULE).alone for m in find_marks(TextRun(label, []), language))


def labels_in_order(heading: str | None, language: str) -> list[tuple[Verdict, str]]:
    """The verdict labels a short heading or status cell holds one after the other, without numbers ("Accepted
    Partially accepted" beside a row that repeats two recommendations): each label's verdict and words."""
    if not heading or len(heading.split()) > 12:
        return []
    by_id = phrase_book(language).by_id
    out: list[tuple[Verdict, str]] = []
    reached = 0
    for word in re.finditer(r"\S+", heading):
        if word.start() < reached:
            continue  # (inside the label before: "accepted" of "Partially accepted")
        # (up to the next separator: "Supported / Not supported" holds two labels, the first not negated)
        tail = re.split(r"\s*[/;|]\s*", heading[word.start() :], maxsplit=1)[0]
        marks = [
            m for m in find_marks(TextRun(tail, []), language) if m.start == 0 and by_id.get(m.rule, NO_RULE).verdict
        ]
        if marks:
            label = marks[0]
            out.append((verdict([label], label.text, language)[0], label.text))
            reached = word.start() + label.end
    return out
