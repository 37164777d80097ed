"""Sentences under headings that say they hold recommendations: a report form's "Recommendations for action (if
any)" after each of its sections, an inspection letter's "Aanbevelingen" after each theme, with the recommendations
in plain paragraphs, unnumbered, one or several to a paragraph ("The programme team should publish a marking rubric
… Second marking should be recorded …").

Each sentence there that asks (says what should be done, or opens with a verb) is a recommendation, numbered by its
place through the report; a sentence that asks nothing ("None.", "This was discussed with the team.") is not. Under
a heading whose items are numbered or lettered, the list is read elsewhere (:mod:`chapter_lists`).
"""

from __future__ import annotations

import re

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.emphasis import ASKS
from weerwoord.core.analysis.requests import imperative, opens_with_verb
from weerwoord.core.analysis.spans import sentence_spans
from weerwoord.core.model import Block

# "Recommendations for action (if any)", "Recommendations", "Aanbevelingen", "Our recommendations"; after the
# body's initials, over a box: "SSG RECOMMENDATION"
RECOMMENDATIONS_HEADING = re.compile(
    r"^\W*(?:(?:our|key|main|further|onze|verdere|(?-i:[A-Z]{2,6}))\s+)?"
    r"(?:recommendations?|aanbeveling(?:en)?|actions?\s+(?:required|needed|recommended))\b"
    # (not a heading that labels one: "Recommendation 1", "Aanbeveling A2", "Recommendation IV")
    r"(?!\s*(?:\d|[A-Z]{1,3}-?\d|[IVX]+\b|\(?[a-z]\)|[a-zA-Z]\b))",
    re.I,
)
# (not those of an earlier report: "Recommendations in past Surveys", "Eerdere aanbevelingen")
EARLIER = re.compile(r"\b(?:past|previous|earlier|prior|last|vorige|eerdere|eerder|voorgaande)\b", re.I)
MAX_HEADING_WORDS = 8
COLUMN_REACH = 12  # points: the paragraphs under the heading, not those of a column beside it
MIN_WORDS = 6


def under_headings(blocks: list[Block]) -> list[structure._Candidate]:
    """The sentences that ask, in the plain paragraphs under headings that say they hold recommendations, in the
    order they stand; none unless there are two or more."""
    found: list[tuple[int, int, int, bool]] = []  # (block, sentence start, end, whether it says what should be done)
    commands: list[tuple[int, int]] = []
    for i, b in enumerate(blocks):
        if (
            b.kind != "heading"
            or len(b.text.split()) > MAX_HEADING_WORDS
            or not RECOMMENDATIONS_HEADING.match(b.text)
            or EARLIER.search(b.text)
        ):
            continue
        under: list[int] = []
        for j in range(i + 1, len(blocks)):
            if blocks[j].kind == "heading":
                break
            if abs(blocks[j].x0 - b.x0) <= COLUMN_REACH:
                under.append(j)
        if any(blocks[j].label or blocks[j].kind == "item" or blocks[j].table_row for j in under):
            continue  # a list or a table: read as one elsewhere
        for j in under:
            text = blocks[j].text
            for s0, s1 in sentence_spans(text):
                said = text[s0:s1].strip()
                if said.endswith(":"):
                    continue  # a lead-in to points ("By 31 March 2026, the chief constable should:")
                if _LEGAL_DUTY.match(said):
                    continue  # what the law asks of someone: "Under section 55 of the Police Act 1996 the … must"
                if len(said.split()) >= MIN_WORDS and (ASKS.search(said) or opens_with_verb(said)):
                    found.append((j, s0, s1, bool(ASKS.search(said))))
                    # (a command outright, its object's article after it: "Raise the handrails on both approach ramps
                    # to 1.4 metres"; not "Cities that gave long notice …")
                    commands += [(j, s0)] if imperative(said) and said.split()[1].lower() in _ARTICLES else []
    # (where the advice says what should be done in so many words, a sentence that only seems to open with a verb is
    # a finding: "Tijdens de ziekte van de eerste gezinscoach wist klaagster …" among "De commissie beveelt aan …";
    # a command outright among three times as many of them or more asks too, one of theirs)
    worded = sum(asks for *_, asks in found)
    among = len(commands) * COMMANDS_AMONG <= worded
    out: list[structure._Candidate] = []
    for j, s0, s1, asks in found:
        if asks or not worded or (among and (j, s0) in commands):
            run = blocks[j].run.slice(s0, s1).strip()
            out.append(structure._Candidate(str(len(out) + 1), [Block("paragraph", run)], j, numbered=False))
    return out if len(out) >= 2 else []


COMMANDS_AMONG = 3
_ARTICLES = frozenset(("the", "a", "an", "all", "each", "every", "de", "het", "een", "alle", "elke", "iedere"))
# a sentence that opens with the law that imposes a duty: "Under section 55 of the Police Act 1996 …", "Op grond van
# artikel 12 …"
_LEGAL_DUTY = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,3})*\s+)?(?:under|pursuant to|in accordance with|ingevolge|krachtens|op grond van|volgens)\s+"
    r"(?:\w+\s+){0,2}?(?:section|article|regulation|artikel|lid)\s+\d",
    re.I,
)
