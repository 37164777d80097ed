"""What a reply says is done or will be done on the recommendation's own subject, when it says no verdict.

Many replies never write "agreed": an action plan lists what was fitted, who was hired and from when; a letter says
what the ministry will publish by June. Such a reply does what was asked, and a careful reader calls it agreement.
A *deed* is a sentence that

- speaks of the recommendation's own subject (content terms in common with it),
- says something is done, under way or will be done: a date, a future tense ("will", "zal"), or a word of doing
  already ("already", "inmiddels"),
- does not put the decision off ("will consider", "bezien of", "awaits"), does not pass it to someone else
  ("a matter for the devolved administrations"), is not negated, and does not only repeat the recommendation
  ("You asked us to …").

A *limit* is a sentence of the same reply that says a part is not done or not yet ("Full establishment on nights is
not expected before April 2026", "Voor de nachtdiensten lukt ons dat voorlopig niet"), or that what was to change
stays as it is ("Beide regelingen blijven wel bestaan"). The words are data in
``resources/phrases/<language>.toml`` (section ``[deeds]``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from weerwoord.core.analysis.as_it_is import keeps_words
from weerwoord.core.analysis.asking import asked_verbs, asked_words, before_purpose, does_asked, putting_off, untasked
from weerwoord.core.analysis.calendar_words import day_pattern, month_pattern, only_supposed
from weerwoord.core.analysis.clauses import clauses
from weerwoord.core.analysis.denial import asks_not_done, kept_first, negated, not_but
from weerwoord.core.analysis.figures import figure_asked_before, kept_at_figure, other_figure, set_against_unasked
from weerwoord.core.analysis.naming import REPLY_REF
from weerwoord.core.analysis.otherwise import chooses, replaced_terms
from weerwoord.core.analysis.participles import participle_pattern, passive, perfect
from weerwoord.core.analysis.phrases import DeedWords, PhraseBook, asked_as_negatives
from weerwoord.core.analysis.resolutions import decided
from weerwoord.core.analysis.restating import quotes_back, restates
from weerwoord.core.analysis.spans import sentence_before
from weerwoord.core.analysis.word_forms import (
    after_article,
    content_terms,
    has_phrase,
    shared,
    verb_stem,
    verbs_among,
    words,
)

_NOBODY = frozenset(("no", "nobody", "niemand", "geen"))
_OUGHT = frozenset(("should", "must", "ought", "moet", "moeten", "mag", "mogen", "hoort", "horen"))
# a date a plan can be held to: a year, a day and month ("10 February", "1 december"), or a numeric date
_NUMERIC_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/-]\d{1,2}[/-](?:19|20)?\d\d\b")


@dataclass(frozen=True)
class Deeds:
    """The sentences of a reply that do what was asked, and those that limit it, as (start, end) spans."""

    done: list[tuple[int, int]]
    limits: list[tuple[int, int]]
    kept: list[tuple[int, int]] = field(default_factory=list)  # what was to change stays as it is
    refused: list[tuple[int, int]] = field(default_factory=list)  # the act asked for, said not to be done


OBJECT_REACH = 8  # words: a command's opening, where the thing it asks for stands ("Houd elke vijf jaar een
# conditiemeting …")


TITLE_WORDS = 10  # words at most in a title run in before a reply ("Ad advies 6 en 1 (…).")


def find(text: str, recommendation: str, book: PhraseBook, sentences: list[tuple[int, int]]) -> Deeds:
    """The deeds and limits of a reply ``text`` to ``recommendation`` (see the module's docstring)."""
    vocab = book.deeds
    if not recommendation or not vocab.future:
        return Deeds([], [])
    book = asked_as_negatives(book, recommendation)  # ("will not stop using …" where stopping was asked)
    rec_terms = content_terms(recommendation)
    rec_words = set(words(recommendation))
    asked = asked_verbs(recommendation, vocab)
    asked_text = asked_words(recommendation)
    # (further into a command, whose thing asked for follows its verb; not the subject of "The grass on the embankment
    # should be cut …")
    opening = words(recommendation)[:1]
    commanded = bool(opening) and verb_stem(opening[0]) in asked
    reach = OBJECT_REACH if commanded else 4
    object_terms = {t for t in content_terms(" ".join(recommendation.split()[:reach])) if len(t) >= 7}
    # (and a command's thing after its article, further on: "Leg bij de camperplaats aan de Veerweg een lozingspunt …")
    opening_words = words(recommendation)[:12] if commanded else []
    thing = next((x for w, x in itertools.pairwise(opening_words) if w in _A), "")
    object_terms |= {t for t in content_terms(thing) if len(t) >= 7}
    deferring = putting_off(recommendation, vocab)
    # ("… blijft … open": kept as asked; or where a thing was asked not to be done, "Sluit de wandelpaden … niet af,
    # maar …" answered "Alle wandelpaden blijven toegankelijk")
    not_asked = asks_not_done(words(re.split(r"[,;:]", recommendation)[0]), book.negations, vocab.particles)
    staying = vocab.staying if rec_words & vocab.keeping_asked or not_asked else frozenset()
    deferring -= staying
    rec_putting_off = _putting_off_words(words(recommendation), vocab)  # ("… accepted … before any demolition")
    month = month_pattern(vocab.months)
    replaced = replaced_terms(recommendation, vocab)
    done: list[tuple[int, int]] = []
    limits: list[tuple[int, int]] = []
    kept: list[tuple[int, int]] = []
    refused: list[tuple[int, int]] = []
    deferrals = 0
    first_deferred: int | None = None  # where the first put-off or passed-on sentence starts
    first_put_off: int | None = None  # … the first put-off one (not passed on)
    # words quoted are what a document now says, not the reply's own: "We have added a sentence in bold: 'Whether or
    # not you take part will make no difference to the care you receive.'" (blanked, so that the spans still hold)
    own = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    verbs = _BEFORE_VERB | vocab.future | vocab.modals  # (before a put-off word, these make it a verb: "will review")
    for s0, s1, whole in clauses(text, sentences, vocab, book.negations):
        sentence = _PLEASED.sub(" ", text[s0:s1])  # ("I am pleased to report that …": no report put off)
        sentence = _EITHER.sub(" ", sentence)  # ("whether or not the dwelling has a permit": nothing put off)
        if (further := _NO_FURTHER.search(own, s0, s1)) and shared(content_terms(sentence), rec_terms):
            # a deed with its bound, no refusal: "… te verlagen tot 1,0 per woning, niet verder" (0,8 asked)
            own = own[: further.start()] + " " * len(further.group()) + own[further.end() :]
            sentence = _NO_FURTHER.sub(" ", sentence)
            limits.append((s0, s1))
        ws = words(sentence)
        wset = set(ws)
        if restates(ws, vocab, book) or has_phrase(ws, vocab.restating_phrases, _OWN_WORDS | book.government):
            continue  # the recommendation repeated ("De raad vraagt …"; not "…, en die moeten vooraf worden ingepland")
        if quotes_back(sentence, ws, rec_words):
            continue  # (or quoted back in its own words)
        if len(ws) <= TITLE_WORDS and REPLY_REF.match(re.sub(r"^(?:ad|re)\s+", "", sentence.strip(), flags=re.I)):
            continue  # a title run in that names what it answers: "Ad advies 6 en 1 (informeren en streefwaarden)."
        terms = content_terms(sentence)
        if (
            (wset & vocab.elsewhere) - rec_words
            and shared(terms, rec_terms) >= 2
            and negated(own[s0:s1], book, asked_text)
            and not wset & book.double_negatives
        ):
            # a part refused before a word that passes on: "Een aparte landelijke helpdesk richt ik niet in; vragen
            # over de regeling kunnen terecht bij het bestaande Informatiepunt"
            limits.append((s0, s1))
            continue
        if (wset & vocab.elsewhere) - rec_words or has_phrase(ws, vocab.elsewhere_phrases):
            # (not a word the recommendation says itself: "… om vergoeding te vragen" where asking was asked)
            # passed to others: "a matter for the Care Quality Commission"; the act asked for itself passed on ("De
            # vraag om ze te integreren heb ik overgemaakt aan mijn collega") outweighs a deed beside it
            # (or the recommendation itself: "The Ministry has forwarded this recommendation to the corporation")
            # (or the measure itself: "Wij hebben de maatregel aan het bestuur van de vereniging doorgegeven …")
            passed_on = does_asked(ws, asked, vocab) or wset & (book.advisory | _MEASURE) - vocab.elsewhere
            deferrals += 2 if passed_on else 1
            first_deferred = s0 if first_deferred is None else first_deferred
            continue
        # (not a negation in the purpose after it: "Sessions will be held on Sundays so that branches do not close")
        if negated(before_purpose(own[s0:s1]), book, asked_text) and not wset & book.double_negatives:
            if (
                _putting_off_words(ws, vocab)
                and rec_putting_off
                and wset & vocab.future
                and shared(terms, rec_terms) >= 2
                and not _CLOCK.search(sentence)  # (a time of day, no order: "cannot staff a hot service until 10 pm")
                and not has_phrase(ws, vocab.keeping_phrases)  # ("blijft voorlopig op de vertrouwde manier gaan")
            ):
                # the order asked for, kept: "No demolition work will start until the National Park Service has
                # accepted the documentation" where "… accepted by the National Park Service before any demolition
                # begins" was asked
                done.append((s0, s1))
                continue
            if (
                not_but(ws, book.negations, vocab.granting)
                and shared(terms, rec_terms) >= 2
                and (wset & vocab.future or passive(ws, vocab, rec_words))
            ):
                # one thing not, another in its place, in one clause: "… worden geen vaste nachtweide maar mobiele
                # wolfwerende rasters van 1,20 meter aangekocht" where a fixed night pasture was asked
                done.append((s0, s1))
                limits.append((s0, s1))
                continue
            # (after a turn, the subject is in the sentence's first half: "We will fund weekend assessments …, but I
            # am not in a position to commit to nationwide cover"; not a principle: "No young person … should lose …")
            principle = ws[:1] and ws[0] in _NOBODY and wset & _OUGHT and not wset & book.government
            # (not a thing of its own refused before the turn to the thing asked: "a Sunday market not be pursued, …,
            # but the footfall counts and vacancy survey be commissioned every September")
            if (
                s1 < whole[1]
                and not shared(terms, rec_terms)
                and shared(content_terms(text[s1 : whole[1]]), rec_terms) >= 2
            ):
                continue
            if shared(content_terms(text[whole[0] : whole[1]]), rec_terms) >= 1 and not principle:
                limits.append((s0, s1))  # "Full establishment on nights is not expected before April 2026"
                kept += [(s0, s1)] if kept_first(sentence, vocab.keeping_phrases, book.negations) else []
                # (not a decision put off: "… will be considered …, and the Council has made no decision … at this
                # stage", "…; no view is taken at this stage", "…, with no commitment at this stage")
                undecided = (wset & deferring or wset & vocab.future) and wset & _DECISION
                # (the reply's own voice judged in the part of the sentence that says no: "Een inloopspreekuur …
                # voeren wij echter niet in: …, en statushouders kunnen met vragen al terecht bij het Taalhuis")
                saying_no = next((words(p) for p in re.split(r"[:;]", sentence) if set(words(p)) & book.negations), ws)
                if (
                    _refusal(ws, terms, rec_terms, asked, vocab, book.negations, saying_no, book.government)
                    and not undecided
                ):
                    refused.append((s0, s1))  # "The government will not reopen the mandate trajectory"
            continue
        later = has_phrase(ws, vocab.not_before)  # (of the thing asked, or of the sentence before: "Dat doen we …")
        if later and (shared(terms, rec_terms) or _points_to(ws, text, sentences, s0, rec_terms)):
            limits.append((s0, s1))  # "verharde fietspaden langs de Steenbeek zijn pas mogelijk na 2029"
            continue
        if replaced and chooses(ws, replaced, vocab):
            limits.append((s0, s1))  # "Toch kiezen wij voor klinkers" where "… in plaats van in klinkers" was asked
            kept.append((s0, s1))
            continue
        if (
            (
                keeps_words([w for w in ws if w not in book.transparent], vocab.keeping_phrases)
                or (ws[-1:] and ws[-1] in vocab.keeping_last and wset & (vocab.modals | vocab.willing | vocab.future))
                or (ws[-1:] and ws[-1] in vocab.keeping_last | vocab.kept_states and wset & vocab.staying)
            )
            and shared(terms, rec_terms)
            # (kept where keeping was asked: done; not another figure kept, "behoudt het bedrag van 250 euro" where
            # keeping it at 100 was asked, unless said as less than asked: "four cooling centres, rather than six")
            and (
                not staying
                or (other_figure(sentence, recommendation, text) and not has_phrase(ws, vocab.otherwise_phrases))
            )
        ):
            limits.append((s0, s1))  # "Beide regelingen blijven wel bestaan": what was to change stays
            kept.append((s0, s1))
            continue
        if kept_at_figure(ws, vocab.staying) and shared(terms, rec_terms) and not staying:
            limits.append((s0, s1))  # a sum kept where another was asked: "De startsubsidie blijft 7.500 euro"
            continue
        if (
            has_phrase(ws[:3], vocab.otherwise_phrases)
            # (or said in the reply's own voice: "In plaats van een gemeenteavond kiezen wij voor een enquête …")
            and wset & (vocab.future | vocab.already | (vocab.speaking if vocab.speaking_acts else frozenset()))
            and shared(terms, rec_terms) >= 1
        ):
            # "Rather than commission an external audit, we will ask our internal auditors to review …": what is
            # done in the place of what was asked (its put-off words are the other thing done), a part of it
            done.append((s0, s1))
            # (not the very thing asked, done in the place of another's: "Instead, Council will take on the booking
            # work itself: an online booking system … will be rolled out to all halls by November 2026" where that
            # system was asked, and a grant refused before)
            if not (_BARE_INSTEAD.match(sentence) and _in_full(terms, rec_terms)):
                limits.append((s0, s1))
            continue
        if (
            has_phrase(ws, vocab.otherwise_phrases)
            and shared(terms, rec_terms) >= 2
            and not set_against_unasked(ws, vocab.otherwise_phrases, recommendation)
            and (
                other_figure(sentence, recommendation, text)
                or not figure_asked_before(ws, vocab.otherwise_phrases, recommendation)
            )
        ):
            # done otherwise than asked: "will re-tender every four years rather than three" (not the change asked,
            # its figure given: "voor negen jaar toegekend in plaats van zes" where "van zes naar negen" was asked)
            limits.append((s0, s1))
        # (a word both put-off and advisory, "review", names the advice only beside another put-off word: "the
        # annual review of a statement" does not name the Review)
        naming = wset & (book.advisory - deferring) if len(wset & deferring) == 1 else wset & book.advisory
        # a put-off done is no put-off: "A staffing review of the segregation unit was completed in August 2025"
        # (the report named after its article is the advice, no put-off: "began before the report was adopted")
        # (nor one in the purpose said after it: "… voor negen jaar toegekend, zodat investeringen … rendabel blijven")
        aim = next((k for k, w in enumerate(ws) if w in vocab.purpose), len(ws))
        delaying = set(ws[:aim]) & deferring - (vocab.advice_nouns if _named_report(ws, vocab) else frozenset())
        # (a put-off word after a possessive is a thing: "… an independent assessment, and their report is due …")
        delaying -= {w for k, w in enumerate(ws[1:aim], 1) if ws[k - 1] in _POSSESSIVE and ws.count(w) == 1}
        # (so is one in the subject of a passive past, a thing done: "The complete survey report … were e-mailed to
        # …", "The CCTV survey of the Mill Lane sewer was completed on 6 November")
        aux = next(
            (k for k in range(1, len(ws)) if ws[k] in _PERFECT and any(_past(x, vocab) for x in ws[k + 1 : k + 3])), 0
        )
        if not set(ws[:aux]) & (vocab.future | vocab.modals | _VERBS_BEFORE):  # (the sentence's first verb)
            delaying -= {w for w in delaying if ws.index(w) < aux}
        # (so is a trial after "the" wherever it stands: "… a lay summary when the trial ends, … the trial website")
        delaying -= {w for w in delaying & vocab.trying if after_article(ws, {w}, vocab.articles)}
        # (a put-off under way, in the passive: "Training budgets are being reviewed …")
        delaying |= {w for k, w in enumerate(ws[1:aim], 1) if ws[k - 1] == "being" and {w[:-1], w[:-2]} & deferring}
        delaying = untasked(ws, delaying, vocab)  # ("… has hired Kessler Structural Engineering to look at …")
        if _LET_KNOW.search(sentence):
            delaying.add("?")  # a promise to tell, no deed: "and we will let the Panel know what it concludes"
        if has_phrase(ws, vocab.going_on):
            delaying = set()  # "already involves these organisations … and will continue to do so"
        if delaying & vocab.staying and wset & _STILL_IN_FORCE:
            delaying -= vocab.staying  # a rule kept, nothing put off: "bij spoed blijft de wettelijke termijn gelden"
        if delaying and has_phrase(ws, vocab.recurring) and not _whether_after(ws, delaying, vocab.whether):
            delaying = set()  # a routine: "every teacher will assess writing … each term", "will report … each term"
        # done in the passive: "… have been recorded and shared with the Commission"; or in the perfect: "Het vierde en
        # het vijfde voorstel hebben wij samen bekeken, omdat …"
        done_before = delaying and (
            (wset & _PERFECT and not wset & vocab.future and passive(ws, vocab))
            or _perfect_active(sentence, delaying, vocab, book)
        )
        if done_before and all(_past(w, vocab) for w in delaying):
            delaying = set()
        delays = delaying and not (wset & vocab.completed and not wset & vocab.future)
        doing_asked = bool(wset & vocab.future and does_asked(ws, asked, vocab))
        if (
            delays
            and (wset & vocab.already or doing_asked)
            and after_article(ws, delaying, vocab.thing_articles, verbs)
        ):
            # "Sinds 1 maart 2026 ontvangt iedere aanvrager het verslag van het gesprek …", "Vanaf het tweede
            # kwartaal maakt de kwaliteitsadviseur …, die in het overleg van de raad van bestuur wordt besproken",
            # "… had already signed up to a shared online reporting portal": done; the put-off word names a thing
            delays = False
        if delays and does_asked(ws, asked, vocab) and passive(ws, vocab, rec_words) and not wset & _NOT_DONE:
            delays = False  # the act asked, done: "a survey … was commissioned in February and will report in June"
        first_delay = next((w for w in ws[:aim] if w in delaying), "")
        timed = wset & vocab.future or _NUMERIC_DATE.search(sentence)
        if delays and first_delay in vocab.trying and timed and shared(terms, rec_terms) >= 1 and not naming:
            # a trial on the recommendation's own subject, with a time: a lesser form, done ("Management will trial
            # headway management on Route 11 only from February 2027", "Het college start in 2026 een proef met
            # kabelgoten in twee straten"); not where the sentence names the advice itself
            done.append((s0, s1))
            limits.append((s0, s1))
            continue
        if delays and (shared(terms, rec_terms) >= 1 or naming):
            # "will evaluate the need for annual training"; one that names the recommendation puts off the answer
            # to it, whatever else is already there ("Wij zien uw aanbeveling als aanleiding om te verkennen …")
            deferrals += 2 if naming else 1
            first_deferred = s0 if first_deferred is None else first_deferred
            first_put_off = s0 if first_put_off is None else first_put_off
            continue
        if delays:
            continue
        # (not said of what would happen: "a ban at Level 2 would be imposed in roughly one summer in four")
        dated = bool(_NUMERIC_DATE.search(sentence) or (vocab.months and month.search(sentence)))
        dated = dated and not (vocab.months and only_supposed(sentence, month))
        if wset & vocab.tried and not wset & vocab.future:
            continue  # tried out before, no deed of what was asked: "… hebben wij op de N438 beproefd"
        if not (
            wset & vocab.future
            # (or the government named as the sentence's subject: "Het kabinet neemt een uitzondering op voor
            # spoedeisende zorg"; not another body, "Over het budget beslist het algemeen bestuur")
            or (
                vocab.speaking_acts
                and (wset & vocab.speaking or set(ws[:2]) & book.government)
                # (a verb of thinking that is the very verb asked acts: "Wij nemen een minimaal vloerpeil in de
                # regels op" where "Neem … op" was asked)
                and not (
                    set(ws[:aim]) & vocab.modals  # (not one in the purpose after it: "…, zodat eigenaren … kunnen …")
                    or (_thinking(ws, vocab) and (not does_asked(ws, asked, vocab) or wset & vocab.wishes))
                )
            )
            or (wset & vocab.already or has_phrase(ws, vocab.past_times))  # ("… put the stickers up last week")
            or wset & staying
            or dated
            or decided(sentence, ws, vocab)
            # (the part granted said so: "Op het plein komen wel twee bankjes …")
            or has_phrase(["#" if w.isdigit() else w for w in ws if w not in book.acting_openers], vocab.coming)
            or passive(ws, vocab, rec_words)
            or perfect(ws, vocab, rec_words)
        ):
            if done and done[-1][0] >= whole[0] and other_figure(sentence, recommendation, text):
                # "Wij nemen een minimaal vloerpeil in de regels op, maar kiezen voor 0,4 meter …" where 0,6 was
                # asked: the turn after the deed gives another figure
                limits.append((s0, s1))
            continue
        # the very act asked for, with a date or a will ("I wrote to Mrs C on 3 March 2025 to apologise" where
        # "Apologise to Mrs C …" was asked) speaks of the recommendation's subject by itself
        # (or it names the thing the recommendation opens by asking for: "Het klimaatforum … wordt in het voorjaar
        # van 2026 samengeroepen" where "Richt een klimaatforum op …" was asked)
        # (the act asked for by a noun of its verb, beside one more term: "Both payments were made to Mrs Dunmore"
        # where "pay Mrs Dunmore £1,250" was asked)
        common = shared(terms, rec_terms)
        if whole[0] < s0:
            # (after a turn, the subject is in the sentence's first half: "De aanwezigheidsplicht blijft bestaan,
            # maar wordt verlaagd naar 70 procent")
            common = max(common, shared(content_terms(text[whole[0] : whole[1]]), rec_terms))
        if (
            common >= 2
            # (or one, right after a sentence that states the recommendation's subject at length: "De keuring van de
            # elektrische installatie in de ateliers … was verlopen. … De keuring is op 12 maart uitgevoerd")
            # (and says it is done already: "… zijn al hersteld"; not "are led by the ICB through the … Plan 2025/26")
            or (
                common
                # (or gives the day it takes effect: "De gewijzigde regeling treedt op 1 januari 2027 in werking"
                # after "… gevraagd in de promotieregeling vast te leggen dat …"; not a year or a month alone)
                and (wset & vocab.already or (vocab.months and day_pattern(vocab.months).search(sentence)))
                and not wset & vocab.passive_agents
                and _on_subject(text, sentences, s0, rec_terms)
            )
            or does_asked(ws, asked, vocab)
            or terms & object_terms
            or (common and any(w.startswith(a) for a in asked for w in ws))
        ):
            done.append((s0, s1))
            if other_figure(sentence, recommendation, text):
                limits.append((s0, s1))  # "… to 10 working days by 2028" where "… to 7 working days" was asked
    # mostly put off ("will evaluate the need for …", "a matter for …"): the deeds are not the answer; as many
    # of each: the reply's first move decides
    if len(done) < deferrals or (
        done and len(done) == deferrals and first_deferred is not None and first_deferred < done[0][0]
    ):
        # (a refusal before anything put off stands: "… niet teruggebracht naar twee. … Wij vragen de commissie dit
        # punt opnieuw te bezien")
        # (or after a matter passed to others, nothing put off: "Shade at bus stops is the responsibility of the
        # Regional Transit District … The County will not be funding shade structures …")
        first_refused = [r for r in refused if first_put_off is None or r[0] < first_put_off]
        # (and what is kept, only before: "… is being considered …. Interpreters will continue to be booked through
        # the existing service."; not after a matter considered already, "has considered …, and the role will continue
        # to be carried out within the Council's conservation team")
        start = len(text) - len(text[first_put_off:].lstrip()) if first_put_off is not None else 0
        weighed = first_put_off is not None and _WEIGHED.match(text, start) is not None
        return Deeds(
            [], [], [k for k in kept if first_put_off is None or weighed or k[0] < first_put_off], first_refused
        )
    return Deeds(done, limits, kept, refused)


def _perfect_active(sentence: str, delaying: set[str], vocab: DeedWords, book: PhraseBook) -> bool:
    """Whether the clause that holds a put-off word says it in the active perfect, done ("hebben wij … bekeken"), not
    passed on ("Staff have shared the Board's concern with the Assessor …")."""
    clause = next((c for c in re.split(r"[,;:]", sentence) if set(words(c)) & delaying), "")
    said = set(words(clause))
    return bool(said & vocab.perfect) and not said & (vocab.future | book.negations) and not _PASSED_TO.search(clause)


_PASSED_TO = re.compile(r"\b(?:with|to|met|aan)\s+(?:(?:the|de|het)\b|(?-i:[A-Z]))", re.I)


# "Instead," with nothing named after it: in the place of what the sentence before refused (not "Instead of …")
_BARE_INSTEAD = re.compile(r"^\W*(?:instead\b(?!\s+of\b)|in (?:de )?plaats daarvan\b)", re.I)


def _in_full(terms: set[str], rec_terms: set[str]) -> bool:
    """Whether a sentence says most of what the recommendation says: three of its terms or more, half of them."""
    common = shared(terms, rec_terms)
    return common >= 3 and 2 * common >= len(rec_terms)


def _putting_off_words(ws: list[str], vocab: DeedWords) -> set[str]:
    """The words that put a negation off ("yet", "nog", "before"); "voor" only before a time (a number, a month or
    a season: "niet voor 2027", "niet voor de zomer"), not before a thing ("niet toegekend voor de raad")."""
    out = set(ws) & vocab.not_yet
    for k, w in enumerate(ws):
        if w in vocab.not_yet_timed and any(
            x[:1].isdigit() or x in vocab.months or x in vocab.times for x in ws[k + 1 : k + 4]
        ):
            out.add(w)
    return out


def _whether_after(ws: list[str], delaying: set[str], whether: frozenset[str]) -> bool:
    """Whether "whether" ("of") stands within four words after a put-off word: what is put off is asked, however
    often it would be done ("Wij bezien in 2025 of een overleg … twee keer per jaar …")."""
    return any(w in delaying and set(ws[k : k + 5]) & whether for k, w in enumerate(ws))


def _on_subject(text: str, sentences: list[tuple[int, int]], start: int, rec_terms: set[str]) -> bool:
    """Whether one of the two sentences before ``start`` shares three terms or more with the recommendation."""
    before = [(a, b) for a, b in sentences if b <= start][-2:]
    return any(shared(content_terms(text[a:b]), rec_terms) >= 3 for a, b in before)


# a perfect or past passive: done ("have been shared", "werd gedeeld"), not under way ("wordt geëvalueerd")
_PERFECT = frozenset(("been", "was", "were", "werd", "werden"))
_VERBS_BEFORE = frozenset(("is", "are", "be", "has", "have", "had", "wordt", "worden", "zijn"))
_A = frozenset(("een", "a", "an"))
_NOT_DONE = frozenset(("being", "could", "would", "should", "may", "might", "kan", "kunnen", "zou", "zouden"))


def _past(word: str, vocab: DeedWords) -> bool:
    """Whether a put-off word is a past participle ("shared", "reviewed", "gedeeld"), not a verb still to do."""
    return bool(participle_pattern(vocab.participle).match(word))


def _named_report(ws: list[str], vocab: DeedWords) -> bool:
    """Whether the advice's noun ("report", "rapport") stands in the words only after its article ("the
    report")."""
    return after_article(ws, vocab.advice_nouns, vocab.articles)


def _refusal(
    ws: list[str],
    terms: set[str],
    rec_terms: set[str],
    asked: frozenset[str],
    vocab: DeedWords,
    negations: frozenset[str],
    saying_no: list[str] | None = None,
    voices: frozenset[str] = frozenset(),
) -> bool:
    """Whether a negated sentence says the act asked for will not be done: a future ("will not reopen the
    mandate", "zal geen bestedingsplan opstellen") on the recommendation's subject, or its very verb, and no "yet"
    that only puts it off ("will not be in place before 2027")."""
    if _putting_off_words(ws, vocab):
        return False
    very_act = does_asked(ws, asked, vocab)
    # (or a perfect of the change asked, not made: "wij hebben het aantal afnames niet teruggebracht naar twee"; not
    # "has" of a thing, "the unit does not have a permit")
    participle = participle_pattern(vocab.participle) if vocab.participle else None
    perfect = (
        participle is not None
        and any(
            w in negations
            # ("have not reduced", "hebben … niet teruggebracht", "has decided not to adopt"; and the Dutch present
            # passive, which states a decision: "Een bijkomende controle ter plaatse wordt niet ingebouwd")
            and set(ws[max(0, k - 6) : k]) & (_HAVE | _BECOMES)
            and any(participle.match(x) for x in [*ws[max(0, k - 2) : k], *ws[k + 1 : k + 3]])
            for k, w in enumerate(ws)
        )
        # (not a state told of the past: "Heusveld en Almkerk zijn bij het advies niet betrokken geweest")
        and not set(ws) & _WAS
    )
    # (or the past simple of a decision not taken: "The Sub-Committee did not impose a condition on the exhibit")
    past = any(w in negations and k and ws[k - 1] in _DID for k, w in enumerate(ws))
    if (set(ws) & vocab.future or perfect or past) and (shared(terms, rec_terms) >= 2 or very_act):
        return True
    # (or the very verb asked in the present passive, whatever its participle: "De podiumgordijnen worden niet
    # vervangen" where "Vervang de podiumgordijnen …" was asked)
    if very_act and any(w in negations and set(ws[max(0, k - 6) : k]) & _BECOMES for k, w in enumerate(ws)):
        return True
    # (or the reply's own voice saying no to the thing asked, in its words: "Een aparte halftijdse referentiepersoon
    # valpreventie stellen wij niet aan")
    # (not what it cannot do, "kunnen wij dus geen afspraken maken" before passing the recommendation on; what it
    # does not want to do is refused: "die willen wij niet overnemen")
    said = set(ws if saying_no is None else saying_no)  # (its modals in the part that says no: ``saying_no``)
    # (or by the government's name: "Gratis parkeren voor huisartsen voert het college niet in")
    # (not what it cannot do: "the Ministry cannot direct their supervisory work")
    no = next((k for k, w in enumerate(ws) if w in negations and not w.startswith("can")), 0)
    spoken = (set(ws) & vocab.speaking or set(ws[:no]) & voices) and not said & (vocab.modals - vocab.willing)
    return bool(spoken) and shared(terms, rec_terms) >= REFUSED_TERMS


_TO = frozenset(("to", "te"))
_DECISION = frozenset(  # none taken yet
    ("decision", "decisions", "decided", "commitment", "view", "besluit", "beslissing", "besloten", "standpunt")
)
_DID = frozenset(("did",))
# (and the Dutch state passive: "Huisdieren … zijn ook in de nieuwbouw niet toegelaten")
_HAVE = frozenset(("heb", "hebben", "heeft", "have", "has", "zijn"))
_BECOMES = frozenset(("wordt", "worden"))
_WAS = frozenset(("geweest",))
REFUSED_TERMS = 3


# an opening that tells news, where its verb would otherwise put something off ("report", "update", "inform")
_PLEASED = re.compile(r"\b(?:pleased|glad|happy|delighted)\s+to\s+(?:report|inform|update|confirm|say)\b", re.I)


_LET_KNOW = re.compile(
    r"\blet\s+(?:\w+\s+){1,3}know\b|\blaten\s+(?:\w+\s+){1,3}weten\b"
    r"|\b(?:keep|houden)\s+(?:\w+\s+){1,3}(?:informed|posted|op\s+de\s+hoogte)\b",
    re.I,
)


def _thinking(ws: list[str], vocab: DeedWords) -> set[str]:
    """The verbs of thinking in a clause, less "nemen" with "op" after it, which acts: "Wij nemen in de verordening
    een maximale reistijd van 75 minuten … op"."""
    found = verbs_among(ws, vocab.thinking)
    acting = {w for w in found & {"neem", "nemen"} if "op" in ws[ws.index(w) + 1 :]}
    # (nor "acht" the number: "kinderen tot acht jaar")
    k = ws.index("acht") if "acht" in found else 0
    number = {"acht"} if k and ws[k - 1] in ("tot", "van", "en", "om", "na") else set()
    return found - acting - number


_WEIGHED = re.compile(
    r"[^.;]{0,80}?\b(?:has|have|had|heeft|hebben)\s+(?:\w+\s+){0,2}?(?:considered|reviewed|examined|overwogen|bekeken)\b",
    re.I,
)
_STILL_IN_FORCE = frozenset(("gelden", "geldt", "apply", "applies"))
_CLOCK = re.compile(r"\b(?:until|till|tot)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uur|h)(?!\w)", re.I)
_BEFORE_VERB = frozenset(("to", "te", "om", "not", "niet", "also", "ook"))

# a quotation of three words or more, in curly, straight or single quotes (not an apostrophe: "we'd", "Ministers'")
_QUOTED = re.compile(
    "|".join(
        rf"{before}{o}[^{c}]*?(?:\s[^{c}\s]+){{2,}}\s*{c}{after}"
        for o, c, before, after in (
            ("“", "”", "", ""),
            ('"', '"', "", ""),
            ("‘", "’", "", ""),
            ("'", "'", r"(?<!\w)", r"(?!\w)"),
        )
    )
)


_EITHER = re.compile(r"\b(?:whether or not|al dan niet)\b", re.I)
_NO_FURTHER = re.compile(r",\s+(?:maar\s+|but\s+)?(?:niet\s+verder|no\s+further|not\s+further)(?=\s*[;:.,]|$)", re.I)
# before a phrase that repeats the recommendation, these make it the reply's own words: "vast te stellen voor de
# rest van de periode", "Wij stellen voor …"
_OWN_WORDS = frozenset(("te", "wij", "we", "ik", "i"))
_POSSESSIVE = frozenset(("their", "its", "his", "her", "hun"))
_POINTING = frozenset(("dat", "dit", "that", "this"))
_MEASURE = frozenset(("maatregel", "measure"))


def _points_to(ws: list[str], text: str, sentences: list[tuple[int, int]], start: int, rec_terms: set[str]) -> bool:
    """Whether a sentence opens by pointing back ("Dat doen we pas in 2029.") to one before on the recommendation."""
    before = sentence_before(sentences, start) if ws[:1] and ws[0] in _POINTING else None
    return before is not None and bool(shared(content_terms(text[slice(*before)]), rec_terms))


def passes_on(sentence: str, book: PhraseBook) -> bool:
    """Whether a sentence passes the matter to others in so many words ("has forwarded this recommendation to",
    "a matter for")."""
    return has_phrase(words(sentence), book.deeds.elsewhere_phrases)
