"""A table row's verdict cell: the row's first cell, one of several, filled by a verdict label alone ("In part |
The refuge can be widened to 2.2 metres only … | Accepted as the best achievable …"), decides over a label in a
later cell, which comments on the reply; a status cell alone ("Done, August 2025") says how far the work is, not how
much of what was asked it does, beside what was done instead. And of labels that differ, the one about this
recommendation; a status line that heads the next group of rows is none of this row's; a label limited in its own
sentence ("…, maar niet volledig") grants a part; a label that accepts several at once gives way to a limit of this
one."""

from __future__ import annotations

import re

from weerwoord.core.analysis.phrases import PhraseBook, Rule
from weerwoord.core.analysis.spans import sentence_of, sentence_spans
from weerwoord.core.analysis.word_forms import content_terms, shared, words
from weerwoord.core.model import Mark

CELL_WORDS = 4  # words at most in a verdict cell
NO_RULE = Rule("", "agreement", "x")  # the rule of a mark the phrase book lacks (the reader's own): no flag set


def verdict_cell_first(labels: list[Mark], text: str, by_id: dict[str, Rule]) -> bool:
    """Whether the reply's first paragraph, one of several, is a status cell of its own that a label fills."""
    cut = text.find("\n\n")
    if cut < 0 or len(text[:cut].split()) > CELL_WORDS:
        return False
    cell = text[:cut].rstrip()
    return any(by_id[m.rule].alone and not text[: m.start].strip() and m.end >= len(cell) for m in labels)


def status_beside_instead(labels: list[Mark], marks: list[Mark], by_id: dict[str, Rule]) -> bool:
    """Whether the only labels are status cells ("Done, August 2025") beside what was done instead of what was asked
    ("We have instead bought a portable ramp"): the state of the work, which says nothing of how much was done (not
    what is done in the place of what was to stop: "… now link to StateAlert instead of publishing their own")."""
    return all(by_id[m.rule].alone for m in labels) and any(
        m.rule.endswith(".instead") and m.about_recommendation and not _REPLACED.match(m.text) for m in marks
    )


_REPLACED = re.compile(r"(?:instead of|in plaats van)\b", re.I)


def label_about(labels: list[Mark], first: Mark, recommendation: str, by_id: dict[str, Rule]) -> Mark:
    """Of verdict labels that differ, the one whose own words share the most with the recommendation, where it shares
    two more than any other; else ``first``."""
    if not recommendation or len({by_id[m.rule].verdict for m in labels}) < 2:
        return first
    rec = content_terms(recommendation)
    ranked = sorted(((shared(content_terms(m.text), rec), m.start, m) for m in labels), key=lambda x: (-x[0], x[1]))
    best, runner_up = ranked[0][0], ranked[1][0]
    return ranked[0][2] if best >= runner_up + 2 else first


def without_next_group_heading(
    labels: list[Mark], marks: list[Mark], text: str, analysis: frozenset[str]
) -> list[Mark]:
    """The labels but those alone on the reply's last line that say otherwise than the reply's first sentence (a
    verdict in words, not on the analysis): the heading of the group of rows that follows ("Wordt overgenomen. Het
    draaiboek is in concept klaar … | Niet overgenomen", an annex table grouped by status); not the row's own status
    cell, which says the same ("… is binnen de huidige begroting niet mogelijk. … | Niet overgenomen")."""
    cut = text.rstrip().rfind("\n\n")
    if cut < 0 or len(text[cut:].split()) > CELL_WORDS:
        return labels
    first = sentence_spans(text)[:1]
    opening = [
        m
        for m in marks
        if m.start < min(cut, first[0][1] if first else cut)
        and m.about_recommendation
        and m.category in ("agreement", "disagreement")
        and not set(re.findall(r"\w+", m.text.lower())) & analysis
    ]
    trailing = [m for m in labels if m.start >= cut]
    if opening and trailing and all(m.category != opening[0].category for m in trailing):
        return [m for m in labels if m.start < cut]
    return labels


def limited_in_its_sentence(
    label: Mark, marks: list[Mark], by_id: dict[str, Rule], spans: list[tuple[int, int]]
) -> Mark | None:
    """A limit that says a part only, after a verdict label in its own sentence: "Wij nemen het advies over om de
    residenties te betalen, maar niet volledig."; None where there is none."""
    end = sentence_of(spans, label.start)[1]
    return next((m for m in marks if label.end <= m.start < end and by_id.get(m.rule, NO_RULE).partial), None)


def limit_after_several(label: Mark, marks: list[Mark], by_id: dict[str, Rule], book: PhraseBook) -> Mark | None:
    """A refusal or limit of this recommendation after an acceptance of several at once ("Uw beide aanbevelingen
    neem ik over. … Voor de toets vooraf kies ik een andere grens dan u voorstelt"): the general acceptance does not
    decide over what is said of this one. None when the label speaks of this recommendation alone."""
    if not set(words(label.text)) & book.several:
        return None
    for m in marks:
        rule = by_id.get(m.rule, NO_RULE)
        if m.start <= label.start or not m.about_recommendation or weak(m, rule) or rule.condition:
            continue
        if m.category == "disagreement" or (m.category == "reservation" and not rule.verdict):
            return m
    return None


def weak(m: Mark, rule: Rule) -> bool:
    """Whether a mark decides nothing by its rule: a weak phrase, or one negated that then only hedges."""
    return rule.weak or (rule.negated_weak and m.category != rule.category)
