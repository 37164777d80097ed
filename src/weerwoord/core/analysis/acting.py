"""The steps a reply takes on a recommendation's own subject beside a refusal: "From 1 September 2025 staff will be
able to …", a smaller step proposed."""

from __future__ import annotations

import re

from weerwoord.core.analysis import deeds
from weerwoord.core.analysis.phrases import PhraseBook
from weerwoord.core.analysis.spans import sentence_before, sentence_of
from weerwoord.core.analysis.word_forms import YEAR, content_terms, opening_words, quote_span, shared, words
from weerwoord.core.model import Verdict
from weerwoord.core.words import _

ACTING_TERMS = 3  # the recommendation's terms a sentence shares to be a step on its own subject
TURNED_TERMS = 2  # … or a clause after a refusal's turn, in its sentence (the refusal says the subject)
_TURN = re.compile(r",\s+(\w+)\b")


def _proposes(sentence: str, book: PhraseBook) -> bool:
    """Whether a sentence proposes a smaller step, its subject no advisory body by its name or its initials ("De RSJ
    stelt voor …" repeats the advice)."""
    ws = words(sentence)
    plain = " ".join(ws)
    at = min((k for p in book.acting_phrases if (k := f" {plain} ".find(f" {p} ")) >= 0), default=-1)
    if at < 0 or set(ws) & book.advisory:
        return False
    # (initials before the proposal name its subject; after it they are what is proposed: "0.3 FTE")
    subject = " ".join(sentence.split()[: len(plain[:at].split()) + 1])
    return not re.search(r"\b[A-Z]{2,6}\b", subject)


def acting_sentences(
    text: str, refused_at: list[int], recommendation: str, book: PhraseBook, sentences: list[tuple[int, int]]
) -> list[str]:
    """Sentences outside the refusals (``refused_at``: where each starts; and what is done instead) that say what
    is or will be done on the recommendation's own subject: a dated step ("From 1 September 2025 staff will be able
    to …") or a smaller step proposed."""
    if not recommendation or not book.acting:
        return []
    rec = content_terms(recommendation)
    figures = set(_FIGURE.findall(recommendation))
    own = [(s0, s1) for s0, s1 in sentences if not any(s0 <= r < s1 for r in refused_at)]
    out = []
    for s0, s1 in sentences:
        # (a smaller step proposed after the refusal's turn, in its sentence: "… cannot support a permanent position,
        # but management proposes a fixed-term registrar at 0.3 FTE …")
        refusal = next((r for r in refused_at if s0 <= r < s1), None)
        turn = _TURN.search(text, refusal, s1) if refusal is not None else None
        if turn and turn.group(1).lower() in book.deeds.granting:
            clause = text[turn.start() : s1]
            # (a clause that refuses in turn proposes nothing: "…, but we do not propose to establish a fund")
            refusing = any(turn.start() <= r < s1 for r in refused_at) or set(words(clause)) & book.negations
            if not refusing and _proposes(clause, book) and shared(content_terms(clause), rec) >= TURNED_TERMS:
                out.append(opening_words(clause.lstrip(", ")))
    for s0, s1 in own:
        sentence = text[s0:s1]
        ws = words(sentence)
        # a smaller step proposed, whose subject is no advisory body by its name or its initials ("De RSJ stelt voor
        # …" repeats the advice)
        proposing = _proposes(sentence, book)
        # a dated step ("From 1 September 2025 staff will be able to …"), not a promise to keep things under review;
        # or one opened by "Wel" after the refusal
        year = YEAR.search(sentence)
        dated = year or (ws or [""])[0] in book.acting_openers or _from_a_month(ws, book)
        # (not what would follow from what was asked, the year another thing's: "Een vast bedrag … zou de
        # zelforganisaties een voorrang geven …; hun projecten blijven welkom binnen het reglement, dat in 2028 …")
        if year and set(words(sentence[: year.start()])) & _WOULD:
            dated = False
        acting = dated and set(ws) & book.acting and not _stays(ws, book)
        # (or opened by "Wel", dated, right after the refusal: the part granted, in its own words: "Dat gaat ons te
        # ver, …. Wel komt er vanaf februari 2027 een vrij inloopspreekuur …")
        granted = acting and ws[:1] and ws[0] in book.acting_openers and _after(s0, refused_at, sentences)
        # (a figure of the recommendation's counts as one of its words: "beyond 42 days" for "spent 42 days"; not in a
        # clause of what would follow: "… proposes a new crossing on this line by 2029, and a full three-coat repaint
        # would be poor value …")
        sentence = " ".join(c for c in _AND_CLAUSE.split(sentence) if not set(words(c)) & _WOULD)
        said = shared(content_terms(sentence), rec) + len(set(_FIGURE.findall(sentence)) & figures)
        if ((acting or proposing) and said >= ACTING_TERMS) or (granted and YEAR.search(sentence)):
            out.append(opening_words(sentence))
    return out


