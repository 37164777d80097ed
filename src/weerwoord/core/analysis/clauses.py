"""A reply's sentences cut into clauses: what is done and what is not, or put off, before and after a turn."""

from __future__ import annotations

import re
from functools import cache

from weerwoord.core.analysis.denial import NOT_ONLY
from weerwoord.core.analysis.phrases import DeedWords
from weerwoord.core.analysis.word_forms import YEAR, has_phrase, words


def clauses(
    text: str, sentences: list[tuple[int, int]], vocab: DeedWords, negations: frozenset[str] = frozenset()
) -> list[tuple[int, int, tuple[int, int]]]:
    """The sentences, each cut before a turn (", but …", ", maar …"), before the reply's own voice or a part granted
    after a semicolon ("…, which should stop most backflow; we will review its performance …", "Een jaarlijkse
    herhaling vragen wij niet; wel komt er om de twee jaar een opfrisdag") and before another decision
    after one ("To extend lifeguard cover …; and to refer the question of training …"): what is done and what is
    not, or put off, are two; each clause with the whole sentence it is part of. And at a semicolon that parts what
    is done from what is not ("Elk team bespreekt de resultaten vóór 30 september 2026 …; twee acties per team
    worden niet opgelegd"), ``negations`` after it, none before it and a year; or ``later`` after it, a part that
    can only come later ("De tweede fietslus wordt bewegwijzerd …; verharde fietspaden … zijn pas mogelijk na 2029");
    and before a second promise in the reply's own voice after one (", and we will look at the demand …")."""
    out: list[tuple[int, int, tuple[int, int]]] = []
    turning, later = vocab.turning, vocab.not_before
    turn = _turn_pattern(turning, vocab.speaking | vocab.granting, vocab.decision_openers) if turning else None
    for s0, s1 in sentences:
        cuts = [s0 + m.start() + 1 for m in turn.finditer(text[s0:s1])] if turn else []
        at = text.find(";", s0, s1)
        if negations and at > 0 and at + 1 not in cuts:
            before, after_ws = set(words(text[s0:at])), words(text[at:s1])
            # (a negation that says what changed is none: "…; de havenmeester boekt niet langer zelf")
            denies = any(w in negations and not set(after_ws[k + 1 : k + 2]) & NOT_ONLY for k, w in enumerate(after_ws))
            # (a dated deed before it: not a reason, "Wij hebben ons besluit herzien …; van een onrechtmatigheid is
            # geen sprake")
            # (nor a story told in the past perfect, "bins had been trialled in 2023 and withdrawn; the Committee
            # did not wish to reintroduce them")
            # (or a deed with its figure: "De huurverhoging wordt verlaagd naar 45 euro per maand; lager kunnen wij
            # niet gaan"; not a figure weighed, "making them mandatory at 25,000 pounds would deter …; clauses will
            # continue to be used")
            figure = _FIGURE.search(text[s0:at]) and not before & {"would", "zou", "zouden"}
            # (or a promise: "A windrow clearing program … will be piloted in Wards 3 and 7 next winter, limited to
            # 400 registered households; a citywide service … is not proposed")
            promised = _PROMISE.search(text, s0, at)
            dated = (YEAR.search(text[s0:at]) or figure or promised) and not before & {"had", "hadden"}
            if denies and not before & negations and dated:
                cuts = sorted([*cuts, at + 1])
        if later and at > 0 and at + 1 not in cuts and has_phrase(words(text[at:s1]), later):
            cuts = sorted([*cuts, at + 1])
        # (and before a second promise of the reply's own voice: "The Government will fund 600 additional places this
        # year, and we will look at the demand before deciding …": what is done now, and what is put off)
        second = OWN_PROMISE_AFTER.search(text, s0, s1) if negations else None
        # (the first a promise too, since the last semicolon: not "…; designating all would exclude …, and we will
        # instead offer …", the other thing done in its place)
        if second and _PROMISE.search(text, max(s0, text.rfind(";", s0, second.start()) + 1), second.start()):
            cuts = sorted({*cuts, second.start() + 1})
        # (and before a contrast that says where it stops, after a deed: "Het alcoholverbod wordt uitgebreid tot de
        # Markt …, niet tot het hele centrum", "… extended to the market square, not to the whole centre", "De
        # rastersubsidie wordt opengesteld voor houders met ten minste vijf dieren, dus niet voor alle hobbyhouders")
        contrast = NOT_AS_FAR.search(text, s0, s1) if negations else None
        if contrast and not set(words(text[s0 : contrast.start()])) & negations:
            cuts = sorted({*cuts, contrast.start() + 1})
        out.extend((a, b, (s0, s1)) for a, b in zip([s0, *cuts], [*cuts, s1], strict=True))
    return out


OWN_PROMISE_AFTER = re.compile(r",\s+(?:and|en)\s+(?:we|i|wij|ik)\s+(?:will|shall|zal|zullen)\b", re.I)
NOT_AS_FAR = re.compile(
    r",\s+(?:(?:maar|but|dus|so|en|and)\s+)?(?:niet|not)\s+(?:tot|voor|in|op|naar|bij|to|for|on|at|across)\s", re.I
)

# a sum, a share or a time: "45 euro", "30 procent", "£ 250", "de eerste 15 minuten"
_FIGURE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:%|euro\b|procent\b|per\s+cent\b|percent\b|pounds?\b|dollars?\b"
    r"|minut(?:en|es?)\b|uur\b|hours?\b|dagen\b|days?\b|weken\b|weeks?\b|maanden\b|months?\b"
    r"|[ap]\.?m\b\.?)|[€£$]\s*\d"  # (or a time of day: "from 7 pm to 8 am")
)


@cache
def _turn_pattern(turning: frozenset[str], speaking: frozenset[str], openers: frozenset[str]) -> re.Pattern[str]:
    own = rf"|;(?=\s+(?:{'|'.join(sorted(speaking))})\b)" if speaking else ""
    own += rf"|;(?=\s+(?:and\s+)?(?:{'|'.join(sorted(openers))})\s+[a-z])" if openers else ""
    return re.compile(r",\s+(?:" + "|".join(sorted(turning)) + r")\b" + own, re.IGNORECASE)


# a promise of the reply's own, not one in a relative clause ("referred to the Working Party, which will weigh …")
_PROMISE = re.compile(
    r"(?<!\bwhich )(?<!\bwho )(?<!\bthat )(?<!\bdie )(?<!\bdat )\b(?:will|zal|zullen)\b"
    # (or a Dutch deed in the present passive: "naast de nummerplaat wordt een toegangskaart ingevoerd …; toegang met
    # de elektronische identiteitskaart is technisch niet haalbaar")
    r"|(?<!\bdie )(?<!\bdat )\b(?:wordt|worden)\s+(?:[^\W\d]+\s+){0,8}?[a-z]*ge[a-z]{3,}(?:d|t|en)\b"
    # (or a part granted in the reply's own voice: "Wel richten wij een eigen werktafel in …; een eigen koelkast komt
    # er niet")
    r"|\bwel\s+[a-z]+\s+(?:wij|we|ik)\b",
    re.I,
)
