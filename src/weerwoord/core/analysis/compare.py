"""The one core call: two files in, a judged comparison out (the CLI prints it, the window shows it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from weerwoord.core.analysis import (
    alignment,
    choice,
    codes,
    echoes,
    legends,
    likeness,
    overview,
    parts,
    readings,
    sections,
    speakers,
    stance,
    table_replies,
    verdict_labels,
    word_forms,
)
from weerwoord.core.analysis.cited import cited_items
from weerwoord.core.analysis.evidence import link_evidence
from weerwoord.core.analysis.item_words import by_the_advices_word
from weerwoord.core.analysis.named_inside import named_inside_sections
from weerwoord.core.analysis.naming import ADDRESSED_GROUP
from weerwoord.core.analysis.phrases import PhraseBook, phrase_book
from weerwoord.core.analysis.second_answers import left_over, second_of_shared
from weerwoord.core.analysis.spans import first_sentence, sentence_spans, sentences
from weerwoord.core.analysis.titled import TITLED_LABEL
from weerwoord.core.errors import NoRecommendations
from weerwoord.core.keeping.corrections import Corrections, apply
from weerwoord.core.model import Comparison, Document, Mark, Pair, Recommendation, Reply, Verdict
from weerwoord.core.reading import reader
from weerwoord.core.reading.guard import collector_paused
from weerwoord.core.words import _


class Progress(Protocol):
    """Told how far the work is; the GUI adapts it to a progress bar."""

    def __call__(self, done: int, total: int, what: str) -> None: ...


def compare(
    advice: str | Path,
    response: str | Path,
    *,
    lang: str = "auto",
    advice_password: str | None = None,
    response_password: str | None = None,
    corrections: Corrections | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    reading: str | None = None,
) -> Comparison:
    """Read both documents and analyse them. Raises :class:`weerwoord.core.errors.WeerwoordError` subclasses."""
    advice_doc = reader.read_document(advice, advice_password, progress=progress, cancelled=cancelled, lang=lang)
    response_doc = reader.read_document(response, response_password, progress=progress, cancelled=cancelled, lang=lang)
    reader.refuse_same_documents(advice_doc, response_doc)  # the same text twice is no pair
    return analyse(advice_doc, response_doc, corrections, reading)


def analyse(
    advice: Document, response: Document, corrections: Corrections | None = None, reading: str | None = None
) -> Comparison:
    """Structure, alignment, stance and verdicts over two documents already read (no PyMuPDF here).

    ``reading``: the name of the reading of the advice the reader chose among the alternatives (else the one the
    response explains best)."""
    with collector_paused():
        return _analyse(advice, response, corrections, reading)


def _analyse(
    advice: Document, response: Document, corrections: Corrections | None, reading: str | None = None
) -> Comparison:
    if reading is None and corrections is not None:
        reading = corrections.reading  # the reader's choice among the readings, kept with the pair
    found = readings.recommendation_readings(advice)
    response = legends.spelled_out(response)  # (a verdict given by a symbol, "◐", read in its legend's words)
    replies = sections.find_replies(response)
    _by_the_advices_initials(replies, advice)
    by_the_advices_word(replies, advice)
    repeats = echoes.repeated(advice, response, replies)
    echoed = echoes.echoed_items(advice, repeats, replies, response)
    found = readings.with_echoes(readings.continued(found, echoed), echoed)
    choice.without_findings(replies)
    cited = choice.cited_numbers(response, replies)
    # (what the response calls the recommendations, looked up in the advice: a reading whatever their form)
    found = readings.with_cited(found, cited_items(advice.blocks, cited))
    ranked = choice.weigh(found, advice, response, replies, cited, reading, repeats)
    if not ranked and not (corrections and corrections.added_recommendations):
        said = _(
            "No recommendations were found in the advice ({name}): no numbered list under a heading such as "
            "'Aanbevelingen' or 'Recommendations', and no items labelled 'Aanbeveling 1' or 'Recommendation 1'."
        ).format(name=Path(advice.path).name)
        if advice.repaired:
            said += " " + _("The file is damaged (it had to be repaired to open), so part of it may be missing.")
        raise NoRecommendations(said)
    if ranked:
        chosen = ranked[0]
        pairs, unmatched, replies = chosen.pairs, chosen.unmatched, chosen.replies or replies
        choice.recommendation_evidence(chosen)
    else:
        pairs, unmatched = [], list(replies)
    numbered_rows = table_replies.table_row_replies(response)
    _answered_in_tables(pairs, numbered_rows)
    # (an introduction first: what it held by its words alone may be named inside a section, "On 5.6, …")
    introduction = _introduction(pairs, replies, response.language)
    named_inside_sections(pairs, [*(p.reply for p in pairs if p.reply is not None), *unmatched])
    _paragraph_of_its_own(pairs)
    second_of_shared(pairs, replies)
    unmatched = left_over(pairs, replies, unmatched)
    unmatched += [r for r in introduction if all(p.reply is not r for p in pairs)]
    result = Comparison(advice, response, pairs, unmatched)
    judge_all(result)
    # a section before the first reply is the introduction, unless it takes a stance on the advice itself
    position = {r.id: i for i, r in enumerate(replies)}
    linked = [position[p.reply.id] for p in pairs if p.reply is not None and p.reply.id in position]
    first = min(linked) if linked else -1  # (no reply linked at all: every section stays listed)
    result.unmatched_replies = [
        r
        for r in unmatched
        if position[r.id] > first or _takes_a_stance(r, response.language) or REPLY_TO_PART.search(r.heading or "")
    ]
    if corrections is not None and not corrections.is_empty():
        apply(
            result,
            corrections,
            rejudge=judge_all,
            reverdict=lambda p: reweigh(p, response.language),
            align=alignment.align,
        )
    for pair in result.pairs:
        pair.evidence = link_evidence(pair)
    if ranked:
        # the documents' disagreements first, then the corrections that no longer fit (set by apply)
        result.warnings = choice.warnings(ranked[0], len(numbered_rows)) + result.warnings
        if reading is not None and ranked[0].reading.name != reading:
            result.warnings.insert(
                0,
                _("The advice has no reading called “{name}”; the one the response explains best is shown.").format(
                    name=reading
                ),
            )
        result.alternatives = choice.alternatives(ranked)
    return result


# a section that says what it answers ("Commission's reply to paragraph IV", "Reactie op hoofdstuk 3") is a reply,
# not the introduction, wherever it stands
REPLY_TO_PART = re.compile(
    r"\b(?:reply|replies|response|answer|reactie|antwoord)\s+(?:to|on|op)\s+(?:the\s+|de\s+|het\s+)?"
    r"(?:paragraphs?|points?|chapters?|sections?|findings?|conclusions?|observations?|paragra(?:af|fen)|punt(?:en)?|"
    r"hoofdstuk(?:ken)?|bevinding(?:en)?|conclusies?)\b",
    re.I,
)


# a recommendation named by the advisory body's initials and its number: "SODN 2", "SODN 4, SODN 5; CEW 2"
# (not a code "OA 26/01", nor a sum of money "EUR 4 billion", "USD 50 million")
INITIALS_REF = re.compile(
    r"\b((?-i:(?!(?:EUR|USD|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|ZAR|ANG|SRD|XCD)\b)[A-Z]{2,6}))\s+(\d{1,2})\b(?![.,/]\d)"
)
INITIALS_REACH = 80  # characters: where a row's source cell or a section's opening names them


def _by_the_advices_initials(replies: list[Reply], advice: Document) -> None:
    """Sections that open by naming recommendations as the advisory body's initials and a number ("SODN 4, SODN 5;
    CEW 2" in a matrix answering two observer missions), where the advice calls itself by those initials: the
    numbers they answer, over the response's own row codes ("PER-03"). Two such sections or more."""
    named = [(rp, INITIALS_REF.findall(f"{rp.heading or ''} {rp.text[:INITIALS_REACH]}")) for rp in replies]
    initials = {a for _, refs in named for a, _ in refs}
    if not initials:
        return
    said = " ".join(b.text for b in advice.blocks)
    ours = {a for a in initials if len(re.findall(rf"\b{a}\b", said)) >= 2}
    hits = [(rp, [n for a, n in refs if a in ours]) for rp, refs in named]
    if sum(1 for _, numbers in hits if numbers) < 2:
        return
    for rp, numbers in hits:
        if numbers:
            rp.numbers = list(dict.fromkeys(numbers))