_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d+)?(?![\d.,]?\d)")  # (not a year)
FROM_WORDS = frozenset({"from", "vanaf", "per"})
_WOULD = frozenset({"would", "zou", "zouden"})
_AND_CLAUSE = re.compile(r",\s+(?:and|but|en|maar)\s+", re.I)


def _from_a_month(ws: list[str], book: PhraseBook) -> bool:
    """Whether a sentence opens by the month a step starts in: "From October every stay … will be reviewed"."""
    return len(ws) > 1 and ws[0] in FROM_WORDS and ws[1] in book.deeds.months


def _after(start: int, refused_at: list[int], sentences: list[tuple[int, int]]) -> bool:
    """Whether the sentence before the one at ``start`` refuses."""
    before = sentence_before(sentences, start)
    return before is not None and any(before[0] <= r < before[1] for r in refused_at)


def refuses_more(
    text: str,
    done: tuple[int, int],
    refused_at: list[int],
    sentences: list[tuple[int, int]],
    book: PhraseBook,
    recommendation: str = "",
) -> bool:
    """Whether a deed (``done``) stands before a sentence that refuses more than it ("Er komen 30 bijkomende overdekte
    fietsenstallingen. Meer plaatsen passen niet binnen het ontwerp van het plein"), or before one that refuses
    another thing the recommendation asks (``recommendation``'s words: the deed and the refusal share none of them),
    or right after a refusal, granting a part ("Wel wordt …"): a part done, the rest refused. Not a sentence about
    the advice ("De adviezen 2 en 4 gaan beide over geld voor podia …")."""
    # (the advice as the sentence's subject, after a label "Council response:"; not requests a council handles:
    # "Education, Social Work, Planning and Roads receive two thirds of all requests, and each … now has …")
    deed = text[done[0] : done[1]]
    # (not a word both name: "The Council has secured NTA funding for ten new shelters …" where the council answers)
    if set(words(deed.split(":", 1)[1] if ":" in deed[:40] else deed)[:3]) & (book.advisory - book.government):
        return False
    rec = content_terms(recommendation)
    for r in refused_at:
        s0, s1 = sentence_of(sentences, r)
        said = words(text[s0:s1])
        # (after its article: "The other services are small, and the Council will not appoint coordinators in them")
        opening = said[:2]
        if opening and opening[0] in book.deeds.thing_articles:
            opening = opening[1:]
        if done[1] <= s0 and opening and opening[0] in book.deeds.more:
            return True
        # (or a few words in, after a preposition: "Of in de overige wijken ook zo'n plek komt, … nemen wij niet op")
        if done[1] <= s0 and set(said[2:4]) & book.deeds.more:
            return True
        # (the other thing named first, after its article, the deed no state of things: "… laat ik een rekenhulp
        # ontwikkelen … . Een aparte landelijke helpdesk richt ik niet in")
        ahead = said[:4]
        if (
            done[1] <= s0
            and ahead[:1]
            and ahead[0] in book.deeds.thing_articles
            and content_terms(" ".join(ahead)) & rec
            and not set(words(deed)) & book.deeds.already
            and _apart(deed, text[s0:s1], rec)
        ):
            return True
        # (or said to be left out of it, another thing asked than the deed's: "a desk assessment of the trusses … has
        # been commissioned …. We have left out the tensile tests on steel samples for now")
        if done[1] <= s0 and set(said) & _LEFT_OUT and _apart(deed, text[s0:s1], rec):
            return True
        # (or the other of two things compared, after its article: "A suppression system has been ordered for the
        # larger batch fryer … The smaller fryer is used only twice a week …, so we do not propose to fit it.")
        pair = said[1:3] if said[:1] and said[0] in book.deeds.thing_articles else said[:2]
        if done[1] <= s0 and len(pair) == 2 and _compared_other(pair[0], pair[1], words(deed)):
            return True
        # (or right after the refusal, granting a part: "… gaat het college te ver. Wel wordt het verbod uitgebreid
        # tot de maanden december en januari")
        # (the granting word after the subject too: "Het college voegt wel … een gratis moment … toe")
        if s1 <= done[0] and not text[s1 : done[0]].strip() and set(words(deed)[:4]) & book.deeds.granting:
            return True
    return False


_LEFT_OUT = frozenset(("left", "leave", "leaving", "omitted", "dropped", "weggelaten", "geschrapt"))
_THE_ACT = frozenset(("dit", "dat", "this", "it", "so"))  # what points back to the act refused


