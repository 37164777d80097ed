"""Stance language in replies: phrase rules from resources/, marks with their places, and the verdict."""

from __future__ import annotations

import re

from weerwoord.core.analysis import as_it_is, asking, deeds, otherwise
from weerwoord.core.analysis.acting import acting_sentences, granted_part, hedged, refuses_more
from weerwoord.core.analysis.agreeing import (
    agreement_limited,
    analysis_only,
    found_only,
    left_open,
    on_the_advice,
    without_other_deeds,
)
from weerwoord.core.analysis.codes import SHORT_CODE, TAKEN_UP_CODE, TAKEN_UP_WORDS
from weerwoord.core.analysis.denial import banned_things, bans, negated
from weerwoord.core.analysis.figures import figured_otherwise, instead_of_asked, other_figure
from weerwoord.core.analysis.narrowing import narrows_asked
from weerwoord.core.analysis.negation import negation_at, waits
from weerwoord.core.analysis.ordinals import ORDINAL_PAIR, ORDINALS, series_places
from weerwoord.core.analysis.otherwise import done_but_part_refused, done_instead, part_beside_refusal
from weerwoord.core.analysis.phrases import (
    PhraseBook,
    _Vocabulary,
    asked_as_negatives,
    phrase_book,
    speaking_book,
)
from weerwoord.core.analysis.spans import (
    asked_sentence,
    extend_mark,
    in_name,
    next_word,
    sentence_of,
    sentence_spans,
)
from weerwoord.core.analysis.speakers import (
    Hit,
    at_paragraph_start,
    conceded,
    drop_overlaps,
    has_subject,
    in_partial_scope,
    is_about,
)
from weerwoord.core.analysis.ticks import unticked_blanked
from weerwoord.core.analysis.verdict_cells import NO_RULE as _NO_RULE
from weerwoord.core.analysis.verdict_cells import (
    label_about,
    limit_after_several,
    limited_in_its_sentence,
    status_beside_instead,
    verdict_cell_first,
    without_next_group_heading,
)
from weerwoord.core.analysis.verdict_cells import weak as _weak
from weerwoord.core.analysis.word_forms import YEAR, has_phrase, joined_verbs
from weerwoord.core.analysis.word_forms import content_terms as _terms
from weerwoord.core.analysis.word_forms import quote_span as _quote
from weerwoord.core.analysis.word_forms import shared as _shared
from weerwoord.core.analysis.word_forms import words as _words
from weerwoord.core.model import Category, Mark, TextRun, Verdict
from weerwoord.core.words import _

FLIP: dict[str, Category] = {
    "agreement": "disagreement",
    "disagreement": "agreement",
    "commitment": "disagreement",
    "reservation": "reservation",
}