def _answered_in_tables(pairs: list[Pair], rows: dict[str, Reply]) -> None:
    """A recommendation without a reply section takes the row of a response table that carries its number
    and speaks of the same thing ("6 | Heat-Health Alerts sent directly to schools | Accepted. Since May …")."""
    for pair in pairs:
        # (a code of letters and digits, "D1", is the recommendation's own wherever it stands: it outweighs a link
        # by content; a plain number may be the table's own)
        coded = bool(alignment.CODE.fullmatch(pair.number)) and not pair.number.isdigit()
        if pair.reply is not None and not (coded and pair.link == "content"):
            continue
        row = rows.get(pair.number.lower())
        if row is None:
            continue
        if not coded and likeness.closest([f"{row.heading} {row.text}"], [pair.recommendation.text])[0] != 0:
            continue  # a table numbered for something else
        pair.reply, pair.link, pair.confidence = row, "number", 0.8


OWN_PARAGRAPH = 4  # content terms a paragraph shares with a recommendation to be its own


def _paragraph_of_its_own(pairs: list[Pair]) -> None:
    """A recommendation without a reply that one paragraph of another's section speaks of, and that section's own
    recommendation not, while another paragraph there speaks of that one ("3.3 Financieel beheer": the backlog of
    subsidies, then the new financial system): the section answers both, each in its paragraph."""
    waiting = [p for p in pairs if p.reply is None]
    if not waiting:
        return
    owners: dict[int, list[Pair]] = {}
    for p in pairs:
        if p.reply is not None:
            owners.setdefault(id(p.reply), []).append(p)
    # each section of two paragraphs or more once: its paragraphs' terms, and how many the section's own share
    sections: list[tuple[Pair, list[set[str]], list[int]]] = []
    for held in owners.values():
        reply = held[0].reply
        assert reply is not None
        spans = parts.paragraph_spans(reply.run.text)
        if len(spans) < 2:
            continue
        # (not a paragraph that takes the advice in as a whole: "City Council receive the presentation from the …
        # Partnership Council for information", which shares the body's name with a recommendation that names it)
        words = [
            set() if alignment.RECEIVED.search(reply.run.text[a:b]) else set(likeness.terms(reply.run.text[a:b]))
            for a, b in spans
        ]
        theirs = [set(likeness.terms(p.recommendation.text)) for p in held]
        sections.append((held[0], words, [max(len(t & w) for t in theirs) for w in words]))
    for pair in waiting:
        mine = set(likeness.terms(pair.recommendation.text))
        found: list[tuple[int, Pair]] = []
        for owner, words, other in sections:
            shares = [len(mine & w) for w in words]
            for k, share in enumerate(shares):
                # (and the section's own recommendation has a paragraph of its own there too)
                kept = any(other[j] > shares[j] for j in range(len(words)) if j != k)
                if share >= OWN_PARAGRAPH and share >= 2 * other[k] and kept:
                    found.append((share, owner))
        found.sort(key=lambda t: -t[0])
        if found and (len(found) == 1 or found[0][0] > found[1][0] + 1):
            owner = found[0][1]
            pair.reply, pair.link, pair.confidence = owner.reply, "content", 0.5


