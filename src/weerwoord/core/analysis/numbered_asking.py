"""Numbered paragraphs that ask: a resolution's or a treaty body's paragraphs among which those that open by asking
someone to act are its recommendations ("Calls on …", "The Committee recommends that the State party:" over its
lettered points), and a parliamentary committee's bold paragraphs among plain ones."""

from __future__ import annotations

import re
from dataclasses import replace

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.announced import disclaimed
from weerwoord.core.model import Block

# "dringt er bij de Staat die partij op aan …": a treaty body's or a committee of the regions' urging
_URGES = r"dringt\s+(?:\w+\s+){0,7}op\s+aan"
# a paragraph that asks someone to act: "recommends that", "calls on", "We also ask", "invites … to consider"
ASKS = re.compile(
    r"\b(?:recommends?|recommended|calls? on|calls? upon|urges?|asks?|invites?|requests?|should|must|"
    r"beveelt|aanbevel\w*|adviseert|verzoekt|vraagt|roept\s+(?:\w+\s+){1,3}op|roept op|stelt\s+voor|dient|moet|moeten|"
    # ("dringt er bij de lidstaten op aan …", "roept de Commissie op …": a committee of the regions' opinion)
    rf"{_URGES}|dringt\s+aan|"
    r"eist|demands?(?!-)|insists?)\b",
    re.I,
)
# the request for the advice itself, not a recommendation: "De minister vraagt de NHRPH om advies over …", "The
# Secretary asked the Council for its advice on …"
ADVICE_ASKED = re.compile(r"\b(?:om|voor)\s+(?:een\s+)?advies\b|\bfor\s+(?:its\s+|an?\s+)?(?:advice|opinion)\b", re.I)


def bold_asking_paragraphs(blocks: list[Block]) -> list[structure._Candidate]:
    """Numbered paragraphs of a report whose recommendations are "highlighted in bold text throughout" (a
    parliamentary committee's custom): the bold ones among many plain ones that ask someone to act, each numbered
    by its paragraph number (how the response cites them). A bold conclusion ("The Committee welcomes …") asks for
    nothing and is left out."""
    numbered = _numbered_paragraphs(blocks)
    if len(numbered) < 8:
        return []
    # (or that open with a bold sentence the paragraph runs on from in plain type: "[9] De Woonraad beveelt aan …")
    bold = [(i, b) for i, b in numbered if b.bold or b.bold_lead]
    if not 2 <= len(bold) <= 0.6 * len(numbered):
        return []  # a list all in bold is a list, not paragraphs set apart
    return _paragraphs_asking(bold, opening_only=False)


def asking_paragraphs(blocks: list[Block]) -> list[structure._Candidate]:
    """Numbered paragraphs of a resolution or a report among which those that open by asking someone to act
    ("Calls on the Commission to …", "Urges the Member States …", "Verzoekt de regering …") are its
    recommendations, numbered by paragraph; the others welcome, note, recall or regret."""
    numbered = _numbered_paragraphs(blocks)
    if len(numbered) < 6:
        return []
    out = _paragraphs_asking(numbered, opening_only=True)
    if not 2 <= len(out) <= 0.8 * len(numbered):
        return []  # none, or all of them: a list of recommendations, read as one elsewhere
    return out


# the words a paragraph that recommends may take to say so: "Het Comité dringt er bij de Staat die partij op aan …",
# "Onder verwijzing naar zijn algemeen commentaar nr. 19 (2016) beveelt het Comité …" (a treaty body's paragraphs);
# only the verbs of recommending so far in (not "moet", "should": "Artikel 2 van het ontwerp luidt: '… moet …'")
OPENING_WORDS = 14
RECOMMENDS = re.compile(rf"\b(?:beveelt|bevelen|recommends?|urges?|calls?\s+(?:up)?on|{_URGES})\b", re.I)


# a paragraph that opens on a participle and recommends after its leading clause, in its first sentence: "Recalling
# its previous concluding observations …, the Committee recommends that …", "Gelet op …, beveelt het Comité aan …"
LEADING = re.compile(
    r"^(?:[A-Z][a-z]+ing|Gelet op|Gezien|Onder verwijzing naar|In het licht van|In (?:the )?light of|In view of)\b"
    rf"[^.;]{{0,400}}?,\s+((?:the|it)\b[^.;,]{{0,40}}?\s(?:{RECOMMENDS.pattern})|(?:beveelt|dringt)\s+(?:het|de)\s\w+)",
    re.I,
)
# what asks for the report on the recommendations, no recommendation: "requests the State party to provide, within 24
# months, information on the implementation of the recommendations …", "to submit its third periodic report by …"
FOLLOW_UP = re.compile(
    r"^(?:the\s+\w+\s+)?(?:requests|invites|verzoekt)\b[^.]{0,60}?\b(?:information\s+on\s+the\s+(?:implementation|follow-up)"
    r"|(?:\w+\s+)?periodic\s+report|informatie\s+over\s+de\s+(?:uitvoering|opvolging)|(?:\w+\s+)?periodiek\w*\s+"
    r"(?:verslag|rapport))\b",
    re.I,
)


def _numbered_paragraphs(blocks: list[Block]) -> list[tuple[int, Block]]:
    """The report's paragraphs that carry a number of their own (not rows of a table), with their places."""
    return [(i, b) for i, b in enumerate(blocks) if b.label and b.kind == "item" and not b.table_row]


def _paragraphs_asking(paragraphs: list[tuple[int, Block]], opening_only: bool) -> list[structure._Candidate]:
    """Those of ``paragraphs`` that ask someone to act (in their first words only, if ``opening_only``), each a
    recommendation numbered by its paragraph number."""
    out: list[structure._Candidate] = []
    for k, (i, b) in enumerate(paragraphs):
        number = structure._label_number(b.label)
        opening = b.text.split()[:OPENING_WORDS] if opening_only else []
        said = " ".join(opening[:8]) if opening_only else b.text
        if opening_only and not ASKS.search(said) and RECOMMENDS.search(" ".join(opening)):
            said = " ".join(opening)  # ("Onder verwijzing naar …, beveelt het Comité …")
        recalling = LEADING.match(b.text) if opening_only and not ASKS.search(said) else None
        said = recalling.group(1) if recalling else said  # ("Recalling its … observations of 2019, in which …, the
        # Committee recommends that …": a leading clause of any length)
        if not number or not ASKS.search(said) or ADVICE_ASKED.search(said) or disclaimed(b.text):
            continue  # (nor one that says it is none: "… invited me to recommend that … . I do not make that …")
        if FOLLOW_UP.search(b.text):
            continue  # the report on them asked for: "requests the State party to provide, within 24 months, …"
        if b.text.rstrip().endswith(":"):
            # "12. The Committee recommends that the State party:" over its lettered points "(a) Adopt …": each
            # point is a recommendation, numbered "12a" (a treaty body's concluding observations)
            for j, c in paragraphs[k + 1 :]:
                letter = structure.LETTER_LABEL.match(c.label)
                if letter is None:
                    break
                out.append(structure._Candidate(f"{number}{letter.group(1)}", [replace(c, label="")], j))
        elif len(b.text.split()) >= 8:
            out.append(structure._Candidate(number, [replace(b, label="")], i))
    return out