def find_marks(
    run: TextRun, language: str, recommendation: str = "", shared: bool = False, speakers: frozenset[str] = frozenset()
) -> list[Mark]:
    """Marks over a reply's text: each the trigger and the words it governs, never a whole paragraph.

    ``recommendation`` (its text) helps tell a refusal of part of it from a statement about third parties.
    ``shared``: the reply answers other recommendations too, each in paragraphs of its own, so an agreement in
    another paragraph says nothing about a refusal in this one. ``speakers``: the answering body's own names, learned
    from the response (:func:`speakers.answerers`), as its subject.
    """
    book = asked_as_negatives(speaking_book(language, speakers), recommendation)
    text = unticked_blanked(run.text)
    sentences = sentence_spans(text)
    hits: list[Hit] = []
    vocabulary = _Vocabulary(text.lower())
    for rule in book.rules:
        if not vocabulary.may_match(rule):
            continue  # a look-up is far cheaper than the rule's regex over a long reply, and than compiling it
        for m in rule.regex.finditer(text):
            start, end = m.start(), m.end()
            if rule.start_only and not at_paragraph_start(text, start):
                continue
            if rule.alone and text[end:].split("\n", 1)[0].strip(" :;–—-") and not _ALONE_AFTER.match(text, end):
                # a status cell's word, or a status ended by a full stop ("Status: Implemented. ORR does not …"),
                # not the first word of a sentence ("Complete restructuring …")
                continue
            # (the next word of its clause: not the first of the paragraph after a label alone, "Overgenomen" / "In
            # het bestuurlijk overleg …")
            if rule.unless_next and next_word(text, end) in rule.unless_next and not _CLAUSE_ENDS.match(text, end):
                continue
            if rule.unless_after and _in_relative(text, start, rule.unless_after):
                continue  # "the regional lender that already offers loans": another's deed, in a relative clause
            sent = sentence_of(sentences, start)
            if start > sent[0] and in_name(text, start):
                continue  # "the ETB's Education Support Service": a word of a name, no verb
            if rule.needs_subject and not has_subject(text, start, end, sent, book):
                continue
            hits.append(Hit(rule, start, end, rule.category, sent))
    hits = drop_overlaps(hits)
    waiting: set[int] = set()
    banned = banned_things(asking.asked_words(recommendation), book.deeds.banning, book.deeds.stopping)
    for k, h in enumerate(hits):
        # a negation before a trigger belongs to the nearest trigger ("does not disagree with the Council")
        floor = hits[k - 1].end if k and hits[k - 1].end > h.sentence[0] else h.sentence[0]
        neg = None if h.rule.negation_included else negation_at(text, h.start, h.end, (floor, h.sentence[1]), book)
        if neg is not None and h.rule.category == "commitment" and bans(text[neg : h.sentence[1]], banned, book):
            neg = None  # what was asked to stop, not done: "will not approve a name that commemorates a living person"
        if neg is not None and h.rule.category == "commitment" and waits(text, h.end, h.sentence, book, neg):
            waiting.add(k)  # (dropped below: it puts the act off, it neither refuses nor promises it)
        elif neg is not None:
            h.category = h.rule.negated or FLIP[h.rule.category]
            h.start = min(h.start, neg)  # the mark reads "does not disagree", not "disagree"
        if h.category == "disagreement" and in_partial_scope(text, h.sentence[0], h.start, book):
            h.category = "reservation"  # "Voor zover de commissie vraagt om …, kunnen wij daaraan geen gevolg geven"
        elif h.category == "disagreement" and conceded(text, h.sentence[0], h.start, book):
            h.category = "agreement"  # "The Council accepts that the delegation used was not appropriate"
    # ("We do not intend to amend the Regulations as the ACMD proposes": the manner is part of what is refused)
    hits = [h for k, h in enumerate(hits) if k not in waiting]
    refusals = [(g.sentence, g.end) for g in hits if g.category == "disagreement"]
    hits = [h for h in hits if not (h.rule.manner and any(s == h.sentence and e <= h.start for s, e in refusals))]
    rec_terms = _terms(recommendation) | joined_verbs(recommendation, book.deeds.particles)  # "open te houden"
    marks = []
    for k, h in enumerate(hits):
        limit = h.sentence[1]
        if k + 1 < len(hits) and hits[k + 1].start < limit:
            limit = max(h.end, hits[k + 1].start)
        end = h.end if h.rule.verdict and h.rule.start_only else extend_mark(text, h.end, h.start, limit)
        about = is_about(h, hits, text, book, sentences, rec_terms, shared)
        marks.append(Mark(h.category, h.rule.id, h.start, end, text[h.start : end], run.spans(h.start, end), about))
    return marks


# a recommendation's number as a reply names it: "4", "2.1", "3a", "3(a)"
NAMED_NUMBER = (  # (or a letter in brackets: "recommendation (f)")
    r"(?:\d{1,3}(?:\.\d{1,2})?(?:[a-z]|\([a-h]\))?|\([ivx]{1,5}\)|\([a-h]\)|(?-i:[IVX]{1,5})\b|(?-i:[A-Z]{1,3}-?\d{1,2})\b)"
)
NAMED = re.compile(
    r"\b(?:aanbeveling(?:en)?|recommendations?|advies)\s+"
    rf"({NAMED_NUMBER}(?:\s*(?:,|en|and|&)\s*{NAMED_NUMBER})*)"
    r"(?:\b|(?<=\)))",
    re.I,
)  # "recommendation 4", "aanbevelingen 4 en 5", "recommendations 3(a) and 3(b)", "recommendation (iv)"