def _introduction(pairs: list[Pair], replies: list[Reply], language: str) -> list[Reply]:
    """The response's first section answering one recommendation, by its words alone, before the sections that
    answer the others, where it opens by speaking of the advice as a whole and takes no stance ("Thank you for your
    compliance review of the Border Rivers …", "De gespreksleider … legt uit dat de wethouder vanavond ingaat op het
    advies …"): an introduction, which answers nothing. Returned, unlinked."""
    position = {r.id: i for i, r in enumerate(replies)}
    linked = sorted({position[p.reply.id] for p in pairs if p.reply is not None and p.reply.id in position})
    if len(linked) < INTRODUCED:
        return []
    first = replies[linked[0]]
    held = [p for p in pairs if p.reply is first]
    # (its first sentences: a salutation may come first, "Dear Ms Brannigan-Keogh, Thank you for the Authority's
    # thematic review, …"; and what it is about before what follows, "Dear Willow Bend owners, At its meeting …, the
    # Board adopted … The full study is available … This letter explains, topic by topic, how the Board has …")
    said = [first.run.text[slice(*x)].strip() for x in sentence_spans(first.run.text)]
    opening = word_forms.words(" ".join([t for t in said if t.endswith((".", "!", "?", ":"))][:OPENING_SENTENCES]))
    # (the salutation and a line over it too: "Letter to all owners | November 12, 2025", "Dear Willow Bend owners,")
    opening += word_forms.words(" ".join(t for t in said[:2] if not t.endswith((".", "!", "?", ":"))))
    book = phrase_book(language)
    if (
        not held
        or len(held) > INTRODUCED - 1
        or any(p.link != "content" for p in held)
        or not set(opening) & book.advisory
        or not word_forms.has_phrase(opening, book.introducing)
        # (not minutes whose first item introduces and then answers one by its number, "41.2 Recommendation 6 …")
        or NAMES_ONE.search(first.run.text)
        or _takes_a_stance(first, language)
        # (nor a resolution that thanks and then decides: "THAT Council receive the report … and thank its members
        # …; and THAT, effective with the 2026 planting season, the Township purchase only plants that …")
        or any(_decides_after_thanks(first.run.text, p.recommendation.text, book) for p in held)
    ):
        return []
    for p in held:
        p.reply, p.confidence = None, 0.0
    return [first]


