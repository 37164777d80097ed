"""Whether a sentence of a reply denies in its own clauses: not in a relative clause about a thing, a condition, a
bound ("no more than"), a kind ("niet-gemelde"), nor what the recommendation itself denies or bans."""

from __future__ import annotations

import itertools
import re
from functools import cache

from weerwoord.core.analysis.phrases import PhraseBook
from weerwoord.core.analysis.word_forms import content_terms, has_phrase, verb_stem, words
from weerwoord.core.wordlists import function_words

NUMBER_SIGN = re.compile(r"\b[Nn]o\.(?=\s*[A-Z]{0,3}[-/]?\d)")
# free, no negation: "to make community rooms available at no charge"
NO_CHARGE = re.compile(
    r"\b(?:at|for|with)\s+no\s+(?:extra\s+|additional\s+)?(?:charge|cost|interest|fee|fees)(?:\s+charged)?\b", re.I
)
# not "dat" and "that": they are as often "this" and "so that" ("lukt ons dat voorlopig niet")
RELATIVE = frozenset(("die", "welke", "waarvan", "which", "who", "whose", "where", "waar"))


def negated(sentence: str, book: PhraseBook, asked: str = "") -> bool:
    """A negation in the sentence's own clauses, not in a relative clause about a thing ("plans that were not
    discussed" with "which", "zorgleefplannen die niet zijn besproken"), nor one the recommendation says itself
    (``asked``, from :func:`asked_words`: "apologised … for not keeping her informed" where the apology "for not
    keeping her informed" was asked)."""
    sentence = NUMBER_SIGN.sub("number", sentence)  # "O.M. No. P-17025/3/2025": a number, no negation
    sentence = NO_CHARGE.sub("free", sentence)
    sentence = _compounded(book.negations).sub("", sentence)  # "niet-gemelde signalen": a kind, no negation
    denied = _denied(asked, book.negations)
    asked_ws = asked.split()
    denied_stems = {
        verb_stem(x)
        for k, w in enumerate(asked_ws)
        if w in book.negations
        for x in asked_ws[k + 1 : k + 3]
        if len(x) >= 3 and x not in function_words()
    }
    denied_more = {x for k, w in enumerate(asked_ws) if w in book.negations for x in asked_ws[k + 1 : k + 4]}
    # (the thing a recommendation asks to ban or rule out: "rule out its sale for at least ten years", answered "is
    # not to be offered for sale")
    banned = banned_things(asked, book.deeds.banning, book.deeds.stopping)
    clauses = [words(c) for c in re.split(r"[,;:–—()]", sentence)]
    for j, ws in enumerate(clauses):
        following = clauses[j + 1][:1] if j + 1 < len(clauses) else []
        if set(ws[:1]) & book.conditionals or set(following) & book.then_words:
            continue  # a condition: "Is dat niet mogelijk, dan vermeldt het verslag waarom"
        for k, w in enumerate(ws):
            # (nor one after a condition's word in its clause: "aan tafel zit wanneer plannen nog niet af zijn")
            if w in book.negations and not _subordinate(ws[:k], book):
                if k + 3 <= len(ws) and f" {' '.join(ws[k : k + 3])} " in f" {asked} ":
                    continue
                after = {x for x in ws[k + 1 : k + 4] if len(x) >= 5}
                # (or the same verb in another form: "never ask a child to interpret" asked, "a child must never be
                # asked to interpret" answered)
                if (
                    denied & after
                    or denied_stems & {verb_stem(x) for x in after}
                    or keeps_ban(ws[k + 1 :], banned, book)
                    # (the thing first, then not allowed: "aircraft of quota count 2 … will not be permitted to …")
                    or (set(ws[k + 1 : k + 3]) & book.deeds.allowed and banned & content_terms(" ".join(ws[:k])))
                ):
                    continue  # what the recommendation itself denies: "no analyst is given access …" asked
                if w in _NO_SUBJECT and (k == 0 or (k <= 3 and ws[0] in _SINCE)) and _requires(ws[k + 1 :]):
                    # a rule said by what may not happen: "Since January no payment over 500 pounds can be made
                    # without two independent signatures"; "No court may any longer remove the right to vote"
                    continue
                if k and ws[k - 1] in _EITHER_WAY:
                    continue  # "whether or not the dwelling has a permit", "al dan niet": both ways, no negation
                if k + 1 < len(ws) and ws[k + 1] in NOT_ONLY:
                    # "niet alleen aan de branche … overlaten", "not only": more, not less; "is niet langer
                    # afhankelijk van een jaarlijkse oproep", "no longer": the change made
                    continue
                if (k + 2 < len(ws) and ws[k + 2] in _THAN) or ws[k + 1 : k + 2] == ["exceeding"]:
                    continue  # a bound, no negation: "at intervals of no more than 15 minutes", "niet later dan"
                if _NO_MORE & set(ws[k + 1 : k + 3]) and _NO_MORE & denied_more:
                    continue  # "… mogen na 22.00 uur niet meer vertrekken" where "Sta … geen starts meer toe" was asked
                if set(ws[k + 1 : k + 3]) & (_NO_MORE | book.deeds.allowed) and book.deeds.banning & set(asked_ws):
                    continue  # "… is vanaf 23 uur niet meer toegelaten" where "… na 22 uur te verbieden" was asked
                return True
    return False