_RESOLVED = re.compile(r"\s*(?:resolved|besloten|besluit)\b", re.I)  # a decision recorded after the debate
# a status alone: ended by a full stop or a semicolon, by the next number's status on its line ("3: Not proceeding
# 4: Funded"), or by its date in one cell ("Done, September 2025")
_ALONE_AFTER = re.compile(r"[.;]|\s+\d{1,3}:\s|,\s+(?:(?:\d{1,2}\s+)?[A-Za-z]+\s+)?\d{4}\s*$", re.M)
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:\n|[.;:!?])")


def names_recommendations(text: str, numbers: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` names a recommendation by its number ("Aanbeveling 3 …", "recommendations 10 and 11"), or
    opens a sentence with one of ``numbers`` ("3.1 Accepted. 3.2 Partially accepted.", an action plan's cell)."""
    if NAMED.search(text):
        return True
    return bool(numbers) and (any(n in numbers for n in _opening_numbers(text)) or bool(_codes_named(text, numbers)))


# a number opening a sentence, a verdict or a subject after it: "3.2 Partially accepted."
OPENING_NUMBER = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n))\s*(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s+(?=[A-Z])")
# a letter, Roman numeral or code (or a number, as each use allows) before a colon that opens a sentence: "a:
# overnemen. e: niet overnemen.", "IV: niet akkoord.", "S1: de zijdeur …"
REF_BEFORE_COLON = rf"[a-hA-H]|(?-i:[IVX]{{1,5}})|{SHORT_CODE}"
OPENING_REF_COLON = re.compile(
    rf"(?:^|(?<=[.;!?]\s)|(?<=\n))\s*({REF_BEFORE_COLON}|\d{{1,3}}(?:\.\d{{1,2}})?[a-z]?):\s+(?=\S)"
)
# (or taken up at a sentence's start by its number alone: "On 5.6, the timing of future studies, the Board noted …")
TAKEN_UP = re.compile(rf"(?:^|(?<=[.;!?]\s)|(?<=\n))\s*{TAKEN_UP_WORDS}({TAKEN_UP_CODE})(?=\s*[,:])", re.I)


def _opening_numbers(fragment: str) -> set[str]:
    patterns = (OPENING_NUMBER, OPENING_REF_COLON, TAKEN_UP)
    return {m.group(1).lower() for pattern in patterns for m in pattern.finditer(fragment)}


def _named(fragment: str, numbers: frozenset[str] = frozenset()) -> set[str]:
    """The numbers a fragment names, after the word ("recommendation 4") or opening a sentence ("3.2 Partially
    accepted."; callers keep only the numbers of the recommendations in question); and those of ``numbers`` that
    are codes, named bare ("… first meeting on 10 September (R1).", "legal advice on R2")."""
    return (
        {
            n.lower().replace("(", "").replace(")", "")
            for group in NAMED.findall(fragment)
            for n in re.findall(NAMED_NUMBER, group)
        }
        | _opening_numbers(fragment)
        | _codes_named(fragment, numbers)
        | set(HASH_NAMED.findall(fragment))  # "Oranje licht voor #1."
        | _places_named(fragment, numbers)
    )


def _in_relative(text: str, start: int, openers: frozenset[str]) -> bool:
    """Whether a phrase follows one of ``openers`` ("that", "which") right before it, or with another's subject between
    ("the low-cost plans that providers already offer"; not "… that we already offer")."""
    before = re.findall(r"[\w']+", text[max(0, start - 60) : start].lower())[-2:]
    return bool(before) and (
        before[-1] in openers or (len(before) == 2 and before[0] in openers and before[1] not in _OWN_SUBJECTS)
    )


_OWN_SUBJECTS = frozenset(("we", "i", "wij", "ik", "staff", "officers", "council", "government"))


def _places_named(fragment: str, numbers: frozenset[str]) -> set[str]:
    """The recommendations numbered 1, 2, 3 … a fragment names by their places ("in your second and third
    recommendations", "the fourth recommendation"), of ``numbers``."""
    if not numbers or not any(o in fragment.lower() for o in ORDINALS):
        return set()
    places = {ORDINALS[m.group(k).lower()] for m in ORDINAL_PAIR.finditer(fragment) for k in (1, 2)}
    places |= {ORDINALS[m.group(1).lower()] for m in _PLACE_NAMED.finditer(fragment)}
    return (places & numbers) | {n for n, place in series_places(numbers).items() if place in places}


_PLACE_NAMED = re.compile(
    r"\b(?:the|your|its|their|de|het|uw)\s+(" + "|".join(ORDINALS) + r")\s+(?:recommendation|aanbeveling|advies)\b",
    re.I,
)


HASH_NAMED = re.compile(r"(?<![\w&])#(\d{1,2})\b")


# a code of letters and digits, which names nothing but its recommendation: "R1", "GA.2", "H-25-20" (not "3", "b")
CODE_LIKE = re.compile(r"[a-z]{1,4}[-./]?\d{1,4}[a-z]?(?:-\d{1,4})?|\d{2,4}-\d{2,3}")  # ("26-05": year and number)


def _codes_named(fragment: str, numbers: frozenset[str]) -> set[str]:
    lowered = fragment.lower()
    return {
        n
        for n in numbers
        if CODE_LIKE.fullmatch(n) and n in lowered and re.search(rf"(?<![\w.-]){re.escape(n)}(?![\w-]|\.\d)", lowered)
    }


def verdict(marks: list[Mark], text: str, language: str, recommendation: str = "") -> tuple[Verdict, str]:
    """One verdict with a one-sentence reason a reader can check against the marks."""
    text = unticked_blanked(text)
    book = phrase_book(language)
    by_id = book.by_id
    # a narrowing ("only for children under five") limits only what was asked for all ("for every child"), and
    # not where the recommendation narrows itself ("uitsluitend in de gesloten loods")
    marks = [
        m for m in marks if not by_id.get(m.rule, _NO_RULE).narrows or narrows_asked(recommendation, m, book, text)
    ]
    labels = [
        m
        for m in marks
        if by_id.get(m.rule)
        and by_id[m.rule].verdict
        and m.about_recommendation
        and not (by_id[m.rule].negated_weak and m.category != by_id[m.rule].category)  # "does not reject"
    ]
    labels = without_next_group_heading(labels, marks, text, book.analysis_terms)
    spans = sentence_spans(text)
    if labels and not status_beside_instead(labels, marks, by_id):
        # a verdict in words ("3.2 Partially accepted.") over an action plan's status cell ("On track") beside it
        worded = [m for m in labels if not by_id[m.rule].alone]
        # (but a row's first cell that is its verdict, "In part | The refuge can be widened to 2.2 metres only … |
        # Accepted as the best achievable", decides over a label in a later cell: a comment on the reply)
        worded = [] if verdict_cell_first(labels, text, by_id) else worded
        first = min(worded or labels, key=lambda m: (m.start, -(m.end - m.start)))
        # (of labels that decide apart, each naming what it decides, the one about this recommendation: "accepts the
        # recommendation that the Agency be restructured … rejects the recommendation that the four officers be
        # dismissed")
        first = label_about(worded or labels, first, recommendation, by_id)
        if by_id[first.rule].aim:
            # "Wij delen het doel, maar wij nemen dit onderdeel van het advies niet over": the verdict after it
            own = sentence_of(spans, first.start)
            first = next((m for m in labels if first.start < m.start < own[1]), first)
        v = by_id[first.rule].verdict
        assert v is not None
        if first.category != by_id[first.rule].category:  # the label was negated: "neemt … niet over"
            v = {"agrees": "disagrees", "disagrees": "agrees"}.get(v, v)  # type: ignore[assignment]
        limit = limit_after_several(first, marks, by_id, book) if v == "agrees" else None
        if v == "agrees" and (partial := limited_in_its_sentence(first, marks, by_id, spans)) is not None:
            said = _("The government agrees (“{x0}”) but objects to or limits part of it (“{x1}”).")
            return "partly", said.format(x0=first.text, x1=partial.text)
        if limit is not None:
            return "partly", _(
                "The reply accepts several recommendations at once (“{x0}”) but limits this one (“{x1}”)."
            ).format(x0=first.text, x1=limit.text)
        own = sentence_of(spans, first.start)
        if v == "agrees" and other_figure(text[slice(*own)], asked_sentence(recommendation)):
            # "Ik volg de Mijnraad in de keuze voor een plafond, maar leg dat vast op 0,9 miljard Nm3" (0,8 asked)
            return "partly", _("The government agrees (“{x0}”) but gives another figure (“{x1}”).").format(
                x0=first.text, x1=_quote(text, own)
            )
        return v, _("The reply states its verdict: “{x0}”.").format(x0=first.text)
    strong = [m for m in marks if m.about_recommendation and not _weak(m, by_id.get(m.rule, _NO_RULE))]
    # (not agreement with what the report found alone: "I agree with Findings Nos. 1 and 2")
    agree = [m for m in strong if m.category == "agreement" and not _on_findings(m.text, book)]
    noting = any(m.about_recommendation and by_id.get(m.rule, _NO_RULE).noting for m in marks)  # ("We note …")
    if noting:
        agree = without_other_deeds(agree, text, recommendation, book)
    refuse = [m for m in strong if m.category == "disagreement"]
    if any(set(_words(m.text)) & book.deeds.already for m in agree):
        # "Dit doet UWV al. … UWV ziet daarom geen aanleiding voor aanvullende maatregelen": nothing more to do
        refuse = [m for m in refuse if not set(_words(m.text)) & book.further]
    reserve = [m for m in strong if m.category == "reservation"]
    on_advice = on_the_advice(agree, recommendation, book)
    # "in plaats daarvan …", "will instead …" (not in a sentence that repeats what was asked: "The Commission
    # recommends indexing the component to the bulk tariffs instead of to inflation")
    instead = [
        m
        for m in marks
        if m.rule.endswith(".instead")
        # (a word that repeats what was asked before it: "will be proposed for 2027-28" after "Instead, …" is done)
        and not set(_words(text[sentence_of(spans, m.start)[0] : m.end])) & book.deeds.restating
    ]
    if refuse and not agree:
        # no agreement in words, but a promise to do part of what was asked (in its own terms): partly
        putting = asking.putting_off(recommendation, book.deeds)
        doing = [  # (not what it does instead, in its sentence: "Instead, staff will collect bags …" refuses)
            m.text
            for m in marks
            if m.category == "commitment"
            and not any(sentence_of(spans, k.start) == sentence_of(spans, m.start) for k in instead)
            # (nor what stays as it is: "will stay at 0.8 times", "will continue to")
            and not as_it_is.keeps(m.text, book)
            and not has_phrase(_words(m.text)[:4], book.deeds.continuing)
            # (nor what it only looks into: "We will look at having the debris cleaned when the budget allows.")
            and not set(_words(m.text)) & putting
            # (or another figure for what it counts: "a target of 115 weeks" where "below 104 weeks" was asked)
            and (len(_terms(m.text) & _terms(recommendation)) >= 2 or other_figure(m.text, recommendation))
        ]
        doing = doing or acting_sentences(text, [m.start for m in refuse + instead], recommendation, book, spans)
        # (or gives, in a sentence of its own, another figure for what was asked: "De werkingssubsidies stijgen vanaf
        # 2026 met 10 procent, niet met de gevraagde 15 procent. Een grotere stijging past niet …")
        doing = doing or [
            _quote(text, x)
            for x in spans
            if not any(x[0] <= m.start < x[1] for m in refuse + instead)
            and instead_of_asked(text[slice(*x)], asked_sentence(recommendation))
        ]
        # (or does a part in the clause before the refusal's turn: "Het kabinet neemt een uitzondering op voor
        # spoedeisende zorg …, maar kiest niet voor een algemene uitzondering op basis van afstand")
        found = deeds.find(text, recommendation, book, spans) if not doing else deeds.Deeds([], [])
        doing = (
            doing
            or [
                _quote(text, x)
                for x in found.done
                if not any(x[0] <= m.start < x[1] for m in refuse + instead)
                and (
                    any(x[1] <= m.start < sentence_of(spans, x[0])[1] for m in refuse)
                    # (or before a refusal of more: "Er komen 30 bijkomende … fietsenstallingen. Meer plaatsen passen
                    # niet binnen het ontwerp")
                    or refuses_more(text, x, [m.start for m in refuse], spans, book, recommendation)
                    # (or done in a lesser form, its own sentence turning: "Er komt een vast overleg …, maar eenmaal per
                    # maand en niet om de twee weken")
                    or any(
                        x[1] <= y[0] < sentence_of(spans, x[0])[1]
                        and set(_words(text[y[0] : y[1]])[:1]) & book.deeds.turning
                        for y in found.limits
                    )
                    # (or after the refusal, its clause turning: "Een bevriezing van het tarief is niet mogelijk,
                    # maar ons college heeft besloten de verhoging … te beperken tot de indexatie")
                    or (
                        any(sentence_of(spans, x[0])[0] <= m.start < x[0] for m in refuse)
                        and bool(set(_words(text[x[0] : x[1]])[:1]) & book.deeds.granting)
                    )
                    # (or said as the part granted: "Op het plein komen wel twee bankjes …"; "…; wij doen dit …")
                    or granted_part(text, x, [(m.start, m.end) for m in refuse], spans, book, recommendation)
                    # (or a resolution after it, with its date: "… a 2030 deadline is not affordable …. Resolved: that
                    # the renewal programme give priority to stops without seating, with a target of replacing half of
                    # them by June 2030")
                    or (
                        x[0] > max(m.end for m in refuse)
                        and bool(_RESOLVED.match(text, x[0]))
                        and bool(YEAR.search(text[slice(*x)]))
                    )
                )
            ]
        )
        doing = doing or [done_but_part_refused(marks, refuse[0], text, recommendation, book, found.done) or ""]
        if doing[0]:
            return _part_done(doing[0], refuse[0])
    if refuse and agree and not on_advice and not instead:
        part_done = acting_sentences(text, [m.start for m in refuse], recommendation, book, spans)
        # (or a deed with its date after the refusal, outside it: "maar de termijn is … niet haalbaar. Voor de vier
        # applicaties … sluiten wij de overeenkomst vóór 31 december 2026 af")
        part_done = part_done or [
            _quote(text, x)
            for x in deeds.find(text, recommendation, book, spans).done
            if x[0] > max(m.end for m in refuse)
            and YEAR.search(text[slice(*x)])
            and not set(_words(text[slice(*x)])) & book.deeds.already
        ]
        if part_done:  # the analysis shared, a part refused and a part done ("verruim ik met ingang van 2027 …")
            return _part_done(part_done[0], refuse[0])
        return "disagrees", (
            _("The government shares only the analysis (“{x0}”) and rejects the recommendation (“{x1}”).").format(
                x0=agree[0].text, x1=refuse[0].text
            )
        )
    if on_advice and instead and not refuse and not reserve:
        # "The Government agrees that … a clear standard is needed. Instead, the Secretary of State will …": what is
        # done instead of what was asked
        return "partly", _("The government agrees (“{x0}”) but does something else instead (“{x1}”).").format(
            x0=on_advice[0].text, x1=instead[0].text
        )
    if agree and not on_advice and instead and not refuse and not reserve:
        # "NHTSA shares the Board's concern … NHTSA will instead work with operators on a campaign": the concern
        # shared, the recommendation answered by something else
        return "disagrees", _(
            "The government shares only the analysis (“{x0}”) and does something else instead (“{x1}”)."
        ).format(x0=agree[0].text, x1=instead[0].text)
    if agree and not on_advice and not refuse and not reserve:
        # agreeing only with the diagnosis: a hedge anywhere in the reply ("subject to the Spending Review") limits it
        hedge = [m for m in marks if m.category == "reservation" and not _weak(m, by_id.get(m.rule, _NO_RULE))]
        if hedge:
            said = _("The government shares the analysis (“{x0}”) but commits only conditionally (“{x1}”).")
            return "partly", said.format(x0=agree[0].text, x1=hedge[0].text)
        # ("Het college deelt de analyse … Praktijktesten … worden niet … opgenomen"; "Wij delen de zorg …, maar …
        # Wij … wachten de landelijke afspraken af")
        only = analysis_only(text, recommendation, book, spans, agree[0].text) or left_open(marks, book, agree[0].text)
        if only is not None:
            return only
    open_only = bool(reserve) and all(by_id.get(m.rule, _NO_RULE).noting for m in reserve)
    commits = [m for m in marks if m.category == "commitment"]
    if (
        agree
        and (only := found_only(agree, refuse, reserve, bool(on_advice), open_only, bool(commits), book)) is not None
    ):
        return only  # what the report found shared, the decision left open or the recommendation refused
    conditions = [m for m in reserve if by_id.get(m.rule, _NO_RULE).condition]
    if on_advice and reserve and not refuse and len(conditions) == len(reserve):
        # "We accept this recommendation, provided that …": accepted, on a condition (the readers of the test
        # documents, asked blind, called this "agrees")
        return "agrees", _("The government agrees (“{x0}”) on a condition (“{x1}”).").format(
            x0=on_advice[0].text, x1=conditions[0].text
        )
    refuse_advice = [m for m in refuse if not set(_words(m.text)) & book.analysis_terms]
    if on_advice and refuse and not refuse_advice and not reserve:
        # "The Government accepts this recommendation. It does not accept the Committee's characterisation of …":
        # the recommendation accepted, only the report's account of things disputed
        said = _("The government agrees (“{x0}”) and disputes only the analysis (“{x1}”).")
        return "agrees", said.format(x0=on_advice[0].text, x1=refuse[0].text)
    if agree and (refuse or reserve):
        for m in refuse:
            if not m.manual:  # (the reader's own category stands)
                m.category = "reservation"  # a refusal of part of a recommendation the reply otherwise accepts
        part = (refuse or reserve)[0]
        return (
            "partly",
            _("The government agrees (“{x0}”) but objects to or limits part of it (“{x1}”).").format(
                x0=agree[0].text, x1=part.text
            ),
        )
    if agree:
        # (the figure the recommendation asks for, in its first sentence; not an estimate it gives after it)
        asked = asked_sentence(recommendation)
        other = next((x for x in spans if other_figure(text[slice(*x)], asked, text)), None)
        if other is not None:
            # "We share the Commission's view … We will collect data … every 4 years" where every three was asked
            return "partly", _("The government agrees (“{x0}”) but gives another figure (“{x1}”).").format(
                x0=agree[0].text, x1=_quote(text, other)
            )
        limited = agreement_limited(text, recommendation, book, spans, agree[0].text)
        if limited is not None:
            return limited  # a part kept as it is, or done otherwise than asked
        return "agrees", _("The government agrees (“{x0}”) and objects to no part of the recommendation.").format(
            x0=agree[0].text
        )
    if refuse and reserve:
        # "… verhogen, de helft van wat de raad vraagt. Meer is niet mogelijk": a part given, the rest refused
        return "partly", _("The government grants a part (“{x0}”) and refuses the rest (“{x1}”).").format(
            x0=reserve[0].text, x1=refuse[0].text
        )
    if refuse:
        # (a part granted beside the refusal of the rest: the thing asked at another figure, or after a colon)
        lesser = part_beside_refusal(
            deeds.find(text, recommendation, book, spans).done, refuse[0], text, recommendation, book
        )
        if lesser:
            return _part_done(_quote(text, lesser), refuse[0])
        return (
            "disagrees",
            _("The government rejects the recommendation (“{x0}”) and agrees to no part of it.").format(
                x0=refuse[0].text
            ),
        )
    if reserve:
        # (or each promise only looks into it: "we will explore … whether a joint campaign can be funded")
        putting = asking.putting_off(recommendation, book.deeds)
        looking = bool(commits) and all(set(_words(m.text)) & putting >= {"whether"} for m in commits)
        open_decision = reserve[0].text if open_only or looking else None
        if (kept := hedged(text, recommendation, book, spans, reserve[0].start, open_decision)) is not None:
            return kept  # what was to change kept as it is; or the decision left open, nothing of it done
        said = _("The government accepts the recommendation only with a condition (“{x0}”).")
        return "partly", said.format(x0=reserve[0].text)
    done = deeds.find(text, recommendation, book, spans)
    if done.kept and not noting and as_it_is.kept_alone(done.kept[0], done.done, done.limits, text):
        # "the annual fee will remain at 35 pounds …; enforcement will be funded … rather than from the fee": what
        # the recommendation would change stays, and what is done is done otherwise than asked
        return "disagrees", _("The government keeps what the recommendation would change (“{x0}”).").format(
            x0=_quote(text, done.kept[0])
        )
    # (what is done only in the place of what was refused first is no part of it: the refusal below decides)
    if done.done and not noting and not otherwise.refused_then_instead(done, text, book):
        deed = _quote(text, done.done[0])
        if done.limits:
            # (the limit that is not the deed itself, where there is one: "…; op de Markt zelf blijft geen plaats over")
            short = next((x for x in done.limits if x not in done.done), done.limits[0])
            return "partly", _("The government does part of what was asked (“{x0}”) but not all (“{x1}”).").format(
                x0=deed, x1=_quote(text, short)
            )
        # "SMT agreed a target of 12 per cent for 2027, … rising to 15 per cent only when …" where 15 was asked
        asked = asked_sentence(recommendation)
        if other := figured_otherwise(done.done, text, asked):
            said = _("The government agrees (“{x0}”) but gives another figure (“{x1}”).")
            return "partly", said.format(x0=deed, x1=_quote(text, other))
        return "agrees", _("The government does what was asked (“{x0}”), without a verdict in words.").format(x0=deed)
    if done.refused and not noting:
        # "The government will not reopen the mandate trajectory": the act asked for, said not to be done
        return "disagrees", _("The government says it will not do what was asked (“{x0}”).").format(
            x0=_quote(text, done.refused[0])
        )
    if instead and not noting:
        return done_instead(instead, text, recommendation)  # something else, or the thing asked at another figure
    promised = _promised(commits, text, recommendation, book) if not noting else None
    if promised is not None:
        # "Ik zeg toe dat het onderzoeksbureau … de ervaringen van journalisten … meekrijgt": a promise to do what was
        # asked, in its words (at its figure: not "a half-time coordinator" where a full-time one was asked)
        own = sentence_of(spans, promised.start)
        if other_figure(text[slice(*own)], asked_sentence(recommendation), text):
            said = _("The government agrees (“{x0}”) but gives another figure (“{x1}”).")
            return "partly", said.format(x0=promised.text, x1=_quote(text, own))
        return "agrees", _("The government promises what was asked (“{x0}”).").format(x0=promised.text)
    if commits:
        return "noted", (
            _(
                "The reply describes what the government does (“{x0}”) without taking a position on the recommendation."
            ).format(x0=commits[0].text)
        )
    return "noted", _("The reply takes no position on the recommendation: it describes policy or refers elsewhere.")


def _promised(commits: list[Mark], text: str, recommendation: str, book: PhraseBook) -> Mark | None:
    """A promise about the recommendation whose sentence speaks of what was asked (two of its terms or more) and
    neither puts it off ("will consider") nor is negated; None when there is none."""
    if not recommendation:
        return None
    spans = sentence_spans(text)
    asked = _terms(recommendation)
    deferring = asking.putting_off(recommendation, book.deeds)
    asked_text = asking.asked_words(recommendation)
    for m in commits:
        if not m.about_recommendation:
            continue
        s0, s1 = sentence_of(spans, m.start)
        sentence = text[s0:s1]
        ws = set(_words(asking.before_purpose(sentence)))  # (not in its purpose: "so that we can see whether …")
        if ws & deferring or negated(sentence, book, asked_text) or deeds.passes_on(sentence, book):
            continue  # (nor passes it on: "has forwarded this recommendation to the Commission … and will support")
        if _shared(_terms(sentence), asked) >= 2:
            return m
    return None


def _part_done(done: str, refused: Mark) -> tuple[Verdict, str]:
    return "partly", _("The government does part of what was asked (“{x0}”) and refuses the rest (“{x1}”).").format(
        x0=done, x1=refused.text
    )


def states_verdict(marks: list[Mark], language: str) -> bool:
    """Whether the reply's own words include a verdict label about the recommendation ("Agreed.", "neemt … over")."""
    by_id = phrase_book(language).by_id
    return any(by_id.get(m.rule, _NO_RULE).verdict and m.about_recommendation for m in marks)


def _on_findings(said: str, book: PhraseBook) -> bool:
    """Whether a phrase agrees with the report's findings only ("agree with Findings Nos. 1 and 2"; not "agree
    with the findings and recommendations")."""
    ws = set(_words(re.sub(r"\b\w+['’]s\b", " ", said)))  # (the body's own, "the Panel's Key finding 2")
    return bool(ws & book.findings) and not ws & book.advisory