def _decides_after_thanks(text: str, recommendation: str, book: PhraseBook) -> bool:
    """Whether the sentence of a section that thanks goes on to a decision of its own ("…; and that …") that speaks
    of the recommendation in three of its words or more (a resolution, not a letter's thanks and what follows)."""
    asked = word_forms.content_terms(recommendation)
    for a, b in sentence_spans(text):
        units = [text[a + x : a + y] for x, y in sentences(text[a:b])]
        if units and word_forms.has_phrase(word_forms.words(units[0]), book.introducing):
            return any(len(word_forms.content_terms(u) & asked) >= 3 for u in units[1:])
    return False


OPENING_SENTENCES = 3  # of a first section, where an introduction says what it does
INTRODUCED = 3  # sections linked: the first of them may be an introduction where two or more follow it
NAMES_ONE = re.compile(
    r"\b(?:recommendation|aanbeveling|advies|punt)\s+\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\b(?![-'’])", re.I
)


def _takes_a_stance(reply: Reply, language: str) -> bool:
    """Whether a section speaks to the advice ("The Government accepts the Taskforce's key findings")."""
    marks = stance.find_marks(reply.run, language)
    return any(m.category != "commitment" and m.about_recommendation for m in marks)


def judge_all(result: Comparison) -> None:
    """Marks and verdicts of every pair; a reply shared by two recommendations is judged for each apart."""
    sharing: dict[str, list[Pair]] = {}
    for pair in result.pairs:
        if pair.reply is not None:
            sharing.setdefault(pair.reply.id, []).append(pair)
    language = result.response.language
    advisory = phrase_book(language).advisory
    # "Het Presidium …": the answering body as the response calls itself, and as the advice addresses it
    who = speakers.answerers(" ".join(b.text for b in result.response.blocks), advisory)
    who |= speakers.addressees(result.advice.blocks, advisory)
    sorted_out = overview.verdicts_by_number(result.response.blocks, language)
    for pair in result.pairs:
        others = [p for p in sharing.get(pair.reply.id, []) if p is not pair] if pair.reply else []
        judge(pair, language, others, who)
        listed = sorted_out.get(pair.number.lower()) if pair.reply is not None else None
        if listed is not None:
            # "Gedeeltelijk overgenomen advies a en d" in the letter's overview: its own verdict, in so many words
            pair.verdict = listed[0]
            pair.reason = _("The response's overview of its verdicts lists it: “{x0}”.").format(x0=listed[1])
    _refers_back(result.pairs)