def _compared_other(adjective: str, noun: str, deed: list[str]) -> bool:
    """Whether ``adjective`` ``noun`` ("smaller fryer", "kleinere zaal") is the other of a pair the deed names by
    another comparative a few words before the same noun ("the larger batch fryer")."""
    if not (_COMPARATIVE.fullmatch(adjective) and len(noun) >= 4) or noun not in deed:
        return False
    at = deed.index(noun)
    return any(_COMPARATIVE.fullmatch(w) and w != adjective for w in deed[max(0, at - 3) : at])


_COMPARATIVE = re.compile(r"\w{2,}(?:er|ere|est|ste)")  # "larger", "smaller", "grotere", "oudste"


def granted_part(
    text: str,
    done: tuple[int, int],
    refused: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    book: PhraseBook,
    recommendation: str,
) -> bool:
    """Whether a deed is said as the part granted beside a refusal: by the granting word inside it, on the
    recommendation's own subject ("Op het plein komen wel twee bankjes met rugleuning erbij. Een watertappunt plaatsen
    wij niet"); or after the refusal's semicolon, by the government, doing the act refused in a lesser way ("Een
    beoordeling … elk kwartaal vinden wij te zwaar; wij doen dit twee keer per jaar"); or after a refusal of the
    whole, on the same things."""
    said = words(text[done[0] : done[1]])
    on_it = len(content_terms(text[done[0] : done[1]]) & content_terms(recommendation))  # the asked things it names
    if set(said[:5]) & book.acting_openers and on_it >= 3 and not _stays(said, book):
        return True
    # (or in the sentence right after the refusal, on fewer of them: "Een vaste vergoeding in het hele land gaat het
    # kabinet te ver. Wij starten in 2027 wel een proef met een vergoeding per hectare in twee gebieden")
    if set(said[:5]) & book.acting_openers and on_it >= 2 and not _stays(said, book):
        ends = [sentence_of(sentences, start)[1] for start, _ in refused]
        if any(end <= done[0] <= end + 2 for end in ends):
            return True
    if any(
        end <= done[0] < sentence_of(sentences, start)[1]
        and ";" in text[end : done[0]]
        and bool(set(said[:1]) & book.government)
        and bool(set(said[:4]) & _THE_ACT)
        for start, end in refused
    ):
        return True
    # (or after a refusal of the whole, on the same things: "Alle drieëntwintig klokken vervangen past evenwel niet in
    # het budget. Het college laat de zeven kleinste klokken vervangen …")
    for start, _end in refused:
        s0, s1 = sentence_of(sentences, start)
        whole = set(words(text[s0:s1])[:1]) & book.universal  # ("Alle drieëntwintig klokken …", opening it)
        if whole and s1 <= done[0] and on_it >= 2:
            return True
    return False


def _stays(ws: list[str], book: PhraseBook) -> bool:
    """Whether a sentence (its words) opens by saying what stays as it was, no deed: "Wel blijft het kortparkeren aan
    de Vesten gratis tijdens de eerste twintig minuten"."""
    return bool(set(ws[:3]) & book.deeds.staying)


def _apart(deed: str, refusal: str, rec: set[str]) -> bool:
    """Whether a deed and a refusal after it are on two things the recommendation asks, each on its own: "… laat ik
    een rekenhulp ontwikkelen … . Een aparte landelijke helpdesk richt ik niet in" where "een rekenhulp en een
    landelijke helpdesk" were asked."""
    done, refused = content_terms(deed) & rec, content_terms(refusal) & rec
    return bool(done and refused and not done & refused)


def hedged(
    text: str,
    recommendation: str,
    book: PhraseBook,
    spans: list[tuple[int, int]],
    hedge_at: int,
    open_decision: str | None,
) -> tuple[Verdict, str] | None:
    """The verdict on a hedged reply (the hedge at ``hedge_at``) that does nothing of what was asked and grants
    nothing after the hedge (not "… blijft bestaan, … . Wel passen wij het in principe aan: …"): it keeps what the
    recommendation would change ("… maar dat kan ik niet beloven. … Het bestaande scholierenabonnement blijft dus
    zoals het is"), or, where the hedge (``open_decision``) only leaves the decision open ("Whether bollards are also
    needed will be looked at in the Bridge Street parking review"), it notes the recommendation. None otherwise."""
    found = deeds.find(text, recommendation, book, spans)
    granted = any((ws := words(text[a:b]))[:1] and ws[0] in book.acting_openers for a, b in spans)
    if found.done or granted:
        return None
    # (kept in a sentence of its own, not the hedge's: "Contrary to the Committee's recommendation, the scheme will
    # remain open to …" departs on a point)
    if found.kept and not found.kept[0][0] <= hedge_at < found.kept[0][1]:
        said = _("The government keeps what the recommendation would change (“{x0}”).")
        return "disagrees", said.format(x0=quote_span(text, found.kept[0]))
    if open_decision is not None:
        return "noted", _("The government leaves the decision open (“{x0}”).").format(x0=open_decision)
    return None