def _subordinate(ws: list[str], book: PhraseBook) -> bool:
    """Whether the words before a negation open a relative clause or a condition ("plans that were not
    discussed"); not a "die" that points back with the verb after it ("…, en die willen wij niet overnemen")."""
    speaking = book.deeds.speaking
    return any(
        w in book.conditionals
        or (w in RELATIVE and not (ws[i + 2 : i + 3] and ws[i + 2] in speaking and ws[i + 1] not in speaking))
        for i, w in enumerate(ws)
    )


@cache
def _compounded(negations: frozenset[str]) -> re.Pattern[str]:
    """A negation joined by a hyphen to the word after it: an adjective ("niet-gemelde", "no-fault")."""
    return re.compile(rf"\b(?:{'|'.join(sorted(negations))})[-‐](?=\w)", re.I)


def _requires(ws: list[str]) -> bool:
    """Whether what follows a subject's "no" makes a requirement of it ("… without two signatures") or says it
    stopped ("… may any longer …")."""
    return bool(set(ws) & _WITHOUT) or any(a == "any" and b in _LONGER for a, b in itertools.pairwise(ws))


_NO_SUBJECT = frozenset(("no", "geen"))
_SINCE = frozenset(("since", "from", "as", "sinds", "vanaf", "per"))
_WITHOUT = frozenset(("without", "zonder"))
_LONGER = frozenset(("longer", "more"))
_EITHER_WAY = frozenset(("or", "dan"))
_NO_MORE = frozenset(("meer", "more", "anymore"))  # a stop asked ("geen … meer") and said ("niet meer")
_THAN = frozenset(("than", "dan"))  # after a negation and a comparative: a bound ("no more than", "niet meer dan")
NOT_ONLY = frozenset(("alleen", "uitsluitend", "enkel", "only", "merely", "solely", "langer", "longer"))


@cache
def banned_things(asked: str, banning: frozenset[str], stopping: frozenset[str] = frozenset()) -> frozenset[str]:
    """The stems of the thing a recommendation asks to ban, stop or rule out, a few words on ("Stop naming new streets
    after living persons": "naming", "street", "living", "person")."""
    ws = asked.split()
    # (or before it, where the ban is said in the passive: "that aircraft of quota count 2 and above be banned")
    passive = {f"{b}ned" for b in banning} | {f"{b}ed" for b in banning} | {f"{b}den" for b in banning}
    before = frozenset(
        x
        for k, w in enumerate(ws)
        if w in passive and k and ws[k - 1] in _PASSIVE_BE
        for x in content_terms(" ".join(ws[max(0, k - 9) : k - 1]))
        if len(x) >= 4
    )
    return before | frozenset(
        x
        for k, w in enumerate(ws)
        if w in banning
        or ws[k - 1 : k + 1] == ["rule", "out"]
        or (w in stopping and (k == 0 or ws[k - 1] in _BEFORE_STOPPING))
        for x in content_terms(" ".join(ws[k + 1 : k + 8]))
        if len(x) >= 4
    )