REFERS_BACK = re.compile(
    r"\b(?:verwijs|verwijzen|verwezen|zie|see|refer|refers|referred)\b[^.;]{0,60}?"
    r"\b(?:reactie|antwoord|beantwoording|response|reply|answer)\s+(?:op|bij|to|on)\s+"
    rf"(?:aanbeveling|recommendation)\s+({codes.NUMBER})\b",
    re.I,
)


def _refers_back(pairs: list[Pair]) -> None:
    """A reply that only points to another ("Voor deze aanbeveling verwijs ik naar mijn reactie op aanbeveling
    2.1") takes that reply's verdict."""
    by_number = {p.number.lower(): p for p in pairs}
    for pair in pairs:
        if pair.reply is None or pair.verdict != "noted" or any(m.about_recommendation for m in pair.marks):
            continue
        m = REFERS_BACK.search(pair.reply.text)
        target = by_number.get(m.group(1).lower()) if m else None
        if m is None or target is None or target is pair or target.verdict in ("noted", "unanswered"):
            continue
        if target.reply is not None and REFERS_BACK.search(target.reply.text):
            continue  # two replies pointing on: no chains
        pair.verdict = target.verdict
        pair.reason = _(
            "The reply refers to the reply to recommendation {number} (“{words}”), whose verdict it shares."
        ).format(number=target.number, words=m.group(0))


def reweigh(pair: Pair, language: str) -> None:
    """The verdict again from the marks as the reader left them (after removing or adding one)."""
    if pair.reply is not None:
        pair.verdict, pair.reason = stance.verdict(pair.marks, pair.reply.run.text, language, pair.recommendation.text)


