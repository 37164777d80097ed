"""Choosing together: the reading of the advice that the response explains best, with the evidence for it.

Every plausible set of recommendations (:func:`structure.recommendation_readings`) is aligned with the
response's reply sections, and the combination that best explains both documents wins: the numbers the
response cites resolve, its quotations land, its sections answer something, few recommendations stay
unanswered. The reading the advice alone favours keeps a small head start, so a response that says little
about the advice's structure changes nothing. The others are kept as alternatives with their scores, and
where the documents disagree the result says so in plain words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from weerwoord.core.analysis import (
    abbreviations,
    alignment,
    answered,
    codes,
    echoes,
    naming,
    readings,
    rivals,
    sections,
    table_replies,
    tallies,
)
from weerwoord.core.analysis import by_paragraph as paragraph_cut
from weerwoord.core.analysis.beside_one import BESIDE
from weerwoord.core.analysis.cited import code_year
from weerwoord.core.analysis.named_numbers import names_one
from weerwoord.core.analysis.quoting import quoting_blocks
from weerwoord.core.model import Document, Pair, Recommendation, Reply
from weerwoord.core.words import _, n_

# "Recommendation 4", "recommendations 2 and 3", "Aanbeveling A3", "(Recommendation 7)", "aanbevelingen 4 t/m 6"
CITED = re.compile(
    r"\b(?:recommendations?|aanbeveling(?:en)?|rec\.|(?:advies)?punt(?:en)?)\s+"
    rf"({codes.LONG_CODE}|{codes.YEAR_CODE}|(?-i:[A-Z]{{1,2}}\d{{1,2}}[a-z]?)|{codes.NUMBER_LIST})\b"
    # (or lettered points after "advies": "Overgenomen advies b en f", "adviezen a, c en d")
    r"|\b(?:advies|adviezen|adviespunten?)\s+((?-i:[a-h])(?:\s*(?:,|en|and|&)\s*(?-i:[a-h]))*)\b(?![\w-])"
    # (or in brackets after "recommendation": "to approve recommendation (b) as modified", "recommendations (c) and
    # (f)", "recommendations (ii) and (v)")
    r"|\b(?:recommendations?|aanbeveling(?:en)?|advies|adviezen)\s+"
    r"(\((?-i:[a-h]|[ivx]{1,5})\)(?:\s*(?:,|en|and|&)\s*\((?-i:[a-h]|[ivx]{1,5})\))*)",
    re.I,
)
THANKING = re.compile(
    r"\W*(?:thank\s+you|thanks|(?:hartelijk\s+)?dank\s+(?:u\s+)?(?:voor|for)|i\s+am\s+grateful)\b", re.I
)
CITING_WORDS = ("recommendation", "aanbeveling", "rec.", "advies", "punt")  # one of these stands where CITED can match
HEAD_START = 1.5  # what the advice's own favourite reading starts with
# readings of items the advice marks as recommendations itself (a label, a code, a chapter's heading, bold type)
# (and a list with the sentences after it that the advice counts: "… makes three further recommendations.")
MARKED = ("labelled", "tagged", "aside", "chapter", "bare", "emphasis", "counted")
MAX_READINGS = 6  # weighing is an alignment each: a few readings, never one per list in a long report
CLOSE = 3.0  # an alternative scoring within this of the chosen reading is offered to the reader


@dataclass
class Weighed:
    """One reading of the advice aligned with the response, and how well the two explain each other."""

    reading: readings.Reading
    recommendations: list[Recommendation]
    pairs: list[Pair]
    unmatched: list[Reply]
    score: float = 0.0
    unresolved: list[str] = field(default_factory=list)  # numbers the response cites that this reading lacks
    replies: list[Reply] = field(default_factory=list)  # the response's sections as cut for this reading
    beyond: list[int] = field(default_factory=list)  # places the response names past this reading's end ("the sixth")
    missed: int = 0  # passages the response repeats (and answers) that this reading does not hold
    counted: bool = False  # the response counts as many recommendations as this reading holds


FINDING_ONLY = re.compile(r"\b(?:with|to|on) the finding\b|\bmet de bevinding\b|\bde bevinding\b", re.I)


def without_findings(replies: list[Reply]) -> None:
    """Replies to the report's findings ("F3. The respondent disagrees partially with the finding.") name no
    recommendation: their codes are dropped, so that the findings do not pass for recommendations answered."""
    for reply in replies:
        if reply.numbers and FINDING_ONLY.search(reply.text[:120]) and not CITED.search(reply.text[:120]):
            reply.numbers = []


ON_FINDINGS = re.compile(r"\b(?:bevindingen|bevinding|findings|finding|conclusies|conclusions)\b")
ON_RECOMMENDATIONS = re.compile(r"\b(?:aanbeveling|advies|adviespunt|recommendation|advice)")


def cited_numbers(response: Document, replies: list[Reply]) -> list[str]:
    """The recommendation numbers and codes the response names, in the order it first names them."""
    seen: dict[str, None] = {}
    for reply in replies:
        if THANKING.match(reply.text) and not CITED.search(reply.text):
            continue  # the letter's thanks, which may tell what a paragraph of the report describes: no reply
        for n in reply.numbers:
            if not n.startswith(("#", "@")):  # a place ("the second") or an addressee, not a number the advice has
                seen.setdefault(n.lower(), None)
    agenda = naming.agenda_numbers([b.text for b in response.blocks if b.kind == "heading"])
    for block in response.blocks:
        lowered = block.text.lower()
        if not any(word in lowered for word in CITING_WORDS) or (agenda and naming.AGENDA_POINT.match(block.text)):
            continue  # (the pattern searched through every block of a long response: substrings first)
        if ON_FINDINGS.search(lowered) and not ON_RECOMMENDATIONS.search(lowered):
            continue  # a paragraph on the report's findings: "Uw bevindingen herkennen wij … Bij punt 3 …"
        for m in CITED.finditer(block.text):
            if m.group(1) is None:
                for letter in re.findall(r"\b(?:[a-h]|[ivx]{1,5})\b", m.group(2) or m.group(3)):
                    seen.setdefault(letter, None)
                continue
            single = bool(table_replies.SINGULAR.match(m.group(0)))  # "Recommendation 4-7": one, not a range
            for n in table_replies.numbers_in(m.group(1), single) if not m.group(1)[:1].isupper() else [m.group(1)]:
                seen.setdefault(n.lower(), None)
    for n in _skipping_labels(replies, response):
        seen.setdefault(n, None)
    return list(seen)


def _skipping_labels(replies: list[Reply], response: Document) -> list[str]:
    """The numbers of a response's table rows that skip some ("3", "4", "6", "7", "9", "11", "12" in a column "Rn."),
    nearly every reply such a row: the advice's paragraph numbers, not the response's own count (which runs 1, 2, 3
    …); none otherwise (nor its own sections' numbers, "1. Introduction" … "5.", among replies that cite others)."""
    labels = [r.label for r in replies if r.label.isdigit() and not r.numbers]
    rows = {b.label.rstrip(".") for b in response.blocks if b.table_row and b.label}
    if len(labels) < 3 or len(labels) < len(replies) - 1 or not set(labels) <= rows:
        return []
    counted = [str(k) for k in range(int(labels[0]), int(labels[0]) + len(labels))]
    return labels if labels != counted and labels == sorted(labels, key=int) else []


def weigh(
    found: list[readings.Reading],
    advice: Document,
    response: Document,
    replies: list[Reply],
    cited: list[str],
    chosen_by_reader: str | None = None,
    repeats: list[echoes.Echo] | None = None,
) -> list[Weighed]:
    """Each reading aligned and scored, the best first (ties keep the advice's own order of preference).

    For each reading the response may also be cut where it quotes that reading's recommendations; the cut that
    explains more is kept. ``chosen_by_reader``: the name of a reading the reader chose (an alternative offered
    earlier); it comes first whatever its score, the others follow as alternatives."""
    if chosen_by_reader is not None:
        mine = [r for r in found if r.name == chosen_by_reader]
        if mine:
            rest = weigh([r for r in found if r is not mine[0]], advice, response, replies, cited, None, repeats)
            first = weigh(mine, advice, response, replies, cited, None, repeats)
            return first + rest
    if chosen_by_reader is not None and chosen_by_reader.startswith("answered@"):
        # the reader chose it before: offered again, if the documents still give it (else the choice lapses)
        offered = [r for r in _answered_reading(advice, replies) if r.name == chosen_by_reader]
        still = chosen_by_reader if offered else None
        return weigh([*found, *offered], advice, response, replies, cited, still, repeats)
    out: list[Weighed] = []
    codes = naming.bare_codes(response.blocks)
    found = _considered(found)
    covers = {id(r): n for r in found if (n := readings.covered(r, found))}
    grounds = Grounds(advice, response, cited, repeats or [], tallies.counts(response), codes, replies, covers)
    marked = max((len(r.items) for r in found if r.kind in MARKED), default=0)
    # (the advice says twice what its recommendations are, tagged in the text and listed word for word in a summary:
    # a reading of more items, a chain of the report's numbered paragraphs, holds that many that are none)
    twice = min((len(r.items) for r in found if r.stated_twice), default=0)
    for k, reading in enumerate(found):
        recs = readings.build(reading, advice)
        if not recs:
            continue
        # (a reading that leaves out recommendations the advice marks as such itself, by their labels or the codes
        # that close them, starts behind by as many: "Elke aanbeveling is achteraan gemarkeerd met een code")
        head_start = (HEAD_START if k == 0 else 0.0) - max(0, marked - len(recs))
        if twice and not reading.stated_twice:
            head_start -= max(0, len(recs) - twice)
        w = _weighed(reading, recs, replies, grounds, head_start)
        out.append(w)
        if k == 0 and _explained(w) and len({(e.index, e.start) for e in grounds.repeats}) <= len(recs):
            # (not where the response repeats more of the advice's paragraphs than this reading has
            # recommendations: two of them in one, a chapter's paragraphs taken as one point)
            # every recommendation answered by number or quotation and every cited number found: no other reading
            # can explain the response better; the others are listed unweighed (a 300-page advice has many lists)
            out.extend(Weighed(r, [], [], [], float("nan")) for r in found[1:])
            return out
    if _unexplained(out, replies) and not any(w.reading.kind == "answered" for w in out):
        # no reading of the advice alone explains the response: the passages its sections speak of are one more
        for reading in _answered_reading(advice, replies):
            out.append(_weighed(reading, readings.build(reading, advice), replies, grounds, 0.0))
    rivals.gaps_others_fill(out)
    rivals.answered_beyond(out)
    rivals.themes_split(out)
    # (stable: equal scores keep the advice's order, but for a reading the advice marks as its recommendations: the
    # numbered paragraphs of its recommendations chapter before all its numbered paragraphs, where the response
    # cites those of that chapter only)
    out.sort(key=lambda w: (-w.score, w.reading.kind not in MARKED))
    if len(out) >= 2 and out[0].reading.kind == "cited" and out[1].score == out[0].score:
        # (the items the response cites, as many points as well of a list of the advice's own that holds them and
        # more: the list, whose other points go unanswered)
        held, own = ({r.number for r in w.recommendations} for w in out[:2])
        if held < own:
            out[0], out[1] = out[1], out[0]
    if out and out[0].recommendations:
        # the reading chosen on the words both documents write alike, its links then also by the parts of compounds
        # (which, weighed in the choice, let a reading of a few wishes explain a letter as well as the advice's own
        # recommendations: noise that suits a short list)
        best = out[0]
        again = _scored(best.reading, best.recommendations, best.replies, grounds, 0.0, parts=True)
        best.pairs, best.unmatched = again.pairs, again.unmatched
    return out


def _considered(found: list[readings.Reading]) -> list[readings.Reading]:
    """The readings weighed: ``MAX_READINGS`` of them, the first of each kind before a second of a kind (four
    chains of a report's numbered paragraphs, each a few shorter, leave no room for the points after "I recommend
    that Marama Health:"), in the advice's order of preference."""
    if len(found) <= MAX_READINGS:
        return found
    firsts: dict[str, int] = {}
    for k, r in enumerate(found):
        firsts.setdefault(r.kind, k)
    chosen = sorted(firsts.values())[:MAX_READINGS]
    chosen += [k for k in range(len(found)) if k not in chosen][: MAX_READINGS - len(chosen)]
    return [found[k] for k in sorted(chosen)]


def _weighed(
    reading: readings.Reading, recs: list[Recommendation], replies: list[Reply], grounds: Grounds, head_start: float
) -> Weighed:
    """One reading aligned with the response as cut, or as cut where it quotes the reading's recommendations, or
    paragraph by paragraph: whichever explains more."""
    response = grounds.response
    w = _scored(reading, recs, replies, grounds, head_start)
    quoted = False  # whether the response is cut where it quotes
    if not _explained(w):
        # (and where it quotes a passage that is none of them, a section apart: "'Wij adviseren niet om de lift …'")
        quotes = sorted(
            {
                *quoting_blocks(recs, response),
                *echoes.repeating_blocks(recs, grounds.repeats, grounds.advice),
                *(min(e.echoed_by) for e in grounds.repeats),
            }
        )
        if len(quotes) >= 2:
            recut = sections.find_replies(response, frozenset(quotes))
            other = _scored(reading, recs, recut, grounds, head_start)
            # (only when more are then linked by their number or words, not by what a section happens to speak of)
            if other.score > w.score and _strong(other) > _strong(w):
                w, quoted = other, True
    if (not _explained(w) and (len(replies) < len(recs) or _mostly_unanswered(w))) or _thin(w):
        # a letter in prose, with fewer sections than recommendations: perhaps a paragraph or two for each; or
        # sections that answer nothing by their headings (an explanatory memorandum answering the advice in
        # the paragraphs of one of its sections)
        by_paragraph = grounds.paragraphs
        # (in a response of fewer sections than recommendations, a paragraph left over weighs as much as its
        # share of the units: a transcript or a long letter has many paragraphs that answer nothing, a question
        # put, a thank-you, and the answers among them)
        few = len(replies) < len(recs) and by_paragraph
        # (a reading of one sentence that a larger one holds among its items weighs as that one: "We also recommend
        # that …" among seven sentences under "Recommendations" does not leave the paragraphs that answer the six
        # others at an eighth of their weight)
        counted = max(len(recs), grounds.covers.get(id(reading), 0))
        spread = min(1.0, counted / len(by_paragraph)) if few else 1.0
        other = _scored(reading, recs, by_paragraph, grounds, head_start, spread)
        # (not, cut where it quotes, with fewer links by number or quotation: a quotation apart would be a unit)
        if (not quoted or _strong(other) >= _strong(w)) and (
            other.score > w.score + 1.0 or (_thin(w) and not _thin(other) and other.score >= w.score - 1.0)
        ):
            w = other
    # a decision list whose cell holds the decisions 3.1–3.6 on the advice: each decision a reply; a minister's
    # answers to the questions of parliamentary groups, several under one heading: each question and answer one
    for cut in (paragraph_cut.point_replies, paragraph_cut.question_replies, paragraph_cut.decision_replies):
        units = cut(replies) if not _explained(w) else None
        if units is not None:
            # (a unit left over weighs as its share: the questions and points that answer nothing cut out)
            other = _scored(reading, recs, units, grounds, head_start, len(replies) / len(units))
            # (a record's decisions "(1) To approve …", "(2) To extend …", each answering one, link surely where the
            # whole section and the reasons after it linked by a few words each: that outweighs a link or two less)
            surer = cut is paragraph_cut.decision_replies and _sure(other) >= _sure(w) + 2
            if other.score > w.score or (surer and other.score >= w.score - SURER):
                w = other
    if not _explained(w) and _strong(w) == 0:
        # a longer document (a regulation and its explanatory notes) answering in the part headed by the advice
        part = grounds.advice_part
        if len(part) >= 2:
            other = _scored(reading, recs, part, grounds, head_start)
            if other.score >= w.score + 1.0:
                w = other
    crowded = _crowded(w)
    if not _explained(w) and crowded:
        # a section answering three recommendations or more, cut into its paragraphs (the others kept as they are)
        other = _scored(reading, recs, paragraph_cut.crowded_cut(replies, crowded), grounds, head_start)
        if other.score >= w.score + 1.0:
            w = other
    if not _explained(w):
        # … beside the sections that answer on their own ("3 Financiële gevolgen" on the budget asked)
        among = grounds.advice_part_among
        if among:
            other = _scored(reading, recs, among, grounds, head_start)
            if other.score >= w.score + 1.0:
                w = other
    return w


SURE = 0.8  # a link by content this confident, at least, is sure
SURER = 2.5  # the score a cut into decisions may lose for two sure links more


def _sure(w: Weighed) -> int:
    return sum(1 for p in w.pairs if p.reply is not None and p.link == "content" and p.confidence >= SURE)


CROWDED = 3  # recommendations linked to one section, at least, for it to be cut into its paragraphs


def _crowded(w: Weighed) -> set[str]:
    counts = Counter(p.reply.id for p in w.pairs if p.reply is not None and not _beside(p))
    return {
        rid
        for rid, n in counts.items()
        if n >= CROWDED and "\n\n" in next(r.run.text for r in w.replies if r.id == rid)
    }


UNEXPLAINED = 0.5  # the share of the response's sections that say enough, at most, the best reading answers


def _unexplained(out: list[Weighed], replies: list[Reply]) -> bool:
    """Whether no reading explains the response: none weighed, or the best links less than half the sections that
    say enough, none of them by a number or a quotation."""
    speaking = answered.saying_enough(replies)
    if not out:
        return len(speaking) >= 2
    best = max(out, key=lambda w: w.score)
    linked = {id(p.reply) for p in best.pairs if p.reply is not None and not _beside(p)}
    return _strong(best) == 0 and len(linked) < UNEXPLAINED * len(speaking)


def _answered_reading(advice: Document, replies: list[Reply]) -> list[readings.Reading]:
    items = answered.answered_items(advice, replies)
    if not items:
        return []
    text = _("the {count} passages of the advice that the response's sections speak of").format(count=len(items))
    return [readings.Reading("answered", text, items)]


THIN = 15  # words: replies this short on average are a schedule's rows, not the answers


def _thin(w: Weighed) -> bool:
    """Whether the linked replies are rows of a few words ("M-1 | First consent calendar | Superintendent | April
    14, 2026"): an implementation schedule under the letter that answers, paragraph by paragraph, above it."""
    linked = {id(p.reply): p.reply for p in w.pairs if p.reply is not None and not _beside(p)}
    return len(linked) >= 2 and sum(len(r.text.split()) for r in linked.values()) / len(linked) < THIN


def _beside(p: Pair) -> bool:
    """Whether a pair is linked only as the recommendation beside its section's own (alignment step 7)."""
    return p.confidence == BESIDE


def _strong(w: Weighed) -> int:
    return sum(1 for p in w.pairs if p.reply is not None and p.link in ("number", "quote"))


def _mostly_unanswered(w: Weighed) -> bool:
    return sum(p.reply is None or _beside(p) for p in w.pairs) > len(w.pairs) / 2


def _explained(w: Weighed) -> bool:
    # (one recommendation, the advice's own number cited, explains a response of many sections only with few left:
    # a safety board's "Recommendation 2026-1" is the whole advice, its items 1-7 the recommendations)
    return (
        (len(w.pairs) > 1 or len(w.unmatched) <= 1)
        and not w.unresolved
        and not w.beyond
        and not w.missed
        and all(p.reply is not None and p.link != "content" for p in w.pairs)
    )


@dataclass
class Grounds:
    """What the response says about the advice, the same for every reading: the numbers it cites and the
    passages it repeats."""

    advice: Document
    response: Document
    cited: list[str]
    repeats: list[echoes.Echo]
    tally: frozenset[int] = frozenset()  # how many recommendations the response says there are
    codes: frozenset[str] = frozenset()  # the codes the response names on their own ("in relation to SP-02")
    replies: list[Reply] = field(default_factory=list)  # the response's sections as it is cut by its headings
    covers: dict[int, int] = field(default_factory=dict)  # a reading of one item (its id): the size of one holding it

    # the other cuts of the response, the same for every reading: made once, when a reading first asks for one
    @cached_property
    def aliases(self) -> dict[str, str]:
        """The abbreviations the two documents define ("minimum funding guarantee (MFG)")."""
        return abbreviations.defined(b.text for doc in (self.advice, self.response) for b in doc.blocks)

    @cached_property
    def paragraphs(self) -> list[Reply]:
        return paragraph_cut.paragraph_replies(self.response)

    @cached_property
    def advice_part(self) -> list[Reply]:
        return paragraph_cut.advice_part_replies(self.response)

    @cached_property
    def advice_part_among(self) -> list[Reply]:
        return paragraph_cut.advice_part_among(self.response, self.replies, self.advice_part)


def _scored(
    reading: readings.Reading,
    recs: list[Recommendation],
    replies: list[Reply],
    grounds: Grounds,
    head_start: float,
    spread: float = 1.0,
    parts: bool = False,
) -> Weighed:
    cited = grounds.cited
    repeated, together, missed = echoes.landing(recs, replies, grounds.repeats, grounds.advice, grounds.response)
    pairs, unmatched = alignment.align(recs, replies, repeated, frozenset(together), parts, grounds.aliases)
    w = Weighed(reading, recs, pairs, unmatched, replies=replies, missed=missed, counted=len(recs) in grounds.tally)
    numbers = {r.number.lower() for r in recs}
    resolved = [n for n in cited if names_one(numbers, n)]
    # (not an earlier year's code, where this reading's codes all carry one year: "FG-2024-03" beside "FG-2025-01" …)
    years = {y for n in numbers if (y := code_year(n))}
    other_year = {n for n in cited if len(years) == 1 and code_year(n) not in {None, *years}}
    w.unresolved = [n for n in cited if n not in resolved and n not in other_year]
    # (and a code of this reading's the response names without the word: "in relation to SP-02 and SP-06")
    resolved += [n for n in numbers if n in grounds.codes and n not in resolved]
    strong = _strong(w)
    # (a link to the section that answers the one beside, step 7, says nothing about which reading is right: it
    # counts as no link)
    beside = sum(1 for p in pairs if p.reply is not None and _beside(p))
    content = sum(1 for p in pairs if p.reply is not None and p.link == "content") - beside
    unanswered = sum(1 for p in pairs if p.reply is None) + beside
    # (nor does the section it takes: unmatched, if nothing else answers it)
    others = {id(p.reply) for p in pairs if p.reply is not None and not _beside(p)}
    only_beside = {id(p.reply) for p in pairs if p.reply is not None and id(p.reply) not in others}
    # "Uw zesde aanbeveling" where this reading has two: the response counts more recommendations than it holds
    places = {int(n[1:]) for rp in replies for n in rp.numbers if re.fullmatch(r"#\d{1,2}", n)}
    w.beyond = sorted(k for k in places if k > len(recs))
    w.score = (
        # (a number the advice prints resolves a citation better than a place counted in an unnumbered reading)
        (2.0 if any(r.numbered for r in recs) else 1.0) * len(resolved)
        - 1.5 * len(w.unresolved)
        - 1.5 * len(w.beyond)
        + 2.0 * strong
        # (the passages the response's sections speak of were chosen for what they share with them: such a link
        # is what chose them, no evidence that they are the recommendations)
        + (0.0 if reading.kind == "answered" else 1.0) * content
        - 1.0 * unanswered
        - 0.5 * spread * (len(unmatched) + len(only_beside))
        - 1.0 * missed  # a passage the response repeats and answers, which this reading does not hold
        - 2.0 * readings.doubled(recs)  # the same recommendation twice: the body's and the closing list's mixed
        + 3.0 * w.counted  # as many as the response counts ("Het college neemt vijf aanbevelingen over" …)
        + head_start
    )
    return w


def recommendation_evidence(w: Weighed) -> None:
    """Why each recommendation is one: its place in the reading."""
    total = len(w.recommendations)
    for k, rec in enumerate(w.recommendations, start=1):
        where = _("p. {page}").format(page=rec.run.page)
        if w.reading.kind in ("sentences", "emphasis", "headed"):
            rec.evidence = [
                _("Sentence {k} of {reading} ({where}).").format(k=k, reading=w.reading.description, where=where)
            ]
        else:
            rec.evidence = [
                _("Item {k} of {total}: {reading} ({where}).").format(
                    k=k, total=total, reading=w.reading.description, where=where
                )
            ]
        if rec.cites:
            rec.evidence.append(
                _("It stands for paragraph {paragraphs} of the advice, which it names.").format(
                    paragraphs=", ".join(rec.cites)
                )
            )
        if w.counted:
            rec.evidence.append(
                _("The response counts {total} recommendations, as many as this reading holds.").format(total=total)
            )


def warnings(chosen: Weighed, numbered_rows: int) -> list[str]:
    """Where the two documents disagree: say so rather than print a confident wrong answer. ``numbered_rows``:
    how many rows of the response's tables open with a number (:func:`table_replies.table_row_replies`)."""
    out: list[str] = []
    if chosen.unresolved:
        names = ", ".join(chosen.unresolved[:6]) + (" …" if len(chosen.unresolved) > 6 else "")
        out.append(
            n_(
                "The response names recommendation {names}, which the advice's list lacks: some recommendations may "
                "have been missed, or the response answers another advice.",
                "The response names recommendations {names}, which the advice's list lacks: some recommendations may "
                "have been missed, or the response answers another advice.",
                len(chosen.unresolved),
            ).format(names=names)
        )
    if numbered_rows > len(chosen.recommendations) + 1:
        out.append(
            _(
                "The response has a table of {rows} numbered rows but {found} recommendations were found: some may "
                "have been missed."
            ).format(rows=numbered_rows, found=len(chosen.recommendations))
        )
    linked = [p for p in chosen.pairs if p.reply is not None]
    if chosen.pairs and not linked:
        out.append(
            _(
                "No section of the response could be linked to a recommendation: check that the two files belong "
                "together."
            )
        )
    elif len(chosen.pairs) >= 4 and len(linked) < len(chosen.pairs) / 2:
        out.append(
            _(
                "Only {linked} of {total} recommendations were linked to a reply: the response may be organised in a "
                "way the analysis did not read."
            ).format(linked=len(linked), total=len(chosen.pairs))
        )
    return out


ALTERNATIVES = 3  # readings offered besides the one chosen


def alternatives(ranked: list[Weighed]) -> list[dict[str, object]]:
    """The readings not chosen, for the reader to switch to in one step."""
    out: list[dict[str, object]] = []
    seen = [_as_offered(ranked[0])] if ranked else []
    for w in ranked[1:]:
        weighed = w.score == w.score  # NaN: not weighed, the chosen reading explained the whole response
        if len(out) == ALTERNATIVES:
            break
        offered = _as_offered(w)
        if weighed and offered in seen:
            continue  # (each other recommendations, or numbered otherwise, than those offered already)
        seen.append(offered)
        out.append(
            {
                "kind": w.reading.kind,
                "reading": w.reading.name,
                "description": w.reading.description,
                "recommendations": len(w.recommendations) if weighed else len(w.reading.items),
                "linked": sum(1 for p in w.pairs if p.reply is not None) if weighed else None,
                "score": round(w.score, 2) if weighed else None,
                # explains the response almost as well as the one chosen: worth the reader's look
                "close": bool(weighed and w.score >= ranked[0].score - CLOSE),
            }
        )
    return out


def _as_offered(w: Weighed) -> list[tuple[str, bool, str]]:
    """What a reading gives the reader: its recommendations, their numbers and whether the advice printed them."""
    return [(r.number, r.numbered, r.text) for r in w.recommendations]