_PASSIVE_BE = frozenset(("be", "is", "are", "been", "worden", "wordt"))


# before a verb of stopping: "should stop", "to cease", "moet stoppen", "te staken"
_BEFORE_STOPPING = frozenset(
    ("should", "must", "to", "shall", "will", "and", "moet", "moeten", "dient", "dienen", "te", "om", "en")
)


def keeps_ban(after: list[str], banned: frozenset[str], book: PhraseBook) -> bool:
    """Whether the words after a negation deny the thing a recommendation asks to ban (``banned``, from
    :func:`banned_things`): "will not approve a name that commemorates a living person" where "Stop naming new
    streets after living persons" was asked; not the ban itself refused ("will not ban …")."""
    if not banned or set(after[:2]) & book.deeds.banning:
        return False
    return bool(banned & content_terms(" ".join(after[:8])))


def bans(text: str, banned: frozenset[str], book: PhraseBook) -> bool:
    """Whether ``text`` from a negation on denies the thing a recommendation asks to ban (see :func:`keeps_ban`)."""
    ws = words(text)
    at = next((k for k, w in enumerate(ws) if w in book.negations or w.endswith("n't")), len(ws))
    if set(ws[at + 1 : at + 3]) & book.deeds.stopping:
        return False  # the stop itself denied: "We will not stop using sheriff officers"
    return keeps_ban(ws[at + 1 :], banned, book)


@cache
def _denied(asked: str, negations: frozenset[str]) -> frozenset[str]:
    """The words a recommendation puts right after its own negation ("so that no analyst is given access before
    …"): a reply that says the same thing is not (access ← "The remaining 18 have no access until …")."""
    ws = asked.split()
    return frozenset(x for k, w in enumerate(ws) if w in negations for x in ws[k + 1 : k + 5] if len(x) >= 5)


def asks_not_done(ws: list[str], negations: frozenset[str], particles: frozenset[str]) -> bool:
    """Whether a command asks that a thing not be done: "Sluit de wandelpaden … niet af", "Do not close …" (not "Verhoog
    de huur niet meer dan …", "… niet te herbestemmen vóór 2032": a bound)."""
    closing = ws[-2:] if ws[-1:] and ws[-1] in particles else ws[-1:]
    return bool(set(closing[:1]) & negations) or ws[:2] == ["do", "not"]


def not_but(ws: list[str], negations: frozenset[str], granting: frozenset[str]) -> bool:
    """Whether a negation is followed, a few words on, by a turn to what is given instead ("geen … maar …")."""
    at = next((k for k, w in enumerate(ws) if w in negations), None)
    return at is not None and bool(set(ws[at + 2 : at + 8]) & granting)


def kept_first(sentence: str, keeping: tuple[tuple[str, ...], ...], negations: frozenset[str]) -> bool:
    """Whether a sentence that refuses says first (or last, after ", so"), in a clause of its own, that what was to
    change stays ("Kerkbalans blijft voorlopig op de vertrouwde manier gaan: …, en de kerkenraad wil dat niet kwijt";
    not "De evaluatie is geen onderdeel van de vergunning; de gemeente organiseert … zoals gebruikelijk een
    evaluatie")."""
    first = words(re.split(r"[:;]", sentence)[0])
    # (or last, as what follows from the reasons: "… the yard has no other space …, so we intend to leave the pallet
    # stack in its present position")
    then = _SO_THEN.split(sentence)
    last = words(then[-1]) if len(then) > 1 else []
    return any(has_phrase(c, keeping) and not set(c) & negations for c in (first, last))


_SO_THEN = re.compile(r",\s+(?:so|and so|dus|daarom)\s+", re.I)