def judge(pair: Pair, language: str, others: list[Pair] | None = None, who: frozenset[str] = frozenset()) -> None:
    """(Re)compute the marks and the verdict of one pair from its reply.

    ``others``: the other pairs whose recommendations the same reply answers; sentences that name only one of
    them ("Aanbeveling 3 neemt het kabinet niet over") do not count for this one, nor, when the reply names none
    of them, a paragraph clearly about another one by its content.
    """
    if pair.reply is None:
        pair.marks = []
        pair.verdict = "unanswered"
        pair.reason = _("No reply to this recommendation was found in the response.")
        return
    marks = stance.find_marks(pair.reply.run, language, pair.recommendation.text, shared=bool(others), speakers=who)
    pair.parts = (
        parts.own_parts(
            pair.reply.run.text,
            pair.number,
            [p.number for p in others],
            pair.recommendation.text,
            [p.recommendation.text for p in others],
            pair.reply.heading or first_sentence(pair.reply.run.text),
        )
        if others
        else []
    )
    text = pair.reply.run.text
    numbers = frozenset({pair.number.lower(), *(p.number.lower() for p in others or [])})
    # taken up by their places ("The first, … The second, …"): each its own sentences, marks and all
    by_place = bool(others) and parts.by_place(text, pair.number, [p.number for p in others or []])
    if by_place:
        marks = [m for m in marks if any(a <= m.start < b for a, b in pair.parts)]
    elif others:
        marks = parts.for_recommendation(marks, text, pair.number, [p.number for p in others])
        if not stance.names_recommendations(text, numbers):
            # the reply's text names none of them (its heading may: "… (Recommendations 1 and 2)")
            marks = _own_stretches(marks, pair.reply.run.text, pair.recommendation, [p.recommendation for p in others])
    pair.marks = marks
    # a reply shared with others is judged on its own stretches (what it does about "(iv)", or in the paragraph or
    # the sentences about the other's subject, is not this one's: "Officers do not support the deletion of HO318. …
    # The former Drill Hall will be assessed …"); where none is clearly its own, on the whole reply
    said = _only(text, pair.parts) if pair.parts else text
    # (and on the marks in them: "… instead be required for all registered nurses" in the paragraph about another)
    judged = [m for m in pair.marks if any(a <= m.start < b for a, b in pair.parts)] if pair.parts else pair.marks
    if others:
        # (a row's status cell, "Agreed", naming neither, does not decide over this one's own refusal in words:
        # "Officers do not recommend that Council open or fund a second shelter …")
        # (a label that opens this one's text stays its verdict: "Agreed. Although we do not share the Committee's
        # view …")
        rules = phrase_book(language).by_id
        cell = {m.rule for m in judged if rules[m.rule].verdict and (rules[m.rule].alone or rules[m.rule].start_only)}
        # (and a partial one stays: "Gedeeltelijk: paragraaf 5.3 aangepast.")
        own = [m for m in judged if m.about_recommendation and m.rule not in cell and m.category != "commitment"]
        contrary = {"agreement": "disagreement", "disagreement": "agreement"}
        judged = [
            m
            for m in judged
            if not (
                m.rule in cell
                and contrary.get(m.category) in {k.category for k in own}
                and m.category not in {k.category for k in own}
                and m.start > own[-1].start
            )
        ]
    pair.verdict, pair.reason = stance.verdict(judged, said, language, pair.recommendation.text)
    stated = verdict_labels.heading_verdict(pair.reply.heading, language, number=pair.number)
    titled = TITLED_LABEL.match(text) if stated is None else None  # ("Jaarlijks kotoverleg – in overweging.")
    if titled is not None:
        # (or run into the text after its title: "Brandveiligheid – akkoord. Vanaf 1 februari 2027 …")
        stated = verdict_labels.heading_verdict(titled.group("label"), language)
    if others:
        stated = _label_by_place(pair, others, language) or stated
        # (or a status line of as many labels as the heading names numbers: "(b) and (d)" over "Supported; supported
        # in part")
        # (the row's status cell as its heading too: "1: Not supported 2: Supported" beside "1 and 2")
        status = (
            verdict_labels.own_status(text, language, pair.number)
            or verdict_labels.own_status(pair.reply.heading or "", language, pair.number)
            or _status_in_order(pair, others, language)
        )
        if status is not None and not (pair.verdict == "disagrees" and verdict_labels.progress(status[1], language)):
            # "V.1.2: aanvaard V.3.1: gedeeltelijk aanvaard": each its own label, whatever else the reply says (not a
            # state of work over a refusal in words: "We do not intend to commission …" beside "Complete / ongoing")
            pair.verdict = status[0]
            pair.reason = _("The reply's status line states its verdict: “{x0}”.").format(x0=status[1])
            return
    if stated is not None and not stance.states_verdict(pair.marks, language):
        # "Recommendation 3 – Reject" over a reply that states no verdict of its own: the heading's decides
        pair.verdict = stated[0]
        pair.reason = _("The reply's heading states its verdict: “{x0}”.").format(x0=stated[1])
        return
    answered = (
        verdict_labels.answer_to_question(pair.reply.heading, text, pair.recommendation.text) if not others else None
    )
    if answered is not None and not stance.states_verdict(pair.marks, language):
        # a question as the heading ("Komen er extra zitbanken?"), answered "Ja." / "Gedeeltelijk." / "Nee."
        refusal = next((m for m in pair.marks if m.category == "disagreement"), None)
        if answered[0] == "agrees" and refusal is not None:
            # "Ja. … drie monsters per jaar in plaats van twee. … is dat op korte termijn niet haalbaar": a yes, and
            # a part refused after it
            pair.verdict = "partly"
            pair.reason = _("The reply answers the question “{x0}” and then refuses a part: “{x1}”.").format(
                x0=answered[1], x1=refusal.text
            )
            return
        pair.verdict = answered[0]
        pair.reason = _("The reply answers the question it stands under: “{x0}”.").format(x0=answered[1])
        return
    grouped = verdict_labels.group_verdict(pair.reply.group, language)
    over = pair.reply.group
    if grouped is None and not pair.reply.numbers:  # (or its own heading says so: "Wat wij gedeeltelijk overnemen")
        grouped, over = verdict_labels.group_verdict(pair.reply.heading, language), pair.reply.heading
    if grouped is not None and not stance.states_verdict(pair.marks, language):
        # replies grouped under "Recommendations accepted in principle": the group's heading decides
        pair.verdict = grouped[0]
        pair.reason = _("The reply stands under a heading that states its verdict: “{x0}”.").format(x0=over)


def _label_by_place(pair: Pair, others: list[Pair], language: str) -> tuple[Verdict, str] | None:
    """Of a status cell's labels one after the other ("Accepted Partially accepted"), the one in this pair's place
    among the recommendations the reply repeats in turn; None unless there are as many labels as recommendations and
    the reply quotes each."""
    assert pair.reply is not None
    labels = verdict_labels.labels_in_order(pair.reply.heading, language)
    if len(labels) != len(others) + 1:
        return None
    said = " ".join(pair.reply.run.text.split()).lower()
    where = {id(p): said.find(" ".join(p.recommendation.text.split()[:6]).lower()) for p in [pair, *others]}
    if min(where.values()) < 0:
        return None
    place = sorted(where.values()).index(where[id(pair)])
    return labels[place]


def _status_in_order(pair: Pair, others: list[Pair], language: str) -> tuple[Verdict, str] | None:
    """A status paragraph of as many labels as the recommendations the reply's heading names ("(b) and (d)" over
    "… Supported; supported in part"): the label in this pair's place among those numbers; None otherwise."""
    assert pair.reply is not None
    heading = pair.reply.heading or ""
    # (or the heading's own list, "(b) and (d)")
    listed = re.findall(r"(?<![\w.])\(?([a-z]|\d{1,3})\)?(?![\w.])", heading) if len(heading.split()) <= 8 else []
    named = [n.lower() for n in pair.reply.numbers] or listed
    if not named:  # (or none named: the advice's order, as a row's "✔ ✘" beside its two proposals)
        ahead = sorted([pair, *others], key=lambda p: min((x.line for x in p.recommendation.run.pieces), default=0))
        named = [p.number.lower() for p in ahead]
    if len(named) != len(others) + 1 or {p.number.lower() for p in [pair, *others]} != set(named):
        return None
    # (the paragraph, or its opening sentence: "Accepted in part; under consideration. Behaviour support …"; or the
    # row's status cell as its heading: "Partially concur; Do not concur" beside "3, 4")
    # (or the heading's status after its numbers: "Recommendations 1 and 2 - Supported / Not supported")
    paragraphs = [heading, re.split(r"\s[-–—]\s|:\s", heading, maxsplit=1)[-1], *pair.reply.run.text.split("\n\n")]
    for paragraph in (x for p in paragraphs for x in dict.fromkeys((p, p.split(". ")[0]))):
        if len(re.findall(r"\w+", paragraph)) <= 3 * len(named) + 2:  # (a "/" between labels no word)
            labels = verdict_labels.labels_in_order(paragraph, language)
            if len(labels) == len(named):
                return labels[named.index(pair.number.lower())]
    return None


def _only(text: str, stretches: list[tuple[int, int]]) -> str:
    """``text`` with everything outside ``stretches`` blanked (offsets kept)."""
    keep = [" "] * len(text)
    for a, b in stretches:
        keep[a:b] = text[a:b]
    return "".join(keep)


def _own_stretches(marks: list[Mark], text: str, mine: Recommendation, theirs: list[Recommendation]) -> list[Mark]:
    """The marks outside paragraphs (or, in a reply of one paragraph, sentences) that are, by their content,
    clearly about another recommendation.

    A section under a subject heading may answer two recommendations a paragraph each without naming them
    ("Funding for schools": the premium confirmed, then the grant refused); each is judged on its own part. A
    paragraph that names whom its recommendations ask ("De inspectie doet drie aanbevelingen aan schoolbesturen")
    is theirs, whatever its words.
    """
    owners = parts.owned(text, [mine.text, *(t.text for t in theirs)], lone=True)
    foreign = [(a, b) for a, b, owner in owners if owner not in (0, None)]
    for a, b in parts.paragraph_spans(text):
        group = ADDRESSED_GROUP.search(text[a : min(b, a + 200)])
        if group is None:
            continue
        named = [w.lower()[:6] for w in group.groups() if w]
        if any(w in mine.addressee.lower() for w in named):
            foreign = [(x, y) for x, y in foreign if not a <= x < b]
        elif any(w in t.addressee.lower() for t in theirs for w in named):
            foreign.append((a, b))
    return [m for m in marks if not any(a <= m.start < b for a, b in foreign)]
